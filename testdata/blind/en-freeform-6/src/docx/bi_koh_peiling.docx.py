from docxlib import *
from docx.shared import Cm
d = new_doc('Arial', 10, east_asia='Droid Sans Fallback')
t = d.add_table(rows=1, cols=2); no_borders(t)
shade(t.cell(0, 0), '6B2D5C'); shade(t.cell(0, 1), '6B2D5C')
cell_text(t.cell(0, 0), (('KOH Pei Ling  许佩玲', 'b:c:FFFFFF', 20),), (('Front Office Manager · 前厅经理', 'c:F2D7EA', 11),))
cell_text(t.cell(0, 1), ('Blk 318 Tampines St 33, #09-112, Singapore 520318', 'c:FFFFFF'), ('(+65) 9000 0158', 'c:FFFFFF'),
          ('peiling.koh@example.com', 'c:FFFFFF'), ('Singaporean', 'c:FFFFFF'))
heading(d, 'Profile 个人简介', '6B2D5C')
p(d, 'Front office manager with 11 years in 4- and 5-star hotels in Singapore. I serve guests in English, '
     'Mandarin and Cantonese, and I run a 24/7 front desk team of 26.')
p(d, '在新加坡四星及五星级酒店拥有11年前厅经验，擅长中英文接待与团队管理。')
heading(d, 'Work Experience 工作经历', '6B2D5C')
w = d.add_table(rows=4, cols=2); no_borders(w)
w.columns[0].width = Cm(3.5)
rows = [
 ('Mar 2019 – Present', [(('Front Office Manager', 'b'), ' — Marina Pearl Hotel (明珠湾酒店), Singapore'),
   '• Lead 26 staff across reception, concierge and guest relations for a 410-room hotel.',
   '• Guest satisfaction (TrustYou) up from 86 to 93 in two years; launched a Mandarin-speaking concierge desk.']),
 ('2015 – 2019', [(('Assistant Front Office Manager', 'b'), ' — Orchard Lane Hotel (乌节巷酒店), Singapore'),
   '• Opera PMS upgrade lead; trained 40 staff.']),
 ('2013 – 2015', [(('Guest Service Agent', 'b'), ' — Sentosa Bay Resort, Singapore')]),
 ('2011 (6 months)', [(('Industrial attachment, Housekeeping', 'b'), ' — Raffles Quay Suites, Singapore')]),
]
for i, (dt, lines) in enumerate(rows):
    cell_text(w.cell(i, 0), ((dt, 'b'),))
    cell_text(w.cell(i, 1), *[(l,) if isinstance(l, str) else l for l in lines])
heading(d, 'Education 教育背景', '6B2D5C')
p(d, ('B.Sc. (Hons) Hospitality Management', 'b'), ' — Meridian University (Singapore campus), part-time — Second Class Upper — 2018')
p(d, ('Diploma in Hotel & Leisure Facilities Management', 'b'), ' — Bukit Merah Polytechnic — 2013')
p(d, 'GCE ‘O’ Level — Tampines Grove Secondary School — 2009')
heading(d, 'Certifications 证书', '6B2D5C')
p(d, 'WSQ Advanced Certificate in Hospitality Supervision (2016) · Opera PMS Certified Professional (2019) · Food Hygiene Course Level 1 (2011)')
heading(d, 'Languages 语言', '6B2D5C')
p(d, 'English (fluent) · Mandarin 华语 (fluent) · Cantonese 粤语 (conversational) · Malay (basic)')
heading(d, 'Skills 技能', '6B2D5C')
p(d, 'Opera PMS, Micros, Revenue management basics, Complaint handling, Rostering, Microsoft Excel')
save(d)
