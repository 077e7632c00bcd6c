# 溫書瑜 — 紙質文物修復師 (Taiwan); headings followed by a line of ═.
from lib import *

d = new_doc("新細明體", 10.5)
p = para(d, "", after=0)
run(p, "溫書瑜", bold=True, size=20)
run(p, "　Wen Shu-Yu", size=12, color="666666")
para(d, "紙質文物修復師｜6年博物館修復經驗", size=11, color="444444")
para(d, "聯絡：0922-555-318｜shuyu.wen@example.com.tw｜台南市東區", size=10)


def heading(text):
    para(d, text, bold=True, size=12.5, before=10, after=0)
    para(d, "═" * 30, size=8, color="999999", after=2)


heading("求職目標")
para(d, "文物修復師（紙質／書畫類），希望地點：台南、高雄")

heading("工作經歷")
p = para(d, "")
run(p, "2021/03-迄今　府城文化資產保存中心　紙質文物修復師（正職）", bold=True)
for it in ["執行館藏書畫、古文書、老照片之狀況檢視、清潔、脫酸、補紙與裝裱；",
           "累計完成修復 140 餘件，含清代契書 62 件、日治時期地圖 18 件；",
           "建立修復紀錄資料庫欄位規範，導入 RTI 影像檢視。"]:
    para(d, "‧ " + it, indent=0.6)
p = para(d, "", before=4)
run(p, "2019/07-2021/02　南瀛美術館 典藏組　約聘修復助理", bold=True)
para(d, "‧ 協助庫房溫濕度監測、蟲害防治（IPM）與展件佈卸展。", indent=0.6)
p = para(d, "", before=4)
run(p, "2018/07-2018/08　紙本修復工房 洛雲堂（京都）　暑期實習生", bold=True)

heading("修復案例")
rows = [("件名", "年代", "材質", "主要處理"),
        ("〈鳳山縣田園契書〉", "清道光年間", "竹紙、墨", "去污、脫酸、全托"),
        ("〈台南州地形圖〉", "1930年代", "洋紙、印刷", "撕裂接合、去除膠帶"),
        ("〈林氏家族合照〉", "1950年代", "銀鹽相片", "表面清潔、無酸封裝")]
t = d.add_table(rows=len(rows), cols=4)
t.style = "Table Grid"
for i, r in enumerate(rows):
    for j, v in enumerate(r):
        cell_text(t.cell(i, j), v, bold=(i == 0))
        if i == 0:
            shade(t.cell(i, j), "E7E6E6")

heading("學歷")
para(d, "2016/09-2019/06　國立赤崁藝術大學　文物保存維護研究所　碩士")
para(d, "論文：〈臺灣傳統竹紙劣化機制與脫酸處理之初探〉", indent=0.6, color="555555")
para(d, "2017/09-2018/02　日本・京都清嵐藝術大學（京都清嵐芸術大学）　保存修復專攻　交換學生")
para(d, "2012/09-2016/06　私立南嶺大學　歷史學系　學士")

heading("發表")
para(d, "溫書瑜（2022）。〈竹紙契書脫酸處理之比較〉。《文資修護通訊》，第58期，頁12-19。")

heading("證照／專長")
para(d, "文化資產保存修復研習 結業（2019）")
para(d, "專長：書畫裝裱、脫酸處理、紙張纖維分析、RTI 影像")

heading("語言")
para(d, "日文：JLPT N2（2017）｜英文：可閱讀專業文獻")

save(d)
