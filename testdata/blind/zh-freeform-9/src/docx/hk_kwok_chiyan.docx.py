# Hong Kong CV in Traditional Chinese (with English terms): dates in a left column of borderless tables.
import sys; sys.path.insert(0, __file__.rsplit('/', 2)[0])
from docxlib import *
d = new_doc('新細明體', 10, 1.9)
para(d, '郭志欣  KWOK Chi Yan', bold=True, size=18)
para(d, '法律顧問 / 合規經理（Legal Counsel / Compliance Manager）', size=11, color='444444')
para(d, '電話：(+852) 5550 0147　｜　電郵：cy.kwok@example.com　｜　居住地區：香港九龍塘', size=9, space_after=4)
def h(t):
    p = para(d, t, bold=True, size=11.5, space_before=10, space_after=3); bottom_rule(p, '7F7F7F')
def rows(items, w=(3.6, 13.4)):
    t = d.add_table(rows=0, cols=2); no_borders(t)
    for a, b in items:
        r = t.add_row().cells; cell_text(r[0], a, color='555555'); cell_text(r[1], b)
    widths(t, w)
h('個人簡介')
para(d, '香港執業律師，八年經驗，曾任職律師事務所及上市保險集團法務部，熟悉香港保險業監管、個人資料私隱及跨境數據合規。')
h('工作經驗')
rows([('2019年7月 – 現在', '恒安保險控股有限公司　法律顧問（Legal Counsel），法律及合規部\n'
        '• 負責集團香港及澳門業務之產品條款、分銷協議及外判合約審閱；\n'
        '• 統籌保監局（IA）監管查詢及現場檢查回覆，完成 GL21 及 GL23 指引合規差距分析；\n'
        '• 帶領 3 人團隊建立合約管理系統，審批時間縮短 35%。'),
      ('2015年9月 – 2019年6月', '李黃陳律師行　見習律師 → 律師（Trainee Solicitor → Solicitor）\n'
        '• 處理商業合約、企業融資及保險訴訟案件；\n'
        '• 協助兩宗聯交所主板上市之法律盡職調查。')])
h('學歷')
rows([('2014 – 2015', '香港城邦大學　法學專業證書（PCLL）'),
      ('2010 – 2014', '香港城邦大學　法學士（LLB），二級榮譽（甲等）')])
h('專業資格')
rows([('2017', '香港高等法院律師（Solicitor, High Court of HKSAR）'),
      ('2021', 'CIPP/A（國際隱私專業人員 – 亞洲）')])
h('語言')
para(d, '廣東話（母語）、英語（流利）、普通話（良好）')
h('其他')
para(d, '期望薪金：HK$95,000/月　｜　通知期：一個月')
d.save(sys.argv[1])
