"""Kenyan solar PV technician, Kisumu: the kind of DOCX an online résumé builder exports — a full-width
coloured header band and a left sidebar, both floating DrawingML text boxes (wps:txbx) anchored to the page;
the main column is ordinary body text with a wide left margin."""
import sys
from xml.sax.saxutils import escape
from _common import *

EMU = 360000  # per cm
NS = ('xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" '
      'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
      'xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"')
doc = new_doc(font="Arial", size=10, margins=(7.3, 1.6, 3.9, 1.5))  # left, right, top, bottom
TEAL, LIGHT = "0F5257", "E6F0EF"


def p_xml(text, bold=False, size=10, color="222222", after=60, caps=False):
    rpr = "<w:rFonts w:ascii=\"Arial\" w:hAnsi=\"Arial\"/>" + ("<w:b/>" if bold else "") + \
          ("<w:caps/>" if caps else "") + "<w:color w:val=\"%s\"/><w:sz w:val=\"%d\"/>" % (color, int(size * 2))
    return ("<w:p><w:pPr><w:spacing w:before=\"0\" w:after=\"%d\"/></w:pPr>"
            "<w:r><w:rPr>%s</w:rPr><w:t xml:space=\"preserve\">%s</w:t></w:r></w:p>" % (after, rpr, escape(text)))


def textbox(pid, name, x_cm, y_cm, w_cm, h_cm, fill, paras_xml):
    cx, cy = int(w_cm * EMU), int(h_cm * EMU)
    return (
        '<w:r %s><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" simplePos="0" relativeHeight="%d" '
        'behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1"><wp:simplePos x="0" y="0"/>'
        '<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH>'
        '<wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV>'
        '<wp:extent cx="%d" cy="%d"/><wp:effectExtent l="0" t="0" r="0" b="0"/><wp:wrapNone/>'
        '<wp:docPr id="%d" name="%s"/><wp:cNvGraphicFramePr/>'
        '<a:graphic xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main">'
        '<a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
        '<wps:wsp><wps:cNvSpPr txBox="1"/><wps:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/></a:xfrm>'
        '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom><a:solidFill><a:srgbClr val="%s"/></a:solidFill>'
        '<a:ln><a:noFill/></a:ln></wps:spPr><wps:txbx><w:txbxContent>%s</w:txbxContent></wps:txbx>'
        '<wps:bodyPr rot="0" vert="horz" wrap="square" lIns="252000" tIns="216000" rIns="180000" bIns="108000" anchor="t">'
        '<a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></w:r>'
        % (NS, 251659264 + pid, int(x_cm * EMU), int(y_cm * EMU), cx, cy, pid, name,
           cx, cy, fill, "".join(paras_xml)))


header = [
    p_xml("COLLINS WAFULA", bold=True, size=24, color="FFFFFF", after=40),
    p_xml("Solar PV Technician · EPRA Licensed (Class T2)", size=12, color="CFE8E6", after=60),
    p_xml("Kisumu, Kenya   |   +254 733 555 027   |   collins.wafula@example.co.ke", size=9.5, color="FFFFFF", after=0),
]
side = [p_xml("SKILLS", bold=True, size=10.5, color=TEAL, after=80)]
for s in ["Solar PV system design (off-grid & grid-tied)", "Battery banks (lithium & lead-acid)",
          "Inverter & charge controller commissioning", "Solar water pumping", "Electrical installation & wiring",
          "Earthing & lightning protection", "PVsyst", "AutoCAD (basic)", "Customer training & after-sales"]:
    side.append(p_xml(s, size=9, after=70))
side.append(p_xml("LANGUAGES", bold=True, size=10.5, color=TEAL, after=80))
for s in ["English – Fluent", "Kiswahili – Fluent", "Luhya – Native"]:
    side.append(p_xml(s, size=9, after=70))
side.append(p_xml("DRIVING LICENCE", bold=True, size=10.5, color=TEAL, after=80))
side.append(p_xml("Class B (manual)", size=9, after=70))
side.append(p_xml("INTERESTS", bold=True, size=10.5, color=TEAL, after=80))
side.append(p_xml("Football (Kisumu Allstars fan), mentoring TVET students, electronics repair", size=9, after=70))

first = doc.paragraphs[0] if doc.paragraphs else doc.add_paragraph()
first._p.append(parse_xml(textbox(1, "Header", 0, 0, 21.0, 3.3, TEAL, header)))
first._p.append(parse_xml(textbox(2, "Sidebar", 0, 3.3, 6.4, 26.4, LIGHT, side)))


def heading(t):
    p = para(doc, t, bold=True, size=11, color=TEAL, before=8, after=3)
    bottom_border(p, color=TEAL, sz=4)


heading("PROFILE")
para(doc, "Licensed solar PV technician with seven years installing and maintaining off-grid and grid-tied "
          "systems for homes, schools, health centres and farms around Lake Victoria. I lead small installation "
          "crews, commission systems to EPRA regulations and train owners to look after their batteries.", after=2)

heading("WORK EXPERIENCE")


def job(title, org, dates, bullets):
    para(doc, title, bold=True, size=10.5, before=4, after=0)
    p = para(doc, "", after=1)
    run(p, org, color="555555")
    run(p, "   |   " + dates, italic=True, color="555555")
    for b in bullets:
        bullet(doc, b)


job("Lead Solar Technician", "Jua Bora Energy Ltd, Kisumu", "06/2021 - Present", [
    "Lead a crew of four on residential, school and commercial installations from 3 kWp to 60 kWp.",
    "Site surveys, load assessments and system sizing in PVsyst; prepare bills of materials for quotations.",
    "Commission systems and file EPRA installation forms; handle warranty call-outs in Kisumu, Siaya and Homa Bay.",
    "Cut repeat call-outs by 40% by introducing a battery-care handover checklist for customers.",
])
job("Solar Installer", "Lakeside Power Solutions, Kisumu & Siaya", "02/2018 - 05/2021", [
    "Installed more than 350 solar home systems and 12 solar water pumps for farmer groups.",
    "Wiring of distribution boards, earthing and surge protection on commercial sites.",
])
job("Industrial Attachment – Electrical", "Nyanza Ethanol Works Ltd, Kisumu", "05/2017 - 08/2017", [
    "Motor control circuits, cable termination and preventive maintenance with the plant electricians.",
])

heading("EDUCATION")
para(doc, "Diploma in Electrical and Electronic Engineering (Power Option)", bold=True, size=10.5, before=2, after=0)
p = para(doc, "", after=1)
run(p, "Lake Basin Technical Training Institute, Kisumu", color="555555")
run(p, "   |   2014 - 2017", italic=True, color="555555")
para(doc, "KNEC examinations – Credit", size=9.5, after=3)
para(doc, "Kenya Certificate of Secondary Education (KCSE)", bold=True, size=10.5, after=0)
p = para(doc, "", after=1)
run(p, "St. Brigid's Mixed Secondary School, Webuye", color="555555")
run(p, "   |   2013", italic=True, color="555555")
para(doc, "Mean grade B-", size=9.5, after=2)

heading("LICENCES & CERTIFICATIONS")
for b in [
    "Solar PV Technician Licence, Class T2 – Energy and Petroleum Regulatory Authority (EPRA), 2021 (renewed 2024)",
    "Government Trade Test Grade I (Electrician) – NITA, 2018",
    "Working at Heights – 2022",
]:
    bullet(doc, b)

heading("KEY PROJECTS")
for name, rest in [
    ("Kano Plains Girls' Secondary School, 2023", " – 60 kWp grid-tied rooftop system with 40 kWh lithium storage; crew lead."),
    ("Nyakach farmers' irrigation group, 2022", " – three 2.2 kW solar water pumps for 14 ha of horticulture."),
    ("Sondu health centre, 2020", " – 8 kWp off-grid system for the maternity wing and vaccine fridges."),
]:
    bullet(doc, [(name, True), (rest, False)])

heading("REFERENCES")
para(doc, "Available on request.", after=0)

core_props(doc, "Collins Wafula Resume", "ResumeBuilder")
doc.save(sys.argv[1])
