"""UK junior logistics coordinator, one page: each heading is text inside a one-cell table with a
bottom rule only; "-" bullets typed by hand; "Title – Employer, Town" then a dates line; degree with a
2:1 classification; "References available on request"."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import *

NAME = 'en_hannah_walsh'
d = new_doc(latin='Arial', east='Arial', size=10, margins=(1.8, 1.8, 2.0, 2.0))
para(d, ('Hannah Walsh', dict(b=True, size=20)))
para(d, 'Manchester  |  07700 900412  |  hannah.walsh@example.org', after=6)
def H(t):
    tb = table(d, 1, 1, [17.0]); c = tb.cell(0, 0)
    cell_text(c, (t, dict(b=True, size=11.5, color='7B2C2C'))); cborder(c, bottom='single')
    para(d, '')
SUM = ('Organised logistics coordinator with two years in freight forwarding and three years of warehouse '
       'experience, looking to grow into a transport planning role.')
H('Personal Profile'); para(d, SUM)
SK = ['Route planning', 'Stock control', 'Customer service', 'Microsoft Excel', 'SAP EWM']
H('Key Skills')
for s in SK: para(d, '- ' + s)
JOBS = [('Logistics Coordinator', 'Northgate Freight Ltd', 'Trafford Park', 'Sept 2022', 'present',
         ['Book and track 60–80 consignments a week across road and sea freight',
          'Prepare customs paperwork for EU shipments and chase missing documents',
          'Cut late deliveries for our largest retail client from 9% to 3%']),
        ('Warehouse Operative (part-time)', 'ParcelPoint UK', 'Salford', 'Jun 2020', 'Aug 2022',
         ['Picked and packed up to 250 orders per shift', 'Trained new starters on the handheld scanners'])]
H('Employment History')
for pos, n, town, a, b, hl in JOBS:
    para(d, (pos, dict(b=True)), ' – %s, %s' % (n, town), before=4)
    para(d, ('%s – %s' % (a, b), dict(i=True, color='595959')))
    for h in hl: para(d, '- ' + h)
H('Education')
para(d, ('BA (Hons) Business Management, 2:1', dict(b=True)), ' – Pennine Metropolitan University, 2019 – 2022')
CERT = [('CILT Level 3 Certificate in Logistics and Transport', '2023'), ('Counterbalance Forklift Licence (RTITB)', '2021')]
H('Certificates')
for n, y in CERT: para(d, '- %s (%s)' % (n, y))
INT = ['Hill walking', 'netball']
H('Interests'); para(d, 'Hill walking in the Peak District, and I play netball for a local club.')
para(d, ''); para(d, ('References available on request.', dict(i=True)))
save(d, NAME)

resume = {
    'basics': {'name': 'Hannah Walsh', 'phone': '07700 900412', 'email': 'hannah.walsh@example.org',
               'location': {'city': 'Manchester', 'countryCode': 'GB'}, 'summary': SUM},
    'skills': [{'keywords': SK}],
    'work': [dates((a, b), {'name': n, 'position': pos, 'location': town, 'highlights': hl}) for pos, n, town, a, b, hl in JOBS],
    'education': [{'institution': 'Pennine Metropolitan University', 'studyType': 'BA (Hons)', 'area': 'Business Management',
                   'score': '2:1', 'startDate': '2019', 'endDate': '2022'}],
    'certificates': [{'name': n, 'x-date': y} for n, y in CERT],
    'interests': [{'name': 'Hill walking'}, {'name': 'netball'}],
}
write_truth(NAME, resume, ['References available on request.', 'Key Skills', 'Hill walking in the Peak District',
                           'transport planning role', 'Hill walking in the Peak District, and I play netball for a local club.'])
