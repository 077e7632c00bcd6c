# Director CV: Career Highlights block before the jobs; employer as a heading with several titles under it.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from docxlib import *
d = new_doc('Georgia', 10, 2.0)
style_font(d, 'Heading 1', 'Georgia', 11.5, '7B1E1E', True)
style_font(d, 'Heading 2', 'Georgia', 10.5, '000000', True)
core_props(d, 'Gavin Strachan MRICS', 'G Strachan')
p = para(d, ('Gavin J. Strachan', 'b'), (' MRICS', ''), after=0); p.runs[0].font.size = Pt(22); p.runs[1].font.size = Pt(14)
para(d, ('Director, Commercial Real Estate — Scotland & the North of England', 'i'), after=4)
para(d, 'T: 0141 496 0183   M: 07700 900277   E: gavin.strachan@example.com   W: strachan-property.example.co.uk', after=0)
para(d, 'Address: 9 Kirklee Terrace, Glasgow G12 0XX   |   in/gavinstrachan-mrics', after=6)

para(d, 'Career Highlights', style='Heading 1')
bullets(d, ['Built Caledon Property Partners\u2019 Glasgow office from 3 to 27 people and \u00a34.1m annual fee income',
            'Advised on \u00a31.2bn of office, logistics and retail transactions since 2015',
            'Led the letting of Quay One, Glasgow (210,000 sq ft) \u2014 Scottish Property Awards Deal of the Year 2022'])

para(d, 'Professional Experience', style='Heading 1')
para(d, 'CALEDON PROPERTY PARTNERS LLP, Glasgow', style='Heading 2')
para(d, ('Independent commercial property consultancy; 180 staff in Glasgow, Edinburgh, Aberdeen and Newcastle', 'i'))
para(d, ('Director, Head of Glasgow Office', 'b'), '\tJanuary 2020 \u2013 present', tabs=[(17.0, 'r')], after=0)
bullets(d, ['P&L responsibility for agency, valuation and investment teams; 27 staff',
            'Winning instructions from 4 of the 10 largest UK REITs; retained 92% of clients over five years'])
para(d, ('Associate Director, Office Agency', 'b'), '\tApril 2015 \u2013 December 2019', tabs=[(17.0, 'r')], after=0, before=4)
bullets(d, ['Landlord and tenant representation across 3.5m sq ft of Glasgow and Edinburgh offices'])
para(d, ('Senior Surveyor', 'b'), '\tSeptember 2012 \u2013 March 2015', tabs=[(17.0, 'r')], after=0, before=4)
bullets(d, ['Rent reviews, lease renewals and RICS Red Book valuations'])

para(d, 'MACFARLANE & ROSS CHARTERED SURVEYORS, Edinburgh', style='Heading 2')
para(d, ('Graduate Surveyor, then Surveyor', 'b'), '\t2008 \u2013 2012', tabs=[(17.0, 'r')], after=0)
bullets(d, ['Passed the RICS APC in 2010 (Commercial Property pathway)'])

para(d, 'Earlier roles: summer placements with Glasgow City Council Estates (2006, 2007).')

para(d, 'Education', style='Heading 1')
para(d, ('BSc (Hons) Real Estate Management', 'b'), ', Heriot-Watt University, Edinburgh, 2004 \u2013 2008 (First Class)')
para(d, 'Dissertation: \u201cGrade A office supply and rental growth in Glasgow, 1990\u20132007\u201d')
para(d, 'Bearsden Academy \u2014 5 Highers (AAAAB), 2004')

para(d, 'Professional Memberships', style='Heading 1')
bullets(d, ['Member of the Royal Institution of Chartered Surveyors (MRICS), 2010; RICS Registered Valuer, 2013',
            'Board member, Scottish Property Federation (2021 \u2013 present)',
            'Mentor, RICS Matrics Scotland (volunteer, 2018 \u2013 present)'])

para(d, 'Interests', style='Heading 1')
para(d, 'Hill walking (142 of 282 Munros), Partick Thistle season ticket, sea kayaking')
save(d)
