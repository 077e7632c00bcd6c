"""bi_ho_kaman: Hong Kong registered social worker's CV in Word, mostly English with Chinese names.
Name (both scripts) and contacts are ONLY in the header part; the footer carries the usual HK
personal-data line. Personal Particulars block with tab-aligned labels; Employment with a
left tab column `Apr 2020 – Present`; Registration (SWRB) as a licence; bilingual language line."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *

d = new(font="Noto Sans CJK TC", size=10.5, margins=2.0)
s = d.sections[0]
header_lines(s, [("何嘉敏  HO Ka Man, Karmen", True),
                 "Tel: 5550 0148  |  Email: karmen.ho.sw@example.com.hk  |  Tseung Kwan O, N.T., Hong Kong"],
             align="left", size=10)
footer_lines(s, ["All personal data provided will be used for recruitment purposes only. 所有個人資料只作招聘用途。"], size=7.5)

para(d, "CURRICULUM VITAE", bold=True, size=14, align="center", after=6)

def h(t):
    p = para(d, t, bold=True, size=11, before=8, after=2)
    bottom_rule(p, color="000000", sz=6)

h("PERSONAL PARTICULARS 個人資料")
for k, v in [("Position applied", "Social Work Supervisor (Youth Services) 社會工作主任（青少年服務）"),
             ("Expected salary", "HK$38,000 per month (negotiable)"),
             ("Availability", "One month's notice")]:
    tab_line(d, [k, ": " + v], [(4.0, "left")])

h("PROFESSIONAL QUALIFICATION 專業資格")
para(d, "Registered Social Worker, Social Workers Registration Board (SWRB), Hong Kong — since 2016 (Reg. No. S00000)")

h("WORK EXPERIENCE 工作經驗")
stops = [(4.0, "left")]
def job(dates, org, title, items):
    p = tab_line(d, [dates, org], stops, before=6)
    p.runs[-1].bold = True
    p.paragraph_format.left_indent = Cm(4.0); p.paragraph_format.first_line_indent = Cm(-4.0)
    q = para(d, title); q.paragraph_format.left_indent = Cm(4.0); q.runs[0].italic = True
    for t in items:
        bullet(d, t, indent=4.6)
job("Apr 2020 – Present", "香港青苗協會 Hong Kong Green Shoots Association",
    "Assistant Social Work Officer 助理社會工作主任, Integrated Children and Youth Services Centre (Tseung Kwan O)",
    ["Supervise 4 social workers and 2 programme workers; caseload of 35 youth-at-risk cases",
     "Set up the centre's online outreach team (Instagram, Discord) reaching 600+ youths a year",
     "Wrote the funding proposal for a 3-year mental-health project, HK$2.4M from the Lotteries Fund"])
job("Sep 2016 – Mar 2020", "晨曦家庭服務中心 Daybreak Family Services",
    "Social Worker 社會工作員",
    ["Casework and group work with families facing domestic violence",
     "Co-led a parenting group series (8 sessions x 6 rounds)"])

h("EDUCATION 學歷")
for dates, what in [("2014 – 2016", "Master of Social Work, Lion Rock University 獅子山大學"),
                    ("2010 – 2014", "Bachelor of Social Sciences (Psychology), Victoria Harbour University 維港大學")]:
    p = tab_line(d, [dates, what], stops)

h("TRAINING 培訓")
para(d, "Certificate in Cognitive Behavioural Therapy for Adolescents (60 hours), 2021")
para(d, "Mental Health First Aid (Standard), 2019")

h("LANGUAGES & IT 語言及電腦")
para(d, "Cantonese 廣東話 (native); English 英語 (fluent); Putonghua 普通話 (good)")
para(d, "Chinese word processing (Cangjie 倉頡, 30 wpm), MS Office, Canva")
d.save(sys.argv[1])
