package parser

import "strings"

// radicalMap maps CJK Radicals Supplement and Kangxi Radicals characters,
// which some PDF producers emit instead of the ideographs (⻓ for 长), back
// to the unified ideographs. NFKC maps the Kangxi block but leaves the
// supplement alone, so both are listed here. A new pair is one entry.
var radicalMap = map[rune]rune{
	'⺁': '厂', '⺇': '几', '⺈': '刀', '⺊': '卜', '⺋': '卩', '⺌': '小', '⺍': '小', '⺎': '兀',
	'⺏': '尣', '⺐': '尢', '⺑': '兀', '⺒': '巳', '⺓': '幺', '⺔': '彑', '⺖': '忄', '⺗': '心',
	'⺘': '扌', '⺙': '攵', '⺛': '无', '⺜': '日', '⺝': '月', '⺞': '歹', '⺟': '母', '⺠': '民',
	'⺡': '氵', '⺢': '氺', '⺣': '灬', '⺤': '爪', '⺥': '爫', '⺦': '丬', '⺧': '牛', '⺨': '犭',
	'⺩': '王', '⺪': '疋', '⺫': '罒', '⺬': '示', '⺭': '礻', '⺮': '竹', '⺯': '糸', '⺰': '纟',
	'⺱': '罒', '⺲': '罒', '⺳': '网', '⺴': '网', '⺵': '网', '⺶': '羊', '⺷': '羊', '⺸': '羊',
	'⺹': '耂', '⺺': '肀', '⺻': '聿', '⺼': '肉', '⺽': '臼', '⺾': '艹', '⺿': '艹', '⻀': '艹',
	'⻁': '虎', '⻂': '衤', '⻃': '襾', '⻄': '西', '⻅': '见', '⻆': '角', '⻇': '角', '⻈': '讠',
	'⻉': '贝', '⻊': '足', '⻋': '车', '⻌': '辶', '⻍': '辶', '⻎': '辶', '⻏': '阝', '⻐': '金',
	'⻑': '長', '⻒': '镸', '⻓': '长', '⻔': '门', '⻕': '阝', '⻖': '阝', '⻗': '雨', '⻘': '青',
	'⻙': '韦', '⻚': '页', '⻛': '风', '⻜': '飞', '⻝': '食', '⻞': '食', '⻟': '飠', '⻠': '饣',
	'⻡': '首', '⻢': '马', '⻣': '骨', '⻤': '鬼', '⻥': '鱼', '⻦': '鸟', '⻧': '卤', '⻨': '麦',
	'⻩': '黄', '⻪': '黾', '⻫': '齐', '⻬': '齐', '⻭': '齿', '⻮': '齿', '⻯': '龙', '⻰': '龙',
	'⻱': '龟', '⻲': '龟', '⻳': '龟',
}

// mapRadicals replaces radical characters by ideographs (Kangxi radicals
// U+2F00–U+2FD5 map by their Unicode compatibility decomposition).
func mapRadicals(s string) string {
	if !hasRadical(s) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if to, ok := radicalMap[r]; ok {
			return to
		}
		if r >= 0x2F00 && r <= 0x2FD5 {
			return kangxi[r-0x2F00]
		}
		return r
	}, s)
}

func hasRadical(s string) bool {
	for _, r := range s {
		if r >= 0x2E80 && r <= 0x2FDF {
			return true
		}
	}
	return false
}

// kangxi holds the 214 Kangxi radicals' compatibility ideographs in order.
var kangxi = []rune("一丨丶丿乙亅二亠人儿入八冂冖冫几凵刀力勹匕匚匸十卜卩厂厶又口囗土士夂夊夕大女子宀寸小尢尸屮山巛工己巾干幺广廴廾弋弓彐彡彳心戈戶手支攴文斗斤方无日曰月木欠止歹殳毋比毛氏气水火爪父爻爿片牙牛犬玄玉瓜瓦甘生用田疋疒癶白皮皿目矛矢石示禸禾穴立竹米糸缶网羊羽老而耒耳聿肉臣自至臼舌舛舟艮色艸虍虫血行衣襾見角言谷豆豕豸貝赤走足身車辛辰辵邑酉釆里金長門阜隶隹雨靑非面革韋韭音頁風飛食首香馬骨高髟鬥鬯鬲鬼魚鳥鹵鹿麥麻黃黍黑黹黽鼎鼓鼠鼻齊齒龍龜龠")
