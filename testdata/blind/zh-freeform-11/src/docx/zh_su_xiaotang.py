"""zh_su_xiaotang.docx — 2025 届大专 空中乘务 graduate.

Typed the way many people type in Word: every block is ONE paragraph whose lines
are soft line breaks (Shift+Enter, w:br); values split over several runs (as Word
leaves them after edits); the e-mail is a HYPERLINK field (instrText + result).
"""
import sys
from docxlib import *

out = sys.argv[1]
doc = new_document(font="微软雅黑", latin="微软雅黑", size=10.5, margins=(1.3, 1.2, 1.9, 1.9))
BR = "\n"
ACC = "1F6FB2"


def heading(text):
    p = para(doc, [text], before=7, after=3, size=12, bold=True, color=ACC)
    bottom_border(p, color=ACC, sz=8)
    return p


def block(pieces, **kw):
    return para(doc, pieces, line=1.0, after=3, **kw)


para(doc, [("苏晓棠", dict(size=24, bold=True))], align=CENTER, after=2)
para(doc, [("求职意向：", dict(bold=True)), "客舱乘务员 / 地面服务（值机、要客）"], align=CENTER, after=8, color="404040")

p = block(["性别：女　　出生年月：2004.03　　民族：彝族", BR,
           "身高：168cm　　体重：51kg　　视力：裸眼 5.0", BR,
           "电话：136 ", "0000 2480", "　　邮箱："])
field(p, 'HYPERLINK "mailto:sutang0304@example.com"', "sutang0304@example.com", color="0563C1")
add_runs(p, [BR, "现居：云南昆明　　籍贯：云南楚雄"])

heading("教育背景")
block([("2022.09–2025.06", dict(bold=True)), "　　", "滇南航空", "职业学院", "　　空中乘务专业（大专）", BR,
       "主修课程：客舱服务、民航服务礼仪、航空急救、客舱安全管理、民航英语", BR,
       "在校成绩：专业排名 6/112，获校级奖学金两次"])

heading("实习经历")
block([("2024.07–2024.12", dict(bold=True)), "　　云岭航空地面服务有限公司（昆明长水国际机场）　　", ("值机员（实习）", dict(bold=True)), BR,
       "· 在国内值机柜台办理旅客值机、行李托运，高峰日人均办理 300 余人次；", BR,
       "· 协助处理航班延误旅客的改签与安抚，获旅客表扬信 2 封；", BR,
       "· 参与要客（VIP）服务保障 15 次。"])
block([("2023.07–2023.08", dict(bold=True)), "　　昆明春城花园酒店　　", ("前厅礼宾员（暑期兼职）", dict(bold=True)), BR,
       "· 负责迎宾、行李寄存和外宾简单英文接待。"])

heading("校园经历")
block([("2023.03–2024.06", dict(bold=True)), "　　学院礼仪队　　", ("队长", dict(bold=True)), BR,
       "· 组织 30 人礼仪队完成校内外大型活动礼仪服务 20 余场；", BR,
       "· 负责新队员形体、化妆和站姿训练。"])

heading("获奖情况")
block(["2024.05　第五届云南省民航服务技能大赛 客舱服务赛项 二等奖", BR,
       "2023.12　校级“优秀学生干部”", BR,
       "2023.06　校级二等奖学金"])

heading("证书")
block(["普通话二级甲等　｜　全国大学英语四级（CET-4）　｜　民航乘务员职业技能等级证书（初级）　｜　红十字救护员证"])

heading("技能特长")
block(["英语：能用英语完成客舱广播和日常服务对话", BR,
       "特长：民族舞（8 年）、游泳（可连续游 400 米）", BR,
       "办公：Word、Excel、PPT 熟练"])

heading("自我评价")
block(["性格开朗，亲和力强，形象气质佳。在机场实习半年，熟悉值机和旅客服务流程，能沉着处理旅客投诉。"
       "服从安排，能适应倒班和外站过夜，希望成为一名专业、温暖的乘务员。"])

doc.save(out)
