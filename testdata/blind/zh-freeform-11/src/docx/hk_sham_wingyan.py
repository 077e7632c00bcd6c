"""hk_sham_wingyan.docx — Hong Kong registered social worker, Traditional Chinese.

Work and education as application-form tables with separate 由（月/年）and
至（月/年）columns holding `04/2021` / `現在`; English name in brackets after the
Chinese one; 專業資格 with the issuing board in brackets; 證明人：備索.
"""
import sys
from docxlib import *

out = sys.argv[1]
doc = new_document(font="新細明體", latin="Arial", size=11, margins=(2.0, 2.0, 2.2, 2.2))
doc.styles["Normal"].paragraph_format.line_spacing = 1.1
JH = dict(east="微軟正黑體", latin="Arial")


def heading(text):
    p = para(doc, [text], before=12, after=4, size=12.5, bold=True, **JH)
    bottom_border(p, color="000000", sz=6)
    return p


def form(rows, widths):
    t = table(doc, len(rows), len(widths), widths=widths)
    for r, vals in enumerate(rows):
        for c, v in enumerate(vals):
            cell = t.cell(r, c)
            lines = v if isinstance(v, list) else [v]
            cell_text(cell, lines[0], align=CENTER if (r == 0 or c < 2) else LEFT, bold=(r == 0))
            for extra in lines[1:]:
                cell_para(cell, extra)
            if r == 0:
                shade_cell(cell, "D9D9D9")
    return t


para(doc, [("岑詠欣", dict(size=20, bold=True, **JH)), ("（SHAM Wing Yan）", dict(size=12, **JH))], after=2)
para(doc, [("應徵職位：", dict(bold=True)), "社會工作主任（長者服務）"], after=6)

info = table(doc, 3, 2, widths=[8.3, 8.3], borders=False)
cell_text(info.cell(0, 0), "手提電話：5550 0162")
cell_text(info.cell(0, 1), "電郵：wingyan.sham@example.org.hk")
cell_text(info.cell(1, 0), "住址：香港九龍觀塘區")
cell_text(info.cell(1, 1), "可上班日期：一個月通知")
cell_text(info.cell(2, 0), "期望薪金：按社署薪級表 MPS 第 27 點或面議")

heading("個人簡介")
para(doc, "註冊社工，七年前線經驗，先後從事青少年及長者服務。熟悉個案管理、小組及社區工作，"
          "近三年專注認知障礙症長者及護老者支援，具督導社會工作助理及統籌跨專業個案會議的經驗。",
     line=1.4)

heading("專業資格")
para(doc, "● 註冊社會工作者（社會工作者註冊局，2018年）", after=2)
para(doc, "● 精神健康急救證書（2022年）", after=2)
para(doc, "● 認知障礙症照顧者支援培訓證書（2023年）", after=2)

heading("工作經驗")
form([
    ["由（月/年）", "至（月/年）", "機構名稱", "職位", "主要職責"],
    ["04/2021", "現在", "頌恩社會服務處（觀塘長者地區中心）", "助理社會工作主任",
     ["● 跟進約 45 個長者及護老者個案，包括認知障礙症評估轉介；",
      "● 督導 2 名社會工作助理及 1 名活動幹事；",
      "● 統籌「記憶同行」護老者支援計劃，全年服務 320 人次。"]],
    ["09/2018", "03/2021", "晴望青少年綜合服務中心", "社會工作助理",
     ["● 負責駐校社工服務，處理學生情緒及家庭問題個案；",
      "● 籌辦歷奇為本小組及暑期領袖訓練營。"]],
    ["06/2017", "08/2017", "東九龍家庭服務中心", "實習社工（學生實習）",
     ["● 協助家庭個案面談記錄及社區資源轉介。"]],
], [2.2, 2.2, 4.0, 3.0, 5.2])

heading("學歷")
form([
    ["由（月/年）", "至（月/年）", "院校", "課程／學位", "備註"],
    ["09/2022", "11/2024", "港灣都會大學", "輔導學文學碩士（兼讀制）", ""],
    ["09/2014", "07/2018", "嶺東大學", "社會工作學士（榮譽）", "二級榮譽（甲等）"],
], [2.2, 2.2, 4.0, 5.0, 3.2])

heading("語言及電腦技能")
para(doc, "語言：廣東話（母語）、英語（流利，IELTS 7.0）、普通話（良好）", after=2)
para(doc, "電腦：Microsoft Office、SPSS、Canva", after=2)

heading("其他")
para(doc, "證明人：備索", after=2)

doc.save(out)
