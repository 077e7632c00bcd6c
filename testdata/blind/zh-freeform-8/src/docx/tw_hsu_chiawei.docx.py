import sys
from docxlib import *
d = new_doc(east='新細明體', latin='Arial', size=10.5)
para(d, '履 歷 表', bold=True, size=18, align='center')
t = d.add_table(rows=4, cols=5); borders(t)
rows = [('姓　　名', '許家瑋', '英文姓名', 'Hsu Chia-Wei'), ('行動電話', '0900-555-0128', 'E-mail', 'hsuchiawei@example.com.tw'),
        ('居住地', '台中市西屯區', '應徵職務', '人資主管'), ('希望待遇', '月薪 55,000 元以上', '可上班日', '錄取後一個月')]
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        c = t.cell(i, j); cell_text(c, v, bold=(j % 2 == 0))
        if j % 2 == 0: shade(c, 'E7E6E6')
ph = t.cell(0, 4).merge(t.cell(3, 4)); cell_text(ph, '照片', align='center')
widths(t, [2.3, 4.2, 2.3, 5.0, 3.0])

def sec(s):
    p = para(d, ''); p.paragraph_format.space_before = Pt(10); run(p, s, bold=True, size=12.5, east='標楷體'); bottom_rule(p, '000000', '6')

sec('學歷')
tb = d.add_table(rows=3, cols=4); borders(tb)
for j, v in enumerate(['學校名稱', '科系', '學位', '畢業年份']):
    c = tb.cell(0, j); cell_text(c, v, bold=True, align='center'); shade(c, 'E7E6E6')
for i, r in enumerate([('國立中台灣大學', '人力資源管理研究所', '碩士', '2016年畢業'), ('東海岸科技大學', '企業管理系', '學士', '2014年畢業')], 1):
    for j, v in enumerate(r): cell_text(tb.cell(i, j), v, align='center')

sec('工作經驗')
for co, title, dates, items in [
    ('大里精密機械股份有限公司', '人資課長', '2018年7月至今',
     ['負責 650 人規模之招募、薪酬與教育訓練，帶領 4 名人資專員', '導入線上差勤與電子簽核系統，每月結薪作業由 5 天縮短為 2 天',
      '規劃新進人員 90 天輔導制度，一年內離職率由 28% 降至 15%']),
    ('晨曦人力資源顧問有限公司', '招募顧問', '2016年8月至2018年6月',
     ['負責科技業中階主管獵才，兩年成功推薦 37 位候選人'])]:
    p = para(d, '', tabs=[(17.4, 'r')]); run(p, co, bold=True); run(p, '\t' + dates)
    para(d, '職稱：' + title, color='333333')
    for s in items: para(d, '● ' + s, indent=0.4)

sec('專業證照')
for s in ['就業服務乙級技術士（2017年）', '職業安全衛生業務主管（甲種）', 'TOEIC 多益 825 分']:
    para(d, s)

sec('專長')
para(d, '勞基法實務、薪酬設計、招募面談、教育訓練規劃、Excel 樞紐分析')

sec('自傳')
para(d, '我在台中長大，研究所主修人力資源管理。從獵才顧問轉到製造業人資，讓我更懂得現場主管真正需要什麼樣的人。希望在下一份工作中，能把制度設計和員工關懷結合起來，協助公司留住好人才。')
d.save(sys.argv[1])
