#!/usr/bin/env python3
"""边卫东's résumé as an XMind mind map: writes the map's Markdown export (.md: root = #, main topics = ##,
deeper topics = nested '-' lists, XMind style) or its text outline (.txt: one topic per line, tab-indented,
as XMind's 'copy as text' gives it). Usage: gen_outline.py md|txt OUT"""
import sys

MAP = ("边卫东-简历", [
    ("基本信息", [
        ("男，1994年生，安徽六安人", []),
        ("求职意向：土建施工员 / 技术员", []),
        ("意向城市：合肥", []),
        ("电话：139 0013 8265", []),
        ("邮箱：bianweidong@example.com", []),
    ]),
    ("工作经历", [
        ("21.07-至今 安徽华建城投建设集团有限公司 土建施工员", [
            ("项目：滨湖云栖苑安置房二期（12栋高层，建筑面积约16万㎡）", []),
            ("主体结构施工现场组织：钢筋、模板、混凝土工序交接，隐蔽工程验收", []),
            ("编制施工日志、技术交底，配合监理做检验批报验", []),
            ("带劳务班组约60人，2023年项目评为合肥市安全文明施工标准化工地", []),
        ]),
        ("19.07-21.06 江淮宏远建筑工程有限公司 施工员（见习）", [
            ("六安金寨路商业综合体 地下室及主体施工", []),
            ("测量放线配合、材料进场验收、现场签证资料整理", []),
        ]),
    ]),
    ("教育经历", [
        ("15.09-19.06 皖西建筑工程学院 土木工程 本科", []),
    ]),
    ("证书", [
        ("施工员岗位证书（土建） 2019", []),
        ("二级建造师（建筑工程） 2022", []),
    ]),
    ("技能", [
        ("CAD、广联达BIM5D", []),
        ("全站仪、水准仪", []),
    ]),
    ("自我评价", [
        ("能吃苦，能长期驻场；和监理、劳务班组沟通顺畅。", []),
    ]),
])


def md(node, depth=0, out=None):
    title, kids = node
    if depth == 0:
        out.append("# " + title + "\n")
    elif depth == 1:
        out.append("\n## " + title + "\n")
    else:
        out.append("  " * (depth - 2) + "- " + title)
    for k in kids:
        md(k, depth + 1, out)
    return out


def txt(node, depth=0, out=None):
    title, kids = node
    out.append("\t" * depth + title)
    for k in kids:
        txt(k, depth + 1, out)
    return out


if __name__ == "__main__":
    kind, dest = sys.argv[1], sys.argv[2]
    lines = md(MAP, 0, []) if kind == "md" else txt(MAP, 0, [])
    open(dest, "w", encoding="utf-8").write("\n".join(lines) + "\n")
