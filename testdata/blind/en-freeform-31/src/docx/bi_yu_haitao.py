"""Yu Haitao 于海涛: kelp and shellfish farm manager, Stonington, Maine; Simplified entries (Word, Carlito + Noto Sans CJK SC)."""
import sys
from common import *

d = new_doc("Carlito", 11, cjk="Noto Sans CJK SC", letter=True)
p = para(d, after=0); add(p, "YU Haitao  于海涛", bold=True, size=20, color="0E4D64")
para(d, "Seaweed & Shellfish Farm Manager  |  海藻养殖场经理", size=12, color="0E4D64", after=0)
para(d, "Stonington, Maine 04681  ·  (207) 555-0163  ·  haitao.yu@example.com  ·  WeChat: yuhaitao_kelp", size=10)

heading(d, "Summary 个人简介", color="0E4D64")
para(d, "Sixteen years growing kelp, first on the long-line farms of Rongcheng, Shandong, now on the Gulf of Maine. "
        "I set up hatcheries, grow sugar kelp and mussels on the same lines, and train new crews.")

heading(d, "Experience 工作经历", color="0E4D64")
tabbed(d, "Farm Manager — Deer Isle Sea Farms, Stonington, ME", "2019–present (full-time)")
for b in ["Run 40 acres of lease: sugar kelp, skinny kelp and rope-grown mussels; crew of 6 plus seasonal harvesters",
          "Built the seed-string hatchery (spore release, 6-week nursery); seed now sold to four other Maine farms",
          "Harvest up to 180,000 lb of kelp a season (Apr–May); food-safety plan with the Maine DMR"]:
    bullet(d, b)
tabbed(d, "Hatchery Technician — Penobscot Bay Aquaculture Co-op, Belfast, ME", "Oct 2016 – Dec 2018")
bullet(d, "Gametophyte cultures, seed-string production and nursery tank husbandry")
tabbed(d, "海带育苗场技术主管 — 荣成市石岛湾海洋科技有限公司，山东荣成", "2011年3月 – 2016年6月")
para(d, "Hatchery Supervisor, Shidao Bay Marine Technology Co., Rongcheng, Shandong", italic=True, size=10, after=0)
bullet(d, "负责年产 8 亿株海带苗的育苗车间，管理 15 名工人")
bullet(d, "Introduced a low-temperature holding method that cut seed losses in warm autumns")
tabbed(d, "养殖技术员 — 荣成市俚岛海带养殖场", "2008年7月 – 2011年2月")
para(d, "Farm Technician, Lidao Kelp Farm, Rongcheng", italic=True, size=10, after=0)

heading(d, "Education 教育背景", color="0E4D64")
tabbed(d, "学士  水产养殖学 — 黄海海洋学院", "2004 – 2008", bold_left=False)
para(d, "BSc Aquaculture, Yellow Sea Ocean College, Yantai", italic=True, size=10, after=0)
tabbed(d, "Shellfish Sanitation Certificate course — Maine Coastal Extension", "2017", bold_left=False)

heading(d, "Licences & certificates 证书", color="0E4D64")
for b in ["Maine DMR Limited Purpose Aquaculture (LPA) licence holder, renewed yearly since 2019",
          "Seafood HACCP (AFDO/Seafood HACCP Alliance), 2020",
          "USCG Operator of Uninspected Passenger Vessels (OUPV / 6-pack), 2022",
          "水产养殖技术员证 — 山东省海洋与渔业厅, 2010"]:
    bullet(d, b)

heading(d, "Publications 发表", color="0E4D64")
bullet(d, "于海涛, 刘波. 秋季高温对海带苗种保存的影响. 《海洋渔业科技》, 2015(4): 22–27.")
bullet(d, "Yu H. Seed-string hatcheries for small kelp farms. Downeast Aquaculture Notes (invited), 2022.")

heading(d, "Languages 语言", color="0E4D64")
t = d.add_table(rows=0, cols=2); no_borders(t)
for a, b in [("中文 Mandarin", "native 母语"), ("English", "working (TOEFL iBT 88, 2016)")]:
    c = t.add_row().cells; c[0].text = a; c[1].text = b

heading(d, "Interests 兴趣爱好", color="0E4D64")
para(d, "Ice fishing, cooking for the crew, 书法 calligraphy.")
d.save(sys.argv[1])
