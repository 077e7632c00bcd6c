# hk_chiman_yau: Hong Kong life-insurance agency (Financial Planner -> Unit Manager); Traditional
# Chinese Word CV with English job titles, a borderless date column (MM/YYYY – 現在) on the left,
# licences with their regulators, MDRT years, 其他資料 and 推薦人.
import sys
from lib import *

OUT = sys.argv[1]
doc = new_doc(latin="Arial", east="新細明體", size=10, margins=(1.9, 1.9, 1.6, 1.6))
set_meta(doc, title="CV - YAU Chi Man", author="Raymond Yau")
NAVY = "1D3557"

p = para(doc)
run(p, "邱志文", bold=True, size=22, color=NAVY, east="微軟正黑體")
run(p, "　YAU Chi Man, Raymond", bold=True, size=14, color=NAVY)
p = para(doc, before=4)
run(p, "手提電話：6555 0427　｜　電郵：raymond.yau@example.com　｜　住址：新界將軍澳", size=9.5)
para_border(p, "bottom", sz=12, color=NAVY, space=4)


def head(text):
    p = para(doc, before=10, after=3)
    run(p, text, bold=True, size=12, color=NAVY, east="微軟正黑體")
    para_border(p, "bottom", sz=4, color="A0AEC0")


def rows(data, widths=(3.6, 13.6)):
    t = fixed_table(doc, len(data), 2, list(widths))
    table_borders(t, val="none")
    cell_margins(t, 30, 30, 40, 40)
    for i, (a, b) in enumerate(data):
        cell_text(t.cell(i, 0), a, color="444444")
        c = t.cell(i, 1)
        if isinstance(b, str):
            cell_text(c, b)
        else:
            b(c)
    return t


head("求職目標")
para(doc, "應徵職位：Senior Unit Manager（壽險代理團隊）", before=2)
para(doc, "具 9 年銀行及保險理財經驗，現任團隊主管，希望加入重視培訓及長線客戶服務的代理團隊，繼續發展 agency 管理事業。",
     before=2, line=1.25)

head("工作經驗")


def job(org, title, items):
    def f(c):
        cell_text(c, org, bold=True)
        q = c.add_paragraph()
        run(q, title, italic=True, color=NAVY)
        for it in items:
            q = c.add_paragraph()
            q.paragraph_format.left_indent = Cm(0.4)
            q.paragraph_format.first_line_indent = Cm(-0.35)
            run(q, "•\u00a0" + it)
    return f


rows([("04/2022 – 現在", job("裕泰人壽保險（香港）有限公司", "Unit Manager", [
          "帶領 8 人 agency team，2024 年團隊 FYC 達 HK$4.2M，位列分行第 3；",
          "負責招募及培訓新人，兩年內招募 11 人，其中 3 人達 MDRT 標準；",
          "個人連續三年（2022–2024）取得 MDRT 會員資格。"])),
      ("03/2019 – 03/2022", job("裕泰人壽保險（香港）有限公司", "Senior Financial Planner", [
          "為 200 多位客戶提供人壽、危疾、醫療及儲蓄計劃建議，客戶續保率 96%；",
          "2021 年個人 FYP 達 HK$1.8M，獲公司 Rising Star Award。"])),
      ("07/2015 – 02/2019", job("港豐銀行有限公司（觀塘分行）", "Personal Banking Officer", [
          "處理開戶、定期存款、外匯及信用卡申請，並轉介保險及投資產品；",
          "2017 年分行轉介業績第一。"]))])

head("專業資格")
rows([("2021", "CFP® 認可財務策劃師（香港財務策劃師學會）"),
      ("2016", "保險業監管局持牌業務代表（長期業務，包括相連長期保險）"),
      ("2016", "強積金中介人註冊（強制性公積金計劃管理局）")])

head("獎項")
rows([("2024", "MDRT 百萬圓桌會會員"),
      ("2023", "MDRT 百萬圓桌會會員"),
      ("2022", "MDRT 百萬圓桌會會員"),
      ("2021", "Rising Star Award（裕泰人壽）")])

head("學歷")
rows([("2011 – 2015", lambda c: (cell_text(c, "香港城東大學", bold=True),
                                 c.add_paragraph("工商管理學士（榮譽）— 財務學"),
                                 c.add_paragraph("Bachelor of Business Administration (Honours) in Finance"))),
      ("2005 – 2011", lambda c: (cell_text(c, "將軍澳恩光書院", bold=True),
                                 c.add_paragraph("香港中學文憑考試（HKDSE）")))])

head("語言及電腦技能")
rows([("語言", "廣東話（母語）、英語（流利）、普通話（良好）"),
      ("電腦", "Microsoft Office、Salesforce、公司 e-Submission 投保系統")])

head("其他資料")
rows([("期望薪金", "面議（底薪 + 佣金）"),
      ("可上班日期", "一個月通知期"),
      ("推薦人", "可應要求提供")])

doc.save(OUT)
