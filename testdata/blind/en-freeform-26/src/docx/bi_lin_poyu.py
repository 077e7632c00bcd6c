from common import *
from docx.enum.text import WD_ALIGN_PARAGRAPH

d = new_doc(font="Calibri", size=10.5, letter=True, margins=0.75, east_asia="Noto Sans CJK TC")
para(d, [("LIN PO-YU (Brian)  林柏宇", "b c:203864")], size=20, after=0)
para(d, "Senior Field Service Engineer — Lithography & Metrology Equipment", size=11.5, after=0)
para(d, "Saratoga Springs, NY 12866  |  (518) 555-0172  |  brian.lin@example.com  |  linkedin.com/in/poyu-lin-fse", after=8)

def heading(en, zh):
    p = para(d, [(en + "  ", "b c:203864"), (zh, "b c:203864")], size=12, before=10, after=3)
    bottom_rule(p, "203864")

heading("SUMMARY", "個人簡介")
para(d, "Field service engineer with nine years on 300 mm fab tools in Taiwan and New York. I install, qualify and "
        "repair overlay and CD metrology systems and scanner modules, run customer escalations on site, and train "
        "local engineers in English and Mandarin.")

heading("WORK EXPERIENCE", "工作經歷")
def job(title, emp, dates, lines):
    para(d, [(title, "b"), ("\t" + dates, "b")], right_tab=True, before=6, after=0)
    para(d, [(emp, "i")], after=1)
    for l in lines:
        bullet(d, l)

job("Senior Field Service Engineer", "Veridian Metrology Systems Inc. — Malta, NY (customer site)", "2021.03 – now", [
    "Lead engineer for 14 overlay metrology tools at a 12 nm logic fab; tool availability 97.8% in 2024",
    "Cut mean time to repair on stage faults from 11 h to 6 h with a new spare-parts kit list",
    "On call 1 week in 4 (24/7)"])
job("Field Service Engineer", "Veridian Metrology Systems Inc. — Hsinchu, Taiwan", "2018.07 – 2021.02", [
    "Installed and qualified 22 tools in two new fabs; transferred to the U.S. team in 2021"])
job("設備工程師 Equipment Engineer", "竹科晶測設備股份有限公司 Zhuke Crystal Test Equipment Co., Ltd. — 新竹 Hsinchu", "2015.08 – 2018.06", [
    "負責晶圓檢測機台的日常保養與故障排除",
    "Wrote the first English version of the preventive-maintenance checklist"])

heading("EDUCATION", "學歷")
para(d, [("碩士 電機工程研究所  M.S. Electrical Engineering", "b"), ("\t2013 – 2015", "")], right_tab=True, after=0)
para(d, [("南瀛科技大學 Nanying University of Technology, 台南 Tainan", "i")], after=3)
para(d, [("學士 機械工程學系  B.S. Mechanical Engineering", "b"), ("\t2009 – 2013", "")], right_tab=True, after=0)
para(d, [("南瀛科技大學 Nanying University of Technology, 台南 Tainan", "i")], after=3)

heading("CERTIFICATIONS", "證照")
for l in ["SEMI S2 Safety Training — 2022",
          "OSHA 10-Hour General Industry — 2021",
          "Laser Safety Officer, Laser Institute of America — 2023",
          "甲級 電器修護技術士 (Class A Electrical Appliance Repair Technician, Taiwan) — 2014"]:
    bullet(d, l)

heading("SKILLS", "專業技能")
para(d, [("Tools: ", "b"), ("overlay metrology, CD-SEM, wafer handling robots, vacuum systems, laser alignment", "")])
para(d, [("Software: ", "b"), ("Python, LabVIEW, SECS/GEM, Excel VBA", "")])
para(d, [("Languages 語言: ", "b"), ("國語 Mandarin (native), 台語 Taiwanese (native), English (fluent, TOEIC 905)", "")])

heading("OTHER", "其他")
para(d, "U.S. permanent resident. Willing to travel up to 50%.")

save(d, out_path("bi_lin_poyu.docx"))
