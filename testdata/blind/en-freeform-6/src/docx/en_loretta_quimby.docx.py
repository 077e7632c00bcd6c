from docxlib import *
from docx.shared import Cm, Pt
d = new_doc('Cambria', 10.5)
t = d.add_table(rows=1, cols=3); no_borders(t)
cell_text(t.cell(0, 0), (('Loretta J. Quimby', 'b', 16),), 'Senior Policy Analyst')
cell_text(t.cell(0, 1), '1412 Floyd Ave', 'Richmond, VA 23220')
cell_text(t.cell(0, 2), '804-555-0153', 'lquimby@example.org')
heading(d, 'Profile', '333333', 11)
p(d, 'Fifteen years in Virginia state service, moving from caseworker to policy analyst. I write the '
     'fiscal notes, regulations and briefing memos that legislators actually read.')
heading(d, 'Public Service', '333333', 11)
def job(line1, line2, bullets):
    p(d, (line1, 'b'), after=0, before=4)
    p(d, (line2, 'i'))
    for b in bullets: bullet(d, b)
job('VIRGINIA DEPARTMENT OF COASTAL RESILIENCE, Richmond (2019-present)',
    'Senior Policy Analyst (Pay Band 6)',
    ['Drafted 9VAC-style flood-plain regulations adopted in 2023 after two public comment periods.',
     'Wrote 40+ fiscal impact statements for the General Assembly each session.',
     'Coordinated a $28M federal resilience grant across 11 localities.'])
job('VIRGINIA DEPARTMENT OF SOCIAL SERVICES, Petersburg (2013-2019)',
    'Program Analyst, then Policy Analyst II',
    ['Redesigned the SNAP recertification letters; call volume dropped 22%.'])
job('CHESTERFIELD COUNTY DEPARTMENT OF SOCIAL SERVICES, Chesterfield (2010-2013)',
    'Benefit Programs Specialist',
    [])
heading(d, 'Education', '333333', 11)
p(d, 'Master of Public Administration (MPA), James River State University, 2013 — part-time, evenings')
p(d, 'B.A. Political Science, Tidewater College, 2009 — cum laude')
heading(d, 'Training', '333333', 11)
p(d, 'Virginia Certified Public Manager (CPM) Program, 2021 · Plain Language Writing, Commonwealth Management Institute, 2016')
heading(d, 'Skills', '333333', 11)
p(d, 'Regulatory drafting (Virginia Regulatory Town Hall), fiscal analysis, Excel, Tableau, R, grant management')
heading(d, 'Military Service', '333333', 11)
p(d, 'United States Navy Reserve — Yeoman Second Class (YN2), 2009–2017; honorable discharge')
heading(d, 'Volunteer', '333333', 11)
p(d, 'Board member, Richmond Literacy Partners (since 2018)')
p(d, 'References available on request', before=6)
save(d)
