"""Structural engineer, hand-zipped OOXML.  A tall DrawingML text box (wp:anchor, wrapSquare) anchored
in the first paragraph sits on the left of page 1 with contact, software, licences and languages; the
main column wraps to its right.  Jobs as one pipe-separated line "Title | Company | City | 2019 – Present",
a "Selected projects" sub-list inside each job, section headings in capitals with letter spacing."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
from lib import iso, dates, write_truth, raw_docx, esc
from rawxml import *

NAME = 'en_tom_becker'
B = []
def tbp(t, b=False, sz=None, color=None, after=60):
    return ('<w:p><w:pPr><w:spacing w:after="%d"/></w:pPr>%s</w:p>' % (after, r(t, b=b, sz=sz, color=color)))
SOFT = ['AutoCAD Civil 3D', 'Revit', 'SAP2000', 'RISA-3D', 'Bluebeam']
CERT = [('Professional Engineer (PE), Colorado', '2019'), ('OSHA 30-Hour Construction', '2017')]
LANGS = [('English', 'native'), ('German', 'B2')]
side = [tbp('CONTACT', b=True, color='2E4A62'), tbp('Denver, CO'), tbp('720-555-0162'), tbp('tom.becker@example.com', after=200),
        tbp('SOFTWARE', b=True, color='2E4A62')] + [tbp(s) for s in SOFT] + [tbp('', after=120),
        tbp('LICENSES', b=True, color='2E4A62')] + [tbp('%s, %s' % c) for c in CERT] + [tbp('', after=120),
        tbp('LANGUAGES', b=True, color='2E4A62')] + [tbp('%s (%s)' % l) for l in LANGS]
E = lambda cm: int(cm * 360000)
box = ('<w:r><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="228600" simplePos="0" relativeHeight="251659264" '
       'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
       '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
       '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
       '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapSquare wrapText="right"/>'
       '<wp:docPr id="1" name="Sidebar"/><wp:cNvGraphicFramePr/><a:graphic><a:graphicData '
       'uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:cNvSpPr txBox="1"/>'
       '<wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom>'
       '<a:solidFill><a:srgbClr val="EDF1F5"/></a:solidFill><a:ln><a:noFill/></a:ln></wps:spPr>'
       '<wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx><wps:bodyPr lIns="144000" tIns="144000" rIns="108000" bIns="72000">'
       '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>') % (
    E(1.2), E(4.2), E(5.2), E(14.0), E(5.2), E(14.0), ''.join(side))
B.append(p(box, r('Tom Becker, P.E.', b=True, sz=24, color='2E4A62'), after=2))
B.append(p(r('Civil / Structural Engineer', sz=13)), )
B.append(p('', after=6))
def H(t): B.append(p(r(' '.join(t), b=True, color='2E4A62'), border=(6, '2E4A62'), before=10, after=4))
SUM = ('Licensed structural engineer with 11 years designing bridges, parking structures and '
       'mid-rise buildings in steel, concrete and mass timber.')
H('PROFILE'); B.append(p(SUM))
JOBS = [('Senior Structural Engineer', 'Rockline Engineering Group', 'Denver, CO', '2019', 'Present',
         ['Lead engineer of record on 9 projects with construction value up to $48M',
          'Mentor four EITs through PE licensure'],
         [('Cherry Creek Pedestrian Bridge', '2021', '62 m steel truss over an active rail corridor; erected in two weekend closures')]),
        ('Structural Engineer', 'Aspen Ridge Consultants', 'Boulder, CO', '2014', '2019',
         ['Designed post-tensioned parking structures and school additions',
          'Prepared seismic retrofit studies for 12 public buildings'],
         [('Flatirons Middle School Addition', '2017', 'Two-storey CLT classroom wing, first mass-timber school in the district')])]
H('EXPERIENCE')
projects = []
for pos, n, city, a, b, hl, pr in JOBS:
    B.append(p(r(pos, b=True), r(' | %s | %s | %s – %s' % (n, city, a, b)), before=6))
    for h in hl: B.append(p('–\t' + h, ind=0.5, hanging=0.4, tabs=[(0.5, 'left')]))
    B.append(p(r('Selected projects:', i=True)))
    for pn, py, pd in pr:
        B.append(p('–\t', r(pn, b=True), r(' (%s): %s' % (py, pd)), ind=0.5, hanging=0.4, tabs=[(0.5, 'left')]))
        projects.append({'name': pn, 'startDate': py, 'description': pd, 'entity': n})
EDU = [('M.S.', 'Civil Engineering (Structures)', 'Front Range State University', '2014'),
       ('B.S.', 'Civil Engineering', 'Front Range State University', '2012')]
H('EDUCATION')
for st, ar, s, y in EDU: B.append(p(r('%s %s' % (st, ar), b=True), r(', %s, %s' % (s, y))))
AW = ('Engineering Excellence Honor Award', 'ACEC Colorado', '2022')
H('AWARDS')
B.append(p('%s, %s, %s' % AW))
B.append(sectpr(1, cont=False, margins=(1.5, 1.5, 1.5, 1.8)))
raw_docx(NAME, ''.join(B), STYLES % dict(latin='Calibri', east='Calibri', sz=21, lang='en-US'), NUMBERING_EMPTY, author='tbecker')

resume = {
    'basics': {'name': 'Tom Becker', 'label': 'Civil / Structural Engineer', 'phone': '720-555-0162', 'email': 'tom.becker@example.com',
               'location': {'city': 'Denver', 'region': 'CO', 'countryCode': 'US'}, 'summary': SUM},
    'work': [dates((a, b), {'name': n, 'position': pos, 'location': city, 'highlights': hl}) for pos, n, city, a, b, hl, pr in JOBS],
    'projects': projects,
    'education': [{'institution': s, 'studyType': st, 'area': ar, 'endDate': y} for st, ar, s, y in EDU],
    'skills': [{'keywords': SOFT}],
    'certificates': [{'name': n, 'x-date': y} for n, y in CERT],
    'languages': [{'language': l, 'fluency': f} for l, f in LANGS],
    'awards': [{'title': AW[0], 'awarder': AW[1], 'date': AW[2]}],
}
write_truth(NAME, resume, ['P.E.', 'Tom Becker, P.E.', 'Selected projects', 'SOFTWARE'])
