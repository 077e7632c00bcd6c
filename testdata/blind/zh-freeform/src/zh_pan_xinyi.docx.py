"""潘心怡: campus front-end résumé made in WPS — a big name, a label/value grid typed with tab stops
(not a table), bilingual section titles (`教育经历 / EDUCATION`) in shaded bars, the school and
dates split by a right tab, a `|`-separated degree line, scholarships, a 志愿者经历 section, 自我评价."""
import sys, os
sys.path.insert(0, os.path.dirname(__file__))
from docxlib import *
from docx.enum.text import WD_TAB_ALIGNMENT

d = new(font="Noto Sans CJK SC", size=10)
para(d, "潘心怡", bold=True, size=22, color="2E75B6")
para(d, "求职意向：前端开发工程师（校招）", size=11, after=4)
for a, b in [("年　　龄：22", "电　　话：199 0000 7316"),
             ("学　　历：本科", "邮　　箱：panxinyi@example.com"),
             ("现　　居：上海", "Gitee：gitee.com/pan-xinyi")]:
    p = para(d, after=1)
    p.paragraph_format.tab_stops.add_tab_stop(Cm(8), WD_TAB_ALIGNMENT.LEFT)
    run(p, a + "\t" + b)

def head(zh, en):
    p = para(d, before=10, after=4)
    run(p, zh + " / " + en, bold=True, size=12, color="FFFFFF")
    pPr = p._p.get_or_add_pPr()
    shd = OxmlElement("w:shd"); shd.set(qn("w:val"), "clear"); shd.set(qn("w:fill"), "2E75B6")
    pPr.append(shd)

def tabline(left, right, bold=True):
    p = para(d, before=3)
    right_tab(p, 17.0)
    run(p, left, bold=bold); run(p, "\t" + right, bold=bold)

head("教育经历", "EDUCATION")
tabline("东岭大学（211）", "2020.09-2024.06")
para(d, "计算机科学与技术 | 本科 | GPA 3.8/4.0 | 排名 5/150")
para(d, "相关课程：Web 前端开发、数据结构、计算机网络、软件工程、人机交互")

head("实习经历", "INTERNSHIP")
tabline("上海拾贝网络科技有限公司　前端开发实习生", "2023.06-2023.12")
for x in ["参与商家后台从 Vue 2 到 Vue 3 的迁移，负责订单与商品模块共 20 余个页面；",
          "封装表格与表单通用组件，减少重复代码约 3000 行；",
          "使用 Lighthouse 分析首屏性能，通过路由懒加载和图片压缩将 LCP 从 3.2s 降到 1.6s。"]:
    bullet(d, x)

head("项目经历", "PROJECTS")
tabline("校园二手书交易平台（毕业设计）", "2023.02-2023.05")
for lab, val in [("技术栈：", "Vue 3 + Vite + Pinia + Node.js(Express) + MySQL"),
                 ("项目简介：", "面向本校学生的二手教材交易网站，支持 ISBN 扫码发布、站内消息和信用评价。"),
                 ("我的工作：", "独立完成前后端开发与部署，上线两个月注册用户 1800 人。")]:
    p = para(d); run(p, lab, bold=True); run(p, val)

head("志愿者经历", "VOLUNTEER")
tabline("山海市图书馆　少儿阅读志愿者", "2021.03-2022.06", bold=False)
para(d, "每周末为小学生开展绘本共读活动，累计志愿服务时长 120 小时。")

head("荣誉奖项", "HONORS")
for x in ["国家励志奖学金（2022）", "东岭大学一等奖学金（2021、2023）", "中国大学生计算机设计大赛 华东赛区三等奖（2023）"]:
    bullet(d, x)

head("技能", "SKILLS")
para(d, "HTML/CSS、JavaScript、TypeScript、Vue 3、React（了解）、Node.js、Git、微信小程序；英语 CET-6。")

head("自我评价", "ABOUT ME")
para(d, "热爱前端，关注交互细节和性能；自学能力强，坚持在 Gitee 记录学习笔记；性格细心，乐于沟通。")
d.save(sys.argv[1])
