"""Financial controller, two pages, US "executive" Word résumé: ALL-CAPS name with post-nominals,
headings as bold small-caps-like capitals with a bottom border (direct formatting, not styles), a core
competencies line joined by "•", employer — city on a bold line and "Title | Month YYYY – Present" below,
bullets as real Word numbering (List Bullet), credentials with issuer, volunteer, interests.
.docx and LibreOffice plain text."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'en_daniel_okoro'
d = new_doc(latin='Georgia', east='Georgia', size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
para(d, ('DANIEL OKORO, CPA, CMA', dict(b=True, size=20)), align='c')
para(d, ('Financial Controller', dict(size=12)), align='c')
para(d, 'Chicago, IL | 312-555-0188 | d.okoro@example.com', align='c', after=6)
def H(t):
    p = para(d, (t.upper(), dict(b=True, size=11.5)), before=10, after=4); pborder(p, 'bottom', 6, '000000')
SUM = ('Controller with 15 years in manufacturing and distribution finance. Closes the books in four days, '
       'has led two ERP implementations and built finance teams that auditors describe as "clean and boring".')
H('Professional Summary'); para(d, SUM)
CORE = ['Financial Reporting (US GAAP)', 'Budgeting & Forecasting', 'Internal Controls (SOX)', 'ERP Implementation', 'Team Leadership']
H('Core Competencies'); para(d, '  •  '.join(CORE), align='c')
JOBS = [('Harlow Industrial Supply, Inc.', 'Chicago, IL', 'Financial Controller', 'January 2018', 'Present',
         'Lead a 14-person accounting and FP&A team for a $620M distributor with 31 branches.',
         ['Cut the month-end close from 11 to 4 business days by standardising reconciliations in BlackLine',
          'Led the NetSuite migration from a legacy AS/400 system on time and 8% under budget',
          'Negotiated a $75M revolving credit facility and maintained covenant compliance',
          'Remediated two material weaknesses inherited from the prior year audit']),
        ('Meridian Cold Chain Logistics', 'Milwaukee, WI', 'Assistant Controller', 'April 2013', 'December 2017',
         'Managed general ledger, fixed assets and consolidation for five legal entities.',
         ['Built a driver-based budget model adopted company-wide',
          'Prepared quarterly lender packages and supported the 2016 refinancing',
          'Implemented SOX-style controls ahead of a private-equity sale']),
        ('Crane & Whitfield LLP', 'Chicago, IL', 'Senior Auditor', 'September 2009', 'March 2013', None,
         ['Planned and led audits of manufacturing and distribution clients with revenues up to $400M',
          'Supervised teams of up to five staff auditors'])]
H('Professional Experience')
for n, city, pos, a, b, s, hl in JOBS:
    para(d, ('%s — %s' % (n, city), dict(b=True)), before=6)
    para(d, (pos, dict(i=True)), ' | %s – %s' % (a, b))
    if s: para(d, s)
    for h in hl: para(d, h, style='List Bullet')
EDU = [('Lakeshore School of Business', 'Master of Business Administration (MBA), Finance', 'MBA', 'Finance', '2012'),
       ('Illinois Prairie University', 'Bachelor of Science in Accounting', 'Bachelor of Science', 'Accounting', '2009')]
H('Education')
for s, txt, st, ar, y in EDU: para(d, (txt, dict(b=True)), ' — %s, %s' % (s, y))
CERT = [('Certified Public Accountant (CPA)', 'State of Illinois', '2011'),
        ('Certified Management Accountant (CMA)', 'Institute of Management Accountants', '2015')]
H('Certifications')
for n, i, y in CERT: para(d, '%s, %s, %s' % (n, i, y), style='List Bullet')
SK = [('ERP', ['NetSuite', 'SAP S/4HANA', 'Sage Intacct']), ('Reporting', ['Power BI', 'Adaptive Insights', 'Excel'])]
H('Technical Skills')
para(d, ('ERP: ', dict(b=True)), 'NetSuite, SAP S/4HANA, Sage Intacct')
para(d, ('Reporting: ', dict(b=True)), 'Power BI, Adaptive Insights, Excel (advanced modeling, Power Query)')
VOL = ('Westside Youth Soccer League', 'Treasurer', '2016', 'Present',
       'Keep the books for a 900-player volunteer league; introduced online registration and fee waivers.')
H('Volunteer Leadership')
para(d, ('%s, %s' % (VOL[1], VOL[0]), dict(b=True)), ' | %s – %s' % VOL[2:4])
para(d, VOL[4])
LANGS = [('English', 'native'), ('Yoruba', 'conversational')]
H('Languages'); para(d, ', '.join('%s (%s)' % l for l in LANGS))
INT = ['Distance running', 'woodworking', 'jazz piano']
H('Interests'); para(d, ', '.join(INT))
save(d, NAME)

resume = {
    'basics': {'name': 'DANIEL OKORO', 'label': 'Financial Controller', 'phone': '312-555-0188', 'email': 'd.okoro@example.com',
               'location': {'city': 'Chicago', 'region': 'IL', 'countryCode': 'US'}, 'summary': SUM},
    'work': [dates((a, b), {'name': n, 'location': city, 'position': pos, 'summary': s, 'highlights': hl})
             for n, city, pos, a, b, s, hl in JOBS],
    'education': [{'institution': s, 'studyType': st, 'area': ar, 'endDate': y} for s, txt, st, ar, y in EDU],
    'certificates': [{'name': n, 'issuer': i, 'x-date': y} for n, i, y in CERT],
    'skills': [{'keywords': ['Financial Reporting', 'Budgeting & Forecasting', 'Internal Controls', 'ERP Implementation', 'Team Leadership']}]
              + [{'name': n, 'keywords': kw} for n, kw in SK],
    'volunteer': [dates(VOL[2:4], {'organization': VOL[0], 'position': VOL[1], 'summary': VOL[4]})],
    'languages': [{'language': l, 'fluency': f} for l, f in LANGS],
    'interests': [{'name': i} for i in INT],
}
write_truth(NAME, resume, ['CPA, CMA', 'DANIEL OKORO, CPA, CMA', 'Core Competencies', 'US GAAP', 'SOX',
                           'advanced modeling, Power Query', 'Power Query', 'Master of Business Administration (MBA), Finance',
                           'Bachelor of Science in Accounting', 'Master of Business Administration'])
