"""岳海涛 — 远洋船员 (大副 / 二副). A 船员简历 in Word as manning agencies ask for it:
spaced title, a bordered personal-data grid (应聘职务, 最近下船日期, 可上船日期), a certificate
table with 证书编号 / 签发日期 / 有效期至 / 签发机关 (full dates), and a 海上服务资历 table
(船名 / 船旗 / 船型 / 总吨 / 职务 / 公司 / 上船日期 / 下船日期), newest ship first."""
import sys
from docxlib import *

doc = new_document(east="宋体", latin="Arial", size=10, margins=(1.8, 1.6, 1.8, 1.6))


def bar(text):
    p = para(doc, [(text, {"bold": True, "size": 11, "east": "黑体", "color": "FFFFFF"})], before=8, after=4)
    shade_paragraph(p, "1F3864")
    return p


para(doc, [("船　员　简　历", {"bold": True, "size": 20, "east": "黑体"})], align=CENTER, after=2)
para(doc, [("SEAFARER’S RESUME", {"size": 9, "color": "666666"})], align=CENTER, after=8)

t = table(doc, 6, 6, [2.4, 3.5, 2.4, 3.0, 2.4, 4.1], borders=True)
cell_margins(t)
grid = [
    ("姓　　名", "岳海涛", "性　　别", "男", "出生日期", "1991.08"),
    ("籍　　贯", "山东威海", "身　　高", "176 cm", "健康状况", "良好（体检证明有效）"),
    ("应聘职务", "大副 / 二副", "现持证书", "大副（无限航区）", "工作年限", "海龄约 6 年"),
    ("手　　机", "139 0000 7152", "微　　信", "同手机号", "电子邮箱", "yuehaitao.sea@example.com"),
    ("现住址", "山东省威海市环翠区", "", "", "", ""),
    ("最近下船日期", "2024-11-20", "可上船日期", "2025年1月起", "期望月薪", "USD 6,800（大副）"),
]
for r, row in enumerate(grid):
    for c, val in enumerate(row):
        cell = t.rows[r].cells[c]
        if c % 2 == 0 and val:
            shade_cell(cell, "E7ECF5")
            cell_text(cell, [[(val, {"bold": True})]], size=9.5)
        else:
            cell_text(cell, val, size=9.5)
a = t.rows[4].cells[1].merge(t.rows[4].cells[5])

bar("  适任证书及培训合格证  CERTIFICATES")
ct = table(doc, 7, 5, [5.6, 3.4, 2.4, 2.4, 3.8], borders=True)
cell_margins(ct)
hdr = ("证书名称", "证书编号", "签发日期", "有效期至", "签发机关")
for i, h in enumerate(hdr):
    shade_cell(ct.rows[0].cells[i], "D9D9D9")
    cell_text(ct.rows[0].cells[i], [[(h, {"bold": True})]], size=9, align=CENTER)
certs = [
    ("海船船员适任证书（无限航区 大副）", "3710**********1634", "2023-06-15", "2028-06-14", "中华人民共和国山东海事局"),
    ("海员证", "E0012****", "2021-03-08", "2026-03-07", "中华人民共和国威海海事局"),
    ("GMDSS 通用操作员证书", "3710**********2207", "2019-10-22", "2029-10-21", "中华人民共和国山东海事局"),
    ("精通救生艇筏和救助艇培训合格证", "3710**********0915", "2019-05-10", "2029-05-09", "中华人民共和国山东海事局"),
    ("高级消防培训合格证", "3710**********0916", "2019-05-10", "2029-05-09", "中华人民共和国山东海事局"),
    ("船舶保安员培训合格证（SSO）", "3710**********3318", "2022-08-30", "长期", "中华人民共和国威海海事局"),
]
for r, row in enumerate(certs, start=1):
    for c, val in enumerate(row):
        cell_text(ct.rows[r].cells[c], val, size=9, align=None if c == 0 else CENTER)

bar("  海上服务资历  SEA SERVICE RECORD")
st = table(doc, 6, 8, [2.7, 1.4, 2.1, 1.6, 1.4, 4.0, 2.2, 2.2], borders=True)
cell_margins(st, left=50, right=50)
hdr = ("船名", "船旗", "船型", "总吨", "职务", "公司", "上船日期", "下船日期")
for i, h in enumerate(hdr):
    shade_cell(st.rows[0].cells[i], "D9D9D9")
    cell_text(st.rows[0].cells[i], [[(h, {"bold": True})]], size=9, align=CENTER)
ships = [
    ("“海晖之星”轮", "巴拿马", "散货船", "43,210", "大副", "威远国际船舶管理有限公司", "2024-03-02", "2024-11-20"),
    ("“东岚 8”轮", "中国", "集装箱船", "27,800", "二副", "威远国际船舶管理有限公司", "2022-12-15", "2023-08-30"),
    ("PACIFIC LARK", "利比里亚", "成品油轮", "29,905", "二副", "青港船员服务有限公司", "2021-09-01", "2022-05-18"),
    ("“裕丰 12”轮", "中国", "散货船", "22,600", "三副", "青港船员服务有限公司", "2019-07-11", "2020-04-02"),
    ("“裕丰 7”轮", "中国", "散货船", "22,550", "驾助（实习）", "青港船员服务有限公司", "2014-08-03", "2015-05-26"),
]
for r, row in enumerate(ships, start=1):
    for c, val in enumerate(row):
        cell_text(st.rows[r].cells[c], val, size=9, align=CENTER)
para(doc, [("注：2015.06—2019.06 在青港船员服务有限公司岸基调度部做见习调度，并于 2018 年完成三副适任考试；2020.05—2021.06 参加二副、大副适任培训和考试。",
            {"size": 9, "color": "444444"})], before=3)

bar("  教育经历  EDUCATION")
para(doc, "2010年9月—2014年6月　　胶东海运学院　　航海技术　　本科（工学学士）", before=2, line=1.3)
para(doc, "在校期间完成 12 个月海上见习。", indent=0.74, line=1.3)

bar("  专业技能  SKILLS")
for line in ("● 航海仪器：ECDIS（JRC、Furuno）、ARPA 雷达、GMDSS、AIS、VDR",
             "● 船舶管理：ISM 规则、ISPS 规则、PSC 检查准备、货物积载、压载水管理",
             "● 英语：可用英语进行航行值班和对外联络，Marlins 英语测试 86 分",
             "● 办公：Word、Excel、ShipManager 船舶管理系统"):
    para(doc, line, line=1.3, indent=0.2)

bar("  自我评价  SELF ASSESSMENT")
para(doc, "从驾助一路做到大副，跑过散货、集装箱和成品油轮，航线覆盖东南亚、澳洲、西非和南美。在船期间接受 PSC 检查 6 次，"
          "零滞留。责任心强，身体健康，能适应长航次，服从船长和公司安排。", first=0.7, line=1.3)

doc.save(sys.argv[1])
