# 楊舒雯 Sharon Yeung — bilingual marketing manager (HK-born, working in Shenzhen). Word document
# with a right-aligned contact block beside the name (two tab stops), "Title @ Company" bold lines,
# date + city on a grey line under them, a Chinese paragraph under English bullets, and
# "•"-separated skills.
import sys
sys.path.insert(0, __file__.rsplit("/", 2)[0])
from docxlib import *

doc = new_doc(font="Arial", size=10, margins_cm=1.9, east_asia="Microsoft JhengHei")
R = [(17.2, "right", None)]

para(doc, "**楊舒雯 Sharon Yeung**\t(+852) 5550 0138", size=18, tabs=R, after=0)
p = para(doc, "Marketing Manager, Consumer Tech  |  市場推廣經理\tsharon.yeung@example.com", size=10, tabs=R, after=0)
para(doc, "Shenzhen / Hong Kong\tlinkedin.com/in/sharonyeung-mkt", size=10, tabs=R, after=6)
bottom_border(para(doc, "", after=6), sz=12, color="C0392B")

def heading(t):
    p = para(doc, "**" + t + "**", size=11, color="C0392B", before=8, after=2, keep_next=True)

heading("About 關於我")
para(doc, "Marketing manager with 9 years in consumer electronics brands across Greater China. I run launches "
          "end to end — positioning, KOL and retail — and I am fluent in the numbers behind them. "
          "熟悉大灣區及港澳市場，擅長整合線上線下推廣資源。")

heading("Experience 工作經歷")

def job(head, sub, bullets, zh=None):
    para(doc, head, before=6, keep_next=True)
    para(doc, sub, color="777777", size=9, keep_next=True)
    for b in bullets:
        bullet(doc, b)
    if zh:
        para(doc, zh, indent_cm=0.6)

job("**Marketing Manager @ 深藍出行 DeepBlue Mobility**", "Jan 2021 – now  ·  Shenzhen", [
    "Lead a team of 6 (brand, content, performance) for e-scooters and e-bikes; annual budget RMB 28M.",
    "Launched the S3 scooter in mainland China and Hong Kong: 42,000 units in the first quarter, 1.6× target.",
    "Moved 35% of spend from marketplace ads to creator partnerships while keeping CAC flat."],
    zh="負責品牌與渠道整合，建立小紅書及抖音 KOL 合作體系，合作達人超過 300 位。")
job("**Senior Brand Executive @ Lumi Audio Ltd.**", "Sept 2016 – Dec '20  ·  Hong Kong", [
    "Ran retail and online campaigns for true-wireless earbuds in HK, Macau and Taiwan.",
    "Organised 3 regional launch events (800+ guests each) and the brand's first pop-up store."])
job("**Marketing Trainee @ 百滙零售集團 Paramount Retail Group**", "Jul 2015 – Aug 2016  ·  Hong Kong", [
    "Rotations in CRM, store marketing and e-commerce."])

heading("Education 教育")
para(doc, "**MBA (part-time)** — Victoria Harbour Business School, Hong Kong\t2019 – 2021", tabs=R)
para(doc, "**BBA in Marketing, First Class Honours** — 香港嶺東大學 Lingdong University, Hong Kong\t2011 – 2015", tabs=R)

heading("Skills 技能")
para(doc, "Brand positioning • Go-to-market • KOL & creator marketing • Performance marketing • "
          "Tmall / JD store operations • Google Analytics 4 • Tableau • Adobe Photoshop")

heading("Awards 獎項")
para(doc, "Gold, Best Product Launch — Greater Bay Marketing Awards (2023)")
para(doc, "Lumi Audio Regional MVP (2019)")

heading("Languages 語言")
para(doc, "Cantonese 粵語 (native) • Mandarin 普通話 (fluent) • English (fluent, IELTS 8.0)")

heading("Interests 興趣")
para(doc, "Dragon boat (Stanley team, 2017 – now) • hiking the MacLehose Trail • film photography")

doc.save(sys.argv[1])
