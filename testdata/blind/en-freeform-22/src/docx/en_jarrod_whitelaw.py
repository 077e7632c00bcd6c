"""Australian plumber & gasfitter: one page styled like a Google Docs résumé template
(Title / Subtitle / Heading 1-3 named styles, 'Company, Town — Title' Heading 2, caps date Heading 3)."""
from _common import *
from docx.shared import Pt, RGBColor

d = new_doc(font='Arial', size=9.5, margins=(1.3, 1.2, 1.8, 1.8))
st = d.styles
def style(name, size, bold=False, color='000000', before=0, after=2, caps=False, font='Arial'):
    s = st[name]
    s.font.name = font; s.font.size = Pt(size); s.font.bold = bold; s.font.italic = False
    s.font.color.rgb = RGBColor.from_string(color); s.font.all_caps = caps
    rpr = s.element.get_or_add_rPr(); rf = rpr.find(qn('w:rFonts'))
    if rf is None:
        rf = OxmlElement('w:rFonts'); rpr.append(rf)
    for a in ('w:ascii', 'w:hAnsi', 'w:cs', 'w:eastAsia'):
        rf.set(qn(a), font)
    for a in ('w:asciiTheme', 'w:hAnsiTheme', 'w:eastAsiaTheme', 'w:cstheme'):
        if rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
    s.paragraph_format.space_before = Pt(before); s.paragraph_format.space_after = Pt(after)
style('Title', 22, True, '1C4587', after=0, font='Merriweather')
style('Subtitle', 12, False, 'E06666', after=4)
style('Heading 1', 11, True, '1C4587', before=6, after=2, caps=True)
style('Heading 2', 10.5, True, '000000', before=5, after=0)
style('Heading 3', 8.5, False, '666666', before=0, after=2, caps=True)
# Title style has a bottom border in the default template; drop it
pPr = st['Title'].element.get_or_add_pPr()
for b in pPr.findall(qn('w:pBdr')):
    pPr.remove(b)

d.add_paragraph('Jarrod Whitelaw', style='Title')
d.add_paragraph('Licensed Plumber & Gasfitter', style='Subtitle')
para(d, 'Belmont VIC 3216  ·  0491 570 156  ·  jarrod.whitelaw@example.com.au', after=2, size=9.5)

d.add_paragraph('Profile', style='Heading 1')
para(d, 'Licensed plumber and Type A gasfitter with nine years on the tools across residential maintenance, '
        'new homes and light commercial work around Geelong and the Surf Coast. Happy running jobs on my own, '
        'quoting small works and looking after apprentices. Clean driving record, own tools and ute.', after=2)

d.add_paragraph('Tickets & Licences', style='Heading 1')
for t in ['Licensed Plumber – Water Supply, Sanitary, Drainage, Gasfitting (VBA Licence No. 106552)',
          'Registered Plumber – Roofing (Stormwater) (VBA Registration No. 106552)',
          'Type A Gasfitting Servicing – VBA, 2020',
          'Refrigerant Handling Licence (split systems) – ARC, L091137',
          'Working at Heights (RIIWHS204E) – 2023',
          'Confined Space Entry (RIIWHS202E) – 2022',
          'Construction Induction (White Card) – WorkSafe Victoria',
          'Provide First Aid (HLTAID011) – renewed 2024',
          'Victorian Driver Licence – Car (manual)']:
    bullet(d, t, after=0)

d.add_paragraph('Experience', style='Heading 1')
jobs = [
    ('Barwon Coast Plumbing Pty Ltd, Geelong', 'Leading Hand Plumber', 'since 2021',
     ['Run a maintenance van five days a week: blocked drains, burst pipes, hot water changeovers and gas appliance installs.',
      'Quote and price small works in ServiceM8; about 60% of my quotes are accepted.',
      'Supervise a second-year and a fourth-year apprentice and sign off their logbooks.',
      'Issue compliance certificates for gas and water work through the VBA portal.']),
    ('Bellarine Pipe & Drain, Ocean Grove', 'Plumber', 'March 2018 – January 2021',
     ['Roughed-in and fitted off 40+ new homes per year for two volume builders on the Bellarine.',
      'Laid sewer and stormwater drains, including deep connections and inspection openings.',
      'Ran the drain camera and jetter on call-outs and wrote up the reports for insurers.']),
    ('Corio Bay Plumbing Services, North Geelong', 'Apprentice Plumber', '2014–18',
     ['Four-year apprenticeship across maintenance, commercial fit-outs and roofing (box gutters, downpipes, flashings).']),
    ('Waurn Ponds Fish & Chips, Waurn Ponds', 'Casual Kitchen Hand', '2012–13', []),
]
for emp, title, dates, bl in jobs:
    d.add_paragraph(emp + ' — ' + title, style='Heading 2')
    d.add_paragraph(dates, style='Heading 3')
    for b in bl:
        bullet(d, b, after=0)

d.add_paragraph('Education', style='Heading 1')
for emp, title, dates in [
        ('Corio Institute of TAFE, Geelong', 'Certificate IV in Plumbing and Services (Gasfitting)', '2019–20'),
        ('Corio Institute of TAFE, Geelong', 'Certificate III in Plumbing', '2014–17'),
        ('Belmont Heights Secondary College', 'VCAL Intermediate', '2013')]:
    d.add_paragraph(emp + ' — ' + title, style='Heading 2')
    d.add_paragraph(dates, style='Heading 3')

d.add_paragraph('Skills', style='Heading 1')
for lab, items in [
        ('Hot water & heating', 'gas and electric storage, continuous flow, heat pumps, hydronic heating'),
        ('Drainage', 'drain camera, high-pressure jetter, pipe relining, sewer and stormwater'),
        ('Gas', 'appliance installs, leak detection, meter upgrades, compliance certificates'),
        ('Software', 'ServiceM8, Tradify, Xero')]:
    para(d, [(lab + ': ', {'b': True}), items], after=0)
para(d, 'References available on request.', before=6, size=9)
save(d)
