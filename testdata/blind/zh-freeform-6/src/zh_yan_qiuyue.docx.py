# 严秋月 — 知识产权律师. A Word document typed the way a lawyer writes a 公文: personal data as one
# sentence, typed headings 一、二、 with （一）（二） sub-entries, dates written 2020年8月至今,
# cases with 担任角色 / 案件结果 labels.
import sys
from docxlib import *

d = new_doc(east="仿宋", west="Times New Roman", size=12, margins=(2.5, 2.2, 2.6, 2.4))
para(d, "个 人 简 历", align="center", size=18, bold=True, east="方正小标宋简体", after=12)
para(d, "严秋月，女，1994年10月生，中共党员，北京市执业律师，现任职于北京衡正律师事务所知识产权部。",
     first=0.85, line=1.5)
para(d, "联系电话：138 0000 1594；电子邮箱：yanqiuyue_law@example.org", first=0.85, line=1.5)


def h1(t):
    return para(d, t, bold=True, east="黑体", size=12, before=8, after=2, line=1.5)


def body(t, first=0.85, bold=None):
    return para(d, t, first=first, line=1.5, bold=bold)


h1("一、求职意向")
body("知识产权诉讼律师（律所专职律师或企业法务均可），工作地点：北京。")

h1("二、教育背景")
body("（一）2016年9月至2019年7月，京华政法大学，知识产权法专业，法学硕士。")
body("（二）2012年9月至2016年6月，冀中大学，法学专业，法学学士。")

h1("三、工作经历")
p = body("（一）北京衡正律师事务所\t知识产权部　专职律师\t2020年8月至今", bold=True)
add_tabs(p, (7.6, "left"), (15.9, "right"))
body("主要从事专利、商标侵权诉讼和商业秘密案件，独立办理案件40余件，其中二审及再审案件11件。")
body("1. 负责案件证据收集、诉讼策略制定、出庭及庭后代理词撰写；")
body("2. 为3家科技企业提供常年知识产权顾问服务，审查技术许可、委托开发等合同120余份；")
body("3. 参与所内“电商平台知识产权保护”业务小组，撰写行业研究报告2篇。")
p = body("（二）北京衡正律师事务所\t实习律师\t2019年7月至2020年7月", bold=True)
add_tabs(p, (7.6, "left"), (15.9, "right"))
body("协助合伙人办理专利无效宣告请求及行政诉讼案件，完成实习期考核并取得执业证。")

h1("四、代理案例（节选）")
body("1. 某智能家居企业诉电商平台商家外观设计专利侵权纠纷案（2022年，北京知识产权法院）", bold=True)
body("担任角色：主办律师；案件结果：一审判决被告赔偿经济损失及合理开支68万元，二审维持原判。")
body("2. 某连锁餐饮品牌商标侵权及不正当竞争系列案（2021年—2022年）", bold=True)
body("担任角色：协办律师；案件结果：系列案件17件全部胜诉或调解结案，累计获赔210万元。")
body("3. 某软件公司计算机软件著作权许可合同纠纷仲裁案（2023年）", bold=True)
body("担任角色：主办律师；案件结果：仲裁庭支持我方解除合同并返还许可费的全部请求。")

h1("五、专业资格")
body("法律职业资格证书（A类），2018年；律师执业证，2020年；专利代理师资格证，2021年。")

h1("六、发表文章")
body("严秋月：《电商平台“通知—删除”规则的适用边界》，载《知识产权实务》2022年第4期。")

h1("七、语言及其他")
body("英语：CET-6（588分），能处理英文合同和涉外函件。")
body("熟练使用北大法宝、威科先行等法律检索工具，熟练使用Word修订、PDF批注。")

h1("八、自我评价")
body("理工科背景出身（本科辅修电子信息），能较快理解技术方案；文字功底扎实，办案细致，"
     "注重与当事人沟通，能承受诉讼工作的强度。")
d.save(sys.argv[1])
