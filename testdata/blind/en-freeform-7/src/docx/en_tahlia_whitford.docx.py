# Functional (skills-based) résumé typed in Word: competencies with achievements, then a bare employment list.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from docxlib import *
d = new_doc('Calibri', 10.5, 1.8)
core_props(d, 'Resume - Tahlia Whitford', 'Tahlia')
p = para(d, ('TAHLIA WHITFORD', 'b'), align='c', after=0); p.runs[0].font.size = Pt(20)
para(d, 'Retail Store Manager — fashion & homewares', align='c', after=0)
para(d, 'Unit 4, 27 Bridge Street', align='c', after=0)
para(d, 'Penrith NSW 2750', align='c', after=0)
para(d, 'Mob. 0491 570 159   ·   tahlia.whitford@example.com', align='c', after=6)

def h(t):
    p = para(d, (t, 'b'), before=8, after=2); p.runs[0].font.size = Pt(12); bottom_border(p, '7F7F7F')
h('CAREER SUMMARY')
para(d, 'Store manager with 11 years in Western Sydney retail, from casual sales assistant to running a $6.2M flagship store. '
        'Known for turning around under-performing stores, building rosters that staff actually like, and keeping shrinkage low.')

h('SKILLS & ACHIEVEMENTS')
para(d, ('Sales & commercial results', 'b'), after=0)
bullets(d, ['Grew Penrith store sales 18% in FY24 against a region at +3%',
            'Lifted average transaction value from $64 to $79 with add-on training and bundled displays',
            'Top 5 store nationally for customer NPS, three quarters running (2023)'])
para(d, ('People leadership', 'b'), after=0, before=4)
bullets(d, ['Lead a team of 22 (3 assistant managers, 19 casual and part-time staff)',
            'Cut staff turnover from 61% to 28% in two years with fairer rostering in Deputy',
            'Promoted four team members into assistant or department manager roles'])
para(d, ('Operations & loss prevention', 'b'), after=0, before=4)
bullets(d, ['Shrinkage down from 2.4% to 0.9% of sales (stocktake 2024)',
            'Ran two store refits and one relocation without a day of closed trading',
            'WHS: zero lost-time injuries since 2021; store WHS committee chair'])
para(d, ('Visual merchandising', 'b'), after=0, before=4)
bullets(d, ['Regional VM champion: set the Christmas floor plan rolled out to 14 stores (2022)'])

h('EMPLOYMENT HISTORY')
for dates, rest in [('2019 – current', 'Store Manager, Koala Home & Living, Penrith NSW'),
                    ('2016 – 2019', 'Assistant Store Manager, Koala Home & Living, Castle Hill NSW'),
                    ('2015 to 2016', 'Department Manager (Womenswear), Harbourside Department Stores, Parramatta NSW'),
                    ('2013 – 2015', 'Sales Assistant (casual), Sunny Threads, Penrith NSW')]:
    para(d, dates + '\t' + rest, tabs=[(3.2, 'l')], after=0)

h('EDUCATION & TRAINING')
para(d, 'TAFE NSW — Diploma of Leadership and Management (BSB50420), 2021', after=0)
para(d, 'TAFE NSW — Certificate IV in Retail Management, 2017', after=0)
para(d, 'HSC, Nepean Creative and Performing Arts High School, 2012 (ATAR 78.35)', after=0)

h('LICENCES & CHECKS')
para(d, 'NSW Driver Licence (Class C)  ·  National Police Check (2024)  ·  First Aid HLTAID011 (2023)', after=0)

h('REFEREES')
para(d, 'Karen Blaxland — Area Manager NSW West, Koala Home & Living — 0491 570 110', after=0)
para(d, 'Joel Marchetti — former Store Manager, Koala Home & Living Castle Hill — 0491 570 127', after=0)
save(d)
