import sys, os
sys.path.insert(0, os.path.join(os.path.dirname(os.path.abspath(__file__)), ".."))
from docxlib import *

# Hong Kong CV: English headings with Chinese beside them, personal particulars as a table
d = new_doc(font="新細明體", latin="Arial", size=10)
para(d, "CURRICULUM VITAE 個人履歷", bold=True, size=15, align="center", space_after=8)


def head(t):
    p = para(d, t, bold=True, size=11, space_before=8, space_after=3)
    bottom_border(p, "808080", 6)


head("PERSONAL PARTICULARS 個人資料")
t = table(d, 4, 4, (3.4, 5.2, 3.2, 5.2))
cells = [("Name 姓名", "張詠詩 CHEUNG Wing Sze", "Mobile 手提電話", "5550 0163"),
         ("Email 電郵", "wingsze.cheung@example.com", "District 居住地區", "將軍澳"),
         ("Expected Salary", "HK$38,000 / month", "Availability", "One month's notice"),
         ("Position Applied", "屋宇設備工程師 Building Services Engineer", "", "")]
for i, row in enumerate(cells):
    for j, s in enumerate(row):
        cell_text(t.cell(i, j), [s], bold_first=(j % 2 == 0))

head("CAREER OBJECTIVE 求職目標")
para(d, "具五年以上屋宇設備設計及工地協調經驗，現為 HKIE 正式會員。希望加入大型發展商或顧問公司，參與數據中心及醫院項目的機電設計。")

head("WORK EXPERIENCE 工作經驗")
p = para(d, "", tabs=[(17.0, "right")])
run(p, "恒達機電工程有限公司 Hang Tat M&E Engineering Limited", bold=True)
run(p, "\tJun 2021 – Present")
para(d, "Building Services Engineer 屋宇設備工程師", color="404040")
for s in ["負責啟德一幢 32 層商業大廈的 HVAC 及消防系統設計協調，管理 3 名繪圖員；",
          "Coordinated BIM clash detection with structural and architectural teams, reducing site RFIs by about 40%;",
          "跟進機電設備 T&C 及向屋宇署、消防處提交圖則。"]:
    para(d, "•  " + s)
p = para(d, "", tabs=[(17.0, "right")], space_before=4)
run(p, "港城顧問工程有限公司 Harbour City Consulting Engineers Ltd.", bold=True)
run(p, "\tAug 2018 – May 2021")
para(d, "Graduate Engineer 見習工程師", color="404040")
for s in ["參與公營房屋項目的電力及照明系統設計；",
          "Completed HKIE Scheme A graduate training in 2021."]:
    para(d, "•  " + s)

head("EDUCATION 學歷")
p = para(d, "", tabs=[(17.0, "right")])
run(p, "香港東岸理工大學 Eastbank Polytechnic University", bold=True)
run(p, "\t2014 – 2018")
para(d, "BEng (Hons) in Building Services Engineering 屋宇設備工程學工學士")
para(d, "Second Class Honours, Upper Division")

head("PROFESSIONAL QUALIFICATIONS 專業資格")
para(d, "•  MHKIE (Building Services), 2023")
para(d, "•  Registered Safety Officer training – Construction Industry Safety Training Certificate (Green Card), 2018")

head("SKILLS 技能")
para(d, "Software: AutoCAD, Revit MEP, Navisworks, Carrier HAP")
para(d, "Languages 語言: 廣東話 Cantonese (Native)；English (Fluent)；普通話 Putonghua (Good)")

head("REFERENCES")
para(d, "Available upon request.")
d.save(sys.argv[1])
