"""Indian pharmacovigilance CV: 'CURRICULUM VITAE' title, grey-shaded caps section bars, 'till date',
an education table (Qualification / Institution / Board-University / Year / %), Personal Details
label-colon-value rows and a Declaration with Place / Date / (NAME)."""
from _common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font='Times New Roman', size=11, margins=(1.8, 1.8, 2.2, 2.2))
para(d, [('CURRICULUM VITAE', {'b': True, 'size': 14})], align=WD_ALIGN_PARAGRAPH.CENTER, after=8)
para(d, [('DEEPTHI HEGDE', {'b': True, 'size': 13})], after=0)
para(d, 'Mobile: +91 90000 48213', after=0)
para(d, 'E-mail: deepthi.hegde@example.in', after=0)
para(d, 'Address: No. 14, 2nd Cross, Vidyaranyapura, Bengaluru – 560097, Karnataka', after=6)

def bar(text):
    p = para(d, [(text, {'b': True})], before=8, after=4)
    shade(p, 'D0CECE')

bar('CAREER OBJECTIVE')
para(d, 'To work as a Drug Safety Scientist in a reputed pharmacovigilance organisation where I can use my '
        'knowledge of ICSR processing and aggregate reporting and grow with the company.', after=2)

bar('PROFESSIONAL EXPERIENCE')
W = text_width(d)
para(d, [('Drug Safety Associate', {'b': True}), '\t', ('Aug 2021 – till date', {'b': True})], after=0, tab_right=W)
para(d, [('Meridian Lifesciences Pvt. Ltd., Bengaluru', {'i': True})], after=2)
for b in ['Process ICSRs (spontaneous, literature and clinical trial) end to end in Oracle Argus Safety: triage, data entry, MedDRA coding and narrative writing.',
          'Average 6–8 cases per day with quality above 98% in monthly audits.',
          'Perform duplicate checks and E2B(R3) submissions to EudraVigilance for two EU clients.',
          'Trained 5 new associates on the client conventions and the case workflow.']:
    bullet(d, b, after=0)
para(d, [('Pharmacovigilance Trainee', {'b': True}), '\t', ('Feb 2020 – Jul 2021', {'b': True})], before=6, after=0, tab_right=W)
para(d, [('Sahyadri Clinical Services, Mysuru', {'i': True})], after=2)
for b in ['Literature screening of 40+ journals weekly for adverse events.',
          'Data entry and follow-up queries for non-serious cases in ARISg.']:
    bullet(d, b, after=0)

bar('EDUCATIONAL QUALIFICATIONS')
rows = [('Qualification', 'Institution', 'University / Board', 'Year', 'Percentage'),
        ('M.Pharm (Pharmacology)', 'Malnad College of Pharmacy, Shivamogga', 'RGUHS', '2020', '78.4%'),
        ('B.Pharm', 'Malnad College of Pharmacy, Shivamogga', 'RGUHS', '2018', '74.1%'),
        ('II PUC (PCMB)', 'Sharada PU College, Sirsi', 'Karnataka PU Board', '2014', '88%'),
        ('SSLC', 'Vidyodaya High School, Sirsi', 'KSEEB', '2012', '91.2%')]
t = d.add_table(rows=len(rows), cols=5); t.style = 'Table Grid'
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        first_par(t.cell(i, j), [(v, {'b': i == 0, 'size': 10})], after=0)
col_widths(t, [int(W * x) for x in (0.22, 0.33, 0.19, 0.1, 0.16)])

bar('M.PHARM PROJECT')
para(d, [('Title: ', {'b': True}), 'Hepatoprotective activity of Phyllanthus amarus leaf extract in paracetamol-induced liver injury in Wistar rats (2019–2020).'], after=2)

bar('TECHNICAL SKILLS')
for lab, v in [('Safety databases', 'Oracle Argus Safety 8.2, ARISg'),
               ('Coding dictionaries', 'MedDRA, WHO-DD'),
               ('Regulations', 'ICH E2A, E2B(R3), E2D, GVP Module VI'),
               ('Computer', 'MS Office, Veeva Vault (basic)')]:
    bullet(d, [(lab + ': ', {'b': True}), v], after=0)

bar('CERTIFICATIONS')
bullet(d, 'Advanced Diploma in Clinical Research and Pharmacovigilance – Deccan Institute of Clinical Research, Bengaluru (2020)', after=0)
bullet(d, 'MedDRA Coding Basics – MedDRA MSSO webinar (2022)', after=0)

bar('PERSONAL DETAILS')
for k, v in [('Date of Birth', '17-06-1996'), ('Father\u2019s Name', 'Shri. Ganapati Hegde'), ('Gender', 'Female'),
             ('Marital Status', 'Single'), ('Nationality', 'Indian'),
             ('Languages Known', 'English, Kannada, Hindi, Konkani'), ('Hobbies', 'Carnatic music, reading')]:
    para(d, [(k, {}), '\t: ' + v], after=0).paragraph_format.tab_stops.add_tab_stop(Cm(4.5))

bar('DECLARATION')
para(d, 'I hereby declare that the above information is true to the best of my knowledge and belief.', after=10)
para(d, 'Place: Bengaluru', after=0)
para(d, ['Date:', '\t', ('(DEEPTHI HEGDE)', {'b': True})], after=0, tab_right=W)
save(d)
