import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(__file__), ".."))
from docxlib import *

doc = new_doc(font="Calibri", size=11, margins_cm=2.2, east_asia="Droid Sans Fallback")
sec = doc.sections[0]
sec.different_first_page_header_footer = True
hp = sec.header.paragraphs[0]
r = hp.add_run("陳詠儀 CHAN Wing Yee, Vivian  –  Curriculum Vitae (p. "); r.font.size = Pt(8.5)
r2 = hp.add_run(); r2.font.size = Pt(8.5); add_field(r2, "PAGE")
r3 = hp.add_run(")"); r3.font.size = Pt(8.5)
hp.alignment = WD_ALIGN_PARAGRAPH.RIGHT

para(doc, "陳詠儀", bold=True, size=20, space_after=0)
para(doc, "CHAN Wing Yee, Vivian", bold=True, size=14, space_after=2)
para(doc, "Front Office Manager 前堂經理  ·  Hong Kong", size=11, color="7F6000", space_after=2)
para(doc, "Mobile 手提: +852 5550 0162   ·   Email 電郵: vivian.chan@example.com   ·   Tsuen Wan, N.T. 新界荃灣", size=9.5, space_after=8)

def H(t):
    doc.add_heading(t, level=1)

H("個人簡介  Profile")
para(doc, "Hotel front office professional with eleven years in five-star and lifestyle hotels in Hong Kong. "
          "Strong in guest recovery, upselling and training young teams; fluent in Cantonese, English and Putonghua.")
para(doc, "十一年香港五星級及精品酒店前堂經驗，擅長處理客人投訴、提升房價收益及培訓新同事。")

H("工作經驗  Work Experience")
jobs = [
    ("2019.06 – 現在 Present", "Front Office Manager 前堂經理", "Harbour Crest Hotel 港峰酒店, Tsim Sha Tsui 尖沙咀",
     ["Lead 38 staff across reception, concierge, guest relations and the executive lounge (560 rooms).",
      "Raised upsell revenue at check-in by 27% in 2023 with a new incentive scheme.",
      "TripAdvisor ranking improved from #41 to #18 in Hong Kong within two years.",
      "負責前堂部門年度預算及排更，疫情期間統籌隔離酒店運作（2021–2022）。"]),
    ("2016.03 – 2019.05", "Assistant Front Office Manager 助理前堂經理", "Harbour Crest Hotel 港峰酒店, Tsim Sha Tsui 尖沙咀",
     ["Night manager three nights a week; handled VIP arrivals and group check-ins of up to 300 guests."]),
    ("2013.07 – 2016.02", "Guest Relations Officer 賓客關係主任", "The Orchid Lane Hotel 蘭巷酒店, Central 中環",
     ["Looked after long-stay and VIP guests; wrote the welcome letter templates still in use."]),
    ("2012.09 – 2013.06", "Management Trainee 見習管理人員", "Victoria Peak Hospitality Group 太平山酒店集團",
     ["Rotations in rooms division, F&B and sales."]),
]
for dates, title, emp, bl in jobs:
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    first_para(t.cell(0, 0), dates, size=10, color="555555")
    c = t.cell(0, 1)
    first_para(c, title, bold=True)
    para(c, emp, italic=True, space_after=1)
    for b in bl:
        bullet(c, b)
    col_widths(t, [3.8, 12.8])
    para(doc, "", space_after=0)

H("教育  Education")
for dates, what, where in [
    ("2008 – 2012", "Bachelor of Business Administration (Hons) in Hotel and Tourism Management  酒店及旅遊管理（榮譽）工商管理學士, Second Class Honours (Upper Division)",
     "Kowloon Bay University 九龍灣大學"),
    ("2006 – 2008", "Hong Kong Advanced Level Examination (HKALE) 香港高級程度會考", "Lok Fu Anglican College 樂富聖公會書院")]:
    t = doc.add_table(rows=1, cols=2)
    no_borders(t)
    first_para(t.cell(0, 0), dates, size=10, color="555555")
    first_para(t.cell(0, 1), what, bold=True)
    para(t.cell(0, 1), where, italic=True)
    col_widths(t, [3.8, 12.8])

H("專業資格  Certificates")
for c in ["Certified Rooms Division Executive (CRDE), American Hotel & Lodging Educational Institute, 2020",
          "Opera PMS V5 Certified User, 2017",
          "急救證書 First Aid Certificate, 香港紅十字會 Hong Kong Red Cross, valid to 2025-09"]:
    bullet(doc, c)

H("技能  Skills")
para(doc, "Systems 系統: Opera PMS, Opera Cloud, Micros POS, IDeaS G3 RMS, Microsoft Excel")
para(doc, "Service 服務: complaint handling 處理投訴, upselling 提升銷售, staff training 員工培訓")

H("語言  Languages")
para(doc, "粵語 Cantonese – native 母語;  English 英語 – fluent (IELTS 7.5);  普通話 Putonghua – fluent 流利;  日語 Japanese – basic (JLPT N4)")

H("義務工作  Volunteer Work")
para(doc, "Volunteer English tutor 義務英語導師, Sham Shui Po Youth Centre 深水埗青年中心, 2018 – present: weekly sessions for secondary-school students.")

H("推薦人  References")
para(doc, "Available upon request 如有需要可提供")
para(doc, "Expected salary 期望薪金: negotiable 面議   ·   Availability 可上班日期: one month's notice 一個月通知", size=9.5, space_before=6)
doc.save(out_path("bi_chan_wingyee.docx"))
