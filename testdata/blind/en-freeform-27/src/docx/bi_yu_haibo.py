import sys; sys.path.insert(0, __file__.rsplit('/', 1)[0])
from common import *
OUT = sys.argv[1]
d = new_doc(font="Liberation Sans", size=10, margins=1.9, east_asian="Noto Sans CJK SC")
para(d, "于海波  YU Haibo", bold=True, size=20, color="0B3C5D", after=0)
para(d, "Hydrographic Surveyor (Certified, Level 1) | 海洋测绘工程师", size=11.5, after=2)
para(d, "North Fremantle WA 6159 · 0491 570 172 · haibo.yu@example.com.au · WeChat: yuhaibo_survey", size=9, after=8)

def head(t):
    p = para(d, t, bold=True, size=11, color="0B3C5D", before=10, after=3); bottom_border(p, "0B3C5D")

head("PROFILE  个人简介")
para(d, "Hydrographic surveyor with nine years offshore and nearshore: port and channel surveys, pipeline route surveys and "
        "dredge monitoring. Trained in Qingdao, now based in Fremantle. Comfortable as party chief on a vessel or processing in the office.")

head("EXPERIENCE  工作经历")
def job(title, org, dates, bullets):
    p = para(d, "", before=6, after=0); right_tab(p, 17.2)
    run(p, title, bold=True); run(p, "\t" + dates, bold=True)
    para(d, org, italic=True, after=1)
    for b in bullets: bullet(d, b)
job("Senior Hydrographic Surveyor / Party Chief", "Indian Ocean Survey Services Pty Ltd, Fremantle WA", "Mar 2021 – present", [
    "Party chief on multibeam port surveys for Fremantle, Geraldton and Dampier; crews of 3–5.",
    "Offshore pipeline route surveys on a 4 weeks on / 4 weeks off rotation (ROV and towed side-scan).",
    "Wrote the company's IHO S-44 Order 1a QA procedure; zero rejected deliverables since 2022."])
job("Hydrographic Surveyor", "Leeuwin Marine Surveys, Bunbury WA", "2019—2021", [
    "Dredge progress and pre/post surveys for harbour deepening works.",
    "Volunteer: taught the Saturday GNSS basics course at the Bunbury Men's Shed (2020)."])
job("测量工程师 Survey Engineer", "青岛蓝湾海洋工程勘测有限公司  Qingdao Blue Bay Marine Survey Co., Ltd., 青岛 Qingdao", "2016年7月—2019年2月", [
    "负责港口航道多波束测量及数据处理。",
    "Multibeam and single-beam surveys for port channels in the Yellow Sea; CARIS HIPS processing."])

head("EDUCATION  教育背景")
def edu(line, org, dates, extra=()):
    p = para(d, "", before=5, after=0); right_tab(p, 17.2)
    run(p, line, bold=True); run(p, "\t" + dates)
    para(d, org, after=0)
    for e in extra: para(d, e, after=0)
edu("硕士  海洋测绘  (Master of Engineering, Marine Surveying)", "黄海海洋大学  Yellow Sea Ocean University, 青岛", "2013.09 – 2016.06",
    ["论文：浅水多波束声速改正方法研究 (Thesis: Sound-velocity correction for shallow-water multibeam)"])
edu("学士  测绘工程  (Bachelor of Engineering, Surveying and Mapping)", "黄海海洋大学  Yellow Sea Ocean University, 青岛", "2009.09 – 2013.06",
    ["GPA 3.6 / 4.0"])
edu("Graduate Certificate in Hydrographic Surveying (IHO Category B)", "Swan Coast Institute of Technology, Perth", "2020")

head("CERTIFICATION  证书")
for b in ["Certified Hydrographic Surveyor – Level 1, AHSCP (2023)",
          "注册测绘师资格 (Registered Surveyor qualification, China), 2018",
          "GMDSS Restricted Operator's Certificate",
          "BOSIET with CA-EBS, valid to 08/2027",
          "MSIC card"]:
    bullet(d, b)

head("SKILLS  技能")
for lab, items in [("Software", "QINSy, CARIS HIPS and SIPS, Hypack, Teledyne PDS, AutoCAD Civil 3D, QGIS"),
                   ("Equipment", "Kongsberg EM2040, R2Sonic 2024, Applanix POS MV, Valeport SVP, EdgeTech side-scan"),
                   ("Languages", "English (fluent), 普通话 Mandarin (native), 青岛话 Qingdao dialect")]:
    p = para(d, "", after=1); run(p, lab + ": ", bold=True); run(p, items)
d.save(OUT)
