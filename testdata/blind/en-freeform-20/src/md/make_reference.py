"""Makes src/md/reference.docx (used by `pandoc --reference-doc`) from pandoc's default
reference document: Calibri body, small margins, teal headings with a rule under H2."""
import subprocess, sys, io
sys.path.insert(0, __import__("os").path.join(__import__("os").path.dirname(__file__), "..", "docx"))
from _common import *
from docx import Document

raw = subprocess.run(["pandoc", "--print-default-data-file", "reference.docx"], capture_output=True, check=True).stdout
doc = Document(io.BytesIO(raw))
STY = {s.name: s for s in doc.styles}
for sec in doc.sections:
    sec.page_width, sec.page_height = Inches(8.5), Inches(11)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(sec, side, Cm(1.9))
for name in ("Normal", "Body Text", "First Paragraph", "Compact"):
    st = STY[name]
    st.font.name = "Calibri"
    st.font.size = Pt(10.5)
    st.paragraph_format.space_after = Pt(3)
    st.paragraph_format.space_before = Pt(0)
for name, size in (("Heading 1", 20), ("Heading 2", 12.5), ("Heading 3", 11)):
    st = STY[name]
    st.font.name = "Calibri"
    st.font.size = Pt(size)
    st.font.bold = True
    st.font.color.rgb = RGBColor.from_string("00676B")
    st.paragraph_format.space_before = Pt(10 if name != "Heading 1" else 0)
    st.paragraph_format.space_after = Pt(3)
    rpr = st.element.get_or_add_rPr()
    rf = rpr.find(qn("w:rFonts"))
    for a in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        if rf is not None and rf.get(qn(a)) is not None:
            del rf.attrib[qn(a)]
h2 = STY["Heading 2"]
ppr = h2.element.get_or_add_pPr()
bdr = OxmlElement("w:pBdr"); b = OxmlElement("w:bottom")
for k, v in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "00676B")):
    b.set(qn(k), v)
bdr.append(b); ppr.append(bdr)
doc.save(sys.argv[1] if len(sys.argv) > 1 else "reference.docx")
