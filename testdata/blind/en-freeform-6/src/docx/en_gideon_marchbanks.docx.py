from docxlib import *
from docx.shared import Cm
from docx.enum.text import WD_ALIGN_PARAGRAPH
d = new_doc('Arial', 10, margin=1.9)
t = d.add_table(rows=1, cols=2); no_borders(t)
cell_text(t.cell(0, 0), (('GIDEON R. MARCHBANKS', 'b', 18),), (('VP of Sales · B2B SaaS · $40M+ ARR teams', 'c:2F5597', 11),))
c = cell_text(t.cell(0, 1), 'Austin, TX 78704', '(512) 555-0172', 'gideon.marchbanks@example.com', 'gideonmarchbanks.example.com')
for par in c.paragraphs: par.alignment = WD_ALIGN_PARAGRAPH.RIGHT
heading(d, 'Executive Summary', '2F5597', 11)
p(d, 'Sales leader who has taken two payroll and HR software companies from founder-led selling to '
     'repeatable enterprise motion. Built teams of up to 85, grew ARR from $12M to $46M, and still carry a '
     'number on the largest deals.')
heading(d, 'Experience', '2F5597', 11)
TAB = [(4.2, 'l')]
def job(dates, title, rest, bullets):
    p(d, (dates, 'b'), '\t', (title, 'b'), rest, tabs=TAB, before=4, after=1)
    for b in bullets: bullet(d, b)
job('Jan. 2022 – present', 'VP of Sales', ', Lonestar Payroll Cloud — Austin, TX',
    ['Own new-business and expansion revenue ($46M ARR); 6 directors, 85 reps and SEs.',
     'Launched the mid-market segment: $9.3M new ARR in its first full year.',
     'Cut ramp time for new AEs from 7 to 4.5 months with a rebuilt onboarding program.'])
job('Jan. 2020 – Dec. 2021', 'Director of Enterprise Sales', ', Lonestar Payroll Cloud — Austin, TX',
    ['Closed the company’s first three seven-figure contracts.'])
job('2016 – 2019', 'Regional Sales Manager, South Central', ', Pinewood HR Systems — Dallas, TX',
    ['Grew the region from $3.1M to $8.4M; President’s Club 2017 and 2018.'])
job('2012 – 2016', 'Account Executive', ', Pinewood HR Systems — Dallas, TX', [])
job('2011', 'Sales Development Rep (contract)', ', Redbud Telecom — Houston, TX', [])
heading(d, 'Education', '2F5597', 11)
p(d, ('2011', 'b'), '\tB.B.A., Marketing — Brazos State University, Waco, TX', tabs=TAB)
p(d, '\tMinor: Spanish · Sales Leadership Society (president)', tabs=TAB)
heading(d, 'Honors', '2F5597', 11)
p(d, 'President’s Club, Pinewood HR Systems (2017, 2018) · Austin Business Weekly “Sales Leader to Watch” 2023')
heading(d, 'Skills', '2F5597', 11)
p(d, ('Methods: ', 'b'), 'MEDDICC, Command of the Message, Challenger')
p(d, ('Tools: ', 'b'), 'Salesforce, Gong, Clari, Outreach, HubSpot')
heading(d, 'Military Service', '2F5597', 11)
p(d, 'Texas Army National Guard — Specialist (E-4), Signal Support Systems Specialist, 2007–2013')
save(d)
