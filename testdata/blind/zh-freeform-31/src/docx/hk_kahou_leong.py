"""梁嘉濠 (Macau) — Word CV: position before unit (`職位｜單位`), `由2019年10月至2021年2月` dates on their own line,
headings in a shaded one-cell table row. Usage: python3 hk_kahou_leong.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

d = new_doc(latin='Arial', east='新細明體', size=10.5, margins=(1.8, 1.8, 2.2, 2.2))
para(d, '梁嘉濠　LEONG Ka Hou', bold=True, size=20, after=2)
para(d, '輕軌車務控制員 ｜ 澳門', size=11, color='8B1E3F', after=4)
para(d, '手提：(853) 6555 0164　　電郵：kahou.leong@example.mo　　地址：澳門筷子基', size=9.5, after=2)
para(d, '求職目標：輕軌 / 鐵路營運值班主任', size=10.5, after=8)

def heading(t):
    tb = d.add_table(rows=1, cols=1)
    c = tb.rows[0].cells[0]
    shade(c, 'F2E4E9')
    cell_para(c, t, bold=True, size=11.5, color='8B1E3F', before=1, after=1)
    widths(tb, [17.4])
    para(d, '', after=2)

heading('工作經驗')
def job(title, unit, dates, items):
    p = para(d, '', before=3, after=0)
    run(p, title, bold=True); run(p, '｜' + unit)
    para(d, dates, size=9.5, color='666666', after=1)
    for s in items:
        para(d, '• ' + s, indent=0.5, after=1)

job('車務控制員（控制中心）', '濠江輕軌營運有限公司', '由2021年3月至今',
    ['在控制中心輪班負責列車運行監控、調度指令及突發事件處理；',
     '颱風及暴雨期間按應變計劃調整班次，協調車站及維修人員；',
     '參與編寫《行車調度作業手冊》第二版。'])
job('車站主任', '濠江輕軌營運有限公司', '由2019年10月至2021年2月',
    ['管理氹仔段三個車站的站務人員共18名，負責排班及站內安全；',
     '通車初期負責乘客指引及票務問題處理。'])
job('車務調度員', '濠運巴士有限公司', '由2017年7月至2019年9月',
    ['負責路線班次調度及車長排更，處理路面突發事故的臨時調配。'])

heading('學歷')
p = para(d, '', before=3)
run(p, '澳門理工學院', bold=True); run(p, '　公共行政學士學位課程　學士')
para(d, '由2013年9月至2017年6月', size=9.5, color='666666', after=1)
p = para(d, '', before=3)
run(p, '澳門濠景中學', bold=True); run(p, '　高中畢業')
para(d, '2013年6月', size=9.5, color='666666', after=1)

heading('證書及培訓')
for s in ['職業安全卡（建築業）— 勞工事務局，2017年', '輕軌行車調度培訓課程（結業），2020年', '急救證書，2022年']:
    para(d, '• ' + s, indent=0.5, after=1)

heading('語言')
para(d, '粵語（母語）　普通話（流利）　英語（良好）　葡語（初級）', after=1)

heading('電腦技能')
para(d, 'SCADA 監控系統、CBTC 列車控制介面、Microsoft Office', after=1)

heading('其他')
para(d, '可輪班及通宵工作。持澳門永久性居民身份證。', after=1)
d.save(sys.argv[1])
