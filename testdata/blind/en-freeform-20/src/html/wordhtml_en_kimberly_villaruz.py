"""Lays out Kimberly's résumé as Word's 'Save as Web Page (filtered)' would: MsoNormal paragraphs,
inline span styles, <o:p>, list paragraphs with <![if !supportLists]> bullets, mso-tab-count spans,
a MsoTableGrid for the education block. Run once; its output src/html/en_kimberly_villaruz.html is
the source that build.sh copies (this script is kept to show how it was made)."""
import html, sys

F = 'font-family:"Arial",sans-serif'
out = []
w = out.append


def esc(s):
    return html.escape(s, quote=False)


def p(text, size=10.5, bold=False, italic=False, align=None, after=0, before=0, raw=False):
    style = []
    if align:
        style.append(f"text-align:{align}")
    style.append(f"margin-top:{before}pt;margin-bottom:{after}pt")
    a = f" align={align}" if align else ""
    t = text if raw else esc(text)
    span = f"<span style='font-size:{size}pt;{F}'>{t}<o:p></o:p></span>"
    if italic:
        span = f"<i>{span}</i>"
    if bold:
        span = f"<b>{span}</b>"
    w(f"<p class=MsoNormal{a} style='{';'.join(style)}'>{span}</p>\n")


def heading(text):
    w(f"<p class=MsoNormal style='margin-top:10.0pt;margin-bottom:3.0pt;border:none;border-bottom:solid #2F5496 1.0pt;"
      f"mso-border-bottom-alt:solid #2F5496 .75pt;padding:0in;mso-padding-alt:0in 0in 1.0pt 0in'><b>"
      f"<span style='font-size:11.5pt;{F};color:#2F5496'>{esc(text)}<o:p></o:p></span></b></p>\n")


def bullets(items, lfo):
    n = len(items)
    for i, t in enumerate(items):
        cls = "MsoListParagraphCxSpMiddle"
        if i == 0:
            cls = "MsoListParagraphCxSpFirst" if n > 1 else "MsoListParagraph"
        elif i == n - 1:
            cls = "MsoListParagraphCxSpLast"
        w(f"<p class={cls} style='margin-left:.35in;text-indent:-.25in;mso-list:l{lfo} level1 lfo{lfo + 1}'>"
          f"<![if !supportLists]><span style='font-size:10.5pt;font-family:Symbol;mso-fareast-font-family:Symbol;"
          f"mso-bidi-font-family:Symbol'><span style='mso-list:Ignore'>\u00b7<span style='font:7.0pt \"Times New Roman\"'>"
          f"&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span></span></span><![endif]>"
          f"<span style='font-size:10.5pt;{F}'>{t}<o:p></o:p></span></p>\n")


def label(k, v, tabs=2):
    w(f"<p class=MsoNormal style='margin-top:0pt;margin-bottom:0pt'><span style='font-size:10.5pt;{F}'>{esc(k)}"
      f"<span style='mso-tab-count:{tabs}'>" + "&nbsp;" * (14 * tabs - len(k)) + f" </span>: {esc(v)}<o:p></o:p></span></p>\n")


HEAD = """<html xmlns:v="urn:schemas-microsoft-com:vml"
xmlns:o="urn:schemas-microsoft-com:office:office"
xmlns:w="urn:schemas-microsoft-com:office:word"
xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"
xmlns="http://www.w3.org/TR/REC-html40">

<head>
<meta http-equiv=Content-Type content="text/html; charset=utf-8">
<meta name=ProgId content=Word.Document>
<meta name=Generator content="Microsoft Word 15">
<meta name=Originator content="Microsoft Word 15">
<title>RESUME</title>
<!--[if gte mso 9]><xml>
 <o:DocumentProperties>
  <o:Author>Kimberly Villaruz</o:Author>
  <o:LastAuthor>Kimberly Villaruz</o:LastAuthor>
  <o:Revision>7</o:Revision>
  <o:Pages>2</o:Pages>
  <o:Company>Hewlett-Packard</o:Company>
 </o:DocumentProperties>
</xml><![endif]-->
<!--[if gte mso 9]><xml>
 <w:WordDocument>
  <w:View>Print</w:View>
  <w:Zoom>110</w:Zoom>
  <w:TrackMoves>false</w:TrackMoves>
  <w:ValidateAgainstSchemas/>
 </w:WordDocument>
</xml><![endif]-->
<style>
<!--
 /* Font Definitions */
 @font-face {font-family:"Cambria Math"; panose-1:2 4 5 3 5 4 6 3 2 4;}
 @font-face {font-family:Calibri; panose-1:2 15 5 2 2 2 4 3 2 4;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no; mso-style-qformat:yes; mso-style-parent:"";
	margin:0in; line-height:115%; mso-pagination:widow-orphan;
	font-size:11.0pt; font-family:"Calibri",sans-serif;}
 p.MsoListParagraph, p.MsoListParagraphCxSpFirst, p.MsoListParagraphCxSpMiddle, p.MsoListParagraphCxSpLast
	{margin-top:0in; margin-right:0in; margin-bottom:0in; margin-left:.5in;
	line-height:115%; font-size:11.0pt; font-family:"Calibri",sans-serif;}
 .MsoChpDefault {font-family:"Calibri",sans-serif;}
 @page WordSection1 {size:8.5in 13.0in; margin:.7in .8in .7in .8in;}
 div.WordSection1 {page:WordSection1;}
-->
</style>
</head>

<body lang=EN-PH style='tab-interval:.5in;word-wrap:break-word'>

<div class=WordSection1>

"""

w(HEAD)
p("KIMBERLY JOY D. VILLARUZ, RRT", size=16, bold=True, align="center")
p("Blk 12 Lot 7, Villa Verde Subd., Brgy. Tabuc Suba, Jaro, Iloilo City 5000", size=10, align="center")
p("Mobile No.: 0917 555 0186&nbsp;&nbsp;|&nbsp;&nbsp;E-mail: <a href=\"mailto:kimjoy.villaruz@example.ph\">kimjoy.villaruz@example.ph</a>",
  size=10, align="center", after=6, raw=True)

heading("OBJECTIVE")
p("To obtain a position as Radiologic Technologist in a tertiary hospital where I can apply my skills in general "
  "radiography and CT, and continue to grow as a health professional.", after=2)

heading("PERSONAL INFORMATION")
for k, v in [("Age", "24"), ("Date of Birth", "October 3, 2000"), ("Place of Birth", "Iloilo City"),
             ("Sex", "Female"), ("Civil Status", "Single"), ("Religion", "Roman Catholic"),
             ("Citizenship", "Filipino"), ("Height", "5'3\""), ("Weight", "52 kg")]:
    label(k, v)

heading("LICENSE")
p("<b>Registered Radiologic Technologist</b> &#8211; Professional Regulation Commission (PRC)", raw=True)
p("License No. 0091847&nbsp;&nbsp;&#8226;&nbsp;&nbsp;Valid until October 3, 2027", raw=True)
p("Passed the Radiologic Technology Licensure Examination, June 2023 (rating: 84.60%)", after=2)

heading("WORK EXPERIENCE")
p("<b>Radiologic Technologist</b><span style='mso-tab-count:5'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>August 2023 &#8211; Present", raw=True)
p("Jaro Metropolitan Hospital, Iloilo City", italic=True)
bullets([
    "Performs general radiography, portable and OR x-ray examinations for in-patients, out-patients and the ER",
    "Operates the 128-slice CT scanner on the night rotation, including contrast studies under radiologist supervision",
    "Maintains patient records in RIS/PACS and assists in the monthly QC of the CR and DR units",
    "Averages 70&#8211;90 examinations per 12-hour shift",
], 0)
p("", after=2)
p("<b>Clinical Intern</b><span style='mso-tab-count:6'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>June 2022 &#8211; May 2023", raw=True)
p("Panay Diagnostic Center and Jaro Metropolitan Hospital, Iloilo City", italic=True)
bullets([
    "1,800-hour internship with rotations in general radiography, CT, mammography, ultrasound and MRI",
    "Assisted in fluoroscopy procedures and contrast preparation",
], 1)

heading("EDUCATIONAL ATTAINMENT")
rows = [
    ("Tertiary", "Bachelor of Science in Radiologic Technology", "Central Panay College of Allied Health, Iloilo City", "2019 &#8211; 2023"),
    ("Senior High School", "Science, Technology, Engineering and Mathematics (STEM) Strand", "Villa Verde Academy, Jaro, Iloilo City", "2017 &#8211; 2019"),
    ("Junior High School", "", "Villa Verde Academy, Jaro, Iloilo City", "2013 &#8211; 2017"),
    ("Primary", "", "Sta. Isabel Elementary School, Jaro, Iloilo City", "2007 &#8211; 2013"),
]
w("<table class=MsoTableGrid border=0 cellspacing=0 cellpadding=0 style='border-collapse:collapse;border:none;"
  "mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt'>\n")
for lvl, deg, school, yrs in rows:
    w(" <tr>\n")
    w(f"  <td width=140 valign=top style='width:105pt;padding:0in 5.4pt 3pt 0in'><p class=MsoNormal><b><span style='font-size:10.5pt;{F}'>{lvl}<o:p></o:p></span></b></p></td>\n")
    cell = (f"<b>{deg}</b><br>" if deg else "") + school
    w(f"  <td width=360 valign=top style='width:270pt;padding:0in 5.4pt 3pt 5.4pt'><p class=MsoNormal><span style='font-size:10.5pt;{F}'>{cell}<o:p></o:p></span></p></td>\n")
    w(f"  <td width=110 valign=top style='width:82pt;padding:0in 0in 3pt 5.4pt'><p class=MsoNormal align=right style='text-align:right'><span style='font-size:10.5pt;{F}'>{yrs}<o:p></o:p></span></p></td>\n")
    w(" </tr>\n")
w("</table>\n")
p("Dean&#8217;s Lister, 2nd Semester, A.Y. 2021&#8211;2022", size=10, italic=True, before=3, raw=True)
p("Relevant Coursework: Radiographic Positioning I&#8211;III, Radiologic Physics, CT and MRI Physics, Radiation Protection, Patient Care and Management", size=10, after=2, raw=True)

heading("SEMINARS AND TRAININGS ATTENDED")
bullets([
    "<b>Radiation Protection and Safety Seminar</b> &#8211; Philippine Association of Radiologic Technologists, Inc. (PART), Iloilo Convention Center, March 8&#8211;9, 2024",
    "<b>Infection Prevention and Control Training</b> &#8211; Jaro Metropolitan Hospital, February 2, 2024",
    "<b>CT Angiography Updates</b> (webinar) &#8211; PART Region VI Chapter, September 21, 2024",
    "<b>Basic Life Support (BLS) Training</b> &#8211; Philippine Red Cross, Iloilo Chapter, January 14, 2023",
], 2)

heading("SKILLS")
bullets([
    "Equipment: Siemens SOMATOM go.Up CT, Fujifilm FCR (CR), Carestream DRX (DR), mobile x-ray units",
    "Computer: MS Word, Excel and PowerPoint; RIS/PACS",
    "Languages: English, Filipino, Hiligaynon, Kinaray-a",
], 3)

heading("CHARACTER REFERENCES")
for name, role, ph in [
    ("DR. RAMON T. SUMAGAYSAY, MD, FPCR", "Chief, Department of Radiology, Jaro Metropolitan Hospital", "0918 555 0112"),
    ("MS. LIZA MARIE P. DELA PE&#209;A, RRT, MSRT", "Clinical Instructor, Central Panay College of Allied Health", "0920 555 0107"),
]:
    p(f"<b>{name}</b>", raw=True)
    p(role)
    p("Contact No.: " + ph, after=5)

p("I hereby certify that the above information is true and correct to the best of my knowledge.", before=8, after=18, italic=True)
p("<b>KIMBERLY JOY D. VILLARUZ, RRT</b>", align="right", raw=True)
p("Applicant", align="right")
w("\n</div>\n\n</body>\n\n</html>\n")

open(sys.argv[1], "w", encoding="utf-8").write("".join(out))
