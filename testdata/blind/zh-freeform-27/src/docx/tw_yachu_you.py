"""游雅筑 (陶藝師, 鶯歌): self-made Word 履歷 with 民國 and 公元 years mixed. Run: python3 tw_yachu_you.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

d = new_doc(font="新細明體", size=11)
para(d, "游雅筑　陶藝創作者／陶藝教室講師", bold=True, size=18, font="標楷體", after=2)
para(d, "新北市鶯歌區　｜　0912-555-047　｜　yachu.yu@example.com　｜　IG：@yachu.clay-example", after=2)
para(d, "希望職務：陶瓷博物館 教育推廣專員／陶藝教學主任（新北、桃園）", after=8)

def h(t):
    p = para(d, t, bold=True, size=13, font="標楷體", color="8B4513", before=8, after=3)
    bottom_rule(p, "8B4513", 6)

h("【自我介紹】")
para(d, "大學念美術，畢業後回到鶯歌，在工作室從拉坯助理做到講師，這幾年自己也接客製餐具訂單。喜歡教小朋友和初學者，希望把陶藝教育做得更有系統。")

h("【工作經歷】")
t = d.add_table(rows=1, cols=4)
borders(t, 4)
for i, k in enumerate(["期間", "單位", "職稱", "內容"]):
    cell_text(t.rows[0].cells[i], k, bold=True)
    shade(t.rows[0].cells[i], "F3E5D8")
rows = [
    ("民國109年3月～迄今", "土心陶藝工作室（鶯歌老街）", "陶藝講師", "成人拉坯班、親子手捏班，每月約120位學員；設計四週入門課程；負責釉藥調配與窯燒排程（電窯、瓦斯窯）"),
    ("2017年7月～2020年2月", "鶯歌窯興陶瓷有限公司", "拉坯師傅助理", "協助量產杯盤拉坯、修坯與上釉；管理素燒窯紀錄"),
    ("2021年起（兼職）", "個人品牌「筑窯」", "創作者", "接咖啡廳、餐廳客製餐具訂單；每年參加兩次市集"),
]
for r in rows:
    cells = t.add_row().cells
    for i, v in enumerate(r):
        cell_text(cells[i], v)
widths(t, [3.6, 3.8, 2.6, 7.0])

h("【學歷】")
para(d, "民國102年9月～民國106年6月　國立東嶺藝術大學　美術學系（陶瓷組）　學士")
para(d, "2010.09-2013.06　新北市立鶯峰高中　美術班")

h("【證照與得獎】")
para(d, "陶瓷手拉坯技術士 乙級（勞動部勞動力發展署技能檢定中心，民國108年）")
para(d, "2022　新北市陶藝新人獎 入選")
para(d, "民國111年　鶯歌陶瓷嘉年華 創意市集 最佳人氣攤位")

h("【專長】")
para(d, "拉坯、手捏、泥板成形；釉藥調配；電窯／瓦斯窯燒成；課程設計；Instagram 經營")
h("【語言】")
para(d, "國語（母語）、台語（流利）、英語（中等，TOEIC 690）")
d.save(sys.argv[1])
