import sys
from common import *

d = new_doc(font="Liberation Sans", size=10, a4=False, margins=1.8, east_asia="Noto Sans CJK TC")
p = para(d, after=0); run(p, "HUANG Po-Han, P.Eng.", bold=True, size=18); run(p, "   黃柏翰", size=16)
para(d, "Naval Architect  ·  造船工程師", size=11.5, color="0B4F6C", after=2)
para(d, "Victoria, BC, Canada  ·  +1 250-555-0183  ·  pohan.huang@example.ca  ·  github.com/phhuang-hydro", size=9.5, after=6)

heading(d, "SUMMARY  個人簡介", color="0B4F6C")
para(d, "Naval architect with 12 years in ship design and refit: five years designing patrol boats and fishing vessels "
        "at a Kaohsiung yard, then mid-life refits, stability and weight control for Canadian coastal ferries and "
        "government vessels. Registered in British Columbia.")

heading(d, "EXPERIENCE  工作經歷", color="0B4F6C")
tabbed(d, "Senior Naval Architect :: Salish Marine Design Ltd., Victoria BC", "2021/01 – present")
for b in ["Lead naval architect on mid-life refits of two 100 m double-ended ferries: lightship survey, inclining "
          "experiments, intact and damage stability to TP 7301 / SOLAS.",
          "Weight-control and stability booklets for 14 vessels; Transport Canada submissions.",
          "Mentor two EIT engineers; run the Maxsurf / Orca3D training for the office."]:
    bullet(d, b)
tabbed(d, "Naval Architect :: Salish Marine Design Ltd., Victoria BC", "2017/04 – 2020/12")
for b in ["Hull form and resistance studies (Maxsurf, CFD with STAR-CCM+) for a 24 m fisheries patrol vessel.",
          "Structural scantlings to DNV rules; drawing checks in Rhino and AutoCAD."]:
    bullet(d, b)
tabbed(d, "設計工程師 Design Engineer :: 高港造船股份有限公司 (Gaogang Shipbuilding Co.), 高雄 Kaohsiung", "2012/07 – 2017/03")
for b in ["負責 35 米巡防艇及遠洋漁船之線型設計與穩度計算。",
          "Hull lines, stability and launching calculations for 35 m patrol boats and distant-water tuna longliners; "
          "shipyard liaison during construction and sea trials."]:
    bullet(d, b)

heading(d, "EDUCATION  學歷", color="0B4F6C")
tabbed(d, "碩士 系統及船舶機電工程研究所  M.Sc. Systems & Naval Mechatronic Engineering", "2010 – 2012")
para(d, "國立南瀛大學 National Nanying University, 台南 Tainan  —  Thesis: 滑航艇阻力之模型試驗 (model tests of planing-hull resistance)")
tabbed(d, "學士 造船及海洋工程學系  B.Sc. Naval Architecture & Ocean Engineering", "2006 – 2010")
para(d, "國立旗津海事科技大學 National Cijin Maritime Tech University  —  GPA 3.8/4.3")

heading(d, "LICENCES  證照", color="0B4F6C")
for b in ["Professional Engineer (P.Eng.), Engineers and Geoscientists BC — 2019, Licence No. 000000",
          "中華民國 造船工程技師 (Taiwan Professional Engineer, Naval Architecture) — 2016",
          "Transport Canada Small Vessel Stability course — 2018"]:
    bullet(d, b)

heading(d, "SOFTWARE  軟體", color="0B4F6C")
para(d, "Design: Maxsurf, Orca3D, Rhino 7, AutoCAD, ShipConstructor")
para(d, "Analysis: STAR-CCM+, GHS, Python (NumPy, pandas)")

heading(d, "PUBLICATIONS  著作", color="0B4F6C")
bullet(d, "Huang P.-H., Tsai M.-J. \"Model tests of a stepped planing hull in calm water.\" Nanying Journal of Marine Engineering, 2013.")
bullet(d, "Huang P.-H. \"Inclining experiments on double-ended ferries: lessons from two refits.\" SNAME Pacific Northwest Section meeting, 2023.")

heading(d, "LANGUAGES  語言", color="0B4F6C")
t = d.add_table(rows=4, cols=2)
t.style = "Table Grid"
for i, (a, b) in enumerate([("Language", "Level"), ("國語 Mandarin", "native"), ("台語 Taiwanese Hokkien", "native"), ("English", "C1 (IELTS 7.5)")]):
    t.cell(i, 0).text = a
    t.cell(i, 1).text = b
d.save(sys.argv[1])
