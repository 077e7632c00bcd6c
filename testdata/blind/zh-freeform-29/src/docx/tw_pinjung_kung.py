"""龔品蓉 — 花蓮 賞鯨船海洋解說員 (Marine Interpreter); Taiwan 履歷 with 研究所 / 碩士論文 / 指導教授 and English job titles."""
import sys
from lib import new_doc, para, heading_cell

d = new_doc(font="微軟正黑體", size=10.5)
para(d, "龔品蓉　履歷表", bold=True, size=18, align="center")
para(d, "應徵職務：海洋生態解說主任 / 環境教育講師", align="center", space_after=6)
para(d, "手機：0912-555-083　｜　E-mail：pinjung.kung@example.org　｜　居住地：花蓮縣壽豐鄉", size=9.5, align="center", space_after=8)


def sec(t):
    para(d, "")
    heading_cell(d, t, fill="DDEBF7")

sec("學歷")
para(d, "國立東海岸大學　海洋生物研究所　碩士　2015年9月 ~ 2018年1月", bold=True)
para(d, "碩士論文：花蓮近岸飛旋海豚出現頻度與季節變化之研究")
para(d, "指導教授：溫志遠 教授")
para(d, "國立東海岸大學　自然資源與環境學系　學士　2011年9月 ~ 2015年6月", bold=True)

sec("工作經歷")
para(d, "洄瀾鯨豚海洋有限公司｜Senior Marine Interpreter 資深解說員　2021年3月 ~ 今", bold=True)
for t in ["每季隨船解說約150航次，設計中英雙語解說腳本與兒童版學習單；",
          "建立鯨豚目擊紀錄資料庫，累計紀錄8種鯨豚、3,400餘筆；",
          "培訓新進解說員與船員，每年舉辦2梯次解說員培訓課。"]:
    para(d, "• " + t)
para(d, "黑潮海域調查協會（非營利）｜Research Assistant 研究助理　2018年2月 ~ 2021年2月", bold=True)
for t in ["執行花蓮、台東海域鯨豚目視調查與照片辨識；", "協助撰寫海洋委員會委託計畫期末報告。"]:
    para(d, "• " + t)

sec("證照")
para(d, "• 環境教育人員認證（行政院環境保護署，2019）")
para(d, "• 小型船舶駕駛執照（2020）")
para(d, "• PADI 開放水域潛水員（2016）")

sec("語言")
para(d, "中文（母語）、台語（日常會話）、英文（TOEIC 885）")

sec("自傳")
para(d, "從大學開始跟船做調查，十年來幾乎每個夏天都在海上度過。希望把鯨豚研究的成果，轉成遊客聽得懂、願意保護海洋的故事。")
d.save(sys.argv[1])
