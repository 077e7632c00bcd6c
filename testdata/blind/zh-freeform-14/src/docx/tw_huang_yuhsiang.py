"""黃昱翔 — 領隊 / 導遊 (台北). Header table (name left, contacts right), ● headings, 民國 dates, no 自傳."""
import sys
from lib import *

d = new_doc('新細明體', 11, 2.0)

t = d.add_table(rows=1, cols=2)
no_borders(t)
l, r = t.rows[0].cells
cell_text(l, '黃昱翔', bold=True, size=24)
para(l, '領隊・導遊｜日韓線 9 年', size=10, color='7F7F7F')
cell_text(r, '手機：0912-555-037')
for line in ['E-mail：yuhsiang.huang@example.com.tw', 'LINE ID：yh_tour', '居住地：台北市中山區', '應徵職務：領隊／資深導遊（日本、韓國線）']:
    para(r, line)
widths(t, [7.0, 10.0])
para(d, '', space_after=4)


def h(text):
    para(d, '● ' + text, bold=True, size=13, color='2E5E4E', space_before=12, space_after=4, font='微軟正黑體')


def entry(dates, org, title):
    p = para(d, '', space_before=4)
    run(p, dates + '　　', color='404040')
    run(p, org + '　　', bold=True)
    run(p, title)


def bullet(text):
    para(d, '・' + text, indent=0.6)


h('工作經歷')
entry('民國108年7月～迄今', '鴻旅國際旅行社股份有限公司', '日本線領隊／OP')
bullet('帶團日本關西、北海道、九州，累計帶團 86 團、約 2,300 人次。')
bullet('疫情期間（民國109～111年）轉任 OP，負責國旅團控、訂房訂車及行程報價。')
bullet('民國112年起負責公司北海道滑雪團產品，年出團 24 團，客訴率低於 1%。')
entry('民國104年3月～民國108年6月', '福爾摩沙假期旅行社有限公司', '國旅導遊')
bullet('帶領環島、花東及離島（澎湖、金門）團體行程，每年帶團 150 天以上。')
bullet('兼任日本來台團華語導遊，接待日本修學旅行團 30 餘團。')

h('學歷')
entry('民國100年9月～104年6月', '私立翠谷科技大學', '觀光事業管理系　學士')

h('證照')
for s in ['華語導遊人員執照（民國104年）', '華語領隊人員執照（民國105年）', '外語領隊人員執照（日語）（民國107年）', 'JLPT 日本語能力試驗 N2（民國107年）']:
    bullet(s)

h('語言能力')
para(d, '日語：中上（JLPT N2）｜英語：中等（多益 750 分）｜台語：流利')

h('專長')
para(d, '行程規劃、團體危機處理、日文解說、報價單製作（Excel）、Canva 行程海報')

d.save(sys.argv[1])
