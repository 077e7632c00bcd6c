"""TAM Ka-lok, Desmond (譚嘉樂) -- private banking relationship manager, Hong Kong. Word CV with
bilingual (English + Traditional Chinese) headings, dates written 2019/09 – 2021/02 at the right,
a Chinese-first employer and a Chinese bullet, licence table, HKDSE grades."""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from common import *

CJK = "Noto Sans CJK TC"
d = new_doc(font="Carlito", size=10.5, margins=(1.7, 1.7, 1.5, 1.5), east_asia=CJK)
core(d, "Desmond Tam CV", "Desmond Tam")
NAVY = "1C2E4A"

t = d.add_table(rows=1, cols=2)
no_borders(t)
widths(t, [10.0, 7.6])
c = t.cell(0, 0)
p = c.paragraphs[0]
run(p, "TAM Ka-lok, Desmond (譚嘉樂)", bold=True, size=18, color=NAVY)
para(c, "Relationship Manager, Private Banking", size=12, space_after=0)
para(c, "私人銀行客戶經理", size=11, color="555555")
c = t.cell(0, 1)
for i, l in enumerate(["Flat C, 21/F, Block 3, Harbour Crest", "Quarry Bay, Hong Kong",
                       "Mobile: (852) 5550 0178", "Email: desmond.tam@example.com.hk"]):
    pp = c.paragraphs[0] if i == 0 else c.add_paragraph()
    run(pp, l, size=9.5)
    pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    pp.paragraph_format.space_after = Pt(0)
pp = c.add_paragraph()
pp.alignment = WD_ALIGN_PARAGRAPH.RIGHT
hyperlink(pp, "https://www.linkedin.com/in/desmond-tam-kalok", "linkedin.com/in/desmond-tam-kalok", color=NAVY)


def heading(en, zh):
    p = para(d, space_before=9, space_after=3)
    run(p, en + "  ", bold=True, size=11.5, color=NAVY)
    run(p, zh, bold=True, size=11, color=NAVY)
    border(p, "bottom", sz=8, color=NAVY)


def job(title, employer, dates, bullets):
    p = para(d, space_before=4, space_after=0)
    run(p, title, bold=True)
    run(p, "\t" + dates, bold=True)
    right_tab(p, 17.6)
    para(d, employer, italic=True, space_after=1)
    for b in bullets:
        bullet(d, b)


heading("PROFILE", "個人簡介")
para(d, "Private banking relationship manager with eight years in Hong Kong banking, covering high-net-worth "
        "families from mainland China and Hong Kong. Manage a book of HK$2.3 billion AUM across discretionary "
        "mandates, structured products and lending. Trilingual and comfortable with complex onboarding and "
        "source-of-wealth reviews.")

heading("WORK EXPERIENCE", "工作經驗")
job("Relationship Manager, Private Banking", "Harbourfront Private Bank (Hong Kong Branch) 海港私人銀行（香港分行）",
    "2021/03 – Present",
    ["Manage 45 client families with HK$2.3bn AUM; grew AUM by HK$780m net new money since 2021.",
     "Structure Lombard lending, FX and equity-linked solutions with the investment advisory desk.",
     "Lead KYC and source-of-wealth reviews with Compliance; zero overdue periodic reviews in 2023 and 2024.",
     "Coach two assistant relationship managers."])
job("Assistant Relationship Manager, Private Banking", "裕通銀行 Yue Tung Bank Limited", "2019/09 – 2021/02",
    ["Supported three senior RMs covering 120 clients: account opening, trade execution and portfolio reviews.",
     "Prepared client proposals and quarterly portfolio reports in English and Chinese."])
job("Management Trainee", "裕通銀行 Yue Tung Bank Limited", "2017/08 – 2019/08",
    ["24-month programme rotating through branch banking, wealth management, credit and the private bank.",
     "於旺角及沙田分行輪調，負責理財客戶開戶、基金認購及保險銷售。"])

heading("EDUCATION", "學歷")
p = para(d, space_before=2, space_after=0)
run(p, "Bachelor of Business Administration (Finance), First Class Honours", bold=True)
run(p, "\t2013 – 2017")
right_tab(p, 17.6)
para(d, "Victoria Harbour University 維港大學", italic=True, space_after=3)
p = para(d, space_after=0)
run(p, "Hong Kong Diploma of Secondary Education (HKDSE)", bold=True)
run(p, "\t2013")
right_tab(p, 17.6)
para(d, "Lok Fu Methodist College 樂富循道中學", italic=True, space_after=0)
para(d, "Mathematics 5**, Economics 5*, English Language 5*, Chinese Language 5, M1 5*, BAFS 5", size=10, space_after=2)

heading("LICENCES & QUALIFICATIONS", "專業資格")
rows = [("SFC Licensed Representative – Type 1 & Type 4", "Securities and Futures Commission", "CE No. BQZ000"),
        ("Certified Private Banker (CPB)", "The Hong Kong Institute of Bankers (HKIB)", "2022"),
        ("HKSI Licensing Examination Papers 1, 7 and 8", "Hong Kong Securities and Investment Institute", "2018"),
        ("IIQE Papers 1, 3 and 5", "Insurance Authority", "2018"),
        ("CFA Program Level II candidate", "CFA Institute", "exam Aug 2025")]
t = d.add_table(rows=len(rows), cols=3)
cell_borders(t, sz=2, color="BBBBBB")
widths(t, [7.6, 6.6, 3.4])
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, size=9.5, bold=(j == 0))

heading("SKILLS & LANGUAGES", "技能及語言")
p = para(d, space_after=1)
run(p, "Systems: ", bold=True)
run(p, "Bloomberg Terminal, Avaloq, Salesforce, Excel, PowerPoint")
p = para(d, space_after=1)
run(p, "Languages: ", bold=True)
run(p, "Cantonese 廣東話 (native), English (fluent), Putonghua 普通話 (fluent)")

heading("OTHERS", "其他")
para(d, "Availability: one month's notice", space_after=0)
para(d, "Expected salary: negotiable", space_after=0)
para(d, "Interests: hiking (completed the MacLehose Trail in 2022), dragon boat racing")
d.save(sys.argv[1])
