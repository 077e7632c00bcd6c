"""Kenyan secondary-school teacher: the whole CV is a borderless two-column table,
dates (or labels) in the narrow left column, details on the right; caps headings in shaded full-width rows."""
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font='Calibri', size=10.5, margins=(1.5, 1.5, 2.0, 2.0))
para(d, [('FAITH JEPTOO KIRUI', {'b': True, 'size': 18})], align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(d, [('Secondary School Teacher (Chemistry / Biology)', {'i': True, 'size': 11})], align=WD_ALIGN_PARAGRAPH.CENTER, after=0)
para(d, 'P.O. Box 5550-30100, Eldoret  |  +254 712 555 084  |  faith.kirui@example.co.ke  |  TSC No. 884215',
     align=WD_ALIGN_PARAGRAPH.CENTER, after=8, size=9.5)

W = text_width(d)
L, R = int(W * 0.24), W - int(W * 0.24)
t = d.add_table(rows=0, cols=2)
no_borders(t)

def heading(text):
    row = t.add_row(); c = row.cells[0].merge(row.cells[1])
    shade(c, 'D9E2F3')
    first_par(c, [(text, {'b': True, 'color': '1F3864'})], after=0)

def entry(left, lines, bullets=()):
    row = t.add_row(); a, b = row.cells
    first_par(a, [(left, {'b': True, 'size': 10})])
    first_par(b, lines[0])
    for l in lines[1:]:
        para(b, l, after=0)
    for x in bullets:
        bullet(b, x, after=0)
    row.cells[1].paragraphs[-1].paragraph_format.space_after = Pt(5)

heading('CAREER OBJECTIVE')
entry('', ['A TSC-registered teacher of Chemistry and Biology looking for a post in a national or extra-county '
           'school where I can raise KCSE results, run practical science well and grow as a science head of department.'])
heading('WORK EXPERIENCE')
entry('Jan 2022 – Date', [[('Chemistry & Biology Teacher (TSC)', {'b': True})],
                          [('Kapsabet Hills Girls\u2019 Secondary School, Nandi County', {'i': True})]],
      ['Teach Chemistry in Forms 2–4 and Biology in Form 1 and 2 (28 lessons a week).',
       'Class teacher, Form 3 East (47 learners); run the Form 3 and 4 Chemistry practical sessions.',
       'Patron of the Science Club; two projects reached the county Kenya Science and Engineering Fair in 2023.',
       'KCSE Chemistry mean score rose from 4.9 (2022) to 6.2 (2024).'])
entry('May 2021 – Dec 2021', [[('BOM Teacher, Chemistry', {'b': True})],
                              [('Sosiani Mixed Day Secondary School, Eldoret', {'i': True})]],
      ['Employed by the Board of Management on a one-year contract while awaiting TSC posting.',
       'Taught Chemistry in Forms 1–3 and set up the school\u2019s first lab inventory register.'])
heading('TEACHING PRACTICE')
entry('Sept – Nov 2019', [[('Teaching Practice (12 weeks)', {'b': True})],
                          [('Moiben Boys\u2019 High School, Uasin Gishu County', {'i': True})],
                          'Chemistry Forms 1–3 and Biology Form 2. Final assessment grade: A.'])
entry('Jan 2018', [[('School Observation (2 weeks)', {'b': True})],
                   [('Kipkaren Mixed Secondary School, Eldoret', {'i': True})]])
heading('EDUCATION')
entry('2016 – 2020', [[('Bachelor of Education (Science)', {'b': True}), ' — Chemistry & Biology'],
                      [('Rift Highlands University, Eldoret', {'i': True})],
                      'Second Class Honours (Upper Division)'])
entry('2012 – 2015', [[('Kenya Certificate of Secondary Education (KCSE)', {'b': True})],
                      [('Chepkoilel Girls\u2019 High School', {'i': True})],
                      'Mean grade: B+'])
heading('SUBJECTS TAUGHT')
entry('', ['Chemistry (Forms 1–4), Biology (Forms 1–2), Integrated Science (Grade 7, CBC)'])
heading('TRAININGS & CERTIFICATES')
for y, c in [('2021', 'TSC Certificate of Registration — Teachers Service Commission'),
             ('2022', 'SMASE INSET in Chemistry — CEMASTEA'),
             ('2023', 'CBC Training for Junior Secondary Teachers — KICD'),
             ('2022', 'Basic First Aid — Kenya Red Cross Society')]:
    entry(y, [c])
heading('SKILLS')
entry('ICT', ['MS Word, Excel, PowerPoint, Google Classroom, Zeraki Analytics'])
entry('Languages', ['English (fluent), Kiswahili (fluent), Kalenjin (native)'])
heading('CO-CURRICULAR')
entry('', ['Volleyball coach (girls), Kapsabet Hills — sub-county champions 2023. Member, Christian Union.'])
heading('REFEREES')
for lines in [['Mr. Daniel K. Rotich', 'Principal, Kapsabet Hills Girls\u2019 Secondary School', 'Tel: +254 722 555 019'],
              ['Dr. Lilian Chepkemoi', 'Lecturer, School of Education, Rift Highlands University', 'Tel: +254 733 555 046'],
              ['Mrs. Esther Wanjala', 'Deputy Principal, Sosiani Mixed Day Secondary School', 'Tel: +254 711 555 072']]:
    entry('', [[(lines[0], {'b': True})], lines[1], lines[2]])
col_widths(t, [L, R])
save(d)
