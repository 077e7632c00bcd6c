"""Self-typed Word résumé: `| 工作经历` bar headings typed as text, entry heads
`时间 单位 职位` on one line with plain spaces, one `职位@单位` head, dash bullets."""
import sys
from lib import *

d = new_doc(font="宋体", latin="Calibri", size=10.5, margins=(2.0, 2.0, 2.2, 2.2))
para(d, "满丽娜", bold=True, size=20, font="黑体")
para(d, "手语翻译 / 听障服务项目主管", size=12, after=4)
para(d, "电话 138 0000 5392 | 邮箱 manlina@example.com | 济南市历下区")
para(d, "1994年8月 | 女", after=6)

def head(t):
    p = para(d, "| " + t, bold=True, size=12, color="8E2C48", font="黑体", before=10, after=3)
    return p

def line(t, bold=False):
    return para(d, t, bold=bold, before=3 if bold else 0)

def dash(t):
    return para(d, "- " + t, indent=0.4)

head("个人简介")
line("8年手语翻译经验，国家通用手语和济南本地手语都能打，做过会议、医院陪诊、法庭、电视新闻四类场景。持手语翻译员（二级）证书。")

head("工作经历")
line("2020.03-至今 齐鲁手语服务中心 手语翻译组组长", bold=True)
dash("带领9名手语翻译员，年派单约1400场（医院陪诊、派出所、公证处、招聘会）")
dash("建立翻译员排班和回访制度，满意度从88%提到96%")
dash("给市残联窗口工作人员做基础手语培训，共12期")
line("2018.01-2020.02 手语主播@泉城广播电视台《新闻早知道》（兼职）", bold=True)
dash("每周五期新闻手语同步播报，每期约15分钟")
line("2016.07-2019.12 济南启音聋人学校 教师（语文、沟通与交往）", bold=True)
dash("担任班主任两年，所带班级3人考入高等特殊教育学院")

head("项目经历")
line("“无障碍就医”手语陪诊项目 | 项目负责人 | 2021.05-2023.04", bold=True)
dash("与3家医院合作设立手语预约通道，累计陪诊2100人次")
dash("项目获市级公益创投资助")

head("教育背景")
line("2012.09-2016.06 泉城师范学院 特殊教育 本科")

head("证书")
line("手语翻译员（二级） 2019年")
line("教师资格证（小学 语文）")
line("普通话二级甲等")

head("志愿服务")
line("2023.10 杭州亚残运会 手语志愿者（赛事信息发布中心）")
line("2017年至今 “手心相连”聋人读书会 志愿者")

head("技能")
line("国家通用手语、济南手语、手语视频剪辑（剪映、Premiere）")

head("兴趣")
line("读书、话剧")
d.save(sys.argv[1])
