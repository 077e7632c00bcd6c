# English CV of a Chinese graduate in the UK: Chinese names of schools, employers and awards in
# brackets after the English; education first; `MSc Data Science (Distinction), University, 2024`;
# a high school with only a year; bold ALL-CAPS headings with a thin rule; right-tab dates.
import sys
from docxlib import *

d = new_doc(font="Arial", size=10, margins_cm=(1.6, 1.6, 1.9, 1.9))
R = 21.0 - 3.8
def zh(t, **o):
    return (t, dict(o, ea="SimSun"))

para(d, [("Wanting GU", dict(b=True, size=20))], after=0)
para(d, ["Edinburgh, UK  |  +44 7700 900583  |  +86 139 0000 2761  |  wanting.gu@example.com  |  linkedin.com/in/wanting-gu"], after=2)
para(d, [("Objective: ", dict(b=True)), "Graduate Data Analyst (UK Graduate visa until 2026, no sponsorship needed)"], after=4)

def head(t):
    p = para(d, [(t, dict(b=True, size=11))], before=10, after=3); border(p, "bottom", "888888", 4)

head("EDUCATION")
p = para(d, [("MSc Data Science (Distinction)", dict(b=True)), ", Castlegate University, Edinburgh, 2024"], after=0)
para(d, ["Dissertation: Forecasting hourly bus ridership with gradient boosting and weather data (grade 78)"], after=3)
p = para(d, [("Jiangnan Lakeside University ", dict(b=True)), zh("(江南湖畔大学)"), ", Wuxi, China\t2019 – 2023"], after=0); tab_stop(p, R)
para(d, ["BSc Statistics — GPA 3.72/4.00, ranked 12/168"], after=0)
para(d, ["Courses: Regression Analysis, Time Series, Multivariate Statistics, Database Systems"], after=3)
p = para(d, [("Wuxi No. 3 Senior High School ", dict(b=True)), zh("(无锡市第三高级中学)"), "\t2019"], after=0); tab_stop(p, R)

head("EXPERIENCE")
p = para(d, [("Research Assistant (part-time)", dict(b=True)), ", Castlegate University Business School\tJan 2024 – Apr 2024"], after=0); tab_stop(p, R)
bullet(d, ["Cleaned and linked 1.2 million loyalty-card transactions for a retail pricing study (R, data.table)."])
p = para(d, [("Data Analyst Intern", dict(b=True)), ", Taihu Fresh Supermarkets ", zh("(太湖鲜超市连锁)"), ", Wuxi\tJun 2022 – Aug 2022"], before=4, after=0); tab_stop(p, R)
bullet(d, ["Built a Power BI dashboard of store-level waste for 46 stores; fresh-produce waste fell 9% in the pilot region."])
bullet(d, ["Wrote SQL to join POS and inventory data; automated a weekly report that took 6 hours by hand."])
p = para(d, [("Volunteer Teacher", dict(b=True)), ", Qianxi Rural Summer School ", zh("(黔西乡村夏令营)"), ", Guizhou\tSummer 2021"], before=4, after=0); tab_stop(p, R)
bullet(d, ["Taught maths and English to 35 primary pupils for four weeks."])

head("PROJECTS")
para(d, [("Bus ridership forecasting", dict(b=True)), " (MSc dissertation, 2024) — LightGBM model beating the operator's baseline by 14% MAPE. ", ("Python, LightGBM, pandas, Prophet", dict(i=True))], after=2)
para(d, [("Campus bike-share analysis", dict(b=True)), " (2022) — demand clustering for 80 docks. ", ("R, ggplot2, k-means", dict(i=True))], after=2)

head("SKILLS")
para(d, [("Programming: ", dict(b=True)), "Python (pandas, scikit-learn), R, SQL"], after=0)
para(d, [("BI & tools: ", dict(b=True)), "Power BI, Tableau, Excel, Git"], after=0)

head("AWARDS")
p = para(d, ["National Scholarship ", zh("(国家奖学金)"), ", Ministry of Education of China\t2021"], after=0); tab_stop(p, R)
p = para(d, ["Mathematical Contest in Modeling (MCM) — Meritorious Winner\t2022"], after=0); tab_stop(p, R)

head("LANGUAGES")
para(d, ["Mandarin Chinese — native  |  English — fluent (IELTS 7.5)  |  Wu Chinese (Wuxi dialect) — native"], after=0)
d.save(sys.argv[1])
