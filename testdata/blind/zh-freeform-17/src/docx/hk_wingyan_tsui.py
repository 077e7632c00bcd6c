import sys
from lib import *

d = new_doc(font="新細明體", size=10.5)
para(d, "CURRICULUM VITAE", bold=True, size=16, align="center", font="Times New Roman", space_after=6)


def h(text):
    p = para(d, text, bold=True, size=11.5, color="1F3864", font="Times New Roman", space_after=4)
    bottom_border(p, color="1F3864", sz=6, val="double")
    p.paragraph_format.space_before = __import__("docx").shared.Pt(8)


h("PERSONAL PARTICULARS")
t = d.add_table(rows=4, cols=4)
no_borders(t)
vals = [("姓名", "徐詠欣（TSUI Wing Yan）", "電話", "(852) 5550 3927"),
        ("電郵", "wingyan.tsui@example.com.hk", "住址", "香港新界沙田"),
        ("可上班日期", "一個月通知", "期望薪金", "HK$32,000 / 月"),
        ("持有證件", "香港永久性居民身份證", "", "")]
for i, r in enumerate(vals):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(j % 2 == 0))

h("CAREER OBJECTIVE")
para(d, "應徵職位：高級寶石鑑定師／品質監控主任（珠寶）")
para(d, "希望在具規模的珠寶集團繼續從事鑽石及有色寶石鑑定，並參與品質監控團隊的管理工作。")

h("WORK EXPERIENCE")
p = para(d)
run(p, "2019年4月 至 現在", bold=True)
p = para(d)
run(p, "高級寶石鑑定師", bold=True)
run(p, "（2021年7月晉升）")
p = para(d)
run(p, "瑞寶珠寶集團有限公司 — 品質監控部", italic=True)
for s in ["負責鑽石4C分級及有色寶石鑑定，每月處理約1,200件貨品",
          "審核供應商來貨報告，發現並退回處理過寶石（填充、擴散）個案30餘宗",
          "編寫部門鑑定作業指引，培訓初級鑑定員4名",
          "與內地工廠及門市溝通品質問題，跟進客戶投訴"]:
    para(d, "• " + s)
para(d, "")
p = para(d)
run(p, "2016年8月 至 2019年3月", bold=True)
p = para(d)
run(p, "寶石鑑定員", bold=True)
p = para(d)
run(p, "恒輝寶石實驗室有限公司", italic=True)
para(d, "使用顯微鏡、折射儀、分光鏡及FTIR等儀器為珠寶商進行寶石鑑定，出具中英文鑑定報告。")

h("EDUCATION")
para(d, "2012年9月 至 2016年6月　　香港東濤大學　　理學士（化學）")
para(d, "2012年　　香港中學文憑考試（HKDSE）　　聖若翰書院")

h("PROFESSIONAL QUALIFICATIONS")
for s in ["GIA Graduate Gemologist (GG) — 美國寶石學院，2017年",
          "FGA（英國寶石協會 Gem-A 會員資格）— 2020年",
          "DGA 鑽石文憑（Gem-A）— 2021年",
          "香港寶石學協會會員"]:
    para(d, "• " + s)

h("LANGUAGES")
para(d, "廣東話（母語）　英語（流利）　普通話（良好）")

h("SKILLS")
para(d, "儀器：寶石顯微鏡、折射儀、分光鏡、偏光鏡、FTIR紅外光譜儀")
para(d, "電腦：MS Office、SAP（物料管理模組）、中英文打字")

h("REFERENCES")
para(d, "可應要求提供。")

d.save(sys.argv[1])
