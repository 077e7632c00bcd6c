"""铁建峰 — WPS 文字-style résumé: a floating 文本框 with the contact lines beside the name,
then a two-column 表格 (label column left, content right). Usage: python3 zh_jianfeng_tie.py OUT.docx"""
import sys, os
sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from lib import *

d = new_doc(latin='Arial', east='宋体', size=10.5, margins=(1.8, 1.8, 2.0, 2.0))
p = para(d, '', after=2)
textbox(p, ['电话：139 0013 8526', '邮箱：tiejf@example.com', '现居：江苏徐州（泉山区）', '出生：1994年2月　　中共党员'],
        x_cm=10.6, y_cm=0.0, w_cm=6.3, h_cm=2.3, fill='EAF1F8', line='4A6F96', size=9, box_id=11)
run(p, '铁建峰', bold=True, size=22)
p2 = para(d, '', after=2)
run(p2, '求职意向：', bold=True, size=11)
run(p2, '接触网工长 / 供电检修车间技术员', size=11)
para(d, '8年高铁接触网一线检修，天窗点作业900余次，零责任事故。', size=10, color='555555', after=14)

t = d.add_table(rows=0, cols=2)
borders(t, color='8EA9C6', sz=4)
def row(label, build):
    r = t.add_row()
    shade(r.cells[0], 'DCE6F1')
    cell_para(r.cells[0], label, bold=True, size=11, align='center', before=4)
    build(r.cells[1])

def edu(c):
    cell_para(c, '2019年9月至2021年6月（共2年）　淮海交通职业学院（业余）', bold=True, before=3)
    cell_para(c, '电气自动化技术　大专')
    cell_para(c, '2012年9月至2015年6月（共3年）　彭城铁道中等专业学校', bold=True, before=6)
    cell_para(c, '铁道供电技术　中专', after=3)
row('教育经历', edu)

def work(c):
    cell_para(c, '徐淮铁路供电段（徐州北接触网工区）　　2018年3月至今', bold=True, before=3)
    cell_para(c, '2022年7月至今　接触网工长', bold=True, indent=0.4, before=3)
    for s in ['带班12人，负责管内正线48条公里、站线21条公里接触网的周期检修和故障处理；',
              '组织天窗点作业计划，推行“作业前十分钟安全交底”，班组连续3年无责任事故；',
              '2023年牵头整治锚段关节、分段绝缘器缺陷37处，弓网故障同比下降约40%。']:
        cell_para(c, '· ' + s, indent=0.8)
    cell_para(c, '2018年3月至2022年6月　接触网工', bold=True, indent=0.4, before=4)
    cell_para(c, '（内部调岗：由检测车间调入接触网工区）', indent=0.4, color='666666')
    for s in ['参与正线接触网几何参数测量和调整，熟练使用激光接触网测量仪；',
              '参加2019年、2021年两次春运保供电应急值守。']:
        cell_para(c, '· ' + s, indent=0.8)
    cell_para(c, '华东铁电工程服务有限公司（劳务派遣）　　2015年7月至2018年2月', bold=True, before=8)
    cell_para(c, '派遣至：淮海城际铁路接触网施工项目部', indent=0.4)
    cell_para(c, '职位：接触网施工作业员', indent=0.4)
    for s in ['参与支柱组立、腕臂预配、承力索和接触线架设，完成约60条公里新线施工；',
              '配合静态验收和冷滑、热滑试验，整改验收问题。']:
        cell_para(c, '· ' + s, indent=0.8)
    cell_para(c, '', after=3)
row('工作经历', work)

def cert(c):
    for s in ['2021年　接触网工（高级工）', '2016年　特种作业操作证（高压电工作业）', '2015年　铁路接触网作业安全等级（三级）']:
        cell_para(c, s, before=2)
    cell_para(c, '', after=2)
row('资格证书', cert)

def award(c):
    for s in ['2023年　徐淮铁路供电段“安全生产标兵”', '2020年　供电段接触网技能比武　个人第二名']:
        cell_para(c, s, before=2)
    cell_para(c, '', after=2)
row('获奖情况', award)

def skill(c):
    cell_para(c, '检修：接触网悬挂调整、锚段关节、分段绝缘器、线岔调整、故障抢修', before=2)
    cell_para(c, '设备：激光接触网测量仪、作业车升降平台、液压紧线器')
    cell_para(c, '电脑：WPS、Excel', after=2)
row('技　　能', skill)

def me(c):
    cell_para(c, '中专毕业就进了铁路，从施工到运营检修都干过。能吃苦，夜里天窗点作业是常态；做事讲规矩，作业标准卡能背下来。希望能到技术岗位，把这些年的现场经验整理成培训材料。', before=3, after=3)
row('自我评价', me)
widths(t, [2.6, 14.4])
d.save(sys.argv[1])
