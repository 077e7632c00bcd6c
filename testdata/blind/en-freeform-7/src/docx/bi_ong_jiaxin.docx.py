# Malaysian Chinese event planner: English CV with Chinese names; an events table.
import os, sys; sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from docxlib import *
d = new_doc('Calibri', 10.5, 1.9, east_asia='Droid Sans Fallback')
style_font(d, 'Heading 1', 'Calibri', 12, 'B03060', True)
core_props(d, 'Ong Jia Xin - Resume', 'Jia Xin')
p = para(d, ('ONG JIA XIN  王佳欣', 'b'), after=0); p.runs[0].font.size = Pt(20)
para(d, 'Senior Event Executive · Corporate & Wedding Events', after=2)
para(d, 'H/P: +6016-555 0129  |  Email: jiaxin.ong.events@example.com  |  Kuala Lumpur, Malaysia', after=0)
para(d, 'Nationality: Malaysian  |  Notice period: 1 month', after=4)

para(d, 'Profile', style='Heading 1')
para(d, 'Event planner with six years of corporate launches, annual dinners and Chinese weddings in the Klang Valley. '
        'Trilingual on the microphone (English, Mandarin, Bahasa Malaysia) and fluent in Cantonese with suppliers. '
        'Calm on the day, strict with the budget.')

para(d, 'Work Experience', style='Heading 1')
para(d, ('Lantern & Co. Events Sdn. Bhd. 灯笼活动策划', 'b'), ' — Petaling Jaya', after=0)
para(d, ('Boutique event agency, 25 staff; corporate and wedding events', 'i'), after=0)
para(d, 'Senior Event Executive\tJan 2022 – current', tabs=[(17.2, 'r')], after=0)
bullets(d, ['Run 30–40 events a year from pitch to teardown, budgets RM 50k – RM 600k',
            'Manage a pool of 60 freelance crew and 40 vendors; negotiated 12% lower AV rates in 2024',
            'Introduced run-sheet templates in Notion and a post-event survey (average 4.7/5)'])
para(d, 'Event Executive\t2019 – 2021', tabs=[(17.2, 'r')], after=0, before=3)
bullets(d, ['Moved 14 client events online during MCO with Zoom Webinar and StreamYard'])
para(d, ('Grand Orchid Hotel Kuala Lumpur 兰花大酒店', 'b'), ' — Banquet Sales Coordinator\t2018 (6 months)', tabs=[(17.2, 'r')], after=0, before=4)
bullets(d, ['Wedding banquet enquiries and BEOs for up to 120 tables'])

para(d, 'Selected Events', style='Heading 1')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Event', 'Client', 'Pax', 'Year']):
    c.text = h; c.paragraphs[0].runs[0].bold = True
for row in [('Annual Dinner “Golden Reef”', 'Meridian Insurance Berhad', '1,200', '2024'),
            ('EV launch roadshow, 4 cities', 'Volta Motors Malaysia', '3,500', '2023'),
            ('Lim–Tan wedding 林陈婚礼', 'private client', '450', '2023')]:
    cells = t.add_row().cells
    for c, v in zip(cells, row): c.text = v

para(d, 'Education', style='Heading 1', before=8)
para(d, ('Diploma in Event Management', 'b'), ', Sunway-Klang Valley College of Hospitality (SKVCH), 2015 – 2018 (CGPA 3.68, Dean’s List x4)', after=0)
para(d, 'Kwang Ming Independent High School 光明独立中学, Kuala Lumpur — UEC Senior Middle (统考高中), 2014: 6 A, 2 B', after=0)
para(d, 'SPM (private candidate), 2013: Bahasa Melayu A, Sejarah B', after=0)

para(d, 'Skills', style='Heading 1')
para(d, 'Event tools: Notion, Canva, Cvent, Excel, Eventbrite\nOther: MC/emcee (EN/中文/BM), vendor negotiation, stage management, budgeting', after=0)

para(d, 'Languages', style='Heading 1')
para(d, 'English ★★★★★   Mandarin 华语 ★★★★★   Bahasa Malaysia ★★★★☆   Cantonese 粤语 ★★★☆☆ (spoken only)', after=0)

para(d, 'References', style='Heading 1')
para(d, 'Available upon request.', after=0)
save(d)
