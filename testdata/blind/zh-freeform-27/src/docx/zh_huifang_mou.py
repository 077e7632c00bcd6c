"""牟慧芳 (ICU 护士长): her Word résumé as it came back from a colleague's review, with tracked changes
(w:ins / w:del) and comments (批注) left in. Markers {{DEL:..}}, {{INS:..}}, {{CS:n}}, {{CE:n}} are written as
separate runs by python-docx and turned into revision / comment markup afterwards.
Run: python3 zh_huifang_mou.py OUT.docx"""
import sys, os, re, zipfile, shutil, tempfile
sys.path.insert(0, os.path.dirname(__file__))
from lib import *

AUTHOR = "护理部-何敏"
DATE = "2025-03-02T21:15:00Z"
COMMENTS = {
    1: "建议把科室床位数写上，比如“28张床位”。",
    2: "这个奖是哪年的？最好写年份。",
}

d = new_doc(font="微软雅黑", size=10.5)
para(d, "牟慧芳", bold=True, size=22, color="1F4E79", after=0)
para(d, "女 ｜ 1987年9月 ｜ 本科 ｜ 主管护师 ｜ 中共党员", after=0)
para(d, "138 0000 2759 ｜ mouhuifang@example.com ｜ 山东青岛", after=6)

def h(t):
    p = para(d, t, bold=True, size=13, color="1F4E79", before=8, after=3)
    bottom_rule(p, "1F4E79", 6)

def mixed(parts, bullet=False):
    p = para(d, "")
    if bullet:
        run(p, "· ")
    for x in parts:
        run(p, x)
    return p

h("【求职意向】")
para(d, "ICU护士长 / 护理部干事　　期望城市：青岛")
h("【个人优势】")
mixed(["{{CS:1}}", "{{DEL:14年}}", "{{INS:15年}}", "ICU临床护理经验，其中6年任重症医学科护士长，管理护士32人", "{{CE:1}}"], bullet=True)
mixed(["山东省重症专科护士，熟练掌握CRRT、ECMO、PiCCO监测护理"], bullet=True)
mixed(["{{DEL:· 擅长PICC置管，成功率98%}}"])
mixed(["带领科室通过三甲复审和省级重症护理质控检查"], bullet=True)

h("【工作履历】")
jobs = [
    ("2019.03-至今", "青岛海慈仁和医院", "重症医学科 护士长",
     ["全面负责ICU护理管理、排班和质量控制，科室护理不良事件上报率、压力性损伤发生率均低于省质控中心均值",
      "推行“俯卧位通气护理清单”和集束化预防VAP措施，2023年VAP发生率由6.1‰降至3.4‰",
      "承担新护士和进修护士带教，累计带教120余人次"]),
    ("2013.07—2019.02", "青岛海慈仁和医院", "重症医学科 护士长助理、责任组长",
     ["负责危重患者护理质量检查、护理文书质控", "2016年参与ECMO团队组建，负责护理流程制定"]),
    ("2009.07-2013.06", "胶州慈济医院", "内科 护士", []),
]
for date, emp, pos, hls in jobs:
    p = para(d, "", before=4)
    run(p, date + "　　" + emp + "　　" + pos, bold=True)
    for x in hls:
        para(d, "· " + x)

h("【学习经历】")
para(d, "2015.09-2018.01　　半岛医学院　　护理学　　本科（成人教育）")
para(d, "2006.09-2009.07　　鲁东卫生职业学院　　护理　　大专")

h("【证书】")
para(d, "护士执业证书 ／ 主管护师（2016年） ／ 重症专科护士（山东省护理学会，2014年）")
mixed(["{{INS:BLS/ACLS 导师证（2022年）}}"])

h("【论文】")
para(d, "牟慧芳, 于洁. 集束化护理在ICU俯卧位通气患者中的应用效果[J]. 齐鲁护理杂志, 2021, 27(18): 45-48.")

h("【荣誉】")
para(d, "2022年　青岛市“优秀护士”")
mixed(["{{CS:2}}", "医院“优秀护理管理者”", "{{CE:2}}"])

h("【自我评价】")
mixed(["性格稳，遇事不慌，擅长沟通和团队管理。", "{{INS:愿意承担护理部的质量管理和培训工作。}}"])
tmp = sys.argv[1] + ".tmp"
d.save(tmp)

# ---- post-process: revisions and comments ----
zin = zipfile.ZipFile(tmp)
files = {n: zin.read(n) for n in zin.namelist()}
zin.close()
doc = files["word/document.xml"].decode("utf8")
rid = [100]
def nid():
    rid[0] += 1
    return str(rid[0])
RUN = r'<w:r>((?:<w:rPr>(?:(?!</w:r>).)*?</w:rPr>)?)<w:t(?: xml:space="preserve")?>%s</w:t></w:r>'
doc = re.sub(RUN % r"\{\{DEL:(.*?)\}\}", lambda m: '<w:del w:id="%s" w:author="%s" w:date="%s"><w:r>%s<w:delText xml:space="preserve">%s</w:delText></w:r></w:del>' % (nid(), AUTHOR, DATE, m.group(1), m.group(2)), doc)
doc = re.sub(RUN % r"\{\{INS:(.*?)\}\}", lambda m: '<w:ins w:id="%s" w:author="%s" w:date="%s"><w:r>%s<w:t xml:space="preserve">%s</w:t></w:r></w:ins>' % (nid(), AUTHOR, DATE, m.group(1), m.group(2)), doc)
doc = re.sub(RUN % r"\{\{CS:(\d+)\}\}", r'<w:commentRangeStart w:id="\2"/>', doc)
doc = re.sub(RUN % r"\{\{CE:(\d+)\}\}", r'<w:commentRangeEnd w:id="\2"/><w:r><w:commentReference w:id="\2"/></w:r>', doc)
assert "{{" not in doc, "unconverted marker"
files["word/document.xml"] = doc.encode("utf8")
W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'
cx = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<w:comments %s>' % W
for i, txt in COMMENTS.items():
    cx += '<w:comment w:id="%d" w:author="%s" w:date="%s" w:initials="HM"><w:p><w:r><w:t>%s</w:t></w:r></w:p></w:comment>' % (i, AUTHOR, DATE, txt)
cx += "</w:comments>"
files["word/comments.xml"] = cx.encode("utf8")
rels = files["word/_rels/document.xml.rels"].decode("utf8")
rels = rels.replace("</Relationships>", '<Relationship Id="rIdComments1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="comments.xml"/></Relationships>')
files["word/_rels/document.xml.rels"] = rels.encode("utf8")
ct = files["[Content_Types].xml"].decode("utf8")
ct = ct.replace("</Types>", '<Override PartName="/word/comments.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml"/></Types>')
files["[Content_Types].xml"] = ct.encode("utf8")
with zipfile.ZipFile(sys.argv[1], "w", zipfile.ZIP_DEFLATED) as z:
    for n, b in files.items():
        z.writestr(n, b)
os.remove(tmp)
