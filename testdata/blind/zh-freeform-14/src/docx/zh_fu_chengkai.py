"""符成凯 — 高铁列车长. Every section is a bordered table whose first (merged, shaded) row is the heading."""
import sys
from lib import *

d = new_doc('宋体', 10.5, 1.8)
para(d, '个 人 简 历', bold=True, size=18, align='center', space_after=8, font='黑体')


def section(title, ncols, widths_cm):
    t = d.add_table(rows=1, cols=ncols)
    t.style = 'Table Grid'
    h = t.rows[0].cells[0].merge(t.rows[0].cells[-1])
    cell_text(h, title, bold=True, size=11, align='center')
    shade(h, 'D9E2F3')
    t._w = widths_cm
    return t


def row(t, values, bold=False, fill=None):
    cells = t.add_row().cells
    for c, v in zip(cells, values):
        cell_text(c, v, bold=bold)
        if fill:
            shade(c, fill)
    return cells


# 基本情况: 5 columns, photo merged over the first four rows
t = section('基 本 情 况', 5, [2.6, 4.2, 2.6, 4.2, 3.2])
r1 = row(t, ['姓　　名', '符成凯', '性　　别', '男', '照　片'])
r2 = row(t, ['出生年月', '1993.05', '身　　高', '178cm', ''])
r3 = row(t, ['学　　历', '大专', '外语水平', '英语 CET-4', ''])
r4 = row(t, ['联系电话', '139 0000 6381', '电子邮箱', 'fuchengkai@example.cn', ''])
photo = r1[4].merge(r4[4])
r5 = row(t, ['求职意向', '高铁列车长 / 客运值班员', '', '', ''])
r5[1].merge(r5[4])
r6 = row(t, ['现居住地', '河南郑州（金水区）', '', '', ''])
r6[1].merge(r6[4])
widths(t, [2.6, 4.2, 2.6, 4.2, 3.2])
para(d, '', space_after=6)

t = section('工 作 经 历', 4, [2.6, 4.4, 2.6, 7.2])
row(t, ['时间', '单位及部门', '岗位', '主要工作'], bold=True, fill='F2F2F2')
row(t, ['19.3—今', '华中城际铁路客运段\n高铁一车队', '列车长',
        '值乘郑州东—北京西、郑州东—西安北方向G字头列车，负责全列乘务组（12人）的作业组织和安全管理。\n'
        '1. 累计安全值乘4100余小时，无责任旅客投诉。\n'
        '2. 2021年起兼任车队业务教员，带出新任列车长5名。\n'
        '3. 处置旅客突发疾病、列车晚点等应急情况30余次，获旅客表扬信17封。'])
row(t, ['15.7—19.2', '华中城际铁路客运段\n高铁一车队', '动车组列车员',
        '负责车厢服务、验票、广播和卫生巡视。\n'
        '1. 参加2016—2018年春运、暑运增开列车值乘。\n'
        '2. 2018年被评为车队“服务明星”。'])
widths(t, [2.6, 4.4, 2.6, 7.2])
para(d, '', space_after=6)

t = section('教 育 及 培 训', 4, [2.6, 5.4, 5.0, 3.8])
row(t, ['时间', '学校 / 机构', '专业 / 内容', '学历 / 结果'], bold=True, fill='F2F2F2')
row(t, ['12.9—15.7', '郑西铁道职业技术学院', '高速铁路客运乘务', '大专'])
row(t, ['18.10—18.11', '华中城际铁路客运段培训基地', '列车长岗位培训', '考核合格'])
widths(t, [2.6, 5.4, 5.0, 3.8])
para(d, '', space_after=6)

t = section('资 格 证 书', 2, [12.0, 4.8])
row(t, ['证书名称', '取得时间'], bold=True, fill='F2F2F2')
row(t, ['高铁列车长岗位培训合格证', '2019.01'])
row(t, ['客运值班员职业技能等级证书（高级工）', '2020.11'])
row(t, ['红十字救护员证', '2021.05'])
row(t, ['普通话水平测试二级甲等', '2014.06'])
widths(t, [12.0, 4.8])
para(d, '', space_after=6)

t = section('获 奖 情 况', 1, [16.8])
row(t, ['2022年度　华中城际铁路客运段“先进生产者”'])
row(t, ['2020年　春运“服务之星”'])
para(d, '', space_after=6)

t = section('自 我 评 价', 1, [16.8])
row(t, ['在高铁一线工作近十年，熟悉客运组织和应急处置流程，能吃苦、服从倒班安排。'
        '做事细致，善于带团队，乘务组连续三年零责任投诉。'])

d.save(sys.argv[1])
