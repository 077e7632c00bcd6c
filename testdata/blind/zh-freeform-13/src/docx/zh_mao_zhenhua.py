"""毛振华 — 退役士兵 (武警, 中士) → 物业项目安全主管. Word résumé typed by hand:
name only in the title line 应聘物业安全主管——毛振华, 「」 bracket headings,
服役经历 with 入伍 / 退出现役, 立功受奖, a bordered 4-column work table."""
import sys
from docxlib import *

doc = new_document(east="宋体", latin="Times New Roman", size=10.5)


def heading(text):
    p = para(doc, [(text, {"bold": True, "size": 12, "east": "黑体"})], before=8, after=3)
    bottom_border(p, size=6, color="404040")
    return p


para(doc, [("应聘物业安全主管——毛振华", {"bold": True, "size": 18, "east": "黑体"})], align=CENTER, after=10)

heading("「基本情况」")
para(doc, "男，1992年3月生，中共党员，退役军人（中士），现居江苏省南京市江宁区。", line=1.4)
para(doc, "联系电话：138 0000 6271　　电子邮箱：maozhenhua_nj@example.com", line=1.4)

heading("「服役经历」")
para(doc, "2010年12月入伍，2015年12月退出现役，服役5年。", line=1.4)
para(doc, "服役单位：武警江苏省总队某支队（番号略）", line=1.4)
para(doc, "历任：战士（列兵、上等兵）→ 副班长（下士）→ 班长（中士）", line=1.4)
para(doc, "1. 担任班长2年，带领11人班组完成营区执勤和日常训练，所带班连续两年被支队评为“先进班”。", indent=0.74, line=1.4)
para(doc, "2. 负责中队营区安全巡查和消防器材管理，组织消防演练20余次。", indent=0.74, line=1.4)
para(doc, "3. 2013年7月参加抗洪抢险任务，连续在堤坝值守12天。", indent=0.74, line=1.4)

heading("「立功受奖」")
for line in ("2014年　　荣立个人三等功一次",
             "2012年度、2014年度　　被评为“优秀士兵”",
             "2015年　　支队军事训练比武 第二名（400米障碍）"):
    para(doc, line, line=1.4)

heading("「退役后工作经历」")
t = table(doc, 3, 4, [2.9, 4.2, 2.2, 8.1], borders=True)
cell_margins(t)
hdr = ("起止时间", "工作单位", "岗位", "主要工作")
for i, h in enumerate(hdr):
    shade_cell(t.rows[0].cells[i], "D9D9D9")
    cell_text(t.rows[0].cells[i], [[(h, {"bold": True})]], align=CENTER)
rows = [
    ("2019.07—至今", "金陵安泰物业管理有限公司", "项目安全主管",
     ["负责商业综合体（建筑面积约12万㎡）的秩序维护、消防安全和停车场管理，下属保安、消控人员38人；",
      "牵头迎接2021年度区消防救援大队消防安全检查，一次通过，无整改项；",
      "组织每季度一次消防疏散演练，编写《突发事件应急处置手册》；",
      "推行岗亭“交接班三查”制度，全年客户投诉下降约40%。"]),
    ("2016.03—2019.06", "南京恒居物业服务有限公司（翠湖名苑项目）", "安保领班",
     ["负责小区6个岗亭、24名保安员的排班和日常考勤；",
      "建立夜间巡更打卡制度，小区盗窃警情由每年7起降至1起。"]),
]
for r, (when, org, post, lines) in enumerate(rows, start=1):
    cells = t.rows[r].cells
    cell_text(cells[0], when, align=CENTER)
    cell_text(cells[1], org)
    cell_text(cells[2], post, align=CENTER)
    cell_text(cells[3], "\n".join(lines))

heading("「学历」")
para(doc, "2017.03—2019.07　　江苏城市开放学院（成人教育）　　物业管理　　大专", line=1.4)
para(doc, "2007.09—2010.07　　南京市江宁区东山湖中学　　高中", line=1.4)

heading("「证书」")
for line in ("保安员证（2016年）",
             "消防设施操作员（四级/中级工）（2020年）",
             "红十字会救护员证（2021年）",
             "机动车驾驶证 C1"):
    para(doc, line, line=1.4)

heading("「自我评价」")
para(doc, "五年部队生活养成了令行禁止、吃苦耐劳的作风；退役后一直在物业安保一线工作，熟悉小区和商业项目的"
          "秩序维护、消防管理和突发事件处置流程，带过30人以上的队伍，能跟业主、商户和街道派出所打交道。",
     first=0.74, line=1.4)

doc.save(sys.argv[1])
