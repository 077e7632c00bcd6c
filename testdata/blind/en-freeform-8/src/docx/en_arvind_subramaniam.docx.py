from docxlib import *
d = new_doc('Liberation Serif', 11)
para(d, 'CURRICULUM VITAE', bold=True, size=14, align='center', space_after=6)
para(d, 'ARVIND SUBRAMANIAM', bold=True, size=13)
para(d, 'No. 27, 4th Cross Street, Anna Nagar West, Chennai - 600 040, Tamil Nadu')
para(d, 'Ph: +91 98400 55501  |  Email ID: arvind.subramaniam@example.com')
heading_bar(d, 'CAREER OBJECTIVE')
para(d, 'To obtain the position of Senior Structural Engineer in a reputed infrastructure company where I can use my '
        'experience in metro viaducts and bridge design and grow along with the organisation.')
heading_bar(d, 'PROFESSIONAL EXPERIENCE  (Total: 7 years)')
para(d, 'Assistant Manager – Structures, Kaveri Infra Projects Ltd., Chennai (2021–present)', bold=True)
for b in ['Design checks of precast segmental viaduct spans (31 m) for the Chennai Metro Phase II package.',
          'Coordinating with the proof consultant and the site team on 140 pier caps.',
          'Prepared bar bending schedules and quantity estimates using STAAD.Pro and Excel macros.']:
    bullet(d, b)
para(d, 'Site Engineer, Deccan Roadways Constructions Pvt. Ltd., Hyderabad (2018–21)', bold=True)
for b in ['Execution of a 4-lane ROB with 18 spans on the Outer Ring Road; daily progress reports to the client.',
          'Quality control of concrete and steel; maintained cube test registers as per IS 456.']:
    bullet(d, b)
para(d, 'Graduate Engineer Trainee, Deccan Roadways Constructions Pvt. Ltd., Hyderabad (2017–18)', bold=True)
bullet(d, 'Rotations in survey, quantity surveying and the batching plant.')
heading_bar(d, 'ACADEMIC QUALIFICATIONS')
t = d.add_table(rows=1, cols=4); t.style = 'Table Grid'
for c, h in zip(t.rows[0].cells, ['Qualification', 'Institution / Board', 'Year', 'Marks']):
    cell_text(c, h, bold=True)
for row in [['M.Tech (Structural Engineering)', 'College of Engineering, Guindy, Anna University', '2021–2023 (part-time)', 'CGPA 8.6/10'],
            ['B.Tech (Civil Engineering)', 'Vellore Institute of Technology, Vellore', '2013–2017', 'CGPA 8.1/10'],
            ['12th (HSC)', 'Tamil Nadu State Board, Sri Ramakrishna Mat. Hr. Sec. School', '2013', '91.4%'],
            ['10th (SSLC)', 'Tamil Nadu State Board, Sri Ramakrishna Mat. Hr. Sec. School', '2011', '94.2%']]:
    cells = t.add_row().cells
    for c, v in zip(cells, row): cell_text(c, v)
heading_bar(d, 'SOFTWARE SKILLS')
para(d, 'STAAD.Pro, MIDAS Civil, AutoCAD, MS Project, MS Excel')
heading_bar(d, 'CERTIFICATIONS')
bullet(d, 'Chartered Engineer (India) – Institution of Engineers (India), membership no. M-171942-0')
bullet(d, 'NPTEL: Design of Steel Structures (Elite), 2016')
heading_bar(d, 'PERSONAL DETAILS')
continuous_section(d, 2)
for k, v in [('Date of Birth', '14-08-1995'), ("Father's Name", 'Mr. K. Subramaniam'), ('Gender', 'Male'),
             ('Marital Status', 'Single'), ('Nationality', 'Indian'), ('Languages Known', 'Tamil, English, Hindi, Telugu'),
             ('Passport', 'Available'), ('Hobbies', 'Cricket, Carnatic music')]:
    p = para(d); run(p, k + ' : ', bold=True); run(p, v)
continuous_section(d, 1)
heading_bar(d, 'DECLARATION')
para(d, 'I hereby declare that the information furnished above is true to the best of my knowledge and belief.')
para(d, '')
p = para(d, 'Place: Chennai'); tab_right(p); run(p, '\t(ARVIND SUBRAMANIAM)')
para(d, 'Date: 02/12/2026')
d.save(out())
