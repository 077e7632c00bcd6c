"""New graduate, one page, written in LibreOffice Writer (.fodt): the name and contact line sit in a
shaded FRAME anchored to the top of the page; an Objective line; Technical Skills in a two-column
text:section; title-first experience lines ("Data Analyst Intern, Company — City<TAB>dates");
projects with "Tools:" lines; volunteer; awards.  Converted by LibreOffice to .pdf and .docx."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *
from fodt import *

NAME = 'en_priya_nair'
styles = ''.join([
    pstyle('Name', size=24, bold=True, color='1B4F72', align='center', after=0.1),
    pstyle('Contact', size=9.5, align='center'),
    pstyle('H', size=11.5, bold=True, color='1B4F72', before=0.3, after=0.1, border_bottom='0.6pt solid #1B4F72'),
    pstyle('Entry', bold=True, tabs=[(17.4, 'right')], before=0.1),
    pstyle('Bul', indent=0.4),
])
auto = ('<style:style style:name="fr1" style:family="graphic"><style:graphic-properties fo:background-color="#E8F0F8" '
        'draw:fill="solid" draw:fill-color="#E8F0F8" fo:border="none" fo:padding="0.3cm" style:wrap="none" '
        'style:vertical-pos="from-top" style:vertical-rel="page" style:horizontal-pos="from-left" style:horizontal-rel="page"/></style:style>'
        '<style:style style:name="Sect2" style:family="section"><style:section-properties text:dont-balance-text-columns="false">'
        '<style:columns fo:column-count="2" fo:column-gap="0.8cm"/></style:section-properties></style:style>')
CONTACT = 'Toronto, ON  •  416-555-0127  •  priya.nair@example.com  •  github.com/priyanair-ds'
frame = ('<text:p text:style-name="Standard"><draw:frame draw:style-name="fr1" draw:name="Header" text:anchor-type="page" '
         'text:anchor-page-number="1" svg:x="0cm" svg:y="0cm" svg:width="21cm" svg:height="3.2cm" draw:z-index="0">'
         '<draw:text-box>%s%s</draw:text-box></draw:frame></text:p>') % (p('Name', 'Priya Nair'), p('Contact', CONTACT))
OBJ = 'Objective: Junior Data Scientist role where I can turn messy operational data into decisions.'
EDU = ('Northbridge University', 'BSc (Honours) in Statistics and Computer Science', 'BSc (Honours)', 'Statistics and Computer Science',
       'Sep 2020', 'Apr 2024', '3.7/4.0')
JOB = ('Data Analyst Intern', 'Maplecrest Insurance', 'Toronto, ON', 'May 2023', 'Aug 2023',
       ['Automated a weekly claims-leakage report in Python and SQL, saving analysts about 5 hours a week',
        'Built a gradient-boosting model flagging likely subrogation claims (precision 0.71)'])
PROJ = [('Transit Delay Predictor', '2023', ['Python', 'scikit-learn', 'Streamlit'],
         'Predicts streetcar delays from weather and schedule data; deployed as a small web app.'),
        ('Food Bank Demand Dashboard', '2022', ['dbt', 'PostgreSQL', 'Tableau'],
         'Weekly demand forecasts and stock alerts for a community food bank.')]
SK = [('Programming', ['Python', 'R', 'SQL']), ('Machine learning', ['scikit-learn', 'PyTorch', 'XGBoost']),
      ('Data', ['pandas', 'dbt', 'PostgreSQL']), ('Visualisation', ['Tableau', 'matplotlib'])]
VOL = ('Parkdale Community Food Bank', 'Volunteer Data Lead', 'Jan 2022', 'Apr 2024', 'Set up the intake database and the demand dashboard.')
AW = [('1st place, Northbridge Datathon', '2023'), ("Dean's Honour List", None)]
LANGS = [('English', 'fluent'), ('Hindi', 'native'), ('Malayalam', 'conversational')]
INT = ['chess', 'bouldering']
body = [frame, p('Standard', ''), p('Standard', ''), p('Standard', ''), p('Standard', OBJ),
        p('H', 'Education'), p('Entry', '%s\t%s – %s' % (EDU[0], EDU[4], EDU[5])), p('Standard', '%s; GPA %s' % (EDU[1], EDU[6])),
        p('H', 'Experience'), p('Entry', '%s, %s — %s\t%s – %s' % JOB[:5])] + [p('Bul', '• ' + h) for h in JOB[5]]
body.append(p('H', 'Projects'))
for n, y, kw, desc in PROJ:
    body += [p('Entry', '%s\t%s' % (n, y)), p('Standard', desc), p('Standard', 'Tools: ' + ', '.join(kw))]
body.append(p('H', 'Technical Skills'))
body.append('<text:section text:style-name="Sect2" text:name="Skills">%s</text:section>' %
            ''.join(p('Standard', '%s: %s' % (n, ', '.join(kw))) for n, kw in SK))
body += [p('H', 'Volunteering'), p('Entry', '%s, %s\t%s – %s' % (VOL[1], VOL[0], VOL[2], VOL[3])), p('Standard', VOL[4]),
         p('H', 'Awards'), p('Standard', '1st place, Northbridge Datathon (2023)'),
         p('Standard', "Dean's Honour List (2021, 2022, 2023)"),
         p('H', 'Languages & Interests'),
         p('Standard', 'Languages: ' + ', '.join('%s (%s)' % l for l in LANGS)),
         p('Standard', 'Interests: ' + ', '.join(INT))]
write(os.path.join(HERE, NAME + '.fodt'), '\n'.join(body), styles, auto, size=10, lang='en', country='CA', ml=1.8, mr=1.8, mt=1.2)

resume = {
    'basics': {'name': 'Priya Nair', 'label': 'Junior Data Scientist', 'phone': '416-555-0127', 'email': 'priya.nair@example.com',
               'location': {'city': 'Toronto', 'region': 'ON', 'countryCode': 'CA'},
               'profiles': [{'network': 'GitHub', 'username': 'priyanair-ds', 'url': 'https://github.com/priyanair-ds'}]},
    'education': [dates(EDU[4:6], {'institution': EDU[0], 'studyType': EDU[2], 'area': EDU[3], 'score': EDU[6]})],
    'work': [dates(JOB[3:5], {'name': JOB[1], 'position': JOB[0], 'location': JOB[2], 'highlights': JOB[5]})],
    'projects': [{'name': n, 'startDate': y, 'keywords': kw, 'description': desc} for n, y, kw, desc in PROJ],
    'skills': [{'name': n, 'keywords': kw} for n, kw in SK],
    'volunteer': [dates(VOL[2:4], {'organization': VOL[0], 'position': VOL[1], 'summary': VOL[4]})],
    'awards': [dict({'title': t}, **({'date': y} if y else {})) for t, y in AW],
    'languages': [{'language': l, 'fluency': f} for l, f in LANGS],
    'interests': [{'name': i} for i in INT],
}
write_truth(NAME, resume, [OBJ, 'Junior Data Scientist role where I can turn messy operational data into decisions.',
                           '2021, 2022, 2023', 'Northbridge Datathon'])
