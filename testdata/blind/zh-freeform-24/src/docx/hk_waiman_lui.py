import sys
from lib import *

d = new_doc("新細明體", 11, margins=(1.8, 1.8, 2.0, 2.0))
para(d, "履　歷", bold=True, size=18, align="c", font="微軟正黑體", after=2)
para(d, "應徵職位：登記護士（普通科）", bold=True, size=12, align="c", after=8)

def bar(t):
    tb = d.add_table(rows=1, cols=1)
    cell_text(tb.cell(0, 0), t, bold=True, size=12, fill="1F4E79", color="FFFFFF")
    para(d, "", after=2)

bar("個人資料 Personal Particulars")
grid(d, [
    ["姓名", "呂慧敏（LUI Wai Man）", "性別", "女"],
    ["出生年月", "1995年3月", "婚姻狀況", "未婚"],
    ["聯絡電話", "5550 3927", "電郵", "waiman.lui@example.com"],
    ["住址", "新界荃灣", "可上班日期", "一個月通知"],
    ["現時薪金", "HK$25,800", "期望薪金", "HK$28,000"],
], [2.6, 5.6, 2.6, 5.6], label_cols=(0, 2), fill="DEEAF6")

bar("學歷及專業訓練 Education & Training")
grid(d, [
    ["年份", "院校", "課程 / 資格"],
    ["2022 – 2024", "香港東方專業進修學院", "護理學學士（兼讀制）\nBachelor of Nursing (Part-time)"],
    ["2014 – 2016", "維港護理學院", "登記護士（普通科）訓練課程\nEnrolled Nurse (General) Training Programme"],
    ["2013", "荃灣志明書院", "香港中學文憑考試（HKDSE）"],
], [2.8, 5.2, 8.4], label_cols=(), fill=None)

bar("專業資格 Professional Qualifications")
for s in [
    "• 香港護士管理局　登記護士（普通科）　註冊編號：EN3××××（2016年註冊）",
    "• 基本生命支援（BLS）證書 — 香港心臟專科學院，2024年（有效至2026年）",
    "• 急救證書 — 香港聖約翰救傷會，2023年",
]:
    para(d, s, after=2)

bar("工作經驗 Working Experience")
def job(date, org, title):
    p = para(d, before=4, after=2)
    run(p, date + "　　", bold=True)
    run(p, org + "　", bold=True)
    run(p, title, bold=True)

job("2019年6月 – 現在", "晴峰私家醫院（內科病房）", "登記護士")
for s in ["• 負責內科病房 8–10 位病人的日常護理，包括量度生命表徵、派藥、傷口護理及餵食；",
          "• 協助註冊護士處理入院、出院及轉介程序，為病人及家屬講解出院注意事項；",
          "• 2022年起兼任病房感染控制聯絡人，每月完成手部衞生審核。"]:
    para(d, s, after=1)
job("2016年9月 – 2019年5月", "荃灣頤康護老院", "登記護士")
for s in ["• 照顧約 60 位長者，處理派藥、胰島素注射、鼻胃管餵食及壓瘡護理；",
          "• 督導 6 名護理員的日常工作，協助院舍通過社會福利署巡查。"]:
    para(d, s, after=1)

bar("語言能力 Language Proficiency")
grid(d, [
    ["語言", "講", "寫"],
    ["廣東話", "母語", "—"],
    ["中文（書面）", "—", "優良"],
    ["英文", "良好", "良好"],
    ["普通話", "一般", "—"],
], [5.4, 5.5, 5.5])

bar("其他 Others")
para(d, "電腦：MS Word、Excel、醫院電子病歷系統", after=1)
para(d, "義務工作：2018年至今　香港紅十字會　社區健康推廣義工（每月一次量血壓站）", after=1)
para(d, "推薦人：如有需要，可提供。", after=1)

d.save(sys.argv[1])
