# Returner social worker: Word CV with right-tab dates; also shipped as Writer's "Save as plain text" (.txt).
import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from docxlib import *
d = new_doc('Calibri', 11, 2.0)
style_font(d, 'Heading 1', 'Calibri', 12.5, '2E5E4E', True)
core_props(d, 'CV Rebecca Halloway 2025', 'Bec')
p = para(d, ('Rebecca Halloway', 'b'), after=0); p.runs[0].font.size = Pt(20)
para(d, 'Social Worker (BSW, AASW member) — returning to practice', after=2)
para(d, 'Ballarat VIC 3350\tM: 0491 570 163', tabs=[(17.0, 'r')], after=0)
para(d, 'bec.halloway@example.com\tWWCC (Employee) current to 2029', tabs=[(17.0, 'r')], after=6)

para(d, 'About me', style='Heading 1')
para(d, 'Qualified social worker with six years in child protection and family services. I stepped away from paid work in 2019 '
        'to care for my two children and have kept my practice current through study and volunteering. '
        'I am looking for a part-time (0.6–0.8 FTE) family-services or school social-work role in the Ballarat area.')

para(d, 'Career break', style='Heading 1')
para(d, ('Full-time parent and carer', 'b'), '\tSep 2019 – Jan 2025', tabs=[(17.0, 'r')], after=0)
bullets(d, ['Completed the Graduate Certificate in Trauma-Informed Practice (online, 2023)',
            'Volunteer family mentor with Goldfields Family Connect, 4 hours a week (2022 – present)'])

para(d, 'Social work experience', style='Heading 1')
para(d, ('Child Protection Practitioner (CPP4)', 'b'), '\tMarch \u201916 – Aug \u201919', tabs=[(17.0, 'r')], after=0)
para(d, ('Department of Families, Fairness and Housing — Central Highlands Area, Ballarat', 'i'), after=0)
bullets(d, ['Caseload of 14–16 families; investigations, case planning and Children\u2019s Court reports',
            'Co-facilitated the Safe & Together pilot with two family-violence services'])
para(d, ('Family Services Case Worker', 'b'), '\tFeb \u201913 – March \u201916', tabs=[(17.0, 'r')], after=0, before=4)
para(d, ('Wendouree Community Care (not-for-profit, 60 staff), Ballarat', 'i'), after=0)
bullets(d, ['Home visits and parenting support for 10–12 families referred through Child FIRST'])
para(d, ('Student placement', 'b'), '\tSummer 2012', tabs=[(17.0, 'r')], after=0, before=4)
para(d, ('Ballarat Health Services, Social Work Department', 'i'), after=0)

para(d, 'Education', style='Heading 1')
para(d, 'Graduate Certificate in Trauma-Informed Practice, Southern Cross-style online program, 2023'.replace('Southern Cross-style online program', 'Wattle Institute (online)'), after=0)
para(d, 'Bachelor of Social Work (Honours), Federation University Australia, 2009 – 2012 (H2A)', after=0)
para(d, 'VCE, Loreto College Ballarat, 2008 (ATAR 84.1)', after=0)

para(d, 'Registration & checks', style='Heading 1')
para(d, 'AASW Accredited Social Worker (membership no. 555-0163), since 2013 — CPD up to date\n'
        'Victorian Working with Children Check (Employee), exp. 2029\n'
        'Full Victorian driver licence; own car', after=0)

para(d, 'Referees', style='Heading 1')
para(d, 'Ms Tania Okoro, Team Manager, Child Protection, DFFH Central Highlands — 0491 570 144\n'
        'Mr Stuart Lindsay, Coordinator, Goldfields Family Connect — 0491 570 181', after=0)
save(d)
