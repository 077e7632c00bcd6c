"""郇凯文 — 地铁电客车司机长; a résumé written in a 石墨文档-like online doc and exported as Word."""
import sys
from lib import new_doc, para, heading_cell

d = new_doc(font="微软雅黑", size=10)
para(d, "郇凯文-个人简历", bold=True, size=18)
para(d, "最后修改：2025年2月26日 21:14　　来自 石墨文档", size=8, color="888888", space_after=8)
para(d, "求职意向：电客车司机长 / 乘务督导　　　期望城市：贵阳")
para(d, "男 ｜ 1994年5月 ｜ 中共党员 ｜ 现居：贵州省贵阳市观山湖区")
para(d, "手机：139 0013 8421　　邮箱：huankaiwen@example.cn", space_after=8)

heading_cell(d, "工作经历")
para(d, "")
para(d, "单位：筑城轨道交通运营有限公司", bold=True)
para(d, "部门：乘务中心 客车二分部")
para(d, "职位：电客车司机长　　2021.7至今", bold=True)
for t in ["负责本班组12名电客车司机的排班、出乘前酒测和作业标准抽查；",
          "组织每月一次非正常行车演练（道岔失表、车门故障、区间疏散），班组连续3年无责任事故；",
          "2023年参与2号线延伸段开通前的跑图和冷滑、热滑试验。"]:
    para(d, "· " + t)
para(d, "职位：电客车司机　　2018.3至2021.6", bold=True)
for t in ["担任1号线正线驾驶，ATO与ATP模式下驾驶，累计安全行车约21万公里；",
          "熟悉车辆段调车作业、洗车及出入段作业。"]:
    para(d, "· " + t)
para(d, "职位：见习电客车司机　　2017.7至2018.2", bold=True)
para(d, "· 跟车学习、手动驾驶考核，2018年2月取得独立驾驶资格。")
para(d, "")
para(d, "单位：黔中地铁实训基地", bold=True)
para(d, "部门：模拟驾驶室")
para(d, "职位：乘务实习生（实习）　　2016.12至2017.5", bold=True)
para(d, "· 模拟驾驶器练习、车辆基础检修跟岗。")

para(d, "")
heading_cell(d, "教育经历")
para(d, "2014.9至2017.6　　黔中交通职业技术学院　　城市轨道交通运营管理　　大专")
para(d, "主修课程：城轨车辆构造、行车组织、信号与通信基础、客运组织")

para(d, "")
heading_cell(d, "证书与荣誉")
para(d, "· 电客车司机驾驶证（2018.2）")
para(d, "· 普通话二级甲等")
para(d, "· 2022年度“安全行车标兵”（筑城轨道交通运营有限公司）")
para(d, "· 2020年 乘务技能比武 第二名")

para(d, "")
heading_cell(d, "自我评价")
para(d, "性格稳重，执行规章一丝不苟；带班组注重标准化作业，愿意把经验写成手册带新人。")
d.save(sys.argv[1])
