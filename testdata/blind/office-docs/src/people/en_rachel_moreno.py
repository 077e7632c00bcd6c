"""US marketing manager, one-and-a-bit pages, built on Word's built-in styles: Title for the name,
Subtitle-like headline, Heading 1 sections, List Bullet numbering; employer left and dates at a right
tab stop, title and city on the next line separated by a right tab; a promotion at one employer as two
header pairs; references with name / title / company / e-mail."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'en_rachel_moreno'
d = new_doc(latin='Calibri', east='Calibri', size=10.5, margins=(1.8, 1.8, 2.0, 2.0))
RT = 17.0
para(d, 'Rachel Moreno', style='Title')
para(d, ('Senior Marketing Manager', dict(size=13, color='2F5496')))
para(d, 'Austin, TX  ·  (512) 555-0143  ·  rachel.moreno@example.com  ·  linkedin.com/in/rachelmoreno-mktg', after=4)
SUM = ('Consumer-goods marketer with 11 years of experience in brand strategy, product launches and lifecycle '
       'marketing. Built and led a six-person team that grew direct-to-consumer revenue from $4M to $19M.')
para(d, 'Summary', style='Heading 1'); para(d, SUM)
JOBS = [('Brightwell Foods Co.', 'Mar 2019', 'Present', 'Senior Marketing Manager', 'Austin, TX',
         'Lead brand and growth marketing for three snack lines sold in 6,000 retail doors and online.',
         ['Launched the Brightwell Crunch line; $7.2M first-year sales, 140% of plan',
          'Rebuilt the email and SMS lifecycle program in HubSpot, lifting repeat purchase rate by 18%',
          'Manage a $3.5M annual media budget and two agencies']),
        ('Lumen & Oak Home Goods', 'Jun 2015', 'Feb 2019', 'Marketing Manager', 'Dallas, TX', None,
         ['Owned seasonal campaigns across paid social, search and catalog',
          'Introduced a test-and-learn calendar; cost per acquisition down 27% in two years']),
        ('Lumen & Oak Home Goods', 'Aug 2013', 'May 2015', 'Marketing Coordinator', 'Dallas, TX', None,
         ['Coordinated photo shoots, product copy and trade-show logistics'])]
para(d, 'Experience', style='Heading 1')
for n, a, b, pos, city, s, hl in JOBS:
    tabline(d, [(n, dict(b=True)), '%s – %s' % (a, b)], [(RT, 'r')], before=6)
    tabline(d, [(pos, dict(i=True)), city], [(RT, 'r')], after=2)
    if s: para(d, s)
    for h in hl: para(d, h, style='List Bullet')
para(d, 'Education', style='Heading 1')
tabline(d, [('Trinity Plains University', dict(b=True)), '2013'], [(RT, 'r')])
para(d, 'B.B.A. in Marketing, minor in Spanish')
SK = [('Marketing', ['Brand strategy', 'Product launches', 'Market research', 'Lifecycle marketing']),
      ('Tools', ['HubSpot', 'Google Analytics 4', 'Salesforce Marketing Cloud', 'Figma'])]
para(d, 'Skills', style='Heading 1')
for n, kw in SK: para(d, (n + ': ', dict(b=True)), ', '.join(kw))
CERT = [('Google Analytics Certification', 'Google', '2022'), ('HubSpot Inbound Marketing Certification', 'HubSpot Academy', '2021')]
para(d, 'Certifications', style='Heading 1')
for n, i, y in CERT: para(d, '%s — %s, %s' % (n, i, y), style='List Bullet')
LANGS = [('English', 'native'), ('Spanish', 'professional working proficiency')]
para(d, 'Languages', style='Heading 1')
para(d, '; '.join('%s (%s)' % l for l in LANGS))
REFS = [('Laura Kim', 'VP Marketing, Brightwell Foods Co.', 'laura.kim@example.com'),
        ('David Okafor', 'Director of E-commerce, Lumen & Oak Home Goods', 'd.okafor@example.com')]
para(d, 'References', style='Heading 1')
for n, r_, e in REFS:
    para(d, (n, dict(b=True)), ' — %s — %s' % (r_, e))
save(d, NAME)

resume = {
    'basics': {'name': 'Rachel Moreno', 'label': 'Senior Marketing Manager', 'phone': '(512) 555-0143',
               'email': 'rachel.moreno@example.com', 'location': {'city': 'Austin', 'region': 'TX', 'countryCode': 'US'},
               'summary': SUM,
               'profiles': [{'network': 'LinkedIn', 'username': 'rachelmoreno-mktg', 'url': 'https://linkedin.com/in/rachelmoreno-mktg'}]},
    'work': [dates((a, b), {'name': n, 'position': pos, 'location': city, 'summary': s, 'highlights': hl})
             for n, a, b, pos, city, s, hl in JOBS],
    'education': [{'institution': 'Trinity Plains University', 'area': 'Marketing', 'studyType': 'B.B.A.', 'endDate': '2013'}],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'certificates': [{'name': n, 'issuer': i, 'x-date': y} for n, i, y in CERT],
    'languages': [{'language': l, 'fluency': f} for l, f in LANGS],
    'references': [{'name': n, 'reference': '%s — %s' % (r_, e)} for n, r_, e in REFS],
}
write_truth(NAME, resume, ['minor in Spanish', 'Spanish', 'B.B.A. in Marketing, minor in Spanish', 'laura.kim@example.com',
                           'd.okafor@example.com', 'VP Marketing, Brightwell Foods Co.', 'Director of E-commerce, Lumen & Oak Home Goods'])
