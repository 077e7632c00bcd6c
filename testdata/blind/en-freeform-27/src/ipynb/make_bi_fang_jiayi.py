"""Writes bi_fang_jiayi.ipynb (a CV kept as a Jupyter notebook, outputs stored, never executed)."""
import json, sys
OUT = sys.argv[1]
cells = []
def md(src): cells.append({"cell_type": "markdown", "metadata": {}, "source": src})
def code(n, src, outputs): cells.append({"cell_type": "code", "execution_count": n, "metadata": {}, "source": src, "outputs": outputs})
def stream(text): return {"name": "stdout", "output_type": "stream", "text": text}
def display(html, plain, n=None):
    o = {"data": {"text/html": html, "text/plain": plain}, "metadata": {}}
    if n is None:
        o["output_type"] = "display_data"
    else:
        o["output_type"] = "execute_result"; o["execution_count"] = n
    return o

md("""# Jiayi (Joy) Fang 方嘉怡

**Forensic Accountant · 法务会计** — CPA, CA (Ontario) · CFE

Toronto, ON · 416-555-0129 · joy.fang@example.ca · [github.com/joyfang-forensics](https://github.com/joyfang-forensics)

*This CV is a notebook because that is how I work: every number below could be re-run.*""")

code(1, "from joyfang import cv\n\nprint(cv.summary)", [stream(
"Forensic accountant with eleven years in audit and investigations, the last seven in Toronto.\n"
"I trace funds, quantify losses for litigation and write expert reports that hold up in cross-examination.\n"
"I use Python and SQL to get through ledgers of tens of millions of rows, and I read Chinese-language\n"
"bank records and contracts without a translator.\n")])

md("""## Experience 工作经历

### Senior Manager, Forensic Accounting — Harbourfront Advisory LLP, Toronto
*Jul 2021 → present*

- Lead fund-tracing and loss-quantification engagements for insurers, banks and litigation counsel; team of five.
- Co-author of expert reports in two Ontario Superior Court of Justice commercial matters; testified once (2023).
- Built the team's Python notebooks for journal-entry testing; review time per engagement down by about 40%.

### Manager, Investigations — Lakeview Risk Partners, Toronto
*Sep 2018 → Jun 2021*

- Procurement fraud and employee expense investigations for manufacturing and retail clients.
- Cross-border asset searches with counsel in Hong Kong and mainland China.

### Senior Associate, Assurance — Lakeview Risk Partners, Toronto
*Sep 2016 → Aug 2018* (part-time while studying)

### 审计助理 Audit Assistant — 四川天府会计师事务所（特殊普通合伙） Tianfu CPA LLP, 成都 Chengdu
*2013年7月 – 2015年8月*

- 参与上市公司年度财务报表审计，负责收入与应收账款循环。
- Year-end audits of two Shenzhen-listed manufacturers; revenue and receivables cycle.""")

code(2, "cv.credentials()", [display(
"<table>\n<thead><tr><th>Credential</th><th>Body</th><th>Year</th></tr></thead>\n<tbody>\n"
"<tr><td>Chartered Professional Accountant (CPA, CA)</td><td>CPA Ontario</td><td>2019</td></tr>\n"
"<tr><td>Certified Fraud Examiner (CFE)</td><td>Association of Certified Fraud Examiners</td><td>2020</td></tr>\n"
"<tr><td>中国注册会计师 CICPA (全科合格)</td><td>中国注册会计师协会</td><td>2015</td></tr>\n"
"</tbody>\n</table>",
"                                     Credential                                      Body  Year\n"
"0  Chartered Professional Accountant (CPA, CA)                               CPA Ontario  2019\n"
"1                Certified Fraud Examiner (CFE)  Association of Certified Fraud Examiners  2020\n"
"2                      中国注册会计师 CICPA (全科合格)                                  中国注册会计师协会  2015", n=2)])

md("""## Education 教育背景

**Master of Forensic Accounting (MFAcc)**  
Lakeshore University, Toronto — 2016 – 2018  
GPA 3.92 / 4.00  
Capstone: *Tracing proceeds of a Ponzi scheme through shell companies*

**硕士 会计学** (Master of Accounting)  
蜀都财经大学 Shudu University of Finance and Economics, 成都 — 2010.09 – 2013.06  
论文：上市公司关联交易舞弊识别研究

**学士 审计学** (Bachelor of Auditing)  
蜀都财经大学 Shudu University of Finance and Economics, 成都 — 2006.09 – 2010.06""")

md("""## Publications 发表

1. Fang, J. & Whitcombe, R. (2022). Benford's law on bilingual ledgers: a field note. *Journal of Forensic Accounting Practice*, 14(3), 201–215. https://doi.org/10.5555/jfap.2022.0314
2. 方嘉怡 (2012). 关联交易舞弊的识别信号. *西部会计评论*, (4), 33–38.""")

code(3, "cv.skills", [display(
"<ul>\n<li><b>Forensics:</b> fund tracing, loss quantification, journal-entry testing, expert reports</li>\n"
"<li><b>Data:</b> Python (pandas), SQL, IDEA, Power BI, Relativity</li>\n"
"<li><b>Standards:</b> IFRS, ASPE, CAS, 中国企业会计准则</li>\n</ul>",
"{'Forensics': ['fund tracing', 'loss quantification', 'journal-entry testing', 'expert reports'],\n"
" 'Data': ['Python (pandas)', 'SQL', 'IDEA', 'Power BI', 'Relativity'],\n"
" 'Standards': ['IFRS', 'ASPE', 'CAS', '中国企业会计准则']}", n=3)])

md("""## Languages 语言

English (professional) · 普通话 Mandarin (native) · 四川话 Sichuanese (native)""")

nb = {"cells": cells, "metadata": {"kernelspec": {"display_name": "Python 3 (ipykernel)", "language": "python", "name": "python3"},
      "language_info": {"name": "python", "version": "3.11.7"}}, "nbformat": 4, "nbformat_minor": 5}
for i, c in enumerate(nb["cells"]):
    c["id"] = "cell-%02d" % i
with open(OUT, "w", encoding="utf-8") as f:
    json.dump(nb, f, ensure_ascii=False, indent=1)
