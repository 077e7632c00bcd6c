package extract

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
)

// TestLayoutShapes runs small documents in the shapes of generated
// layouts through the extractor and compares the sections they give.
func TestLayoutShapes(t *testing.T) {
	h := func(s string) doc.Line { return doc.Line{Text: s, Heading: 2, Size: 16, Blank: true} }
	b := func(s string) doc.Line { return doc.Line{Text: s, Bold: true, Size: 12, Blank: true} }
	p := func(s string) doc.Line { return doc.Line{Text: s, Size: 12} }
	row := func(cells ...string) doc.Line {
		return doc.Line{Text: strings.Join(cells, " | "), Cells: cells, Size: 12}
	}
	tests := []struct {
		name  string
		lines []doc.Line
		want  string // JSON of the sections compared
		keys  []string
	}{
		{"dates printed after the entry's text", []doc.Line{
			p("Ana Lima"), h("Experience"), b("Software Engineering Intern"), p("Joined the billing team."),
			{Text: "Built a webhook layer", Marker: "-"}, p("May 2024"), p("—"), p("August 2024"), p("3 months"),
			b("Teaching Assistant"), p("Led weekly lab sections of 30 students and graded assignments."), p("Aug 2022 – May 2024"),
		}, `{"work":[{"position":"Software Engineering Intern","startDate":"2024-05","endDate":"2024-08","summary":"Joined the billing team.","highlights":["Built a webhook layer"]},` +
			`{"position":"Teaching Assistant","startDate":"2022-08","endDate":"2024-05","summary":"Led weekly lab sections of 30 students and graded assignments."}]}`, []string{"work"}},
		{"institution, major, degree, dates in two styles", []doc.Line{
			p("Ana Lima"), h("Education"), b("University of Lakeside"), p("Computer Engineering"), p("Bachelor of Science"), p("Sep 2003 — May 2007"),
		}, `{"education":[{"institution":"University of Lakeside","area":"Computer Engineering","studyType":"Bachelor of Science","startDate":"2003-09","endDate":"2007-05"}]}`, []string{"education"}},
		{"a Hong Kong address names its district as the city; one that opens with 香港 names 香港", []doc.Line{
			p("陳嘉欣"), p("電話：5555 0123"), p("地址：九龍觀塘秀茂坪"),
			h("工作經驗"), p("2019年6月 – 現在  某某物業管理有限公司  助理經理"),
		}, `{"basics":{"name":"陳嘉欣","phone":"5555 0123","location":{"address":"九龍觀塘秀茂坪","city":"觀塘"}}}`, []string{"basics"}},
		{"a Hong Kong address that opens with 香港", []doc.Line{
			p("陳嘉欣"), p("電話：5555 0123"), p("地址：香港新界沙田大圍"),
			h("工作經驗"), p("2019年6月 – 現在  某某物業管理有限公司  助理經理"),
		}, `{"basics":{"name":"陳嘉欣","phone":"5555 0123","location":{"address":"香港新界沙田大圍","city":"香港"}}}`, []string{"basics"}},
		{"a stated target beats the title on the name's line", []doc.Line{
			{Text: "林可 · 射频工程师", Heading: 1}, p("138 0000 2750"), p("目标岗位：射频系统工程师"),
			h("工作经历"), p("2019.07 - 至今  某某通信有限公司  射频工程师"),
		}, `{"basics":{"name":"林可","label":"射频系统工程师","phone":"138 0000 2750"}}`, []string{"basics"}},
		{"a stated target beats the title after the name", []doc.Line{
			{Text: "林可 Java开发工程师", Heading: 1}, p("138 0000 2750"), p("求职意向：后端开发工程师"),
			h("工作经历"), p("2019.07 - 至今  某某科技有限公司  Java开发工程师"),
		}, `{"basics":{"name":"林可","label":"后端开发工程师","phone":"138 0000 2750"}}`, []string{"basics"}},
		{"a site, its company by legal form and the town under a dated title", []doc.Line{
			p("Ana Lima"), h("Work Experience"), p("Process Engineer    Jan 2019 – Present"),
			p("Sungai Lima Mill, Tanjung Palm Estates Sdn Bhd, Beaufort"), {Text: "Ran the boiler house.", Marker: "•", Indent: 18},
		}, `{"work":[{"name":"Tanjung Palm Estates Sdn Bhd","location":"Beaufort","position":"Process Engineer","startDate":"2019-01","highlights":["Ran the boiler house."],"x-site":"Sungai Lima Mill"}]}`, []string{"work"}},
		{"a page's paragraphs: each degree over its school, its town and dates", []doc.Line{
			p("Ana Lima"), h("Education"),
			{Text: "Higher National Diploma (HND), Leather Craft", Blank: true}, {Text: "Ogbe Ridge Polytechnic, Warri — 2014 – 2016.", Blank: true},
			{Text: "National Diploma (ND), Leather Craft", Blank: true}, {Text: "Ogbe Ridge Polytechnic, Warri — 2012 – 2014.", Blank: true},
		}, `{"education":[{"institution":"Ogbe Ridge Polytechnic","area":"Leather Craft","studyType":"Higher National Diploma","startDate":"2014","endDate":"2016","x-location":"Warri"},` +
			`{"institution":"Ogbe Ridge Polytechnic","area":"Leather Craft","studyType":"National Diploma","startDate":"2012","endDate":"2014","x-location":"Warri"}]}`, []string{"education"}},
		{"a form's highest degree beside its education entries, a table of posts by department", []doc.Line{
			p("林可"), p("手机：138 0000 2750"), p("最高学历：硕士研究生（医学硕士）  专业技术职称：主治医师"),
			h("教育背景"), p("2013.09—2016.07  某某医科大学  病理学  硕士研究生 / 医学硕士"),
			h("工作经历"), {Text: "起止时间 | 工作单位 | 科室 / 职务", Cells: []string{"起止时间", "工作单位", "科室 / 职务"}, HeadRow: true},
			row("2019.09—至今", "某某人民医院", "病理科 主治医师"),
		}, `{"basics":{"name":"林可","phone":"138 0000 2750","x-education":"硕士研究生（医学硕士）","x-professionalTitle":"主治医师"},` +
			`"education":[{"institution":"某某医科大学","area":"病理学","studyType":"硕士研究生 / 医学硕士","startDate":"2013-09","endDate":"2016-07"}],` +
			`"work":[{"name":"某某人民医院","position":"病理科 主治医师","startDate":"2019-09"}]}`, []string{"basics", "education", "work"}},
		{"grids of languages rated per skill: a table, and a PDF's row run together", []doc.Line{
			p("林可"), p("138 0000 2750"), h("語言能力"),
			row("語言", "講", "寫"), row("廣東話", "母語", "—"), row("中文（書面）", "—", "優良"), row("英文", "良好", "良好"),
			h("Languages"), p("語言聽 說 讀 寫"), p("台語  精通  精通  —  —"),
		}, `{"languages":[{"language":"廣東話","fluency":"母語"},{"language":"中文（書面）","x-writing":"優良"},{"language":"英文","fluency":"良好","x-writing":"良好"},` +
			`{"language":"台語","fluency":"精通","x-speaking":"精通"}]}`, []string{"languages"}},
		{"a table of projects headed 项目 | 说明 | 链接", []doc.Line{
			p("林可"), p("138 0000 2750"), h("项目经历"),
			{Text: "项目 | 说明 | 链接", Cells: []string{"项目", "说明", "链接"}, HeadRow: true},
			row("积分小程序", "课堂积分兑换的自用工具", "gitee.com/example/points"),
		}, `{"projects":[{"name":"积分小程序","description":"课堂积分兑换的自用工具","url":"https://gitee.com/example/points"}]}`, []string{"projects"}},
		{"a school named without a school word before a degree, a bullet under it", []doc.Line{
			p("Ana Lima"), h("Education"), b("Wharlow – MBA, 2019"), {Text: "Capstone on harbour logistics", Marker: "-"},
		}, `{"education":[{"institution":"Wharlow","studyType":"MBA","endDate":"2019","x-details":["Capstone on harbour logistics"]}]}`, []string{"education"}},
		{"an apprentice's employer labelled beside the school", []doc.Line{
			p("Ana Lima"), h("Education"), p("Institution: Bramford College"), p("Employer: Kelso Motors Ltd"), p("Qualification: Level 3 Diploma in Vehicle Maintenance"), p("2016 – 2019"),
		}, `{"education":[{"institution":"Bramford College","area":"Vehicle Maintenance","studyType":"Level 3 Diploma","startDate":"2016","endDate":"2019"}]}`, []string{"education"}},
		{"a job site's line with no title: the field before the size is the post", []doc.Line{
			p("林可"), p("138 0000 2750"), h("工作经历"), p("2016.07 - 2019.02｜某某云数据有限公司｜用户增长｜20-99人"),
		}, `{"work":[{"name":"某某云数据有限公司","position":"用户增长","startDate":"2016-07","endDate":"2019-02","x-companySize":"20-99人"}]}`, []string{"work"}},
		{"a headline with a dated note and an Australian town, a job worked part-time", []doc.Line{
			b("Ana Lima"), p("Lab Technician (Cert IV, qualified 2023) · Mindarie WA 6030"), p("ana@example.com"),
			h("Experience"), {Text: "Retail Assistant, Corner Pharmacy · 2013 – 2016 (part-time)", Marker: "-"},
		}, `{"basics":{"name":"Ana Lima","label":"Lab Technician","email":"ana@example.com","location":{"city":"Mindarie","region":"WA"}},` +
			`"work":[{"name":"Corner Pharmacy","position":"Retail Assistant","startDate":"2013","endDate":"2016"}]}`, []string{"basics", "work"}},
		{"a sidebar's contact block before the name, a work permit among its lines", []doc.Line{
			{Text: "Contact", Heading: 3, Size: 9.5}, p("Auckland, New Zealand"), p("+64 21 555 0177"), p("Open Work Permit"),
			{Text: "Tools", Heading: 3, Size: 9.5, Blank: true}, p("PowerFactory, AutoCAD"),
			{Text: "Hsiu-wen (Wendy) Chou  周秀文", Heading: 1, Size: 21, Blank: true}, p("Protection Engineer"),
			{Text: "Experience", Heading: 2, Size: 11.5, Blank: true}, b("Protection Engineer — Harbourline Grid Ltd"), p("Auckland · Mar 2022 – present"),
		}, `{"basics":{"name":"Hsiu-wen (Wendy) Chou","label":"Protection Engineer","phone":"+64 21 555 0177","location":{"city":"Auckland","region":"New Zealand"},"x-altName":"周秀文"}}`, []string{"basics"}},
		{"a bilingual table of jobs under a bilingual heading: an employer and a title in one cell's two paragraphs", []doc.Line{
			p("林可"), p("138 0000 2750"), b("應徵職位 Position Applied"), p("高級船長"), b("工作經驗 Work Experience"),
			{Text: "期間 Dates | 公司／職稱 Company / Title | 職責 Duties", Cells: []string{"期間 Dates", "公司／職稱 Company / Title", "職責 Duties"}, Bold: true},
			{Text: "03/2017 – 至今 | 某某渡輪有限公司 Chief Mate 大副 | 負責貨物積載。", Cells: []string{"03/2017 – 至今", "某某渡輪有限公司 Chief Mate 大副", "負責貨物積載。"},
				Spans: []doc.Span{{Text: "03/2017 – 至今"}, {Text: "某某渡輪有限公司", Box: true}, {Text: "Chief Mate 大副", Break: true}, {Text: "負責貨物積載。", Box: true}}},
			b("學歷 Education"), {Text: "畢業 Year | 學校 School | 學歷 Degree", Cells: []string{"畢業 Year", "學校 School", "學歷 Degree"}, Bold: true},
			row("2009 – 2012", "某某海事學院", "文憑"),
		}, `{"work":[{"name":"某某渡輪有限公司","position":"Chief Mate 大副","startDate":"2017-03","highlights":["負責貨物積載。"]}],` +
			`"education":[{"institution":"某某海事學院","studyType":"文憑","startDate":"2009","endDate":"2012"}]}`, []string{"work", "education"}},
		{"a table of jobs with each row's text under it, and a second school column", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			{Text: "When | Who for | Place | Role", Cells: []string{"When", "Who for", "Place", "Role"}, HeadRow: true},
			row("2012 – 2015", "Kowhai Fencing Ltd", "Taupo", "Fencer"), p("Post-and-rail on sheep stations."),
			row("2015 – 2019", "Rata Contracting", "Kaingaroa Forest", "Foreman"), p("Ran a crew of four."),
			h("Education"), {Text: "Qualification | Institute | University / Board | Year | Percentage", Cells: []string{"Qualification", "Institute", "University / Board", "Year", "Percentage"}, HeadRow: true},
			row("M.Sc (Botany)", "Avon Valley College of Science, Taupo", "AVSU", "2011", "71.2%"),
		}, `{"work":[{"name":"Kowhai Fencing Ltd","location":"Taupo","position":"Fencer","startDate":"2012","endDate":"2015","summary":"Post-and-rail on sheep stations."},` +
			`{"name":"Rata Contracting","location":"Kaingaroa Forest","position":"Foreman","startDate":"2015","endDate":"2019","summary":"Ran a crew of four."}],` +
			`"education":[{"institution":"Avon Valley College of Science, Taupo","studyType":"M.Sc","area":"Botany","endDate":"2011","score":"71.2%"}]}`, []string{"work", "education"}},
		{"a federal résumé: title, employer and place over labelled facts, after the bullets of the job above", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Work Experience"),
			p("Grounds Supervisor"), p("Avon County Parks Department"), p("Avonford, PA"), p("Dates of employment: 04/2018 - Present"),
			p("Hours per week: 40"), p("Salary: $24.10 per hour"), p("May contact: Yes"), p("Duties and accomplishments:"),
			{Text: "Ran a crew of six.", Marker: "•"},
			p("Mower Operator"), p("Kestrel Lawn Care"), p("Avonford, PA"), p("Dates of employment: 05/2014 - 03/2018"), p("Hours per week: 45"),
			p("Series/Grade: WG-5703-06"), p("Duties:"), {Text: "Cut 30 lawns a day.", Marker: "•"},
		}, `{"work":[{"name":"Avon County Parks Department","location":"Avonford, PA","position":"Grounds Supervisor","startDate":"2018-04","highlights":["Ran a crew of six."],` +
			`"x-hoursPerWeek":"40","x-salary":"$24.10 per hour","x-mayContact":"Yes"},` +
			`{"name":"Kestrel Lawn Care","location":"Avonford, PA","position":"Mower Operator","startDate":"2014-05","endDate":"2018-03","highlights":["Cut 30 lawns a day."],"x-hoursPerWeek":"45","x-seriesGrade":"WG-5703-06"}]}`, []string{"work"}},
		{"an associate degree's dated line under its college stays education", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Education"),
			b("Kestrel Valley Community College"), p("Associate of Arts — History — Fall 2019 – Spring 2021"),
		}, `{"education":[{"institution":"Kestrel Valley Community College","studyType":"Associate of Arts","area":"History","startDate":"2019","endDate":"2021"}]}`, []string{"education"}},
		{"labels that introduce a job's duties are dropped", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), p("Shift Lead, Kestrel Grocers  2018 – 2021"),
			p("Duties & Responsibilities: ran the night crew and the tills."), p("Key Duties: stock counts."),
			p("Oven Hand, Moana Bakery  2015 – 2018"), p("Main Duties: proving and baking."), p("Duties and Responsibilities: cleaning down."),
		}, `{"work":[{"name":"Kestrel Grocers","position":"Shift Lead","startDate":"2018","endDate":"2021","summary":"ran the night crew and the tills.","highlights":["stock counts."]},` +
			`{"name":"Moana Bakery","position":"Oven Hand","startDate":"2015","endDate":"2018","summary":"proving and baking.","highlights":["cleaning down."]}]}`, []string{"work"}},
		{"minus signs printed for every hyphen", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Employment"), p("KESTREL ROOFING LTD, NAPIER"), p("Roofer    03.2018 −− 11.2021"),
			h("Certifications"), p("CSCS−registered Roofer Card, 2017"),
		}, `{"work":[{"name":"KESTREL ROOFING LTD","location":"NAPIER","position":"Roofer","startDate":"2018-03","endDate":"2021-11"}],` +
			`"certificates":[{"name":"CSCS-registered Roofer Card","x-date":"2017"}]}`, []string{"work", "certificates"}},
		{"a resume written as tables: a role among the details, where and when in columns", []doc.Line{
			p("Ana Lima"), row("Email", "ana@example.com"), row("Role", "Farrier"),
			h("Experience"), {Text: "When | Where | Role | What I did", Cells: []string{"When", "Where", "Role", "What I did"}, HeadRow: true},
			row("Mar – Jun 2019", "Hollow Forge, Naas, Co. Kildare", "Farrier's Apprentice", "Shoeing and hot fitting."),
			h("Education"), {Text: "Year | Course | Where", Cells: []string{"Year", "Course", "Where"}, HeadRow: true},
			row("2015", "Hoof Care Course", "Brackenlow Forge School, Naas, Co. Kildare"),
			h("Tickets & courses"), {Text: "Course | Body | Year", Cells: []string{"Course", "Body", "Year"}, HeadRow: true},
			row("Equine First Aid", "Horse Sport Ireland", "2021"),
		}, `{"basics":{"name":"Ana Lima","email":"ana@example.com","label":"Farrier"},` +
			`"work":[{"name":"Hollow Forge","location":"Naas, Co. Kildare","position":"Farrier's Apprentice","startDate":"2019-03","endDate":"2019-06","summary":"Shoeing and hot fitting."}],` +
			`"education":[{"institution":"Brackenlow Forge School","studyType":"Hoof Care Course","endDate":"2015","x-location":"Naas, Co. Kildare"}],` +
			`"certificates":[{"name":"Equine First Aid","issuer":"Horse Sport Ireland","x-date":"2021"}]}`, []string{"basics", "work", "education", "certificates"}},
		{"a completion date over the major and degree, awards dated after a word", []doc.Line{
			p("Ana Lima"), h("Education"), p("Completed in June 2018"), p("Wine Science – Bachelor of Science"),
			h("Awards"), p("Rowing Blue                    Awarded in 2017"), p("Dean's Scholarship             Awarded in 2016"),
		}, `{"education":[{"area":"Wine Science","studyType":"Bachelor of Science","endDate":"2018-06"}],"awards":[{"title":"Rowing Blue","date":"2017"},{"title":"Dean's Scholarship","date":"2016"}]}`, []string{"education", "awards"}},
		{"a school named without a school word beside a degree, the major under it", []doc.Line{
			p("Ana Lima"), h("Education"), b("St Brackenlow – Bachelor of Science     2014 – 2018"), p("Soil Science"),
		}, `{"education":[{"institution":"St Brackenlow","area":"Soil Science","studyType":"Bachelor of Science","startDate":"2014","endDate":"2018"}]}`, []string{"education"}},
		{"a group label in body size under a big heading is no section", []doc.Line{
			p("Ana Lima"), h("Summary"), p("Engineer."), h("Skills"), b("Languages"), b("Go Python Rust Java SQL"), h("Education"), b("Lakeside University"), p("2003 – 2007"),
		}, `{"skills":[{"name":"Languages","keywords":["Go","Python","Rust","Java","SQL"]}]}`, []string{"skills", "languages"}},
		{"a form of labelled lines, a label wrapped in its column", []doc.Line{
			p("Ana Lima"), h("Work experience"),
			p("Dates  September 2020 – Present"), p("Occupation or position held  Lead Analyst"), p("Name of employer  Meridian Grocers"),
			p("Main activities and  Lead a team of five."), p("responsibilities"),
			p("Dates  January 2017 – August 2020"), p("Occupation or position held  Analyst"), p("Name of employer  Tidewater Insurance"),
			h("Education"),
			p("Dates  October 2011 – September 2015"), p("Title of qualification awarded  PhD"), p("Name of organisation providing  Northbridge University"), p("education"),
		}, `{"work":[{"name":"Meridian Grocers","position":"Lead Analyst","startDate":"2020-09","summary":"Lead a team of five."},` +
			`{"name":"Tidewater Insurance","position":"Analyst","startDate":"2017-01","endDate":"2020-08"}],` +
			`"education":[{"institution":"Northbridge University","studyType":"PhD","startDate":"2011-10","endDate":"2015-09"}]}`, []string{"work", "education"}},
		{"a Europass education form, and its grid of language levels under the skills", []doc.Line{
			p("Ana Lima"), h("Education and training"),
			p("Dates  10.2015 - 06.2017"), p("Title of qualification awarded  Master of Science (magister), Computer Science"),
			p("Principal subjects  Databases, Machine Learning"), p("Name and type of organisation  Vistula University of Technology, Kraków"),
			p("Level in national classification  EQF level 7"),
			p("Dates  10.2011 - 02.2015"), p("Title of qualification awarded  Engineer (inżynier), Applied Mathematics"),
			p("Name and type of organisation  Vistula University of Technology, Kraków"),
			h("Personal skills and competences"), p("Mother tongue  Polish"), p("English  C1  C1  C1  C1  C1"), p("German  B1  B1  A2  A2  A2"),
		}, `{"education":[{"institution":"Vistula University of Technology","area":"Computer Science","studyType":"Master of Science (magister)","startDate":"2015-10","endDate":"2017-06","courses":["Databases","Machine Learning"],"x-level":"EQF level 7","x-location":"Kraków"},` +
			`{"institution":"Vistula University of Technology","area":"Applied Mathematics","studyType":"Engineer (inżynier)","startDate":"2011-10","endDate":"2015-02","x-location":"Kraków"}],` +
			`"languages":[{"language":"Polish"},{"language":"English","fluency":"C1"},{"language":"German","fluency":"B1  B1  A2  A2  A2"}]}`, []string{"education", "languages"}},
		{"a dotted degree of its own; honours as a field", []doc.Line{
			p("Ana Lima"), h("Education"),
			p("2012 – 2016  B.S.M.E., Ohio Valley University, summa cum laude"),
		}, `{"education":[{"institution":"Ohio Valley University","studyType":"B.S.M.E.","startDate":"2012","endDate":"2016","x-honors":"summa cum laude"}]}`, []string{"education"}},
		{"tools among the certificates under 技能证书; a student paper's deputy head", []doc.Line{
			p("丁小雨"), h("校园经历"), p("江城大学校报学生记者团 · 副团长2022-09 至 2024-06"), p("组织 30 人记者团完成校报采写。"),
			h("技能证书"), p("普通话二级甲等；CET-6；秀米、135编辑器、剪映、Photoshop"),
		}, `{"volunteer":[{"organization":"江城大学校报学生记者团","position":"副团长","startDate":"2022-09","endDate":"2024-06","summary":"组织 30 人记者团完成校报采写。"}],` +
			`"certificates":[{"name":"普通话二级甲等"},{"name":"CET-6"}],"skills":[{"keywords":["秀米","135编辑器","剪映","Photoshop"]}]}`, []string{"volunteer", "certificates", "skills"}},
		{"a city and its district after a middle dot", []doc.Line{
			p("田小雨"), p("现 居：南京·建邺"), p("电 话：139 0000 1178"),
		}, `{"basics":{"name":"田小雨","phone":"139 0000 1178","location":{"city":"南京"}}}`, []string{"basics"}},
		{"a form's row of two cells, each a label and its value; a city and its district", []doc.Line{
			{Text: "▌基本資料", Bold: true, Size: 12, Blank: true},
			{Text: "姓  名：高小婷 | 英文姓名：Yu-Ting Kao", Cells: []string{"姓  名：高小婷", "英文姓名：Yu-Ting Kao"}},
			{Text: "聯絡電話：0912-555-018 | 居住地：台中市西屯區", Cells: []string{"聯絡電話：0912-555-018", "居住地：台中市西屯區"}},
			{Text: "應徵職務：建築設計主任 | 希望待遇：面議", Cells: []string{"應徵職務：建築設計主任", "希望待遇：面議"}},
		}, `{"basics":{"name":"高小婷","x-altName":"Yu-Ting Kao","label":"建築設計主任","phone":"0912-555-018","location":{"city":"台中市"},"x-expectedSalary":"面議"}}`, []string{"basics"}},
		{"a Taiwan form: numbered bold headings, tables under column headings, dates of the ROC calendar in digits", []doc.Line{
			p("林小芸"),
			{Text: "學歷", Bold: true, Marker: "二、"},
			{Text: "起訖年月 | 學校名稱 | 系所 | 學位 | 畢／肄業", Bold: true, Cells: []string{"起訖年月", "學校名稱", "系所", "學位", "畢／肄業"}},
			{Text: "民國 103 年 9 月～107 年 6 月 | 國立北濱大學 | 數學系 | 學士 | 畢業", Cells: []string{"民國 103 年 9 月～107 年 6 月", "國立北濱大學", "數學系", "學士", "畢業"}},
			{Text: "經歷", Bold: true, Marker: "三、"},
			{Text: "服務期間 | 服務學校 | 職稱 | 擔任工作", Bold: true, Cells: []string{"服務期間", "服務學校", "職稱", "擔任工作"}},
			{Text: "107.08.01～110.07.31 | 西河國民小學 | 代理教師 | 四年級導師", Cells: []string{"107.08.01～110.07.31", "西河國民小學", "代理教師", "四年級導師"}},
		}, `{"education":[{"institution":"國立北濱大學","area":"數學系","studyType":"學士","startDate":"2014-09","endDate":"2018-06","x-department":"數學系"}],` +
			`"work":[{"name":"西河國民小學","position":"代理教師","startDate":"2018-08-01","endDate":"2021-07-31","summary":"四年級導師"}]}`, []string{"education", "work"}},
		{"a job site's export: employer and title over the dates and what the site says of the employer", []doc.Line{
			p("王小明"), b("工作经验"),
			{Text: "北岸宏达精工（中国）有限公司  ｜  区域财务经理", Size: 10},
			{Text: "2020年3月 - 至今 ｜ 合资（中外） ｜ 500-999人 ｜ 下属 5 人", Size: 10},
			{Text: "负责区域财务核算。", Size: 10},
			{Text: "北岸立远会计师事务所（特殊普通合伙）杭州分所  ｜  高级顾问", Size: 10},
			{Text: "2016年3月 - 2020年2月 ｜ 兼职", Size: 10},
		}, `{"work":[{"name":"北岸宏达精工（中国）有限公司","position":"区域财务经理","startDate":"2020-03","summary":"负责区域财务核算。","x-companySize":"500-999人","x-companyType":"合资（中外）","x-teamSize":"5"},` +
			`{"name":"北岸立远会计师事务所（特殊普通合伙）杭州分所","position":"高级顾问","startDate":"2016-03","endDate":"2020-02"}]}`, []string{"work"}},
		{"a résumé in a job site's notice e-mail: the mail's header and footer go, the résumé's address is the person's", []doc.Line{
			{Text: "发件人： | 北岸招聘网 <noreply@jobs.example.com>", Cells: []string{"发件人：", "北岸招聘网 <noreply@jobs.example.com>"}},
			{Text: "收件人： | hr@acme.example.com", Cells: []string{"收件人：", "hr@acme.example.com"}},
			{Text: "王小明", Size: 16}, p("手机：139 0000 1234    E-mail：wxm@example.cn"),
			p("此邮件由北岸招聘网系统自动发送，请勿直接回复。"),
		}, `{"basics":{"name":"王小明","email":"wxm@example.cn","phone":"139 0000 1234"}}`, []string{"basics"}},
		{"an Other section whose lines each name their own section: no jobs", []doc.Line{
			p("Ana Lima"), h("Other"),
			p("Languages: English, Tamil (native), Hindi (basic)"),
			p("Volunteering: Maths tutor, Harbour Community Club tuition programme (2019 – present)"),
			p("Interests: futsal, drone photography"),
		}, `{"languages":[{"language":"English"},{"language":"Tamil","fluency":"native"},{"language":"Hindi","fluency":"basic"}]}`, []string{"languages", "work"}},
		{"a postal address among the phone and the e-mail gives the city when no line names one", []doc.Line{
			p("Ana Lima"), p("Engineer"), p("9 Ridge Terrace, Heaton, Newcastle upon Tyne NE6 5AB | 07700 900111 | ana@example.org"),
		}, `{"basics":{"name":"Ana Lima","label":"Engineer","email":"ana@example.org","phone":"07700 900111","location":{"address":"9 Ridge Terrace, Heaton, Newcastle upon Tyne NE6 5AB","city":"Newcastle upon Tyne"}}}`, []string{"basics"}},
		{"a dated volunteering line among other things goes to volunteer", []doc.Line{
			p("Ana Lima"), h("Recognition & community"),
			{Text: "Harbour Mutual Spotlight Award, 2023", Marker: "-"},
			{Text: "Volunteer reading mentor, Eastside Library youth program (2021 – present)", Marker: "-"},
			h("Other"), p("Member of the Association of Surveyors"), p("Volunteer treasurer, Northfield Junior Netball Club, 2019 to date"),
		}, `{"volunteer":[{"organization":"Eastside Library youth program","position":"Volunteer reading mentor","startDate":"2021"},` +
			`{"organization":"Northfield Junior Netball Club","position":"Volunteer treasurer","startDate":"2019"}]}`, []string{"volunteer"}},
		{"a labelled line naming its own section under Certifications goes there", []doc.Line{
			p("Ana Lima"), h("Certifications"), p("Azure Developer Associate - 2021"), p("Languages spoken: English, Hindi, Tamil"),
		}, `{"certificates":[{"name":"Azure Developer Associate","x-date":"2021"}],"languages":[{"language":"English"},{"language":"Hindi"},{"language":"Tamil"}]}`, []string{"certificates", "languages"}},
		{"an online editor's button beside each heading is no entry", []doc.Line{
			p("王小明"), p("电话：13800001234"),
			{Text: "项目经历  ＋ 添加", Blank: true}, p("北岸验证平台  2023年10月-2024年03月"), p("项目描述：搭建验证平台。"),
			{Text: "教育经历  ＋ 添加", Blank: true}, p("2019.09-2023.06 北岸大学 微电子 本科"),
		}, `{"projects":[{"name":"北岸验证平台","description":"搭建验证平台。","startDate":"2023-10","endDate":"2024-03"}]}`, []string{"projects"}},
		{"an address that takes no mail is never the person's", []doc.Line{
			p("Ana Lima"), p("Sent via jobs-noreply@jobs.example.com · ana@example.org · +1 555 0100"),
		}, `{"basics":{"name":"Ana Lima","email":"ana@example.org","phone":"+1 555 0100"}}`, []string{"basics"}},
		{"a form's table of schools, each cell a school and its college", []doc.Line{
			p("王小明"), h("教育背景"),
			{Text: "起止年月 | 毕业院校及院系 | 专业 | 学历（学位）", Bold: true, Cells: []string{"起止年月", "毕业院校及院系", "专业", "学历（学位）"}},
			{Text: "2011年9月—2015年6月 | 北岸师范大学 理学院 | 物理学 | 本科", Cells: []string{"2011年9月—2015年6月", "北岸师范大学 理学院", "物理学", "本科"}},
		}, `{"education":[{"institution":"北岸师范大学","area":"物理学","studyType":"本科","startDate":"2011-09","endDate":"2015-06","x-department":"理学院"}]}`, []string{"education"}},
		{"a table of events under Selected Events: name, client, attendance, year", []doc.Line{
			p("Ana Lima"), h("Selected Events"),
			{Text: "Event | Client | Pax | Year", Bold: true, Cells: []string{"Event", "Client", "Pax", "Year"}},
			{Text: "Annual Dinner | Harbour Insurance | 1,200 | 2024", Cells: []string{"Annual Dinner", "Harbour Insurance", "1,200", "2024"}},
			{Text: "Spring wedding | private client | 450 | 2023", Cells: []string{"Spring wedding", "private client", "450", "2023"}},
		}, `{"projects":[{"name":"Annual Dinner","entity":"Harbour Insurance","startDate":"2024","x-pax":"1,200"},{"name":"Spring wedding","entity":"private client","startDate":"2023","x-pax":"450"}]}`, []string{"projects"}},
		{"major and degree under the school, courses, dates last", []doc.Line{
			p("Ana Lima"), h("Education"), b("Pacific Coast University"), p("Computer Science"), p("Master of Science"),
			{Text: "Cloud Computing", Marker: "•"}, {Text: "Computer Security", Marker: "•"}, p("Sep 2023 — Apr 2025"),
			b("Northern Technical University"), p("Software Engineering"), p("本科"), p("Sep 2019 — Jun 2023"),
		}, `{"education":[{"institution":"Pacific Coast University","area":"Computer Science","studyType":"Master of Science","startDate":"2023-09","endDate":"2025-04","x-details":["Cloud Computing","Computer Security"]},` +
			`{"institution":"Northern Technical University","area":"Software Engineering","studyType":"本科","startDate":"2019-09","endDate":"2023-06"}]}`, []string{"education"}},
		{"entry headers set like the section headings", []doc.Line{
			p("Ana Lima"), h("Education"), h("Bachelor of Science"), {Text: "Computer Science", Heading: 3}, {Text: "Hill Country State University", Heading: 3}, p("2025"),
			h("Experience"), h("Halvorsen Freight"), b("Data Engineer"), p("2019 – 2022"), h("Interests"), p("Climbing"),
		}, `{"education":[{"institution":"Hill Country State University","area":"Computer Science","studyType":"Bachelor of Science","endDate":"2025"}],` +
			`"work":[{"name":"Halvorsen Freight","position":"Data Engineer","startDate":"2019","endDate":"2022"}]}`, []string{"education", "work"}},
		{"project cards after the schools, with no heading of their own", []doc.Line{
			p("Ana Lima"), h("Education"), b("Lakeside University"), p("BSc Computer Science"), p("2015 — 2018"),
			{Text: "Maintainer", Size: 7, Blank: true}, {Text: "Harbor Charts", Bold: true, Size: 10}, {Text: "2023 · open source", Size: 8},
			{Text: "A charting library for time series.", Size: 9, Blank: true},
			{Text: "Go  SVG  WASM", Size: 8, Spans: []doc.Span{{Text: "Go"}, {Text: "SVG", Box: true}, {Text: "WASM", Box: true}}},
			{Text: "Source ↗", Size: 8, Links: []doc.Link{{Text: "Source ↗", URL: "https://example.com/charts"}}},
		}, `{"education":[{"institution":"Lakeside University","area":"Computer Science","studyType":"BSc","startDate":"2015","endDate":"2018"}],` +
			`"projects":[{"name":"Harbor Charts","description":"A charting library for time series.","url":"https://example.com/charts","startDate":"2023","roles":["Maintainer"],"keywords":["Go","SVG","WASM"],"x-type":"open source"}]}`, []string{"education", "projects"}},
		{"a name in two scripts before a headline, lists set apart by slashes and dots, a country after the school", []doc.Line{
			p("陶然 Ran Tao　｜　Finance Manager 财务经理"), p("ran.tao@example.com | rantao.example.org (portfolio)"),
			h("Education"), p("MSc Accounting, University of Westmoor (UK), 2013 – 2014"),
			h("Certifications"), p("ACCA Member (2018) · 初级会计职称 · CIMA Certificate"),
			h("Languages"), p("Mandarin (native) / English (fluent, IELTS 7.5) / Cantonese (basic)"),
		}, `{"basics":{"name":"陶然","x-altName":"Ran Tao","label":"Finance Manager 财务经理","email":"ran.tao@example.com","url":"https://rantao.example.org"},` +
			`"education":[{"institution":"University of Westmoor","studyType":"MSc","area":"Accounting","startDate":"2013","endDate":"2014","x-location":"UK"}],` +
			`"certificates":[{"name":"ACCA Member","x-date":"2018"},{"name":"初级会计职称"},{"name":"CIMA Certificate"}],` +
			`"languages":[{"language":"Mandarin","fluency":"native"},{"language":"English","fluency":"fluent, IELTS 7.5"},{"language":"Cantonese","fluency":"basic"}]}`,
			[]string{"basics", "education", "certificates", "languages"}},
		{"rated skills in rows under their groups' names; a group's name beside its level", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "Modeling", Size: 8}, p("PyTorch  ●●●●○  Advanced"), p("scikit-learn  ●●●○○  Intermediate"),
			{Text: "Engineering", Size: 8}, p("Python  ●●●●●  Expert"), p("C++  Basic"),
			p("Backend  Expert"), p("Go, Java, gRPC"),
		}, `{"skills":[{"name":"Modeling","keywords":["PyTorch","scikit-learn"]},{"name":"Engineering","keywords":["Python","C++"]},{"name":"Backend","level":"Expert","keywords":["Go","Java","gRPC"]}]}`, []string{"skills"}},
		{"awards titled by a heading, who gave each a heading one level down, then its date and what it was for", []doc.Line{
			p("Ana Lima"), h("Awards"), {Text: "Dean's Medal", Heading: 3}, {Text: "Hill Country State University", Heading: 4}, p("2023-05"), p("Top of the graduating class."),
			{Text: "Best Demo", Heading: 3}, {Text: "Open Data Hack Week", Heading: 4}, p("2022-11"),
		}, `{"awards":[{"title":"Dean's Medal","awarder":"Hill Country State University","date":"2023-05","summary":"Top of the graduating class."},{"title":"Best Demo","awarder":"Open Data Hack Week","date":"2022-11"}]}`, []string{"awards"}},
		{"two sections set side by side in plain text: each heading's column read under it, a wrapped item joined", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Publications"), p("Lima A. Streaming joins at scale. Data Letters, 2021."),
			p("Skills                              Awards"),
			p("Go, Python, SQL                     2022  Best Demo, Open Data Hack"),
			{Text: "Week", Size: 12, Indent: 36},
			p("Docker, Kubernetes                  2020  Dean's List"),
			h("Languages"), p("English"),
		}, `{"skills":[{"keywords":["Go","Python","SQL"]},{"keywords":["Docker","Kubernetes"]}],"awards":[{"title":"Best Demo","awarder":"Open Data Hack Week","date":"2022"},{"title":"Dean's List","date":"2020"}]}`, []string{"skills", "awards"}},
		{"two sections set side by side in a PDF: their boxes parted at the gutter, a marker inside a box", []doc.Line{
			p("张三"), p("电话 139 0000 1111"), h("发表论文"), p("张三．一种日志压缩方法[J]．软件学报，2023．"),
			{Text: "专业技能  荣誉奖项", Bold: true, Size: 12, Spans: []doc.Span{{Text: "专业技能", Style: doc.Style{Bold: true}}, {Text: "荣誉奖项", Box: true, Style: doc.Style{Bold: true}}}},
			{Text: "编程：Go、Rust  ▪ 2024  国家奖学金", Size: 10, Spans: []doc.Span{{Text: "编程：Go、Rust"}, {Text: "▪ 2024 国家奖学金", Box: true}}},
			{Text: "工具：Git、Docker  ▪ 2022  校级优秀学生", Size: 10, Spans: []doc.Span{{Text: "工具：Git、Docker"}, {Text: "▪ 2022 校级优秀学生", Box: true}}},
			h("语言能力"), p("英语：CET-6"),
		}, `{"skills":[{"name":"编程","keywords":["Go","Rust"]},{"name":"工具","keywords":["Git","Docker"]}],"awards":[{"title":"国家奖学金","date":"2024"},{"title":"校级优秀学生","date":"2022"}]}`, []string{"skills", "awards"}},
		{"a project's title in book brackets that the words after it, in two scripts, go on naming", []doc.Line{
			p("张三"), h("项目经历"), {Text: "《青禾》校园二手 App 交互设计  2023.03 - 2023.05", Bold: true}, p("课程作品，从用户访谈到高保真原型。"), p("使用工具：Figma、Axure"),
		}, `{"projects":[{"name":"《青禾》校园二手 App 交互设计","description":"课程作品，从用户访谈到高保真原型。","startDate":"2023-03","endDate":"2023-05","keywords":["Figma","Axure"]}]}`, []string{"projects"}},
		{"a job's own list of projects under a plain label with a colon, the next job after it", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), {Text: "EXPERIENCE", Bold: true, Size: 12, Blank: true},
			p("Senior Engineer | Larkspur Civil | Denver, CO | 2019 – Present"), {Text: "Lead engineer on 9 projects", Marker: "–"},
			p("Selected projects:"), {Text: "Riverside Footbridge (2021): 40 m steel truss over a canal", Marker: "–"},
			p("Engineer | Aspen Vale Consultants | Boulder, CO | 2014 – 2019"), {Text: "Designed parking structures", Marker: "–"},
		}, `{"work":[{"name":"Larkspur Civil","position":"Senior Engineer","location":"Denver, CO","startDate":"2019","highlights":["Lead engineer on 9 projects"]},` +
			`{"name":"Aspen Vale Consultants","position":"Engineer","location":"Boulder, CO","startDate":"2014","endDate":"2019","highlights":["Designed parking structures"]}],` +
			`"projects":[{"name":"Riverside Footbridge","description":"40 m steel truss over a canal","startDate":"2021","entity":"Larkspur Civil"}]}`, []string{"work", "projects"}},
		{"a two-column skills table's header row names its columns, no group", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "Area | Tools", Cells: []string{"Area", "Tools"}, HeadRow: true},
			{Text: "Cloud | AWS, GCP", Cells: []string{"Cloud", "AWS, GCP"}}, {Text: "Languages | Go, Python", Cells: []string{"Languages", "Go, Python"}},
		}, `{"skills":[{"name":"Cloud","keywords":["AWS","GCP"]},{"name":"Languages","keywords":["Go","Python"]}]}`, []string{"skills"}},
		{"a school-leaving examination is the qualification, a state after the school its place", []doc.Line{
			p("Ana Lima"), h("Education"), {Text: "West African Senior School Certificate Examination | Asante Ridge Senior High School | 2007", Blank: true},
			{Text: "High School Diploma | Lincoln High School, Ohio | 2005", Blank: true},
		}, `{"education":[{"institution":"Asante Ridge Senior High School","studyType":"West African Senior School Certificate Examination","endDate":"2007"},` +
			`{"institution":"Lincoln High School","studyType":"High School Diploma","endDate":"2005","x-location":"Ohio"}]}`, []string{"education"}},
		{"a certificate's issuer after a long dash, a short one inside its name", []doc.Line{
			p("Ana Lima"), h("Certifications"), {Text: "AWS Certified DevOps Engineer – Professional — Amazon Web Services, 2023", Marker: "-"},
		}, `{"certificates":[{"name":"AWS Certified DevOps Engineer – Professional","issuer":"Amazon Web Services","x-date":"2023"}]}`, []string{"certificates"}},
		{"the employer, the site worked at, then the title: the title is the position, the site its unit", []doc.Line{
			p("郑文"), h("工作经历"), p("2016.06 - 至今   华岭新能源有限公司   北坡 80MW 风电场   站长"),
			p("2012.03 - 2016.05   华岭新能源有限公司   运行部   巡检员、值班员"),
			p("2010.07 - 2012.02   华岭新能源有限公司   海淀区   工程师"),
		}, `{"work":[{"name":"华岭新能源有限公司","position":"站长","startDate":"2016-06","x-unit":"北坡 80MW 风电场"},` +
			`{"name":"华岭新能源有限公司","position":"运行部 巡检员、值班员","startDate":"2012-03","endDate":"2016-05"},` +
			`{"name":"华岭新能源有限公司","location":"海淀区","position":"工程师","startDate":"2010-07","endDate":"2012-02"}]}`, []string{"work"}},
		{"after a dash, the certificate's long name or its level is no issuer, a body is; a number is its x-id", []doc.Line{
			p("Ana Lima"), h("Certifications"), {Text: "CKS — Certified Kubernetes Security Specialist (2022)", Marker: "-"},
			{Text: "Google Cloud Architect – Professional", Marker: "-"},
			{Text: "Food Hygiene Level 2 — Highfield Qualifications", Marker: "-"},
			{Text: "Forklift Operator — Licence No. FL-20417", Marker: "-"},
			{Text: "P.Eng — Professional Engineers Ontario", Marker: "-"},
		}, `{"certificates":[{"name":"CKS — Certified Kubernetes Security Specialist","x-date":"2022"},{"name":"Google Cloud Architect – Professional"},` +
			`{"name":"Food Hygiene Level 2","issuer":"Highfield Qualifications"},{"name":"Forklift Operator","x-id":"Licence No. FL-20417"},` +
			`{"name":"P.Eng","issuer":"Professional Engineers Ontario"}]}`, []string{"certificates"}},
		{"a two-column header row that holds a label and its value, or a group and its list, is data", []doc.Line{
			{Text: "姓名 | 王小明", Cells: []string{"姓名", "王小明"}, HeadRow: true}, {Text: "电话 | 138 0000 1234", Cells: []string{"电话", "138 0000 1234"}},
			h("Skills"), {Text: "Languages | Go, Python", Cells: []string{"Languages", "Go, Python"}, HeadRow: true}, {Text: "Cloud | AWS, GCP", Cells: []string{"Cloud", "AWS, GCP"}},
		}, `{"basics":{"name":"王小明","phone":"138 0000 1234"},"skills":[{"name":"Languages","keywords":["Go","Python"]},{"name":"Cloud","keywords":["AWS","GCP"]}]}`, []string{"basics", "skills"}},
		{"a bracket after the employer is its place only when it is one", []doc.Line{
			p("Ana Lima"), h("Experience"), {Text: "2019 - 2022: Analyst at Brightwater (London Metals Group)", Blank: true},
			{Text: "2017 - 2019: Engineer at Margalla Ledger (Karachi, remote)", Blank: true},
		}, `{"work":[{"name":"Brightwater (London Metals Group)","position":"Analyst","startDate":"2019","endDate":"2022"},` +
			`{"name":"Margalla Ledger","position":"Engineer","location":"Karachi, remote","startDate":"2017","endDate":"2019"}]}`, []string{"work"}},
		{"a full examination name is the qualification whole", []doc.Line{
			p("Ana Lima"), h("Education"), {Text: "General Certificate of Secondary Education, Eton College, 2010", Blank: true},
		}, `{"education":[{"institution":"Eton College","studyType":"General Certificate of Secondary Education","endDate":"2010"}]}`, []string{"education"}},
		{"a progression line under an employer: a role each step, the newest first", []doc.Line{
			p("Ana Lima"), h("Experience"), b("Sahyadri Fintech Pvt. Ltd., Pune"),
			p("Support Analyst (2017) → Senior Support Analyst (2019) → Support Lead (2022–)"), {Text: "Lead a team of 6.", Marker: "-"},
			h("工作经历"), b("苏州某电子科技有限公司  行政部"), p("2016.04 行政专员 → 2018.09 行政主管 → 2021.03 行政经理"), p("现负责集团行政与后勤。"),
		}, `{"work":[{"name":"Sahyadri Fintech Pvt. Ltd.","location":"Pune","position":"Support Lead","startDate":"2022","highlights":["Lead a team of 6."]},` +
			`{"name":"Sahyadri Fintech Pvt. Ltd.","location":"Pune","position":"Senior Support Analyst","startDate":"2019","endDate":"2022"},` +
			`{"name":"Sahyadri Fintech Pvt. Ltd.","location":"Pune","position":"Support Analyst","startDate":"2017","endDate":"2019"},` +
			`{"name":"苏州某电子科技有限公司","position":"行政经理","startDate":"2021-03","highlights":["现负责集团行政与后勤。"]},` +
			`{"name":"苏州某电子科技有限公司","position":"行政主管","startDate":"2018-09","endDate":"2021-03"},` +
			`{"name":"苏州某电子科技有限公司","position":"行政专员","startDate":"2016-04","endDate":"2018-09"}]}`, []string{"work"}},
		{"rows of a table whose dates an arrow joins are jobs, no progression", []doc.Line{
			p("Ana Lima"), h("Experience"), {Text: "When                  Role                  Where", Blank: true},
			p("2014 → 2019           Sail Maker            Kestrel Lofts, Napier"), p("2010 → 2014           Apprentice Rigger     Moana Marine, Tern Bay"),
		}, `{"work":[{"name":"Kestrel Lofts","position":"Sail Maker","location":"Napier","startDate":"2014","endDate":"2019"},{"name":"Moana Marine","position":"Apprentice Rigger","location":"Tern Bay","startDate":"2010","endDate":"2014"}]}`, []string{"work"}},
		{"an arrow for a dash between dates is no progression", []doc.Line{
			p("Ana Lima"), h("Experience"), b("Acme Corp  Data Engineer"), p("🕒 2019.07 → 2021.03"), {Text: "Built pipelines.", Marker: "-"},
		}, `{"work":[{"name":"Acme Corp","position":"Data Engineer","startDate":"2019-07","endDate":"2021-03","highlights":["Built pipelines."]}]}`, []string{"work"}},
		{"a site alone on its line under About is a contact, a technology is not", []doc.Line{
			p("Ana Lima"), h("About"), p("ANALIMA.EXAMPLE.COM"), p("I build design systems. Recently:"), p("Next.js"),
		}, `{"basics":{"name":"Ana Lima","url":"https://ANALIMA.EXAMPLE.COM","summary":"I build design systems. Recently:\nNext.js"}}`, []string{"basics"}},
		{"A-levels written with a small l is the qualification", []doc.Line{
			p("Ana Lima"), h("Education"), {Text: "Fernhill Sixth Form College — A-levels, 2014 – 2016", Blank: true},
		}, `{"education":[{"institution":"Fernhill Sixth Form College","studyType":"A-levels","startDate":"2014","endDate":"2016"}]}`, []string{"education"}},
		{"a name and the document's title as the top heading is no Résumé (summary) heading", []doc.Line{
			{Text: "周明远 Resume", Heading: 2}, {Text: "zhou.mingyuan@example.com", Blank: true}, h("Summary"), p("Engineer."),
		}, `{"basics":{"name":"周明远","email":"zhou.mingyuan@example.com","summary":"Engineer."}}`, []string{"basics"}},
		{"a name beside the résumé's number on a job site's page, under the site's bar", []doc.Line{
			p("某招聘网  简历中心 > 预览简历 > 打印"), {Text: "沈若溪 | ID：10020030", Cells: []string{"沈若溪", "ID：10020030"}, Blank: true},
			p("电话：138 0000 5627"),
		}, `{"basics":{"name":"沈若溪","phone":"138 0000 5627","x-resumeId":"10020030"}}`, []string{"basics"}},
		{"a line of facts under the name is no headline", []doc.Line{
			p("沈若溪"), p("男｜35 岁（1989年6月）｜现居住 无锡｜10年工作经验"), p("电话：138 0000 5627"),
		}, `{"basics":{"name":"沈若溪","phone":"138 0000 5627","x-age":"35 岁（1989年6月）","x-gender":"男","x-yearsOfExperience":"10年工作经验"}}`, []string{"basics"}},
		{"a place in the headline with an aside after it", []doc.Line{
			p("Ana Lima"), p("Site Reliability Engineer · Karachi, Pakistan (open to relocation, UTC+5)"), p("ana.lima@example.com"), h("Profile"), p("Engineer."),
		}, `{"basics":{"name":"Ana Lima","label":"Site Reliability Engineer","email":"ana.lima@example.com","location":{"city":"Karachi","region":"Pakistan"},"summary":"Engineer."}}`, []string{"basics"}},
		{"an e-mail address a narrow column broke inside its domain; one already whole stays apart from the next line", []doc.Line{
			p("Ana Lima"), p("Denver, CO"), p("ana.lima@example.c"), p("om"), h("Profile"), p("Engineer."),
		}, `{"basics":{"name":"Ana Lima","email":"ana.lima@example.com","location":{"city":"Denver","region":"CO"},"summary":"Engineer."}}`, []string{"basics"}},
		{"labelled skill groups two to a line, set apart by a wide gap", []doc.Line{
			p("Ana Lima"), h("Technical Skills"), p("Programming: Go, Rust  Data: dbt, DuckDB"), p("Cloud: AWS, GCP  Tooling: Terraform, Helm"),
		}, `{"skills":[{"name":"Programming","keywords":["Go","Rust"]},{"name":"Data","keywords":["dbt","DuckDB"]},{"name":"Cloud","keywords":["AWS","GCP"]},{"name":"Tooling","keywords":["Terraform","Helm"]}]}`, []string{"skills"}},
		{"a degree line under the school: honours in brackets part of the degree, a score after a semicolon", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Education"), {Text: "Northbridge University  Sep 2020 – Apr 2024", Bold: true},
			p("BSc (Honours) in Statistics and Computer Science; GPA 3.7/4.0"),
		}, `{"education":[{"institution":"Northbridge University","area":"Statistics and Computer Science","studyType":"BSc (Honours)","score":"3.7/4.0","startDate":"2020-09","endDate":"2024-04"}]}`, []string{"education"}},
		{"an objective's sentence names the title wanted; a plain title stays whole", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), p("Objective: Junior Data Engineer role where I can build reliable pipelines."),
		}, `{"basics":{"name":"Ana Lima","email":"ana@example.com","label":"Junior Data Engineer"}}`, []string{"basics"}},
		{"an objective that is a title alone", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), p("Objective: Platform Engineer"),
		}, `{"basics":{"name":"Ana Lima","email":"ana@example.com","label":"Platform Engineer"}}`, []string{"basics"}},
		{"the name and the headline a converter joined on the first line", []doc.Line{
			{Text: "Rhea Vance Product Designer", Heading: 1}, p("rv@example.com"),
		}, `{"basics":{"name":"Rhea Vance","label":"Product Designer","email":"rv@example.com"}}`, []string{"basics"}},
		{"a headline that is a title alone under an unfound name stays no name", []doc.Line{
			p("☰ ✉ rv@example.com"), p("Machine Learning Engineer"),
		}, `{"basics":{"email":"rv@example.com"}}`, []string{"basics"}},
		{"a career objective that names no position is no label; a city before a six-digit postcode", []doc.Line{
			p("ANA RAO"), p("Mobile: +91 90000 04512"), p("Address: Flat 2, Kothrud, Pune – 411038"), {Text: "CAREER OBJECTIVE", Bold: true},
			p("To work in a challenging environment where I can use my skills and grow with the organisation."),
		}, `{"basics":{"name":"ANA RAO","phone":"+91 90000 04512","location":{"address":"Flat 2, Kothrud, Pune – 411038","city":"Pune"},"summary":"To work in a challenging environment where I can use my skills and grow with the organisation."}}`, []string{"basics"}},
		{"an education table read by its column headings; the major in brackets after the degree", []doc.Line{
			p("ANA RAO"), p("Mobile: +91 90000 04512"), {Text: "ACADEMIC QUALIFICATIONS", Bold: true},
			{Text: "Qualification | Board / University | Institute | Year | Percentage / CGPA", Bold: true, Cells: []string{"Qualification", "Board / University", "Institute", "Year", "Percentage / CGPA"}},
			{Text: "B.E. (Mechanical Engineering) | Shivaji University | Kolhapur Institute of Engineering | 2019 | 7.9 CGPA", Cells: []string{"B.E. (Mechanical Engineering)", "Shivaji University", "Kolhapur Institute of Engineering", "2019", "7.9 CGPA"}},
			{Text: "HSC | Maharashtra State Board | Sangli Junior College | 2015 | 81.2%", Cells: []string{"HSC", "Maharashtra State Board", "Sangli Junior College", "2015", "81.2%"}},
		}, `{"education":[{"institution":"Kolhapur Institute of Engineering","area":"Mechanical Engineering","studyType":"B.E.","endDate":"2019","score":"7.9 CGPA","x-board":"Shivaji University"},` +
			`{"institution":"Sangli Junior College","studyType":"HSC","endDate":"2015","score":"81.2%","x-board":"Maharashtra State Board"}]}`, []string{"education"}},
		{"a column heading of two names; a board and a school in one cell; an exam's acronym in brackets; a major in brackets", []doc.Line{
			p("ANA RAO"), p("Mobile: +91 90000 04512"), {Text: "ACADEMIC QUALIFICATIONS", Bold: true},
			{Text: "Qualification | Institution / Board | Year | Marks", Bold: true, Cells: []string{"Qualification", "Institution / Board", "Year", "Marks"}},
			{Text: "M.Com (Accountancy) | Deccan College of Commerce | 2023 | 71.2%", Cells: []string{"M.Com (Accountancy)", "Deccan College of Commerce", "2023", "71.2%"}},
			{Text: "12th (HSC) | Tamil Nadu State Board, Sangli Junior College | 2015 | 81.2%", Cells: []string{"12th (HSC)", "Tamil Nadu State Board, Sangli Junior College", "2015", "81.2%"}},
			{Text: "10th (SSLC) | Tamil Nadu State Board, Sangli High School | 2013 | 90.4%", Cells: []string{"10th (SSLC)", "Tamil Nadu State Board, Sangli High School", "2013", "90.4%"}},
		}, `{"education":[{"institution":"Deccan College of Commerce","area":"Accountancy","studyType":"M.Com","endDate":"2023","score":"71.2%"},` +
			`{"institution":"Sangli Junior College","studyType":"12th (HSC)","endDate":"2015","score":"81.2%","x-board":"Tamil Nadu State Board"},` +
			`{"institution":"Sangli High School","studyType":"10th (SSLC)","endDate":"2013","score":"90.4%","x-board":"Tamil Nadu State Board"}]}`, []string{"education"}},
		{"a jobs table typed with wide gaps under its column headings; its role column is the title", []doc.Line{
			p("Ana Lima"), h("Experience"), {Text: "When  Role  Where  What I did", Bold: true},
			p("Summer 2024  Field Technician Intern  Rock River Watershed Alliance, Beloit, WI  Sampled stream sites for nitrate."),
			p("Summers 2021–2022  Lifeguard  Janesville Parks & Recreation  Certified lifeguard at two pools"),
		}, `{"work":[{"name":"Rock River Watershed Alliance","location":"Beloit, WI","position":"Field Technician Intern","startDate":"2024","endDate":"2024","summary":"Sampled stream sites for nitrate."},` +
			`{"name":"Janesville Parks & Recreation","position":"Lifeguard","startDate":"2021","endDate":"2022","summary":"Certified lifeguard at two pools"}]}`, []string{"work"}},
		{"a jobs table under its column headings: the role column is the title", []doc.Line{
			p("Ana Lima"), h("Experience"), {Text: "When | Role | Where", Bold: true, Cells: []string{"When", "Role", "Where"}},
			{Text: "2021 – 2022 | Lifeguard | Janesville Parks", Cells: []string{"2021 – 2022", "Lifeguard", "Janesville Parks"}},
		}, `{"work":[{"name":"Janesville Parks","position":"Lifeguard","startDate":"2021","endDate":"2022"}]}`, []string{"work"}},
		{"a postal address in a running footer: kept once, the basics city", []doc.Line{
			{Text: "Rhea Vance", Heading: 1, Pos: doc.Pos{Page: 1, Line: 1}}, {Text: "Profile", Heading: 2, Pos: doc.Pos{Page: 1, Line: 2}},
			{Text: "Site manager.", Pos: doc.Pos{Page: 1, Line: 3}},
			{Text: "4 Mill Lane – York YO1 7HH – United Kingdom", Pos: doc.Pos{Page: 1, Line: 4}}, {Text: "+44 7700 900123 • rv@example.com", Pos: doc.Pos{Page: 1, Line: 5}},
			{Text: "Languages", Heading: 2, Pos: doc.Pos{Page: 2, Line: 1}}, {Text: "English", Pos: doc.Pos{Page: 2, Line: 2}},
			{Text: "4 Mill Lane – York YO1 7HH – United Kingdom", Pos: doc.Pos{Page: 2, Line: 3}}, {Text: "+44 7700 900123 • rv@example.com", Pos: doc.Pos{Page: 2, Line: 4}},
		}, `{"basics":{"name":"Rhea Vance","email":"rv@example.com","phone":"+44 7700 900123","location":{"address":"4 Mill Lane – York YO1 7HH – United Kingdom","city":"York"},"summary":"Site manager."},"languages":[{"language":"English"}]}`, []string{"basics", "languages"}},
		{"certificates as a profile page prints them: the name, who issued it, when, the credential's link", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Licenses & certifications"),
			{Text: "Certified Scrum Master (CSM)", Bold: true}, p("Scrum Alliance"), p("Issued Mar 2021"),
			{Text: "Google Data Analytics Certificate", Bold: true}, p("Issued Oct 2019 · Credential ID GDA-0001"), p("Show credential ↗"),
		}, `{"certificates":[{"name":"Certified Scrum Master (CSM)","issuer":"Scrum Alliance","x-date":"2021-03"},{"name":"Google Data Analytics Certificate","x-date":"2019-10"}]}`, []string{"certificates"}},
		{"a product family's name before its first item is no group name", []doc.Line{
			p("张三"), h("专业技能"), p("用友 NC、用友 U8、金蝶 K/3、Excel"), p("数据存储 MySQL、TiDB"),
		}, `{"skills":[{"keywords":["用友 NC","用友 U8","金蝶 K/3","Excel"]},{"name":"数据存储","keywords":["MySQL","TiDB"]}]}`, []string{"skills"}},
		{"awards run on in one paragraph, each led by its year; a project's technologies joined by plus signs", []doc.Line{
			p("张三"), h("项目经历"), p("项目名称：仓储看板"), p("项目时间：2021.03－2021.09"), p("技术架构：React＋Node.js＋C++＋Redis"),
			h("所获荣誉"), p("2022年度部门“技术之星”；2019年校园编程大赛二等奖。"),
		}, `{"projects":[{"name":"仓储看板","startDate":"2021-03","endDate":"2021-09","keywords":["React","Node.js","C++","Redis"]}],` +
			`"awards":[{"title":"部门“技术之星”","date":"2022"},{"title":"校园编程大赛二等奖","date":"2019"}]}`, []string{"projects", "awards"}},
		{"skill groups whose names a layout's text glued to their first items", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Data Platforms Spark, Airflow, dbt"), p("Delivery Docker, Kubernetes"), p("Apache Kafka, Redis"),
		}, `{"skills":[{"name":"Data Platforms","keywords":["Spark","Airflow","dbt"]},{"name":"Delivery","keywords":["Docker","Kubernetes"]},{"keywords":["Apache Kafka","Redis"]}]}`, []string{"skills"}},
		{"skill groups named by bullets, their items set flush under them one a line or as one list", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "Data", Marker: "•", Indent: 30}, p("PostgreSQL"), p("ClickHouse"),
			{Text: "Delivery", Marker: "•", Indent: 30}, p("Argo CD"), p("Helm"), p("Buildkite"),
			{Text: "Design", Marker: "•", Indent: 30}, p("User research, Prototyping"), h("Languages"), p("English"),
		}, `{"skills":[{"name":"Data","keywords":["PostgreSQL","ClickHouse"]},{"name":"Delivery","keywords":["Argo CD","Helm","Buildkite"]},{"name":"Design","keywords":["User research","Prototyping"]}]}`, []string{"skills"}},
		{"skill groups: name, level, bulleted items; languages over fluency", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Infrastructure"), p("Expert"), {Text: "Kubernetes", Marker: "•"}, {Text: "Terraform", Marker: "•"},
			p("Programming"), p("Advanced"), {Text: "Go", Marker: "•"},
			h("Languages"), p("English"), p("Native speaker"), p("Spanish"), p("Conversational"),
		}, `{"skills":[{"name":"Infrastructure","level":"Expert","keywords":["Kubernetes","Terraform"]},{"name":"Programming","level":"Advanced","keywords":["Go"]}],` +
			`"languages":[{"language":"English","fluency":"Native speaker"},{"language":"Spanish","fluency":"Conversational"}]}`, []string{"skills", "languages"}},
		{"headline set as a heading, profiles under About", []doc.Line{
			{Text: "Ana Lima", Heading: 1}, {Text: "Site Reliability Engineer", Heading: 2}, {Text: "About", Heading: 3}, p("I keep systems up."),
			{Text: "GitHub", Bold: true}, {Text: "analima", Links: []doc.Link{{Text: "analima", URL: "https://github.com/analima"}}},
			{Text: "Work", Heading: 2}, {Text: "Engineer", Heading: 3}, p("Acme"), p("2019 – 2021"),
		}, `{"basics":{"name":"Ana Lima","label":"Site Reliability Engineer","summary":"I keep systems up.","profiles":[{"network":"GitHub","username":"analima","url":"https://github.com/analima"}]}}`, []string{"basics"}},
		{"a bulleted title over its dates in smaller type", []doc.Line{
			p("Ana Lima"), h("Work Experience"), {Text: "Senior Engineer,", Marker: "•", Size: 12}, {Text: "Jan 2022 - Present 4 years 11 months", Size: 10},
			p("Own application security."), {Text: "Launched a bug bounty", Marker: "•", Size: 12},
			{Text: "Backend Developer,", Marker: "•", Size: 12}, {Text: "Mar 2018 - Dec 2021", Size: 10},
		}, `{"work":[{"position":"Senior Engineer","startDate":"2022-01","summary":"Own application security.","highlights":["Launched a bug bounty"]},{"position":"Backend Developer","startDate":"2018-03","endDate":"2021-12"}]}`, []string{"work"}},
		{"awards over their dates and what they were for", []doc.Line{
			p("Ana Lima"), h("Awards"), p("Dean's List, Hill Country University"), p("Awarded on: May 01, 2024"),
			p("First Place, HackHCSU"), p("Awarded on: Oct 01, 2022"), p("Won among 60 teams with a bus tracker."),
			p("技术创新奖, 西安秦川电子有限公司"), p("获奖时间：2022.01"),
		}, `{"awards":[{"title":"Dean's List","awarder":"Hill Country University","date":"2024-05-01"},` +
			`{"title":"First Place","awarder":"HackHCSU","date":"2022-10-01","summary":"Won among 60 teams with a bus tracker."},` +
			`{"title":"技术创新奖","awarder":"西安秦川电子有限公司","date":"2022-01"}]}`, []string{"awards"}},
		{"a group name over its items in another style", []doc.Line{
			p("Ana Lima"), h("Skills"), p("嵌入式"), b("C STM32 FreeRTOS"), p("硬件调试"), b("示波器 逻辑分析仪"),
		}, `{"skills":[{"name":"嵌入式","keywords":["C","STM32","FreeRTOS"]},{"name":"硬件调试","keywords":["示波器 逻辑分析仪"]}]}`, []string{"skills"}},
		{"a boxed heading before its text, a job with its start only, project roles", []doc.Line{
			p("Sofia Marchetti"),
			{Text: "SUMMARY  Designer of B2B tools.", Spans: []doc.Span{{Text: "SUMMARY"}, {Text: "Designer of B2B tools.", Box: true}}},
			p("EXPERIENCE"), p("Quill Analytics  | Senior Product Designer  Apr 2021"), p("Design lead for the builder."),
			p("PROJECTS"), p("Open Transit Kit  | Lead designer, Front-end contributor  May 2022 — Feb 2023"),
		}, `{"basics":{"name":"Sofia Marchetti","summary":"Designer of B2B tools."},"work":[{"name":"Quill Analytics","position":"Senior Product Designer","startDate":"2021-04","summary":"Design lead for the builder."}],` +
			`"projects":[{"name":"Open Transit Kit","roles":["Lead designer","Front-end contributor"],"startDate":"2022-05","endDate":"2023-02"}]}`, []string{"basics", "work", "projects"}},
		{"awards whose date comes first", []doc.Line{
			p("Ana Lima"), h("Awards"), p("1 May 2024"), p("Dean's List"), p("Hill Country State University"),
			p("1 October 2022"), p("First Place"), p("HackHCSU"), p("Won among 60 teams with a bus tracker."),
		}, `{"awards":[{"title":"Dean's List","awarder":"Hill Country State University","date":"2024-05-01"},` +
			`{"title":"First Place","awarder":"HackHCSU","date":"2022-10-01","summary":"Won among 60 teams with a bus tracker."}]}`, []string{"awards"}},
		{"profiles as a network's name over a username, a city alone under the name", []doc.Line{
			p("Ana Lima"), p("Cape Town"), h("Profiles"), b("GitHub"), p("analima"), b("LinkedIn"), p("ana-lima"), p("X: @analima"),
		}, `{"basics":{"name":"Ana Lima","location":{"city":"Cape Town"},"profiles":[{"network":"GitHub","username":"analima","url":"https://github.com/analima"},` +
			`{"network":"LinkedIn","username":"ana-lima","url":"https://linkedin.com/in/ana-lima"},{"network":"X","username":"analima","url":"https://twitter.com/analima"}]}}`, []string{"basics"}},
		{"a form in a table: heading rows of one cell, a photo's box", []doc.Line{
			{Text: "个人简历", Heading: 1}, {Text: "基本信息", Cells: []string{"基本信息"}, Bold: true},
			{Text: "姓 名 | 李沐阳 | 性 别 | 男 | 照片", Cells: []string{"姓 名", "李沐阳", "性 别", "男", "照片"}},
			{Text: "联系电话 | 138-1024-7765", Cells: []string{"联系电话", "138-1024-7765"}},
			{Text: "教育背景", Cells: []string{"教育背景", ""}, Bold: true},
			{Text: "2020.09 - 2024.06 | 浙东理工大学 | 计算机科学与技术专业 | 本科", Cells: []string{"2020.09 - 2024.06", "浙东理工大学", "计算机科学与技术专业", "本科"}},
		}, `{"basics":{"name":"李沐阳","phone":"138-1024-7765","x-gender":"男"},"education":[{"institution":"浙东理工大学","area":"计算机科学与技术","studyType":"本科","startDate":"2020-09","endDate":"2024-06"}]}`, []string{"basics", "education"}},
		{"a name over two lines", []doc.Line{{Text: "Ava", Heading: 1, Bold: true}, {Text: "Lindqvist", Heading: 1, Bold: true}, p("Software Engineering Graduate")},
			`{"basics":{"name":"Ava Lindqvist","label":"Software Engineering Graduate"}}`, []string{"basics"}},
		{"Highlights over a job's bullets is a label", []doc.Line{
			p("Ana Lima"), p(""), p("Work"), p("2019-05 — 2022-01"), p("社区运营负责人"), p("Highlights"), p("制定创作者激励计划，月活跃创作者增长到 2.1 万人"), p("2017-03 — 2019-04"), p("用户运营主管"),
		}, `{"work":[{"position":"社区运营负责人","startDate":"2019-05","endDate":"2022-01","summary":"制定创作者激励计划，月活跃创作者增长到 2.1 万人"},{"position":"用户运营主管","startDate":"2017-03","endDate":"2019-04"}]}`, []string{"work"}},
		{"a sidebar first, then the name as the largest heading; French headings and months", []doc.Line{
			h("COMPETENCES"), b("Infrastructure"), p("Kubernetes, Terraform"), h("LANGUES"), p("English"),
			{Text: "Marcus HOLLOWAY", Heading: 1}, p("(555) 010-2233"), {Text: "Principal Site Reliability Engineer", Heading: 2},
			h("EXPERIENCES PROFESSIONNELLES"), p("Janv. 2021 - Aujourd'hui 5 ans 11 mois"), {Text: "Principal SRE", Heading: 3}, p("Cascade Streaming Inc.  Seattle, WA"),
		}, `{"basics":{"name":"Marcus HOLLOWAY","label":"Principal Site Reliability Engineer","phone":"(555) 010-2233"},"work":[{"name":"Cascade Streaming Inc.","position":"Principal SRE","location":"Seattle, WA","startDate":"2021-01"}]}`, []string{"basics", "work"}},
		{"plain text: underlined headings, dash and dot leaders, roles under one employer", []doc.Line{
			p("ANA LIMA"), p("ana@example.com"), p("EXPERIENCE"), p("=========="),
			p("2013-2018  Quarry Point Systems -------------- Cambridge, MA"),
			{Text: "Senior Software Engineer (2016-2018)", Indent: 11}, {Text: "Owned the billing service.", Marker: "*", Indent: 11},
			{Text: "Software Engineer (2013-2016)", Indent: 11}, {Text: "Built internal tools.", Marker: "*", Indent: 11},
			p("SKILLS"), p("======"), p("Languages ........ Go, Java"),
		}, `{"work":[{"name":"Quarry Point Systems","location":"Cambridge, MA","position":"Senior Software Engineer","startDate":"2016","endDate":"2018","highlights":["Owned the billing service."]},{"name":"Quarry Point Systems","location":"Cambridge, MA","position":"Software Engineer","startDate":"2013","endDate":"2016","highlights":["Built internal tools."]}],"skills":[{"name":"Languages","keywords":["Go","Java"]}]}`, []string{"work", "skills"}},
		{"a mixed heading joined by dots and counted; its smaller sub-labels switch the section", []doc.Line{
			p("张三"), h("🧰 技能 · 教育 · 证书  6"), b("编程语言"), p("Java  Scala  Python"),
			p("教育"), b("某某工业大学"), p("硕士 · 计算机技术"), p("2016.09 → 2019.06"),
			p("证书"), b("阿里云大数据专业认证（ACP）"),
		}, `{"education":[{"institution":"某某工业大学","area":"计算机技术","studyType":"硕士","startDate":"2016-09","endDate":"2019-06"}],"certificates":[{"name":"阿里云大数据专业认证（ACP）"}],"skills":[{"name":"编程语言","keywords":["Java","Scala","Python"]}]}`, []string{"education", "certificates", "skills"}},
		{"a profile and jobs under one heading: the prose, then '@ employer' cards", []doc.Line{
			p("张三"), h("📌 关于我 & 工作经历  2"), p("关于"), p("5 年数据开发经验，做过实时数仓和指标平台，喜欢把重复的 SQL 变成平台能力。"),
			b("高级数据开发工程师"), p("@ 北京某某科技有限公司"), p("🕒 2021.04 → 至今  ☑ 3/3"), {Text: "负责实时数仓建设。", Marker: "☑"},
		}, `{"basics":{"name":"张三","summary":"5 年数据开发经验，做过实时数仓和指标平台，喜欢把重复的 SQL 变成平台能力。"},"work":[{"name":"北京某某科技有限公司","position":"高级数据开发工程师","startDate":"2021-04","highlights":["负责实时数仓建设。"]}]}`, []string{"basics", "work"}},
		{"a heading's count glued to it; chips glued into one word", []doc.Line{
			p("张三"), h("项目经历2"), b("指标平台"), p("2021.06 - 2022.02"), h("专业技能"), p("JavaScalaPythonSQL"),
		}, `{"projects":[{"name":"指标平台","startDate":"2021-06","endDate":"2022-02"}],"skills":[{"keywords":["Java","Scala","Python","SQL"]}]}`, []string{"projects", "skills"}},
		{"a short note without headings: a whole degree after its label, a bare label over dated items, certificates apart by gaps", []doc.Line{
			p("李四 简历"), p("电话 138 0000 1234"), p("学历: 中专  某某市第二职业学校  会计  19年9月-22年6月"),
			p("干过的活:"), {Text: "22年7月-23年8月  某某商贸有限公司  收银员(兼职)", Marker: "-"}, {Text: "收银、盘点、整理货架", Indent: 2},
			p("证书: 初级会计(2022)  C1驾照"),
		}, `{"education":[{"institution":"某某市第二职业学校","area":"会计","studyType":"中专","startDate":"2019-09","endDate":"2022-06"}],` +
			`"work":[{"name":"某某商贸有限公司","position":"收银员(兼职)","startDate":"2022-07","endDate":"2023-08","summary":"收银、盘点、整理货架"}],` +
			`"certificates":[{"name":"初级会计","x-date":"2022"},{"name":"C1驾照"}]}`, []string{"education", "work", "certificates"}},
		{"client work: the client before the project, how and where beside the dates", []doc.Line{
			p("Ana Lima"), h("Selected client work"), {Text: "Quarry Software GmbH — billing upgrade", Heading: 3}, p("Jan 2023 – Apr 2024 · remote · 3 days/week"),
			p("Took over a stalled upgrade."), {Text: "Stack: Ruby, Rails, Sidekiq", Marker: "-"},
			{Text: "Lakeside Media Ltd — performance audit", Heading: 3}, p("Q3 2020 · 6 weeks"), {Text: "Found 40 slow queries.", Marker: "-"},
		}, `{"projects":[{"name":"billing upgrade","entity":"Quarry Software GmbH","description":"Took over a stalled upgrade.","keywords":["Ruby","Rails","Sidekiq"],"startDate":"2023-01","endDate":"2024-04"},` +
			`{"name":"performance audit","entity":"Lakeside Media Ltd","highlights":["Found 40 slow queries."],"startDate":"2020","endDate":"2020"}]}`, []string{"projects"}},
		{"a profile page: logo initials, roles under one employer, how and where the job was worked, the page's buttons", []doc.Line{
			p("Ana Lima"), b("500+ connections"), h("Experience"), b("QS"), b("Quarry Software"), p("Full-time · 5 yrs 4 mos"), p("Austin, Texas, United States"),
			b("Director of Engineering"), p("Jan 2022 - Present · 2 yrs 5 mos"), p("Hybrid"), p("Lead three platform teams."),
			{Text: "Skills: Go · Kubernetes", Size: 11}, b("Senior Manager, Platform Operations"), p("Feb 2019 - Jan 2022 · 3 yrs"),
			{Text: "Opened a second on-call hub.", Marker: "•"}, b("Show all 4 experiences →"),
			h("Skills"), b("Go"), p("👥 23 endorsements"), b("Kubernetes"), p("Endorsed by 4 colleagues at Quarry Software"),
		}, `{"work":[{"name":"Quarry Software","position":"Director of Engineering","location":"Austin, Texas, United States","startDate":"2022-01","summary":"Lead three platform teams.","highlights":["Skills: Go · Kubernetes"]},` +
			`{"name":"Quarry Software","position":"Senior Manager, Platform Operations","location":"Austin, Texas, United States","startDate":"2019-02","endDate":"2022-01","highlights":["Opened a second on-call hub."]}],` +
			`"skills":[{"keywords":["Go","Kubernetes"]}]}`, []string{"work", "skills"}},
		{"a town and its Irish county beside the dates, under a title at an employer", []doc.Line{
			p("Ana Lima"), h("Work"), b("Field Technician at Shannon Reach Trust"), p("Tralee, Co. Kerry · March 2020 – present"), {Text: "Surveys barriers.", Marker: "-"},
			b("Harbour Maps, Survey Assistant"), p("Galway · Feb 2017 – Jan 2020"),
		}, `{"work":[{"name":"Shannon Reach Trust","position":"Field Technician","location":"Tralee, Co. Kerry","startDate":"2020-03","highlights":["Surveys barriers."]},` +
			`{"name":"Harbour Maps","position":"Survey Assistant","location":"Galway","startDate":"2017-02","endDate":"2020-01"}]}`, []string{"work"}},
		{"headings the lexicon lacks in the brackets that enclose the known ones", []doc.Line{
			p("李某某"), {Text: "【做过的事】", Blank: true}, p("2016.3 - 2020.8    某某家电服务公司    维修工"), {Text: "负责家电上门维修", Indent: 4},
			{Text: "【获奖】", Blank: true}, p("2019年"), {Text: "区级技能竞赛 三等奖", Indent: 4}, {Text: "【兴趣爱好】", Blank: true}, p("钓鱼"),
		}, `{"work":[{"name":"某某家电服务公司","position":"维修工","startDate":"2016-03","endDate":"2020-08","summary":"负责家电上门维修"}]}`, []string{"work"}},
		{"definition lists: each term names an entry, its definition opens with the dates", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Bench Technician (part-time), Harbour Clocks, Leeds"), {Text: "Oct 2023 – present. Repairs quartz movements.", Marker: ":"},
			p("Summer placement, Moor Lane Restorations"), {Text: "Jun–Aug 2022. Clock repairs.", Marker: ":"},
			h("Education"), p("A levels — Lakeside Sixth Form"), {Text: "2014. Chemistry B, History A", Marker: ":"},
		}, `{"work":[{"name":"Harbour Clocks","position":"Bench Technician (part-time)","location":"Leeds","startDate":"2023-10","summary":"Repairs quartz movements."},` +
			`{"name":"Moor Lane Restorations","position":"Summer placement","startDate":"2022-06","endDate":"2022-08","summary":"Clock repairs."}],` +
			`"education":[{"institution":"Lakeside Sixth Form","studyType":"A levels","endDate":"2014","x-details":["Chemistry B, History A"]}]}`, []string{"work", "education"}},
		{"jobs named 'Employer: Title', one title known: the others are read alike", []doc.Line{
			p("Ana Lima"), h("Work"), p("Dale Farms: Site Manager   (Jun 2015 - now)"), {Text: "Runs the yard.", Marker: "*"},
			p("Harrow Farms: Yard hand   (03.2010 - 05.2015)"), {Text: "Mucked out the yards.", Marker: "*"},
		}, `{"work":[{"name":"Dale Farms","position":"Site Manager","startDate":"2015-06","highlights":["Runs the yard."]},` +
			`{"name":"Harrow Farms","position":"Yard hand","startDate":"2010-03","endDate":"2015-05","highlights":["Mucked out the yards."]}]}`, []string{"work"}},
		{"a year alone over each job that names its own dates from that year", []doc.Line{
			p("Ana Lima"), h("Work"), p("2015"), {Text: "Harbour Stone Ltd — Mason   (Jun 2015 - now)", Indent: 2}, {Text: "Walls and stiles.", Marker: "*", Indent: 4},
			p("2010"), {Text: "Moor Holdings Ltd — Estate Manager   (03.2010 - 05.2015)", Indent: 2},
		}, `{"work":[{"name":"Harbour Stone Ltd","position":"Mason","startDate":"2015-06","highlights":["Walls and stiles."]},` +
			`{"name":"Moor Holdings Ltd","position":"Estate Manager","startDate":"2010-03","endDate":"2015-05"}]}`, []string{"work"}},
		{"a form's label alone between blank lines, where the known headings are set bare, heads its section", []doc.Line{
			p("林某某"), p("电话：138 0000 0000"), {Text: "求职意向", Blank: true}, {Text: "维修技术员", Blank: true},
			{Text: "学历", Blank: true}, {Text: "期间               学校           科系         学制", Blank: true}, p("2013/09～2017/06   某某科技大学   机械工程系   四技"),
			{Text: "工作经历", Blank: true}, {Text: "2017/07～2019/02   某某机械有限公司   技术员", Blank: true},
		}, `{"education":[{"institution":"某某科技大学","area":"机械工程系","studyType":"四技","startDate":"2013-09","endDate":"2017-06"}]}`, []string{"education"}},
		{"a list in capitals under skills is no heading; one after a blank line under another section is", []doc.Line{
			p("Ana Lima"), h("SKILLS"), p("LEADERSHIP, TRAINING, MENTORING"), p("PYTHON, SQL, EXCEL"),
			h("WORK"), p("Harbour Stone Ltd — Mason   (Jun 2015 - now)"), {Text: "LICENCES, TICKETS, PERMITS", Blank: true}, p("Forklift licence"),
		}, `{"skills":[{"keywords":["LEADERSHIP","TRAINING","MENTORING"]},{"keywords":["PYTHON","SQL","EXCEL"]}],` +
			`"work":[{"name":"Harbour Stone Ltd","position":"Mason","startDate":"2015-06"}],"certificates":[{"name":"Forklift licence"}]}`, []string{"skills", "work", "certificates"}},
		{"an employer named with its Irish county on the dated line that opens the entry keeps its name", []doc.Line{
			p("Ana Lima"), h("Work"), p("Harbour Clocks, Co. Cork · 2019 – 2021"), p("Bench Technician"),
		}, `{"work":[{"name":"Harbour Clocks, Co.","position":"Bench Technician","location":"Cork","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		{"a year under an undated header is its date, not a group's", []doc.Line{
			p("Ana Lima"), h("Volunteering"), p("Steward, Moorcaster Harvest Fair"), p("2016"), p("Trail warden, Fell Trust (2016 - 2018)"),
		}, `{"volunteer":[{"organization":"Moorcaster Harvest Fair","position":"Steward","startDate":"2016"},{"organization":"Fell Trust","position":"Trail warden","startDate":"2016","endDate":"2018"}]}`, []string{"volunteer"}},
		{"a name in the known headings' brackets right under a job's header is the job's, no heading", []doc.Line{
			p("李某某"), {Text: "【工作经历】", Blank: true}, p("2019.09 - 至今   某某汽修店   维修工"), p("【门店主管】"), p("负责维修"),
			{Text: "【获奖】", Blank: true}, p("2019年 区级技能竞赛 三等奖"),
		}, `{"work":[{"name":"某某汽修店","position":"维修工","startDate":"2019-09","summary":"【门店主管】","highlights":["负责维修"]}]}`, []string{"work"}},
		{"seasons and winters before the years of a range are the dates' words", []doc.Line{
			p("Ana Lima"), h("Employment"), {Text: "Gamekeeper, Glenmore Estate", Heading: 3}, p("Winter 2017/18 - Winter 2020/21 (Nov - Mar each year)"),
			{Text: "Boatman, Loch Ard Fishings", Heading: 3}, p("Seasons 2011 - 2015"),
		}, `{"work":[{"name":"Glenmore Estate","position":"Gamekeeper","startDate":"2017","endDate":"2021","x-note":"Nov - Mar each year"},` +
			`{"name":"Loch Ard Fishings","position":"Boatman","startDate":"2011","endDate":"2015"}]}`, []string{"work"}},
		{"a school whose name ends in the degree written beside it", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("教育经历"), p("2006.9-2009.6  某某交通职业中专   汽车维修   中专"),
		}, `{"education":[{"institution":"某某交通职业中专","area":"汽车维修","studyType":"中专","startDate":"2006-09","endDate":"2009-06"}]}`, []string{"education"}},
		{"an icon that stands for a section before a heading the lexicon lacks says what it heads", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), {Text: "工作经历", Marker: "■"}, p("2019.07 - 至今  某某花店  店员"), {Text: "教育背景", Marker: "■"}, p("2013.09 - 2016.06  某某职业学院  大专"),
			{Text: "🏆 我的高光", Marker: "■"}, p("今年拿了区里第一"), {Text: "兴趣爱好", Marker: "■"}, p("游泳"),
		}, `{"awards":[{"title":"今年拿了区里第一"}]}`, []string{"awards"}},
		{"a header in two scripts, its dates again in English glued after the Chinese title", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("工作经历"), b("2021.03 至今  某某花店  店长 Mar 2021 – Present"),
		}, `{"work":[{"name":"某某花店","position":"店长","startDate":"2021-03"}]}`, []string{"work"}},
		{"a name with 'Seasons' in it before the dates keeps it", []doc.Line{
			p("Ana Lima"), h("Work"), p("Concierge, Four Seasons 2016 - 2019"),
		}, `{"work":[{"name":"Four Seasons","position":"Concierge","startDate":"2016","endDate":"2019"}]}`, []string{"work"}},
		{"an icon before a heading the lexicon lacks yields to what its lines say", []doc.Line{
			{Text: "Ana Lima", Heading: 1}, p("ana@example.com"), {Text: "Experience", Heading: 2}, {Text: "Clerk, Harbour Stores Ltd, 2019 - 2021", Blank: true}, {Text: "Opened the shop.", Marker: "-"},
			{Text: "Education", Heading: 2, Blank: true}, {Text: "BA Hospitality, Leeds Lakeside University, 2016 - 2019", Blank: true},
			{Text: "🎓 Tutoring", Heading: 2, Blank: true}, {Text: "Maths Tutor, Brightside Tutors Ltd, 2017 - 2019", Blank: true}, {Text: "Taught maths.", Marker: "-"},
		}, `{"work":[{"name":"Harbour Stores Ltd","position":"Clerk","startDate":"2019","endDate":"2021","highlights":["Opened the shop."]},{"name":"Brightside Tutors Ltd","position":"Maths Tutor","startDate":"2017","endDate":"2019","highlights":["Taught maths."]}]}`, []string{"work"}},
		{"a degree written beside a school and a degree's name keeps the field of study", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("教育经历"), p("2016.09-2018.06  某某大学  工商管理硕士  硕士"),
		}, `{"education":[{"institution":"某某大学","area":"工商管理","studyType":"硕士","startDate":"2016-09","endDate":"2018-06"}]}`, []string{"education"}},
		{"a year in a name after Chinese is no English twin's dates", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("工作经历"), p("2020 - 2021  某某博览会 Expo 2020  讲解员"),
		}, `{"work":[{"name":"某某博览会 Expo 2020","position":"讲解员","startDate":"2020","endDate":"2021"}]}`, []string{"work"}},
		{"an icon before a labelled line under a heading the lexicon lacks is the label's dress", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("工作经历"), p("2019.07 - 至今  某某花店  店员"),
			{Text: "✨ 其他", Blank: true}, p("💬 英语：能读英文资料；粤语：日常对话"), p("🎨 爱好：爬山、下棋"),
		}, `{"languages":[{"language":"英语","fluency":"能读英文资料"},{"language":"粤语","fluency":"日常对话"}],"interests":[{"name":"爬山"},{"name":"下棋"}]}`, []string{"languages", "interests"}},
		{"a job written as a sentence after its dates: where and as what", []doc.Line{
			p("李某某"), p("电话：138 0000 0000"), h("工作经历"), p("2019.07 - 至今  某某花店  店员"), {Text: "2015年至2019年在某某超市做收银员。", Blank: true},
		}, `{"work":[{"name":"某某花店","position":"店员","startDate":"2019-07"},{"name":"某某超市","position":"收银员","startDate":"2015","endDate":"2019"}]}`, []string{"work"}},
		{"an employer in bold, how long and where under it, its roles as list items with their dates below", []doc.Line{
			p("Ana Lima"), h("Experience"), b("Harrow Vale Growers Ltd"), p("Full-time · 9 yrs 2 mos"), p("Nakuru, Kenya"),
			{Text: "Farm Manager, North Block", Bold: true, Marker: "-"}, {Text: "Mar 2020 - Present · 4 yrs", Indent: 2}, {Text: "Runs 300 ha.", Marker: "-", Indent: 4},
			{Text: "Assistant Farm Manager", Bold: true, Marker: "-"}, {Text: "Jan 2015 - Feb 2020 · 5 yrs 2 mos", Indent: 2},
		}, `{"work":[{"name":"Harrow Vale Growers Ltd","position":"Farm Manager, North Block","location":"Nakuru, Kenya","startDate":"2020-03","highlights":["Runs 300 ha."]},` +
			`{"name":"Harrow Vale Growers Ltd","position":"Assistant Farm Manager","location":"Nakuru, Kenya","startDate":"2015-01","endDate":"2020-02"}]}`, []string{"work"}},
		{"an academic CV page: dates and place over the degree, the year over its publications", []doc.Line{
			p("cv"), h("General Information"), {Text: "Full Name | Ana Lima", Cells: []string{"Full Name", "Ana Lima"}},
			h("Education"), {Text: "2016 - 2021", Bold: true, Size: 9}, {Text: "Ann Arbor, MI", Size: 9}, b("PhD"), p("Lakeside Institute of Technology"),
			h("Publications"), {Text: "2023", Bold: true, Size: 9}, p("Lima, A. & Reyes, T. Rotational dynamics after motor learning. Neuron."),
		}, `{"basics":{"name":"Ana Lima"},"education":[{"institution":"Lakeside Institute of Technology","studyType":"PhD","startDate":"2016","endDate":"2021","x-location":"Ann Arbor, MI"}],` +
			`"publications":[{"name":"Lima, A. & Reyes, T. Rotational dynamics after motor learning. Neuron.","releaseDate":"2023"}]}`, []string{"basics", "education", "publications"}},
		{"publications as title, venue and date, one a line", []doc.Line{
			p("Ana Lima"), h("Publications"), p("Hierarchical Reconciliation of Retail Forecasts"), p("Journal of Applied Forecasting"), p("2022-06"),
			p("Compares reconciliation methods on five years of store-level sales."), p("Spatial Priors for Sparse Data"), p("Statistics in Regional Health"), p("2016-03"),
		}, `{"publications":[{"name":"Hierarchical Reconciliation of Retail Forecasts","publisher":"Journal of Applied Forecasting","releaseDate":"2022-06","summary":"Compares reconciliation methods on five years of store-level sales."},` +
			`{"name":"Spatial Priors for Sparse Data","publisher":"Statistics in Regional Health","releaseDate":"2016-03"}]}`, []string{"publications"}},
		{"a job site's page: the headcount and tenure after the employer, the department and title on the next line, labels in table cells", []doc.Line{
			p("前程某某  企业招聘服务  简历搜索  人才库  某某公司（会员号：SZ0001）｜退出"), p("张三    ID:30000012"), p("手机：138-0000-0000"),
			h("求职意向"), {Text: "目标职能： | 电气工程师", Cells: []string{"目标职能：", "电气工程师"}}, {Text: "目标地点： | 苏州", Cells: []string{"目标地点：", "苏州"}},
			h("工作经验"), p("2021 /1--至今：甲乙自动化设备有限公司（500-1000人） [ 3年4个月]"), p("所属行业：  机械/设备"), b("电气部    电气工程师"),
			{Text: "负责电气方案设计；", Marker: "1、"},
		}, `{"basics":{"name":"张三","label":"电气工程师","phone":"138-0000-0000","location":{"city":"苏州"},"x-resumeId":"30000012"},` +
			`"work":[{"name":"甲乙自动化设备有限公司","position":"电气部 电气工程师","startDate":"2021-01","highlights":["负责电气方案设计；"],"x-companySize":"500-1000人","x-industry":"机械/设备"}]}`, []string{"basics", "work"}},
		{"a profile's cards: title – unit over the employer, a long degree beside the dates, qualifications that are certificates", []doc.Line{
			p("Ana Lima"), h("Professional experience"), b("Senior Project Engineer – Electric Drive Systems"), p("Quarry Antriebstechnik GmbH"), p("Apr 2019 - Present · 5 years 2 months"),
			h("Education"), b("Mechanical Engineering"), p("Hochschule Lakeside"), p("Oct 2009 - Sep 2013 · Bachelor of Engineering (B.Eng.)"),
			h("Qualifications"), p("IPMA Level D (Certified Project Management Associate), 2020"),
		}, `{"work":[{"name":"Quarry Antriebstechnik GmbH","position":"Senior Project Engineer – Electric Drive Systems","startDate":"2019-04"}],` +
			`"education":[{"institution":"Hochschule Lakeside","area":"Mechanical Engineering","studyType":"Bachelor of Engineering","startDate":"2009-10","endDate":"2013-09"}],` +
			`"certificates":[{"name":"IPMA Level D (Certified Project Management Associate)","x-date":"2020"}]}`, []string{"work", "education", "certificates"}},
		{"plain text: a spaced title after the name, numbered headings over long rules, dashes as the range, a field's label heading the education", []doc.Line{
			p("=========================================="), p("李  四   个 人 简 历"), p("=========================================="), p("手    机：186 0000 0000"),
			{Text: "持证情况", Marker: "1."}, p("------------------------------------------"), {Text: "叉车证（N1）                     2016年", Marker: "*", Indent: 2},
			{Text: "工作经历", Marker: "2."}, p("------------------------------------------"), p("2012.6 ---- 2017.2    某某电子有限公司   维修电工"),
			{Text: "学历", Marker: "3."}, p("------------------------------------------"), p("2007.9 ---- 2010.6    某某技师学院   电气自动化（中专）"),
			{Text: "会用的设备/软件", Marker: "4."}, p("------------------------------------------"), {Text: "变频器：ABB、汇川、台达", Indent: 2},
		}, `{"basics":{"name":"李四","phone":"186 0000 0000"},"work":[{"name":"某某电子有限公司","position":"维修电工","startDate":"2012-06","endDate":"2017-02"}],` +
			`"education":[{"institution":"某某技师学院","area":"电气自动化","studyType":"中专","startDate":"2007-09","endDate":"2010-06"}],` +
			`"certificates":[{"name":"叉车证（N1）","x-date":"2016"}],"skills":[{"name":"变频器","keywords":["ABB","汇川","台达"]}]}`, []string{"basics", "work", "education", "certificates", "skills"}},
		{"an executive's history: employer, place and dates, what it is, then its roles indented; board roles", []doc.Line{
			p("ANA LIMA"), b("Professional Experience"), p("NORTH LAKE HEALTH, Minneapolis, MN    2015 – Present"), {Text: "Community hospital, 180 beds.", Size: 10.5},
			{Text: "Executive Vice President & Chief Operating Officer    2019 – Present", Indent: 14}, {Text: "Led the merger.", Marker: "•", Indent: 31},
			{Text: "Senior Vice President, Hospital Operations    2015 – 2019", Indent: 14},
			b("Board & Advisory Roles"), {Text: "Board Member, Minnesota Hospital Leaders Forum, 2016 – 2022", Marker: "•"},
		}, `{"work":[{"name":"NORTH LAKE HEALTH","position":"Executive Vice President & Chief Operating Officer","location":"Minneapolis, MN","startDate":"2019","summary":"Community hospital, 180 beds.","highlights":["Led the merger."]},` +
			`{"name":"NORTH LAKE HEALTH","position":"Senior Vice President, Hospital Operations","location":"Minneapolis, MN","startDate":"2015","endDate":"2019"}],` +
			`"volunteer":[{"organization":"Minnesota Hospital Leaders Forum","position":"Board Member","startDate":"2016","endDate":"2022"}]}`, []string{"work", "volunteer"}},
		{"a degree written in two scripts", []doc.Line{
			p("吴某"), h("Education 教育"), {Text: "上海交通大学 — 硕士 M.S., 计算机科学 Computer Science, 2011 - 2014", Marker: "-"},
		}, `{"education":[{"institution":"上海交通大学","area":"计算机科学 Computer Science","studyType":"硕士","startDate":"2011","endDate":"2014"}]}`, []string{"education"}},
		{"a title and the unit it served, long, under the dated employer; the position applied for", []doc.Line{
			{Text: "Ana Lima"}, {Text: "Position applied    : Social Work Supervisor (Youth Services)"}, {Text: "Work Experience", Blank: true},
			{Text: "Apr 2020 – Present    Green Shoots Association", Blank: true}, {Text: "Assistant Social Work Officer, Integrated Children and Youth Services Centre (Tseung Kwan O)"},
			{Text: "Supervise 4 social workers.", Marker: "•"},
		}, `{"basics":{"name":"Ana Lima","label":"Social Work Supervisor (Youth Services)"},"work":[{"name":"Green Shoots Association","position":"Assistant Social Work Officer, Integrated Children and Youth Services Centre (Tseung Kwan O)","startDate":"2020-04","highlights":["Supervise 4 social workers."]}]}`, []string{"basics", "work"}},
		{"a label column whose heading is set over two lines beside the entries", []doc.Line{
			{Text: "黄某"}, {Text: "135 0000 0000 | x@example.com"},
			{Text: "工作        2022-02 -   至今                  高级运营经理", Blank: true}, {Text: "经历        负责家居品类的整体运营。"},
			{Text: "2019-05 - 2022-01               社区运营负责人", Indent: 10, Blank: true},
			{Text: "教育        2010-09 - 2014-06               某某文理学院     汉语言文学          本科", Blank: true},
			{Text: "曾获        2023-01                         年度最佳运营团队", Blank: true}, {Text: "奖项        2020-12                         社区年度优秀员工"},
		}, `{"work":[{"position":"高级运营经理","startDate":"2022-02","summary":"负责家居品类的整体运营。"},{"position":"社区运营负责人","startDate":"2019-05","endDate":"2022-01"}],` +
			`"education":[{"institution":"某某文理学院","area":"汉语言文学","studyType":"本科","startDate":"2010-09","endDate":"2014-06"}],` +
			`"awards":[{"title":"年度最佳运营团队","date":"2023-01"},{"title":"社区年度优秀员工","date":"2020-12"}]}`, []string{"work", "education", "awards"}},
		{"a label column of marked headings set larger than the entry beside them", []doc.Line{
			p("Ana Lima"),
			{Text: "Work  Island Genomics  2024", Heading: 1, Size: 20, Blank: true, Spans: []doc.Span{{Text: "Work", Style: doc.Style{Size: 20}}, {Text: "Island Genomics", Style: doc.Style{Size: 16}, Box: true}, {Text: "2024", Style: doc.Style{Size: 8}, Box: true}}},
			{Text: "Bioinformatics Intern", Heading: 2, Size: 10},
			p("Built a pipeline for RNA-seq QC."),
			{Text: "Education  Avon University  2019 - 2023", Heading: 1, Size: 20, Blank: true, Spans: []doc.Span{{Text: "Education", Style: doc.Style{Size: 20}}, {Text: "Avon University", Style: doc.Style{Size: 16}, Box: true}, {Text: "2019 - 2023", Style: doc.Style{Size: 8}, Box: true}}},
			{Text: "BSc Biology", Heading: 2, Size: 10},
		}, `{"work":[{"name":"Island Genomics","position":"Bioinformatics Intern","startDate":"2024","summary":"Built a pipeline for RNA-seq QC."}],"education":[{"institution":"Avon University","area":"Biology","studyType":"BSc","startDate":"2019","endDate":"2023"}]}`, []string{"work", "education"}},
		{"the major and the degree under the school, a note after a comma; columns with a comma in one", []doc.Line{
			p("李明"), h("教育背景"), p("英国西岸大学  2020.09 – 2021.11"), p("金融学硕士，Merit"),
			p("南京财经学院  2016.09 – 2020.06"), p("金融工程本科/学士 GPA 3.78/4.0，专业排名 5/120"),
			p("浙江大学   软件工程硕士，优秀毕业生   2012.09 – 2016.06"),
		}, `{"education":[{"institution":"英国西岸大学","area":"金融学","studyType":"硕士","startDate":"2020-09","endDate":"2021-11","x-details":["Merit"]},` +
			`{"institution":"南京财经学院","area":"金融工程","studyType":"本科/学士","score":"3.78/4.0","startDate":"2016-09","endDate":"2020-06","x-details":["专业排名 5/120"]},` +
			`{"institution":"浙江大学","area":"软件工程","studyType":"硕士","startDate":"2012-09","endDate":"2016-06"}]}`, []string{"education"}},
		{"Chinese schools and majors apart by a space, an aside or brackets; a major ending in 技术 over the degree", []doc.Line{
			p("李明"), h("教育背景"), p("2015.09-2019.06 浙江大学 计算机科学与技术 本科"), p("浙江大学（硕士） 软件工程 2019.09-2022.06"),
			p("【复旦大学】电子信息工程 博士 2022.09-至今"),
			h("学历"), p("西湖职业技术学院"), p("计算机应用技术"), p("大专"), p("2012.09 - 2015.06"),
		}, `{"education":[{"institution":"浙江大学","area":"计算机科学与技术","studyType":"本科","startDate":"2015-09","endDate":"2019-06"},` +
			`{"institution":"浙江大学","area":"软件工程","studyType":"硕士","startDate":"2019-09","endDate":"2022-06"},` +
			`{"institution":"复旦大学","area":"电子信息工程","studyType":"博士","startDate":"2022-09"},` +
			`{"institution":"西湖职业技术学院","area":"计算机应用技术","studyType":"大专","startDate":"2012-09","endDate":"2015-06"}]}`, []string{"education"}},
		{"Chinese schools with an aside in the major, a department, a mode of study; a four-character major ending in 技术", []doc.Line{
			p("李明"), h("教育背景"), p("2019.09-2022.06 浙江大学 软件工程（方向 分布式系统） 硕士"), p("2015.09-2019.06 南京大学 计算机系 软件工程 本科"),
			p("2012.09-2015.06 厦门大学 全日制 本科"), h("学历"), p("浙江大学"), p("生物技术"), p("本科"), p("2008.09 - 2012.06"),
		}, `{"education":[{"institution":"浙江大学","area":"软件工程（方向 分布式系统）","studyType":"硕士","startDate":"2019-09","endDate":"2022-06"},` +
			`{"institution":"南京大学","area":"软件工程","studyType":"本科","startDate":"2015-09","endDate":"2019-06","x-department":"计算机系"},` +
			`{"institution":"厦门大学","studyType":"本科","startDate":"2012-09","endDate":"2015-06"},` +
			`{"institution":"浙江大学","area":"生物技术","studyType":"本科","startDate":"2008-09","endDate":"2012-06"}]}`, []string{"education"}},
		{"a keywords label ending in 技术", []doc.Line{
			p("李明"), h("项目经历"), p("2021.03-2021.12 订单中台重构"), p("项目使用技术：Spring Boot、Redis、MySQL"), p("负责订单模块的拆分与重构。"),
		}, `{"projects":[{"name":"订单中台重构","keywords":["Spring Boot","Redis","MySQL"],"highlights":["负责订单模块的拆分与重构。"],"startDate":"2021-03","endDate":"2021-12"}]}`, []string{"projects"}},
		{"a Chinese name and the headline on its first line", []doc.Line{
			p("李明 Java开发工程师"), p("138 0000 0000"), h("工作经历"), p("2019.07-2021.03 杭州云启科技有限公司 Java开发工程师"),
		}, `{"basics":{"name":"李明","label":"Java开发工程师","phone":"138 0000 0000"}}`, []string{"basics"}},
		{"projects as bold names before a colon, the last with no text", []doc.Line{
			p("Ana Lima"), h("Projects"),
			{Text: "Tinyraft: A Raft simulator that runs in the browser.", Marker: "•", Spans: []doc.Span{{Text: "Tinyraft", Style: doc.Style{Bold: true}}, {Text: ":", Style: doc.Style{Bold: true}}, {Text: "A Raft simulator that runs in the browser."}}},
			{Text: "Campus Bus Tracker:", Marker: "•", Bold: true}, h("Education"),
		}, `{"projects":[{"name":"Tinyraft","description":"A Raft simulator that runs in the browser."},{"name":"Campus Bus Tracker"}]}`, []string{"projects"}},
		{"a degree over the school in a smaller bold, the dates with a note and a city in two scripts", []doc.Line{
			p("Ana Lima"), h("Education"), {Text: "商业分析硕士", Bold: true, Size: 11}, {Text: "维港大学", Bold: true, Size: 10},
			{Text: "09/2024 – 11/2025（预计 expected）  香港 Hong Kong", Size: 9},
		}, `{"education":[{"institution":"维港大学","area":"商业分析","studyType":"硕士","startDate":"2024-09","endDate":"2025-11"}]}`, []string{"education"}},
		{"a UK CV's training: a module with an aside in brackets, a mandatory-training heading", []doc.Line{
			p("Ana Lima"), h("Education and Training"), p("2021    Clinical Mentor / Assessor module (20 credits, Level 6) — Wardlow University"),
			h("Mandatory and Clinical Training (all in date)"), p("Immediate Life Support (ILS) — 2024;  Safeguarding Adults Level 3 — 2023"),
		}, `{"education":[{"institution":"Wardlow University","area":"Clinical Mentor / Assessor module (20 credits, Level 6)","endDate":"2021"}],` +
			`"certificates":[{"name":"Immediate Life Support (ILS)","x-date":"2024"},{"name":"Safeguarding Adults Level 3","x-date":"2023"}]}`, []string{"education", "certificates"}},
		{"a long degree and school before an expected date; awards on one line between bullets; a site's footer", []doc.Line{
			p("Ana Lima"), h("Education & Training"), p("B.S. Business Administration (Logistics concentration), Sandhills Crossing University (online)    expected Dec 2024"),
			h("Awards"), p("Army Commendation Medal (3)  •  Army Achievement Medal (4)  •  Good Conduct Medal (3)"), p("© 2024 Ana Lima · Built with Jekyll · Theme: online-cv"),
		}, `{"education":[{"institution":"Sandhills Crossing University (online)","area":"Business Administration (Logistics concentration)","studyType":"B.S.","endDate":"2024-12"}],` +
			`"awards":[{"title":"Army Commendation Medal (3)"},{"title":"Army Achievement Medal (4)"},{"title":"Good Conduct Medal (3)"}]}`, []string{"education", "awards"}},
		{"employer and title glued by a converter", []doc.Line{
			p("张三"), h("实习经历"), b("杭州某某文化传媒有限公司新媒体运营实习生2023.07 - 2023.12"), p("负责账号日常运营。"),
			b("杭州市图书馆宣传推广部实习生2022.07 - 2022.08"), h("校园经历"), b("某某传媒学院学生会宣传部部长2021.09 - 2022.06"),
		}, `{"work":[{"name":"杭州某某文化传媒有限公司","position":"新媒体运营实习生","startDate":"2023-07","endDate":"2023-12","summary":"负责账号日常运营。"},` +
			`{"name":"杭州市图书馆","position":"宣传推广部实习生","startDate":"2022-07","endDate":"2022-08"}],` +
			`"volunteer":[{"organization":"某某传媒学院学生会","position":"宣传部部长","startDate":"2021-09","endDate":"2022-06"}]}`, []string{"work", "volunteer"}},
		{"a mixed section: a certificate list and a skill group", []doc.Line{
			p("张三"), h("证书与技能"), p("证书：初级会计专业技术资格（2022 年 5 月）、CET-6（552 分）"), p("办公软件：熟练使用 Excel、Word、PPT，会用用友 U8"),
		}, `{"certificates":[{"name":"初级会计专业技术资格","x-date":"2022-05"},{"name":"CET-6（552 分）"}],"skills":[{"name":"办公软件","keywords":["Excel","Word","PPT","用友 U8"]}]}`, []string{"certificates", "skills"}},
		{"projects dated first, their names in title brackets, a heading with an aside", []doc.Line{
			p("张三"), p("项目经历（业余时间的作品）："), p("2021年5月，《拼团助手》，微信小程序"), {Text: "社区团购小程序，高峰日订单 3 万单。", Indent: 4},
		}, `{"projects":[{"name":"拼团助手","description":"社区团购小程序，高峰日订单 3 万单。","startDate":"2021-05","x-type":"微信小程序"}]}`, []string{"projects"}},
		{"a bilingual heading shortened in Chinese; a project's link at the end of its text", []doc.Line{
			p("Ana Lima"), h("Open Source 开源"), {Text: "ledgerkit", Heading: 3}, p("2021 – 2023"), p("A ledger library for Go. https://github.com/ana/ledgerkit"),
		}, `{"projects":[{"name":"ledgerkit","description":"A ledger library for Go.","url":"https://github.com/ana/ledgerkit","startDate":"2021","endDate":"2023"}]}`, []string{"projects"}},
		{"bilingual labels; spoken languages among the skill groups", []doc.Line{
			{Text: "姓名 Name | 林小文 LAM Siu Man | 电话 Tel | +852 6000 1234", Cells: []string{"姓名 Name", "林小文 LAM Siu Man", "电话 Tel", "+852 6000 1234"}},
			h("技能 Skills"), p("软件 Software：AutoCAD, Revit"), p("语言 Languages：粤语 Cantonese（母语 Native）；英语 English（IELTS 8.0）"),
		}, `{"basics":{"name":"林小文","phone":"+852 6000 1234","x-altName":"LAM Siu Man"},"skills":[{"name":"软件 Software","keywords":["AutoCAD","Revit"]}],"languages":[{"language":"粤语 Cantonese","fluency":"母语 Native"},{"language":"英语 English","fluency":"IELTS 8.0"}]}`, []string{"basics", "skills", "languages"}},
		{"labelled lines under 其他: a paper, a language", []doc.Line{
			p("张三"), h("其他"), {Text: "发表论文：《流式数据的增量聚合》，计算机工程，2017", Marker: "*"}, {Text: "英语：CET-6，可阅读英文文档", Marker: "*"},
		}, `{"publications":[{"name":"流式数据的增量聚合","publisher":"计算机工程","releaseDate":"2017"}],"languages":[{"language":"英语","fluency":"CET-6, 可阅读英文文档"}]}`, []string{"publications", "languages"}},
		{"sub-headings under a job are its projects", []doc.Line{
			p("张三"), h("工作经历"), {Text: "甲乙数智科技有限公司 数据工程师（ 2019年11月 ~ 至今 ）", Heading: 2},
			p("负责实时数仓建设。"), {Text: "实时数仓建设", Heading: 3}, {Text: "背景：离线数仓无法满足准实时决策。", Marker: "*"}, {Text: "方案：基于 Flink 搭建分层实时数仓。", Marker: "*"},
		}, `{"work":[{"name":"甲乙数智科技有限公司","position":"数据工程师","startDate":"2019-11","summary":"负责实时数仓建设。"}],"projects":[{"name":"实时数仓建设","entity":"甲乙数智科技有限公司","description":"离线数仓无法满足准实时决策。","highlights":["基于 Flink 搭建分层实时数仓。"]}]}`, []string{"work", "projects"}},
		{"a heading set over two lines; skill groups with levels beside their items", []doc.Line{
			p("张三"), {Text: "专业", Heading: 2, Bold: true}, {Text: "技能", Heading: 2, Bold: true},
			{Text: "后端开发 精通  Java,  Go", Marker: ">"}, {Text: "中间件  Kafka,  Redis", Marker: ">"},
		}, `{"skills":[{"name":"后端开发","level":"精通","keywords":["Java","Go"]},{"name":"中间件","keywords":["Kafka","Redis"]}]}`, []string{"skills"}},
		{"a form: a section in one row, projects numbered ① ② with titles in 《》, certificates with skills", []doc.Line{
			p("张三"), h("项目经历"), {Text: "2023.03—2023.06  《桌面机械臂设计》课程设计（组长）", Marker: "①"}, p("完成结构设计与运动学仿真。"),
			{Text: "2022.04—2022.10  《智能分拣小车》参赛作品", Marker: "②"}, p("负责底盘设计。"),
			h("技能证书"), p("软件：SolidWorks、AutoCAD"), p("证书：CET-4；CSWA"),
			{Text: "自我评价 | 动手能力强，能吃苦。", Cells: []string{"自我评价", "动手能力强，能吃苦，愿意长期在设备研发一线学习成长。"}},
		}, `{"projects":[{"name":"桌面机械臂设计","description":"完成结构设计与运动学仿真。","startDate":"2023-03","endDate":"2023-06","roles":["组长"],"x-type":"课程设计"},{"name":"智能分拣小车","description":"负责底盘设计。","startDate":"2022-04","endDate":"2022-10","x-type":"参赛作品"}],"certificates":[{"name":"CET-4"},{"name":"CSWA"}],"skills":[{"name":"软件","keywords":["SolidWorks","AutoCAD"]}],"basics":{"name":"张三","summary":"动手能力强，能吃苦，愿意长期在设备研发一线学习成长。"}}`, []string{"projects", "certificates", "skills", "basics"}},
		{"a spaced Chinese name over a line of facts with the title among them", []doc.Line{
			{Text: "方  磊", Heading: 1}, p("男 | 34 岁 | 嵌入式软件工程师 | 深圳 | 手机：137 0000 6813"),
		}, `{"basics":{"name":"方磊","label":"嵌入式软件工程师","phone":"137 0000 6813","location":{"city":"深圳"},"x-age":"34 岁","x-gender":"男"}}`, []string{"basics"}},
		{"a dated headline among the contact details, with a work section below, is no job", []doc.Line{
			{Text: "Jane Doe", Heading: 1}, p("jane@example.com"), p("Staff Engineer | Acme Corp | 2019 – Present"), p("github.com/janedoe"),
			{Text: "Experience", Heading: 2}, p("Staff Engineer, Acme Corp, 2019 – Present"), p("Runs the platform."),
		}, `{"work":[{"name":"Acme Corp","position":"Staff Engineer","startDate":"2019","summary":"Runs the platform."}]}`, []string{"work"}},
		{"the employer and the dates as a list under the title's heading (a theme's DOCX)", []doc.Line{
			{Text: "Cal Moreno", Heading: 1}, p("cal@example.com"), {Text: "Experience", Heading: 2},
			{Text: "Front-end Developer", Heading: 3}, {Text: "Harbor Tickets Co.", Marker: "•"}, {Text: "May 2023 – Present", Marker: "•"}, p("Build the checkout screens."),
			{Text: "Graphic Designer", Heading: 3}, {Text: "Elm Street Print Shop", Marker: "•"}, {Text: "Aug 2020 – May 2022", Marker: "•"}, p("Designed posters."),
		}, `{"work":[{"name":"Harbor Tickets Co.","position":"Front-end Developer","startDate":"2023-05","summary":"Build the checkout screens."},{"name":"Elm Street Print Shop","position":"Graphic Designer","startDate":"2020-08","endDate":"2022-05","summary":"Designed posters."}]}`, []string{"work"}},
		{"jobs with no heading over them right after the contact details; a full stop after a Chinese name", []doc.Line{
			{Text: "韩小雅", Heading: 1}, p("成都 / 138 0000 6352 / nx@example.cn"), p("总账会计 - 某某财税服务有限公司.   成都高新区, 2023-03-01 - Present"), p("独立负责 40 余家小微企业客户的记账和报税。"),
			{Text: "EDUCATION", Bold: true}, p("某财经学院, 2017-09-01 - 2021-06-30"),
		}, `{"work":[{"name":"某某财税服务有限公司","position":"总账会计","startDate":"2023-03-01","summary":"独立负责 40 余家小微企业客户的记账和报税。"}]}`, []string{"work"}},
		{"a name in two scripts leads the first line, its contact details after it", []doc.Line{
			p("陶然 Ran Tao  ｜  Finance Manager 财务经理  ｜  +86 137 0000 6624  ｜  ran.tao@example.com"),
		}, `{"basics":{"name":"陶然","phone":"+86 137 0000 6624","email":"ran.tao@example.com","x-altName":"Ran Tao"}}`, []string{"basics"}},
		{"contact fields parted by a small shape; a city and its state written in full", []doc.Line{
			p("Rhea Vance"), p("rv@example.com ◆ (503) 555-0142 ◆ Tacoma, Washington ◆"),
		}, `{"basics":{"name":"Rhea Vance","email":"rv@example.com","phone":"(503) 555-0142","location":{"city":"Tacoma","region":"Washington"}}}`, []string{"basics"}},
		{"a headline's place after a city label with no colon", []doc.Line{
			p("陆一鸣"), p("数据库内核工程师 · 现居深圳"), p("电话 139 0000 1111"),
		}, `{"basics":{"name":"陆一鸣","label":"数据库内核工程师","phone":"139 0000 1111","location":{"city":"深圳"}}}`, []string{"basics"}},
		{"a spaced address label; the city of the address", []doc.Line{
			p("赵一"), p("手    机：186 0000 3392"), p("现 住 址：浙江省湖州市吴兴区"),
		}, `{"basics":{"name":"赵一","phone":"186 0000 3392","location":{"address":"浙江省湖州市吴兴区","city":"湖州","region":"浙江"}}}`, []string{"basics"}},
		{"label/value pairs a converter glued together, each label straight after the value before it, a closing bracket too", []doc.Line{
			p("李四"), p("求职意向：产品助理意向城市：成都期望薪资：8-10K到岗时间：随时"), p("学历：本科（统招）毕业院校：西岭大学专业：会计学"),
		}, `{"basics":{"name":"李四","label":"产品助理","location":{"city":"成都"},"x-availability":"随时","x-expectedSalary":"8-10K"},"education":[{"institution":"西岭大学","area":"会计学","studyType":"本科"}]}`, []string{"basics", "education"}},
		{"a target position with a labelled aside; a value before a label across a gap", []doc.Line{
			p("张三"), p("求职意向：机械结构工程师（意向城市：苏州、无锡）"), p("意向岗位：审计助理 / 会计  期望薪资：面议"),
		}, `{"basics":{"name":"张三","label":"机械结构工程师","location":{"city":"苏州"},"x-expectedSalary":"面议"}}`, []string{"basics"}},
		{"应聘 as the label of the target position; jobs dated by months of two-digit years", []doc.Line{
			p("张三"), p("应聘：行政文员/前台"), p("电话 188 0000 3021"), h("工作经历"),
			p("23年12月-24年5月  某某物业服务有限公司  前台文员"), p("19.03-21.08  某某科技有限公司  工程师"),
		}, `{"basics":{"name":"张三","label":"行政文员/前台","phone":"188 0000 3021"},` +
			`"work":[{"name":"某某物业服务有限公司","position":"前台文员","startDate":"2023-12","endDate":"2024-05"},{"name":"某某科技有限公司","position":"工程师","startDate":"2019-03","endDate":"2021-08"}]}`, []string{"basics", "work"}},
		{"a form's section names in merged cells beside the first dated row; skills named as the skills under certificates", []doc.Line{
			p("张三"), p("电话 136-0000-5571"),
			{Text: "教育 经历 | 2007年9月-2011年7月 | 燕南财经大学  会计学专业  本科", Cells: []string{"教育 经历", "2007年9月-2011年7月", "燕南财经大学  会计学专业  本科"}},
			{Text: "2015年3月-2017年7月 | 北岭开放大学  工商管理专业  本科", Cells: []string{"2015年3月-2017年7月", "北岭开放大学  工商管理专业  本科"}},
			{Text: "资格 证书 | 2016年 | 中级会计师", Cells: []string{"资格 证书", "2016年", "中级会计师"}},
			{Text: "专业技能 | 用友NC、金蝶K/3、Excel", Cells: []string{"专业技能", "用友NC、金蝶K/3、Excel"}},
		}, `{"education":[{"institution":"燕南财经大学","area":"会计学","studyType":"本科","startDate":"2007-09","endDate":"2011-07"},{"institution":"北岭开放大学","area":"工商管理","studyType":"本科","startDate":"2015-03","endDate":"2017-07"}],` +
			`"certificates":[{"name":"中级会计师","x-date":"2016"}],"skills":[{"keywords":["用友NC","金蝶K/3","Excel"]}]}`, []string{"education", "certificates", "skills"}},
		{"bold headings, one before its text without a colon; a job since a month, its title and employer joined by at", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), {Text: "Work", Bold: true, Blank: true},
			{Text: "Junior Web Developer at Pixel Studio, since Mar 2023 — small agency, React sites", Marker: "*"},
			{Text: "School", Bold: true, Blank: true}, {Text: "B.A. English, Hill Country University, 2020", Marker: "*"},
			{Text: "Stack HTML · CSS · React", Blank: true, Spans: []doc.Span{{Text: "Stack", Style: doc.Style{Bold: true}}, {Text: " HTML · CSS · React"}}},
		}, `{"work":[{"name":"Pixel Studio","position":"Junior Web Developer","startDate":"2023-03","summary":"small agency, React sites"}],` +
			`"education":[{"institution":"Hill Country University","area":"English","studyType":"B.A.","endDate":"2020"}],"skills":[{"keywords":["HTML","CSS","React"]}]}`, []string{"work", "education", "skills"}},
		{"languages and hobbies among personal details; a declaration is no summary", []doc.Line{
			p("Ana Lima"), p("Mobile: +91 90000 04512"), h("Personal Details"), p("Gender  : Female"),
			p("Languages Known : English, Hindi, Marathi, Kannada"), p("Hobbies : Reading, Badminton"),
			h("Declaration"), p("I hereby declare that the information furnished above is true to the best of my knowledge."),
		}, `{"basics":{"name":"Ana Lima","phone":"+91 90000 04512","x-gender":"Female"},"languages":[{"language":"English"},{"language":"Hindi"},{"language":"Marathi"},{"language":"Kannada"}],` +
			`"interests":[{"name":"Reading"},{"name":"Badminton"}]}`, []string{"basics", "languages", "interests"}},
		{"projects listed under a job after a line that heads them, set below the jobs", []doc.Line{
			p("Ana Lima"), {Text: "About", Heading: 2, Size: 10.5, Blank: true}, {Text: "Backend engineer.", Size: 9},
			{Text: "Experience", Heading: 2, Size: 10.5, Blank: true}, {Text: "Senior Engineer at Shopwave", Heading: 3, Size: 10.5, Blank: true}, {Text: "Jan 2021 – present · Singapore", Size: 8.2},
			{Text: "Own the order platform.", Marker: "•", Size: 9}, {Text: "PROJECTS AT SHOPWAVE", Size: 7.9, Blank: true},
			{Text: "Checkout 2.0 — tech lead · 2021 – 2022", Size: 9}, {Text: "Rebuilt checkout as a saga.", Size: 9},
			{Text: "Go  Kafka  TiDB", Size: 8.2, Spans: []doc.Span{{Text: "Go"}, {Text: "Kafka", Box: true}, {Text: "TiDB", Box: true}}},
			{Text: "Stock ledger — designer · 2023", Size: 9, Blank: true}, {Text: "An inventory ledger.", Size: 9},
			{Text: "Go  PostgreSQL  Debezium", Size: 8.2, Spans: []doc.Span{{Text: "Go"}, {Text: "PostgreSQL", Box: true}, {Text: "Debezium", Box: true}}},
			{Text: "Engineer at Bluepeak Systems", Heading: 3, Size: 10.5, Blank: true}, {Text: "Jul 2013 – Jun 2015", Size: 8.2},
			{Text: "Interests", Heading: 2, Size: 10.5, Blank: true}, {Text: "Chess", Size: 9},
		}, `{"work":[{"name":"Shopwave","position":"Senior Engineer","location":"Singapore","startDate":"2021-01","highlights":["Own the order platform."]},{"name":"Bluepeak Systems","position":"Engineer","startDate":"2013-07","endDate":"2015-06"}],` +
			`"projects":[{"name":"Checkout 2.0","entity":"SHOPWAVE","roles":["tech lead"],"startDate":"2021","endDate":"2022","description":"Rebuilt checkout as a saga.","keywords":["Go","Kafka","TiDB"]},` +
			`{"name":"Stock ledger","entity":"SHOPWAVE","roles":["designer"],"startDate":"2023","description":"An inventory ledger.","keywords":["Go","PostgreSQL","Debezium"]}]}`, []string{"work", "projects"}},
		{"a labelled value ends at the gap before contact details set with icons", []doc.Line{
			p("秦浩然"), p("求职意向：数据平台工程师  📍 北京  📱 186-0000-0139  ✉ qin@example.cn  🔗 gitee.com/qinhr"),
		}, `{"basics":{"name":"秦浩然","label":"数据平台工程师","email":"qin@example.cn","phone":"186-0000-0139","location":{"city":"北京"},` +
			`"profiles":[{"network":"Gitee","username":"qinhr","url":"https://gitee.com/qinhr"}]}}`, []string{"basics"}},
		{"project cards: tags over the name, a meta line of icon-labelled fields under it", []doc.Line{
			p("秦浩然"), h("项目"),
			{Text: "Flink  Kafka  ClickHouse", Size: 7.5, Blank: true, Spans: []doc.Span{{Text: "Flink"}, {Text: "Kafka", Box: true}, {Text: "ClickHouse", Box: true}}},
			{Text: "实时数仓 2.0", Bold: true, Size: 9.8},
			{Text: "🕒 2022.03 → 2022.12  👤 技术负责人  🏢 百川云图", Size: 8.3, Spans: []doc.Span{{Text: "🕒 2022.03 → 2022.12"}, {Text: "👤 技术负责人", Box: true}, {Text: "🏢 百川云图", Box: true}}},
			{Text: "把 T+1 的交易看板改为秒级实时。", Size: 9, Blank: true},
		}, `{"projects":[{"name":"实时数仓 2.0","keywords":["Flink","Kafka","ClickHouse"],"startDate":"2022-03","endDate":"2022-12","roles":["技术负责人"],"entity":"百川云图","description":"把 T+1 的交易看板改为秒级实时。"}]}`, []string{"projects"}},
		{"a greeting names the writer; a table of projects headed by the section's name, fields side by side", []doc.Line{
			{Text: "Hi 👋 我是宋佳琪", Heading: 2}, p("📫 邮箱：song@example.cn ｜ 📱 138-0000-3358"), h("项目"),
			{Text: "项目 | 简介 | 技术", Cells: []string{"项目", "简介", "技术"}},
			{Text: "campus-map | 三维校园导览地图 | Three.js, Vue 3", Cells: []string{"campus-map", "三维校园导览地图", "Three.js, Vue 3"}},
			{Text: "md-slides | 用 Markdown 写幻灯片 | TypeScript", Cells: []string{"md-slides", "用 Markdown 写幻灯片", "TypeScript"}},
		}, `{"basics":{"name":"宋佳琪","email":"song@example.cn","phone":"138-0000-3358"},` +
			`"projects":[{"name":"campus-map","description":"三维校园导览地图","keywords":["Three.js","Vue 3"]},{"name":"md-slides","description":"用 Markdown 写幻灯片","keywords":["TypeScript"]}]}`, []string{"basics", "projects"}},
		{"a job site's saved page: its chrome goes; a table of skills with level and months; labelled fields side by side", []doc.Line{
			p("职途网  首页  职位搜索  我的简历  消息(3)  退出"), p("下载简历  打印  转发  隐藏联系方式"),
			p("简历编号：ZT20240517008812  ｜  最后更新：2024-05-17"), {Text: "康丽", Heading: 1},
			p("手机号码  159-0000-2264  电子邮箱  kangli@example.com"), h("工作经验"),
			{Text: "2019.06 - 至今  顺德美厨电器有限公司", Bold: true}, p("职位名称：结构设计主管    所在部门：研发中心"),
			h("专业技能"), {Text: "Creo | 精通 | 96个月", Cells: []string{"Creo", "精通", "96个月"}}, {Text: "AutoCAD | 熟练 | 108个月", Cells: []string{"AutoCAD", "熟练", "108个月"}},
			p("© 2024 职途网 版权所有 ｜ 联系我们 ｜ 隐私政策"),
		}, `{"basics":{"name":"康丽","email":"kangli@example.com","phone":"159-0000-2264"},` +
			`"work":[{"name":"顺德美厨电器有限公司","position":"结构设计主管","startDate":"2019-06","x-department":"研发中心"}],` +
			`"skills":[{"level":"精通","keywords":["Creo"]},{"level":"熟练","keywords":["AutoCAD"]}]}`, []string{"basics", "work", "skills", "certificates"}},
		{"a grid of rated skills in table cells", []doc.Line{
			p("曾浩"), h("技能"),
			{Text: "SQL  ★★★★★ | Python  ★★★★☆", Cells: []string{"SQL  ★★★★★", "Python  ★★★★☆"}},
			{Text: "A/B 实验设计  ★★★★☆ | 因果推断  ★★★☆☆", Cells: []string{"A/B 实验设计  ★★★★☆", "因果推断  ★★★☆☆"}},
		}, `{"skills":[{"keywords":["SQL","Python"]},{"keywords":["A/B 实验设计","因果推断"]}]}`, []string{"skills"}},
		{"a grid of skills, one a cell; a group's name in the first cell of a row of lists", []doc.Line{
			p("Ana Lima"), h("Skills"),
			{Text: "Python | Go | SQL", Cells: []string{"Python", "Go", "SQL"}},
			{Text: "Docker | Kubernetes | Terraform", Cells: []string{"Docker", "Kubernetes", "Terraform"}},
			p("Tools"),
			{Text: "Frontend | React | Vite", Cells: []string{"Frontend", "React", "Vite"}},
			{Text: "DevOps | Docker | Terraform", Cells: []string{"DevOps", "Docker", "Terraform"}},
		}, `{"skills":[{"keywords":["Python","Go","SQL"]},{"keywords":["Docker","Kubernetes","Terraform"]},{"name":"Frontend","keywords":["React","Vite"]},{"name":"DevOps","keywords":["Docker","Terraform"]}]}`, []string{"skills"}},
		{"each row of a table beside its section's name, a name that is a form's label too", []doc.Line{
			p("孟晓"), p("电话：138 0000 4471"),
			{Text: "教育背景 | 2012.09-2016.06 | 北川大学 | 会计学本科", Cells: []string{"教育背景", "2012.09-2016.06", "北川大学", "会计学本科"}},
			{Text: "工作经历 | 2016.07-2021.12 | 南岭会计师事务所 | 审计员", Cells: []string{"工作经历", "2016.07-2021.12", "南岭会计师事务所", "审计员"}},
		}, `{"work":[{"name":"南岭会计师事务所","position":"审计员","startDate":"2016-07","endDate":"2021-12"}],` +
			`"education":[{"institution":"北川大学","area":"会计学","studyType":"本科","startDate":"2012-09","endDate":"2016-06"}]}`, []string{"work", "education"}},
		{"a card per job: a character of the employer as its logo, the title, the employer, then the dates with the length and the place", []doc.Line{
			p("連曉晴"), p("lian@example.com"), h("工作經歷"),
			{Text: "晴", Bold: true, Blank: true}, {Text: "物理治療師", Heading: 4, Blank: true}, {Text: "台南晴川醫院 · 復健科", Blank: true},
			p("2020年8月 – 現在 · 5年2個月 · 台南市東區"), {Text: "負責門診物理治療。", Marker: "•", Blank: true},
			{Text: "禾", Bold: true, Blank: true}, {Text: "物理治療師", Heading: 4, Blank: true}, {Text: "嘉禾復健科診所", Blank: true},
			p("2017年9月 – 2020年7月 · 2年11個月 · 嘉義市"),
		}, `{"work":[{"name":"台南晴川醫院","position":"物理治療師","startDate":"2020-08","x-department":"復健科","highlights":["負責門診物理治療。"]},` +
			`{"name":"嘉禾復健科診所","location":"嘉義市","position":"物理治療師","startDate":"2017-09","endDate":"2020-07"}]}`, []string{"work"}},
		{"a table of tools with how long and when last used: the tools only", []doc.Line{
			p("Ana Lima"), h("Software"),
			{Text: "Software | Years | Last used", Cells: []string{"Software", "Years", "Last used"}, HeadRow: true},
			{Text: "Revit | 7 | 2024", Cells: []string{"Revit", "7", "2024"}},
			{Text: "Navisworks | 4+ | 2023", Cells: []string{"Navisworks", "4+", "2023"}},
		}, `{"skills":[{"keywords":["Revit"]},{"keywords":["Navisworks"]}]}`, []string{"skills"}},
		{"skills written one after another without separators split into the technologies they name", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "前端框架 (精通): React Vue TypeScript", Marker: "•"}, {Text: "工程化 (): Webpack Vite Jest CI/CD", Marker: "•"},
			{Text: "Backend: Spring Boot Kafka Redis", Marker: "•"}, {Text: "Cloud: Amazon Web Services", Marker: "•"},
		}, `{"skills":[{"name":"前端框架","level":"精通","keywords":["React","Vue","TypeScript"]},{"name":"工程化","keywords":["Webpack","Vite","Jest","CI/CD"]},` +
			`{"name":"Backend","keywords":["Spring Boot","Kafka","Redis"]},{"name":"Cloud","keywords":["Amazon Web Services"]}]}`, []string{"skills"}},
		{"skill groups named in Chinese before a space, or in two languages before a gap", []doc.Line{
			p("张三"), h("技能"), {Text: "中间件 Kafka, RocketMQ, Redis", Marker: ">"}, {Text: "架构与治理 微服务, 单元化", Marker: ">"},
			p("编程语言 Languages  • Go, Rust"), p("熟悉 Java, Go"),
		}, `{"skills":[{"name":"中间件","keywords":["Kafka","RocketMQ","Redis"]},{"name":"架构与治理","keywords":["微服务","单元化"]},` +
			`{"name":"编程语言 Languages","keywords":["Go","Rust"]},{"keywords":["Java","Go"]}]}`, []string{"skills"}},
		{"bulleted skill groups with their items indented under them, one a line", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "后端开发", Marker: "•", Indent: 2}, {Text: "Java", Indent: 7}, {Text: "Go", Indent: 7},
			{Text: "中间件", Marker: "•", Indent: 2, Blank: true}, {Text: "Kafka", Indent: 7}, {Text: "Redis", Indent: 7},
			{Text: "Linux", Marker: "•", Indent: 2}, {Text: "Programming", Indent: 9},
		}, `{"skills":[{"name":"后端开发","keywords":["Java","Go"]},{"name":"中间件","keywords":["Kafka","Redis","Linux","Programming"]}]}`, []string{"skills"}},
		{"skill groups in bold with their items indented under them, one a line", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "Backend", Bold: true, Marker: "•", Blank: true}, {Text: "Java", Indent: 2}, {Text: "Go", Indent: 2}, {Text: "Dubbo", Indent: 2},
			{Text: "Messaging", Bold: true, Marker: "•"}, {Text: "Kafka", Indent: 2}, {Text: "Redis", Indent: 2},
		}, `{"skills":[{"name":"Backend","keywords":["Java","Go","Dubbo"]},{"name":"Messaging","keywords":["Kafka","Redis"]}]}`, []string{"skills"}},
		{"skill groups side by side in plain text, their items in columns under their names", []doc.Line{
			{Text: "Ana Lima"}, {Text: "Skills", Blank: true}, {Text: "Languages                 Tools", Blank: true},
			{Text: "Go                        Git", Indent: 4, Blank: true}, {Text: "Python                    Docker", Indent: 4}, {Text: "SQL", Indent: 4},
			{Text: "Education", Blank: true}, {Text: "Lakeside University"}, {Text: "2019 – 2023"},
		}, `{"skills":[{"name":"Languages","keywords":["Go","Python","SQL"]},{"name":"Tools","keywords":["Git","Docker"]}],` +
			`"education":[{"institution":"Lakeside University","startDate":"2019","endDate":"2023"}]}`, []string{"skills", "education", "languages"}},
		{"skill groups side by side after the section's name, a row of their levels under their names", []doc.Line{
			{Text: "Ana Lima"}, {Text: "Education        BSc Biotechnology, Lakeside University", Blank: true}, {Text: "2016 – 2020", Indent: 17},
			{Text: "Skills           Backend 后端               Data 数据", Blank: true},
			{Text: "Expert                    Advanced", Indent: 17},
			{Text: "Kubernetes               Pandas", Indent: 26, Blank: true}, {Text: "Go                       SQL", Indent: 26}, {Text: "gRPC", Indent: 26},
		}, `{"skills":[{"name":"Backend 后端","level":"Expert","keywords":["Kubernetes","Go","gRPC"]},{"name":"Data 数据","level":"Advanced","keywords":["Pandas","SQL"]}]}`, []string{"skills"}},
		{"skill groups side by side in a PDF, bulleted items in their boxes, one item alone in the longer last column", []doc.Line{
			pdfLine(1, 1, 0, "Ana Lima"), {Text: "Skills", Heading: 1, Size: 21, Pos: doc.Pos{Page: 1, Line: 2}},
			pdfLine(1, 3, 0, "iOS", "Android", "Practices"), pdfLine(1, 4, 0, "Expert", "Advanced"),
			pdfLine(1, 5, 59, "CI/CD"), pdfLine(1, 6, 3, "Swift", "Kotlin", "Feature flags"), pdfLine(1, 7, 3, "SwiftUI", "Coroutines"), pdfLine(1, 8, 3, "Combine"),
		}, `{"skills":[{"name":"iOS","level":"Expert","keywords":["Swift","SwiftUI","Combine"]},{"name":"Android","level":"Advanced","keywords":["Kotlin","Coroutines"]},` +
			`{"name":"Practices","keywords":["CI/CD","Feature flags"]}]}`, []string{"skills"}},
		{"丨, a radical, typed as the bar between a job's fields", []doc.Line{
			p("张三"), h("工作经历"), p("2019/09-至今 丨 星河会计师事务所（特殊普通合伙）上海分所 丨 审计经理"),
		}, `{"work":[{"name":"星河会计师事务所（特殊普通合伙）上海分所","position":"审计经理","startDate":"2019-09"}]}`, []string{"work"}},
		{"skill groups named over their technologies one or two a line, a sidebar's", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Infrastructure"), {Text: "Kubernetes", Blank: true}, {Text: "Terraform    AWS", Blank: true}, p("Linux"),
			p("Observability"), p("Prometheus"), p("Grafana"), {Text: "Programming", Blank: true}, {Text: "Go      Python   Bash", Blank: true},
		}, `{"skills":[{"name":"Infrastructure","keywords":["Kubernetes","Terraform","AWS","Linux"]},{"name":"Observability","keywords":["Prometheus","Grafana"]},` +
			`{"name":"Programming","keywords":["Go","Python","Bash"]}]}`, []string{"skills"}},
		{"a group's items indented under its name: a word among them is an item", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Design"), {Text: "Figma", Indent: 2}, {Text: "Sketch", Indent: 2}, {Text: "Framer", Indent: 2}, {Text: "HTML", Indent: 2}, {Text: "CSS", Indent: 2},
		}, `{"skills":[{"name":"Design","keywords":["Figma","Sketch","Framer","HTML","CSS"]}]}`, []string{"skills"}},
		{"a list that starts with its items has no group names among them", []doc.Line{
			p("Ana Lima"), h("Tools"), {Text: "Figma", Indent: 5}, {Text: "Framer", Indent: 5, Blank: true}, {Text: "HTML", Indent: 5}, {Text: "CSS", Indent: 5},
		}, `{"skills":[{"keywords":["Figma","Framer","HTML","CSS"]}]}`, []string{"skills"}},
		{"skills rated in a column: two items before one level are two items", []doc.Line{
			p("张三"), h("专业技能"), p("数据仓库建模                    精通"), p("Spark / Flink             精通"), p("Kubernetes                了解"),
		}, `{"skills":[{"keywords":["数据仓库建模","Spark","Flink","Kubernetes"]}]}`, []string{"skills"}},
		{"the city after an employer's name, after a comma in a labelled form or after a space", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Dates  September 2020 – Present"), p("Occupation or position held  Lead Mobile Engineer"), p("Name of employer  Wattlebird Bank, Sydney"),
			h("工作经历"), {Text: "云帆协同 CloudSail 上海", Bold: true}, p("高级产品经理  2021.05 – 至今"),
		}, `{"work":[{"name":"Wattlebird Bank","location":"Sydney","position":"Lead Mobile Engineer","startDate":"2020-09"},` +
			`{"name":"云帆协同 CloudSail","location":"上海","position":"高级产品经理","startDate":"2021-05"}]}`, []string{"work"}},
		{"a department before the title keeps its separator; a line of what was done is no employer", []doc.Line{
			p("张三"), h("工作经历"), p("交易中台 - 首席架构师"), p("Mar 2021 - Present"), p("建立架构评审机制"), p("培养 4 名技术专家和 3 名一线经理"),
			p("支付网关技术负责人"), p("Jun 2017 - Feb 2021"),
		}, `{"work":[{"position":"交易中台 - 首席架构师","startDate":"2021-03","summary":"建立架构评审机制","highlights":["培养 4 名技术专家和 3 名一线经理"]},` +
			`{"position":"支付网关技术负责人","startDate":"2017-06","endDate":"2021-02"}]}`, []string{"work"}},
		{"a date line a page break printed twice is kept once, with the entry it heads; 技术员 is a title", []doc.Line{
			{Text: "Ana Lima", Pos: doc.Pos{Page: 1, Line: 1}}, {Text: "Work", Heading: 1, Pos: doc.Pos{Page: 1, Line: 2}},
			{Text: "2021-01 —", Bold: true, Pos: doc.Pos{Page: 1, Line: 3}}, {Text: "2021-01 —", Bold: true, Pos: doc.Pos{Page: 2, Line: 1}},
			{Text: "Principal SRE", Bold: true, Pos: doc.Pos{Page: 2, Line: 2}}, {Text: "Led reliability.", Marker: "•", Pos: doc.Pos{Page: 2, Line: 3}},
			{Text: "2017-07 — 2020-02", Bold: true, Pos: doc.Pos{Page: 2, Line: 4}}, {Text: "电子技术员", Bold: true, Pos: doc.Pos{Page: 2, Line: 5}},
		}, `{"work":[{"position":"Principal SRE","startDate":"2021-01","highlights":["Led reliability."]},{"position":"电子技术员","startDate":"2017-07","endDate":"2020-02"}]}`, []string{"work"}},
		{"a title its column wrapped before the last word", []doc.Line{
			p("Ana Lima"), h("Work"), {Text: "Senior Application Security  2022-01 - Present", Blank: true, Spans: []doc.Span{{Text: "Senior Application Security"}, {Text: "2022-01 - Present", Box: true}}},
			p("Engineer"), {Text: "Own application security.", Blank: true},
		}, `{"work":[{"position":"Senior Application Security Engineer","startDate":"2022-01","summary":"Own application security."}]}`, []string{"work"}},
		{"what was done, set beside a job's title and dates, is no employer", []doc.Line{
			p("Ana Lima"), h("Work"), {Text: "Backend Developer  2018-03 - 2021-12  Built REST APIs in Java and Kotlin for a portal", Blank: true,
				Spans: []doc.Span{{Text: "Backend Developer"}, {Text: "2018-03 - 2021-12", Box: true}, {Text: "Built REST APIs in Java and Kotlin for a portal", Box: true}}},
		}, `{"work":[{"position":"Backend Developer","startDate":"2018-03","endDate":"2021-12","summary":"Built REST APIs in Java and Kotlin for a portal"}]}`, []string{"work"}},
		{"a label column's heading interleaved with the first lines beside it", []doc.Line{
			{Text: "王建国", Heading: 1, Size: 18}, {Text: "139 0000 5678", Size: 9},
			{Text: "2021-03 - 至今  交易中台 - 首席架构师", Size: 9, Indent: 11, Blank: true}, {Text: "工作", Heading: 2, Size: 13.5},
			{Text: "负责交易中台整体技术架构。", Size: 9, Indent: 11}, {Text: "经历", Heading: 2, Size: 13.5},
			{Text: "主导订单系统单元化改造", Size: 9, Indent: 11, Marker: ">"},
		}, `{"work":[{"position":"交易中台 - 首席架构师","startDate":"2021-03","summary":"负责交易中台整体技术架构。","highlights":["主导订单系统单元化改造"]}]}`, []string{"work"}},
		{"a job site's menu, an avatar's initial, a line of facts; a personal site's title names its owner", []doc.Line{
			p("职达  首页  职位  公司  校园  消息  我的简历 ▾"), {Text: "何", Size: 21}, {Text: "何志远", Heading: 1},
			p("离职-随时到岗 · 7年工作经验 · 本科 · 31岁"), p("📞 139-0000-0172"),
		}, `{"basics":{"name":"何志远","phone":"139-0000-0172","x-age":"31岁","x-jobStatus":"离职-随时到岗","x-yearsOfExperience":"7年工作经验"}}`, []string{"basics"}},
		{"a long headline right under the name is the label", []doc.Line{{Text: "Ruth Kowalski", Heading: 1}, p("Senior Product Manager, Payments | ex-engineer | Building money tools for small businesses"), p("ruth@example.com")},
			`{"basics":{"name":"Ruth Kowalski","label":"Senior Product Manager, Payments · ex-engineer · Building money tools for small businesses","email":"ruth@example.com"}}`, []string{"basics"}},
		{"a personal site's title names its owner", []doc.Line{{Text: "宋小禾的小站", Heading: 1}, p("songxh@example.cn")},
			`{"basics":{"name":"宋小禾","email":"songxh@example.cn"}}`, []string{"basics"}},
		{"a bold line set smaller under a job's header heads a project of that job", []doc.Line{
			p("张三"), h("工作经历"), {Text: "(按时间倒序)", Bold: true, Size: 10.8}, {Text: "甲乙数智科技有限公司 数据工程师（ 2019年11月 ~ 至今 ）", Bold: true, Size: 13},
			{Text: "实时数仓建设", Bold: true, Size: 11}, {Text: "基于 Flink 搭建分层实时数仓。", Marker: "•", Size: 10.5},
		}, `{"work":[{"name":"甲乙数智科技有限公司","position":"数据工程师","startDate":"2019-11"}],"projects":[{"name":"实时数仓建设","entity":"甲乙数智科技有限公司","highlights":["基于 Flink 搭建分层实时数仓。"]}]}`, []string{"work", "projects"}},
		{"a self-assessment written as a label among the skills", []doc.Line{
			p("张三"), h("专业技能"), {Text: "语言：Java、Go", Marker: "-"}, p("自我评价：踏实肯干，善于沟通。"),
		}, `{"basics":{"name":"张三","summary":"踏实肯干，善于沟通。"},"skills":[{"name":"语言","keywords":["Java","Go"]}]}`, []string{"basics", "skills"}},
		{"a section's name in bold before its text; numbered projects with dates in brackets before a colon", []doc.Line{
			p("吴九"), {Text: "项目经历：", Bold: true},
			{Text: "用户流失预警模型（2021.03）：基于 XGBoost 预测流失用户。", Marker: "1."}, {Text: "销售看板（2020.05）：使用 Tableau 搭建销售看板。", Marker: "2."},
			{Text: "技能： SQL / Python", Blank: true, Spans: []doc.Span{{Text: "技能：", Style: doc.Style{Bold: true}}, {Text: "SQL / Python"}}},
		}, `{"projects":[{"name":"用户流失预警模型","description":"基于 XGBoost 预测流失用户。","startDate":"2021-03"},{"name":"销售看板","description":"使用 Tableau 搭建销售看板。","startDate":"2020-05"}],"skills":[{"keywords":["SQL","Python"]}]}`, []string{"projects", "skills"}},
		{"a project name in brackets, its role and description labelled", []doc.Line{
			p("赵六"), h("项目经历"), p("【智能仓储系统】 2019.03-2019.12"), p("担任角色：后端负责人"), p("项目描述：为仓库提供库存管理。"),
		}, `{"projects":[{"name":"智能仓储系统","description":"为仓库提供库存管理。","startDate":"2019-03","endDate":"2019-12","roles":["后端负责人"]}]}`, []string{"projects"}},
		{"a project's content and results labelled with bare words", []doc.Line{
			p("赵六"), h("项目经验"), p("库存预占服务  核心开发  2022.03-2022.10"), p("内容：为秒杀活动设计库存预占服务。"), p("业绩：单场活动承载 40 万 QPS。"),
		}, `{"projects":[{"name":"库存预占服务","description":"为秒杀活动设计库存预占服务。","startDate":"2022-03","endDate":"2022-10","roles":["核心开发"],"highlights":["单场活动承载 40 万 QPS。"]}]}`, []string{"projects"}},
		{"a department and a title under the employer, dates after a bar", []doc.Line{
			p("王五"), h("工作经历"), {Text: "甲乙科技有限公司", Heading: 3}, p("平台部 · 高级工程师 ｜ 2019.07 - 至今"), {Text: "负责平台建设。", Marker: "•"},
		}, `{"work":[{"name":"甲乙科技有限公司","position":"平台部 · 高级工程师","startDate":"2019-07","highlights":["负责平台建设。"]}]}`, []string{"work"}},
		{"a tenure in brackets after the title", []doc.Line{
			p("李四"), h("工作经历"), p("2018.03 – 2021.06　甲乙科技有限公司 ／ 高级工程师（3年3个月）"), {Text: "负责订单系统。", Marker: "-"},
		}, `{"work":[{"name":"甲乙科技有限公司","position":"高级工程师","startDate":"2018-03","endDate":"2021-06","highlights":["负责订单系统。"]}]}`, []string{"work"}},
		{"two labels for one value", []doc.Line{
			p("张三"), p("电话 / 微信：158 0000 2961    邮箱：zs@example.com"),
		}, `{"basics":{"name":"张三","email":"zs@example.com","phone":"158 0000 2961"}}`, []string{"basics"}},
		{"a city named in two languages", []doc.Line{
			p("张三"), p("所在地：香港 Hong Kong"),
		}, `{"basics":{"name":"张三","location":{"city":"香港"}}}`, []string{"basics"}},
		{"full-width digits, marks and spaces", []doc.Line{
			p("张三"), p("电话：１３９－００００－１２３４"), h("工作经历"), p("２０１８．０４－至今　　　甲乙云计算有限公司　　　运维工程师"), p("　　１．负责私有云平台的运维；"),
		}, `{"basics":{"name":"张三","phone":"139-0000-1234"},"work":[{"name":"甲乙云计算有限公司","position":"运维工程师","startDate":"2018-04","highlights":["负责私有云平台的运维；"]}]}`, []string{"basics", "work"}},
		{"education on one line: commas, slashes, a department after the school", []doc.Line{
			p("张三"), h("教育经历"), p("学士，东方大学，信息学院，软件工程专业，2011.9~2015.7"), p("本科/西山大学计算机科学与技术系/2012-2016"),
		}, `{"education":[{"institution":"东方大学","area":"软件工程","studyType":"学士","startDate":"2011-09","endDate":"2015-07","x-department":"信息学院"},{"institution":"西山大学","area":"计算机科学与技术系","studyType":"本科","startDate":"2012","endDate":"2016","x-department":"计算机科学与技术系"}]}`, []string{"education"}},
		{"an employer and a title one space apart, a tenure after the dates", []doc.Line{
			p("张三"), h("工作经历"), {Text: "甲乙科技有限公司 数据工程师（ 2018年4月 ~ 2019年10月 ）(1.52年)", Heading: 2}, {Text: "负责离线数仓建模。", Marker: "*"},
			{Text: "高级工程师 丙丁网络股份有限公司 2019.11 - 至今", Heading: 2},
		}, `{"work":[{"name":"甲乙科技有限公司","position":"数据工程师","startDate":"2018-04","endDate":"2019-10","highlights":["负责离线数仓建模。"]},{"name":"丙丁网络股份有限公司","position":"高级工程师","startDate":"2019-11"}]}`, []string{"work"}},
		{"the title on the line under the employer and its dates, the pay beside it", []doc.Line{
			p("张三"), h("工作经历"), p("东湖某某围棋道场  2020.08 - 至今"), p("教学主管 | 12001-18000元/月"), {Text: "负责教研。", Marker: "1."},
			p("Kestrelmoor Freight    2016 – 2019"), p("Data Analyst"), {Text: "Built the dashboards.", Marker: "-"},
		}, `{"work":[{"name":"东湖某某围棋道场","position":"教学主管","startDate":"2020-08","highlights":["负责教研。"],"x-salary":"12001-18000元/月"},` +
			`{"name":"Kestrelmoor Freight","position":"Data Analyst","startDate":"2016","endDate":"2019","highlights":["Built the dashboards."]}]}`, []string{"work"}},
		{"a volunteer's post among the jobs goes to volunteer, a volunteer coordinator's stays", []doc.Line{
			p("Ana Lima"), h("Experience"), b("Owner — Lima Guiding Ltd, Canmore — 2017 – present"), {Text: "Ran the trips.", Marker: "-"},
			b("Volunteer — Harbour Search & Rescue, Canmore — 2015 – 2020"), {Text: "Four callouts.", Marker: "-"},
			b("Volunteer Coordinator — Avon Food Bank, Bristol — 2012 – 2015"), b("Volunteer Co-ordinator — Avon Food Bank, Bristol — 2010 – 2012"),
		}, `{"work":[{"name":"Lima Guiding Ltd","position":"Owner","location":"Canmore","startDate":"2017","highlights":["Ran the trips."]},` +
			`{"name":"Avon Food Bank","position":"Volunteer Coordinator","location":"Bristol","startDate":"2012","endDate":"2015"},` +
			`{"name":"Avon Food Bank","position":"Volunteer Co-ordinator","location":"Bristol","startDate":"2010","endDate":"2012"}],` +
			`"volunteer":[{"organization":"Harbour Search & Rescue","position":"Volunteer","startDate":"2015","endDate":"2020","highlights":["Four callouts."],"x-location":"Canmore"}]}`, []string{"work", "volunteer"}},
		{"what was done on the line under the employer and its dates is no title", []doc.Line{
			p("张三"), h("工作经历"), p("东湖某某餐饮管理有限公司  2017.01 - 2019.02"), p("协助经理"),
			p("Kestrelmoor Freight    2016 – 2019"), p("Helped the CEO"),
		}, `{"work":[{"name":"东湖某某餐饮管理有限公司","startDate":"2017-01","endDate":"2019-02","summary":"协助经理"},` +
			`{"name":"Kestrelmoor Freight","startDate":"2016","endDate":"2019","summary":"Helped the CEO"}]}`, []string{"work"}},
		{"posts that run volunteers stay among the jobs", []doc.Line{
			p("张三"), h("工作经历"), p("2019.03 - 至今  某某公益基金会  志愿者管理专员"), p("2016.03 - 2019.02  某某社区服务中心  志愿服务部主管"),
		}, `{"work":[{"name":"某某公益基金会","position":"志愿者管理专员","startDate":"2019-03"},{"name":"某某社区服务中心","position":"志愿服务部主管","startDate":"2016-03","endDate":"2019-02"}]}`, []string{"work", "volunteer"}},
		{"a job whose names the lexicon cannot tell apart is read in the order of the section's others", []doc.Line{
			p("Ana Lima"), h("Co-op experience"), p("Food Safety Co-op"), p("Avonmore Foods Ltd, Leeds, UK"), p("May 2025 – Aug 2025"),
			p("Packaging Co-op"), p("Fernbrook Bakeries, York, UK"), p("Sep 2024 – Dec 2024"),
		}, `{"work":[{"name":"Avonmore Foods Ltd","position":"Food Safety Co-op","location":"Leeds, UK","startDate":"2025-05","endDate":"2025-08"},` +
			`{"name":"Fernbrook Bakeries","position":"Packaging Co-op","location":"York, UK","startDate":"2024-09","endDate":"2024-12"}]}`, []string{"work"}},
		{"a job whose names the lexicon cannot tell apart, on one line, is read in the order of the section's others joined alike", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Apprentice Joiner — Pukeko Joinery, Napier"), p("2019 – 2021"),
			p("Sail Maker — Kestrel Lofts, Tern Bay QLD"), p("2016 – 2019"),
		}, `{"work":[{"name":"Pukeko Joinery","position":"Apprentice Joiner","location":"Napier","startDate":"2019","endDate":"2021"},` +
			`{"name":"Kestrel Lofts","position":"Sail Maker","location":"Tern Bay QLD","startDate":"2016","endDate":"2019"}]}`, []string{"work"}},
		{"a note in brackets after the dates is no name, though it names a school", []doc.Line{
			p("Ana Lima"), h("Work history"), p("Stock Clerk — Kowhai Provisions, Rotorua"), p("2013 – 2015 (during school holidays)"),
		}, `{"work":[{"name":"Kowhai Provisions","position":"Stock Clerk","location":"Rotorua","startDate":"2013","endDate":"2015","x-note":"during school holidays"}]}`, []string{"work"}},
		{"a thesis and its advisor under a degree, labelled by the degree's name", []doc.Line{
			p("张三"), h("教育经历"), p("2015.09 - 2018.01  东岸海洋大学  海洋生态学系  硕士"), p("硕士论文：近岸海豚的季节变化研究"), p("指导教授：王某 教授"),
		}, `{"education":[{"institution":"东岸海洋大学","area":"海洋生态学系","studyType":"硕士","startDate":"2015-09","endDate":"2018-01","x-advisor":"王某 教授","x-department":"海洋生态学系","x-thesis":"近岸海豚的季节变化研究"}]}`, []string{"education"}},
		{"a thesis under a degree, labelled by the degree's name, in English", []doc.Line{
			p("Ana Lima"), h("Education"), p("MSc Marine Biology, Avon University, 2015 – 2017"), p("Master's thesis: Seasonal dolphin counts off the coast"),
		}, `{"education":[{"institution":"Avon University","area":"Marine Biology","studyType":"MSc","startDate":"2015","endDate":"2017","x-thesis":"Seasonal dolphin counts off the coast"}]}`, []string{"education"}},
		{"a table's rows, the title first, the dates an arrow joins between the names", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Sail Maker    2014 → 2019    Kestrel Lofts Ltd, Napier"), p("Apprentice Rigger    2010 → 2014    Moana Marine Ltd, Tern Bay"),
		}, `{"work":[{"name":"Kestrel Lofts Ltd","position":"Sail Maker","location":"Napier","startDate":"2014","endDate":"2019"},{"name":"Moana Marine Ltd","position":"Apprentice Rigger","location":"Tern Bay","startDate":"2010","endDate":"2014"}]}`, []string{"work"}},
		{"seasons of one job listed on its date line: from the first start to the last end", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Deckhand — Moana Charters, Napier"), p("Jun – Aug 2021, Jun – Aug 2022 and Jun – Aug 2023"),
		}, `{"work":[{"name":"Moana Charters","position":"Deckhand","location":"Napier","startDate":"2021-06","endDate":"2023-08"}]}`, []string{"work"}},
		{"labelled roles under one labelled employer, and a name before a dash and the document's title", []doc.Line{
			{Text: "宋小禾-个人简历", Heading: 1}, p("手机：138 0000 0000"), h("工作经历"),
			b("单位：东湖轨道交通有限公司"), p("部门：乘务中心"), b("职位：司机长  2021.7 至今"), {Text: "负责排班。", Marker: "·"},
			b("职位：司机  2018.3 至 2021.6"), {Text: "正线驾驶。", Marker: "·"},
			b("单位：西岭实训基地"), b("职位：实习生  2016.12 至 2017.5"),
		}, `{"basics":{"name":"宋小禾","phone":"138 0000 0000"},"work":[{"name":"东湖轨道交通有限公司","position":"司机长","startDate":"2021-07","highlights":["负责排班。"],"x-department":"乘务中心"},` +
			`{"name":"东湖轨道交通有限公司","position":"司机","startDate":"2018-03","endDate":"2021-06","highlights":["正线驾驶。"],"x-department":"乘务中心"},` +
			`{"name":"西岭实训基地","position":"实习生","startDate":"2016-12","endDate":"2017-05"}]}`, []string{"basics", "work"}},
		{"what the employer is, in brackets after its name, is set apart; an acronym and a parent body stay", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Kit Manager — Harbour Rovers FC (Premier Division)"), p("2021 – 2024"),
			p("Porter — Avon Infirmary (Northgate Health Trust)"), p("2018 – 2021"),
			p("Clerk — Northern Health Service (NHS)"), p("2016 – 2018"),
		}, `{"work":[{"name":"Harbour Rovers FC","position":"Kit Manager","startDate":"2021","endDate":"2024","x-note":"Premier Division"},` +
			`{"name":"Avon Infirmary (Northgate Health Trust)","position":"Porter","startDate":"2018","endDate":"2021"},` +
			`{"name":"Northern Health Service (NHS)","position":"Clerk","startDate":"2016","endDate":"2018"}]}`, []string{"work"}},
		{"an organisation whose name quotes a name, one space before the title", []doc.Line{
			p("张三"), h("志愿服务"), p("2018年至今 “青灯”读书会 志愿者"),
		}, `{"volunteer":[{"organization":"“青灯”读书会","position":"志愿者","startDate":"2018"}]}`, []string{"volunteer"}},
		{"a tenure in brackets after the title, its total told", []doc.Line{
			p("张三"), h("工作经历"), p("2016.03-2020.08  乙丙电力工程有限公司  线路巡检工（共4年5个月）"),
		}, `{"work":[{"name":"乙丙电力工程有限公司","position":"线路巡检工","startDate":"2016-03","endDate":"2020-08"}]}`, []string{"work"}},
		{"a length of time between the dates and the names", []doc.Line{
			p("Ana Lima"), h("Expérience"), p("Juin 2024 - Sept. 2024"), p("3 mois"), p("Acme"), p("Developer"), {Text: "Built a thing", Marker: "-"},
		}, `{"work":[{"name":"Acme","position":"Developer","startDate":"2024-06","endDate":"2024-09","highlights":["Built a thing"]}]}`, []string{"work"}},
		{"a project's technologies as a list after its highlights", []doc.Line{
			p("Ana Lima"), h("Projects"), b("MiniKV"), p("A key-value store built on Raft, with snapshots."),
			{Text: "Passed all the randomised fault tests", Marker: "•"}, {Text: "Go", Marker: "•"}, {Text: "gRPC", Marker: "•"}, {Text: "BoltDB", Marker: "•"},
		}, `{"projects":[{"name":"MiniKV","description":"A key-value store built on Raft, with snapshots.","highlights":["Passed all the randomised fault tests"],"keywords":["Go","gRPC","BoltDB"]}]}`, []string{"projects"}},
		{"a sidebar read first in text, then the name over its contact details", []doc.Line{
			p("COMPETENCES"), p("Security"), p("Threat modelling    SAST"), p("LANGUES"), p("English : Fluent"),
			{Text: "Thandiwe NDLOVU", Blank: true}, p("Cape Town, (ZA)"), p("+27 21 555 0198 thandi.ndlovu@example.net"),
		}, `{"basics":{"name":"Thandiwe NDLOVU","email":"thandi.ndlovu@example.net","phone":"+27 21 555 0198","location":{"city":"Cape Town"}}}`, []string{"basics"}},
		{"a title at a place, in spans of their own", []doc.Line{
			p("Ana Lima"), h("Work"), {Text: "Principal SRE at Seattle, WA", Spans: []doc.Span{{Text: "Principal SRE", Style: doc.Style{Bold: true}}, {Text: "at"}, {Text: "Seattle, WA", Style: doc.Style{Bold: true}}}}, p("Jan 2021 - Now"),
		}, `{"work":[{"position":"Principal SRE","location":"Seattle, WA","startDate":"2021-01"}]}`, []string{"work"}},
		{"an interest in bold over its keywords; two names in one style stay two", []doc.Line{
			p("Ana Lima"), h("Interests"), {Text: "Surfing", Heading: 3, Bold: true, Size: 14}, {Text: "Home automation", Heading: 3, Bold: true, Size: 14}, p("Home Assistant, Zigbee"),
		}, `{"interests":[{"name":"Surfing"},{"name":"Home automation","keywords":["Home Assistant","Zigbee"]}]}`, []string{"interests"}},
		{"a form's section beside its text in a cell of paragraphs", []doc.Line{
			p("张三"), {Text: "教育背景 | 2020.09—2024.07 东江工学院 机械工程 本科 主修课程：机械原理、材料力学 成绩：GPA 3.5/4.0", Cells: []string{"教育背景", "2020.09—2024.07 东江工学院 机械工程 本科 主修课程：机械原理、材料力学 成绩：GPA 3.5/4.0"},
				Spans: []doc.Span{{Text: "教育背景"}, {Text: "2020.09—2024.07  东江工学院  机械工程  本科", Box: true}, {Text: "主修课程：机械原理、材料力学", Break: true}, {Text: "成绩：GPA 3.5/4.0", Break: true}}},
		}, `{"education":[{"institution":"东江工学院","area":"机械工程","studyType":"本科","startDate":"2020-09","endDate":"2024-07","score":"GPA 3.5/4.0","courses":["机械原理","材料力学"]}]}`, []string{"education"}},
		{"skills rated with marks; languages with their level after a middle dot", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Python  ●●●●●"), p("Bayesian modelling  ●●●●○"), p("SQL ★★★☆☆"),
			h("Languages"), p("Portuguese · Native"), p("English · C2"),
		}, `{"skills":[{"keywords":["Python","Bayesian modelling","SQL"]}],"languages":[{"language":"Portuguese","fluency":"Native"},{"language":"English","fluency":"C2"}]}`, []string{"skills", "languages"}},
		{"a heading set one character a line; an address that starts with a province and a city", []doc.Line{
			{Text: "邓丽", Bold: true, Size: 22}, p("电话：182 0000 6427"), p("地址：湖南长沙岳麓区"),
			{Text: "工", Bold: true, Size: 10, Blank: true}, {Text: "作", Bold: true, Size: 10}, {Text: "经", Bold: true, Size: 10}, {Text: "历", Bold: true, Size: 10},
			p("长沙湘江外国语实验学校  高中英语教师    2016.08 - 至今"),
		}, `{"basics":{"name":"邓丽","phone":"182 0000 6427","location":{"address":"湖南长沙岳麓区","city":"长沙","region":"湖南"}},"work":[{"name":"长沙湘江外国语实验学校","position":"高中英语教师","startDate":"2016-08"}]}`, []string{"basics", "work"}},
		{"a table used for layout: cells of label：value paragraphs are lines", []doc.Line{
			{Text: "邓丽 应聘岗位：高中英语教师 | 电话：182 0000 6427 邮箱：dl@example.com", Cells: []string{"邓丽 应聘岗位：高中英语教师", "电话：182 0000 6427 邮箱：dl@example.com"},
				Spans: []doc.Span{{Text: "邓丽", Style: doc.Style{Bold: true, Size: 22}}, {Text: "应聘岗位：高中英语教师", Style: doc.Style{Size: 10}, Break: true},
					{Text: "电话：182 0000 6427", Style: doc.Style{Size: 10}, Box: true}, {Text: "邮箱：dl@example.com", Style: doc.Style{Size: 10}, Break: true}}},
		}, `{"basics":{"name":"邓丽","label":"高中英语教师","email":"dl@example.com","phone":"182 0000 6427"}}`, []string{"basics"}},
		{"a project's link on a line of its own under its name, a Keywords line", []doc.Line{
			p("Ana Lima"), h("Projects"), {Text: "pgshard-advisor", Heading: 3, Size: 10.5, Blank: true}, {Text: "https://github.com/ana/pgshard-advisor", Size: 8, Blank: true},
			{Text: "Command-line tool that proposes a sharding key.", Size: 10, Blank: true}, {Text: "Keywords: Go, PostgreSQL", Size: 8, Blank: true},
			{Text: "Event Catalog", Heading: 3, Size: 10.5, Blank: true}, {Text: "https://catalog.example.com", Size: 8, Blank: true},
		}, `{"projects":[{"name":"pgshard-advisor","description":"Command-line tool that proposes a sharding key.","url":"https://github.com/ana/pgshard-advisor","keywords":["Go","PostgreSQL"]},{"name":"Event Catalog","url":"https://catalog.example.com"}]}`, []string{"projects"}},
		{"a docs site: anchor marks before headings, a table of contents in its sidebar", []doc.Line{
			{Text: "个人信息", Size: 8.5}, {Text: "工作经历", Size: 8.5}, {Text: "项目经历", Size: 8.5}, {Text: "教育", Size: 8.5},
			{Text: "#  陆辰阳", Heading: 1, Size: 18, Blank: true, Spans: []doc.Span{{Text: "#"}, {Text: "陆辰阳", Box: true}}}, p("电话 177-0000-3051"),
			{Text: "#  开源作品", Heading: 2, Size: 13, Blank: true}, {Text: "#  slimproxy-rs", Heading: 3, Size: 10.5, Blank: true}, p("用 Rust 编写的轻量代理。"),
		}, `{"basics":{"name":"陆辰阳","phone":"177-0000-3051"},"projects":[{"name":"slimproxy-rs","description":"用 Rust 编写的轻量代理。"}]}`, []string{"basics", "projects"}},
		{"a project's meta line of icons, link, stars and dates; keywords labelled and set apart by gaps", []doc.Line{
			p("陆辰阳"), h("开源作品"), {Text: "slimproxy-rs", Heading: 3, Size: 10.5, Blank: true}, {Text: "🔗 github.com/lu/slimproxy-rs  ⭐ 2.3k  📅 2020 – 至今", Size: 8.5, Blank: true},
			{Text: "用 Rust 编写的轻量 HTTP/SOCKS5 代理。", Size: 9.2, Blank: true}, {Text: "关键词：  Rust  Tokio  SOCKS5", Size: 8.2, Blank: true},
		}, `{"projects":[{"name":"slimproxy-rs","description":"用 Rust 编写的轻量 HTTP/SOCKS5 代理。","url":"https://github.com/lu/slimproxy-rs","startDate":"2020","keywords":["Rust","Tokio","SOCKS5"]}]}`, []string{"projects"}},
		{"Europass: day-precision dates and a place over the entry's names, a grade beside its level", []doc.Line{
			p("Sihan Wang"), h("Work experience"), p("01/09/2019 – CURRENT  Berlin, Germany"), b("Senior Robotics Engineer – Nordwerk Automation GmbH"),
			h("Education and training"), p("01/09/2008 – 30/06/2012  Harbin, China"), b("工学学士 自动化 – 北辰理工大学"), p("Final grade: 88/100 | Level in EQF: EQF level 6"),
		}, `{"work":[{"name":"Nordwerk Automation GmbH","position":"Senior Robotics Engineer","location":"Berlin, Germany","startDate":"2019-09-01"}],` +
			`"education":[{"institution":"北辰理工大学","area":"自动化","studyType":"工学学士","startDate":"2008-09-01","endDate":"2012-06-30","score":"88/100","x-location":"Harbin, China"}]}`, []string{"work", "education"}},
		{"a project's last bullet over the next project's dated name line set larger (moderncv)", []doc.Line{
			p("刘思琪"), h("项目经历"), {Text: "2023.03–2023.06  分布式键值存储", Size: 10.9, Blank: true}, {Text: "实现领导者选举与日志复制", Size: 10, Indent: 17, Marker: "•"},
			{Text: "单机三节点集群写入吞吐达到 1.2 万 QPS", Size: 10, Indent: 17, Marker: "•"}, {Text: "2022.10–2023.03  校园二手交易小程序", Size: 10.9, Blank: true},
			{Text: "面向本校学生的二手物品交易平台。", Size: 10, Indent: 17},
		}, `{"projects":[{"name":"分布式键值存储","startDate":"2023-03","endDate":"2023-06","highlights":["实现领导者选举与日志复制","单机三节点集群写入吞吐达到 1.2 万 QPS"]},{"name":"校园二手交易小程序","description":"面向本校学生的二手物品交易平台。","startDate":"2022-10","endDate":"2023-03"}]}`, []string{"projects"}},
		{"awards with their awarder and date in an aside or before a full stop; a skill group's level in brackets", []doc.Line{
			p("刘思琪"), h("荣誉奖项"), {Text: "国家奖学金 (中华人民共和国教育部, 2023.11)，专业排名第 2 名", Marker: "•"},
			{Text: "ACM-ICPC 亚洲区域赛（南京站）银奖 — ICPC 亚洲区组委会, 2023.12. 团队第三", Marker: "•"},
			h("专业技能"), p("编程语言 (熟练)：Go、Java"),
		}, `{"awards":[{"title":"国家奖学金","date":"2023-11","awarder":"中华人民共和国教育部","summary":"专业排名第 2 名"},{"title":"ACM-ICPC 亚洲区域赛（南京站）银奖","date":"2023-12","awarder":"ICPC 亚洲区组委会","summary":"团队第三"}],` +
			`"skills":[{"name":"编程语言","level":"熟练","keywords":["Go","Java"]}]}`, []string{"awards", "skills"}},
		{"an internship's title line with its mentor labelled beside it", []doc.Line{
			p("乔雨宁"), h("实习经历"), p("成都锦鲤网络科技有限公司, 成都      2024.06 – 2024.09"), p("后端开发实习生        导师: 周某"),
			{Text: "重写优惠券发放服务", Marker: "•", Blank: true},
		}, `{"work":[{"name":"成都锦鲤网络科技有限公司","location":"成都","position":"后端开发实习生","startDate":"2024-06","endDate":"2024-09","highlights":["重写优惠券发放服务"],"x-mentor":"周某"}]}`, []string{"work"}},
		{"an employer with a place of two parts after it, a title under it", []doc.Line{
			p("Ida Sorensen"), h("Employment"), p("Northwind Polar Research Institute, Anchorage, AK  2017–present"), p("Senior Research Scientist"),
		}, `{"work":[{"name":"Northwind Polar Research Institute","location":"Anchorage, AK","position":"Senior Research Scientist","startDate":"2017"}]}`, []string{"work"}},
		{"awards: title and awarder after a comma or a dash, what it was for indented under it", []doc.Line{
			p("刘思琪"), h("荣誉奖项"), p("2023.11  国家奖学金, 中华人民共和国教育部"), {Text: "专业排名第 2 名，获评年度国家奖学金", Indent: 9},
			{Text: "校级优秀学生干部—浙江临江大学, 2022.06", Marker: "•"},
		}, `{"awards":[{"title":"国家奖学金","date":"2023-11","awarder":"中华人民共和国教育部","summary":"专业排名第 2 名，获评年度国家奖学金"},{"title":"校级优秀学生干部","date":"2022-06","awarder":"浙江临江大学"}]}`, []string{"awards"}},
		{"certificates with their issuer and date in an aside; a volunteer's role before its organisation", []doc.Line{
			p("Thandi Ndlovu"), h("Certificates"), p("Offensive Security Certified Professional (OSCP) (OffSec, 06/30/2021)"),
			h("Volunteer"), b("Workshop Organiser  05/2020 – Now"), p("Women in Security Cape Town"),
		}, `{"certificates":[{"name":"Offensive Security Certified Professional (OSCP)","issuer":"OffSec","date":"2021-06-30"}],"volunteer":[{"organization":"Women in Security Cape Town","position":"Workshop Organiser","startDate":"2020-05"}]}`, []string{"certificates", "volunteer"}},
		{"a bilingual heading whose English half alone is known; an entry's dates behind an icon the text layer made a bullet", []doc.Line{
			p("温嘉乐 Jiale Wen"), h("实习经历 EXPERIENCE"), {Text: "数据科学实习生", Size: 12, Blank: true}, b("港湾智选科技有限公司"),
			{Text: "Jun 2024 – Aug 2024  • Hong Kong", Marker: "•", Size: 9}, {Text: "Built a demand-forecasting model.", Marker: "•", Size: 10},
			{Text: "优势 STRENGTHS", Heading: 2, Bold: true, Size: 16}, p("Python  SQL  PyTorch"),
		}, `{"work":[{"name":"港湾智选科技有限公司","position":"数据科学实习生","location":"Hong Kong","startDate":"2024-06","endDate":"2024-08","highlights":["Built a demand-forecasting model."]}],"skills":[{"keywords":["Python","SQL","PyTorch"]}]}`, []string{"work", "skills"}},
		{"profiles written as a network's name, a slash and the username", []doc.Line{
			p("Marcus Holloway"), p("marcus@example.com"), p("GitHub / mholloway"), p("LinkedIn / marcus-holloway-sre"), h("Experience"), p("Acme  2019 – 2021"),
		}, `{"basics":{"name":"Marcus Holloway","email":"marcus@example.com","profiles":[{"network":"GitHub","username":"mholloway","url":"https://github.com/mholloway"},{"network":"LinkedIn","username":"marcus-holloway-sre","url":"https://linkedin.com/in/marcus-holloway-sre"}]}}`, []string{"basics"}},
		{"profiles as a grid: networks across, usernames under them", []doc.Line{
			p("Marcus Holloway"), p("marcus@example.com"), h("Profiles"), p("GitHub      LinkedIn"), p("mholloway   marcus-holloway-sre"), h("Experience"), p("Acme  2019 – 2021"),
		}, `{"basics":{"name":"Marcus Holloway","email":"marcus@example.com","profiles":[{"network":"GitHub","username":"mholloway","url":"https://github.com/mholloway"},{"network":"LinkedIn","username":"marcus-holloway-sre","url":"https://linkedin.com/in/marcus-holloway-sre"}]}}`, []string{"basics"}},
		{"skill groups with their items indented under them, one a line", []doc.Line{
			p("Ana Lima"), h("Skills"), p("Infrastructure"), {Text: "Kubernetes", Indent: 7}, {Text: "AWS", Indent: 7}, p("Programming"), {Text: "Go", Indent: 7}, {Text: "Bash", Indent: 7},
		}, `{"skills":[{"name":"Infrastructure","keywords":["Kubernetes","AWS"]},{"name":"Programming","keywords":["Go","Bash"]}]}`, []string{"skills"}},
		{"publications over several lines: title and date, where, what about; a text layer's duplicate", []doc.Line{
			p("Ana Lima"), h("Publications"), p("Hierarchical Reconciliation of Retail Demand Forecasts   2022-06"), p("Published by Journal of Applied Forecasting"),
			p("Compares reconciliation methods on five years of store-level sales."), p("Spatial Priors for Sparse Health Data   2016-03"), p("Spatial Priors for Sparse Health Data   2016-03"),
			p("Published by Statistics in Regional Health"),
			h("Papers"), p("Doe J, Lima A. Sparse priors for districts. Health Stats Letters."), p("Lima A, Roe B. Demand forecasts at scale. Retail Analytics Review."),
		}, `{"publications":[{"name":"Hierarchical Reconciliation of Retail Demand Forecasts","publisher":"Journal of Applied Forecasting","releaseDate":"2022-06","summary":"Compares reconciliation methods on five years of store-level sales."},` +
			`{"name":"Spatial Priors for Sparse Health Data","publisher":"Statistics in Regional Health","releaseDate":"2016-03"},` +
			`{"name":"Doe J, Lima A. Sparse priors for districts. Health Stats Letters."},{"name":"Lima A, Roe B. Demand forecasts at scale. Retail Analytics Review."}]}`, []string{"publications"}},
		{"an award over who gave it and when, each on a line with a word before it", []doc.Line{
			p("Ana Lima"), h("Awards"), p("Young Researcher Prize"), p("by Northbridge Statistical Society"), p("Awarded 2016-09"), p("Dean's List"), p("Issued: 2015"),
		}, `{"awards":[{"title":"Young Researcher Prize","date":"2016-09","awarder":"Northbridge Statistical Society"},{"title":"Dean's List","date":"2015"}]}`, []string{"awards"}},
		{"a form's last rows: two headings of two sections each, languages with a score in brackets, interests after them", []doc.Line{
			p("符佳禾"), p("证书与获奖"), {Text: "2022.12 | 国家励志奖学金 | 教育部", Cells: []string{"2022.12", "国家励志奖学金", "教育部"}},
			p("技能与其他"), {Text: "编程语言 | C、C++、Python", Cells: []string{"编程语言", "C、C++、Python"}},
			{Text: "语言能力 | 英语 CET-6（561）；普通话二级甲等", Cells: []string{"语言能力", "英语 CET-6（561）；普通话二级甲等"}},
			{Text: "兴趣爱好 | 航模、羽毛球", Cells: []string{"兴趣爱好", "航模、羽毛球"}},
		}, `{"skills":[{"name":"编程语言","keywords":["C","C++","Python"]}],"languages":[{"language":"英语","fluency":"CET-6（561）"},{"language":"普通话","fluency":"二级甲等"}],"interests":[{"name":"航模"},{"name":"羽毛球"}]}`, []string{"skills", "languages", "interests"}},
		{"a project's hashtags and a line of link words", []doc.Line{
			p("Boyu Chen"), h("Projects"), b("LaunchLens"), p("2022.05 – 2023.01 · Author"), p("A Swift package that profiles cold starts."),
			p("#Swift #Instruments #SwiftUI"), {Text: "View on GitHub →", Links: []doc.Link{{URL: "https://github.com/boyu/LaunchLens"}}},
		}, `{"projects":[{"name":"LaunchLens","description":"A Swift package that profiles cold starts.","url":"https://github.com/boyu/LaunchLens","startDate":"2022-05","endDate":"2023-01","roles":["Author"],"keywords":["Swift","Instruments","SwiftUI"]}]}`, []string{"projects"}},
		{"contact details in the page's footer, read after the last section", []doc.Line{
			p("Gwen Hartley"), h("Experience"), p("Acme Construction  2019 – 2021"), h("Interests"), p("Fell running"),
			p("+44 7700 900418 •  gwen.hartley@example.com •  gwen-hartley-pm"),
		}, `{"basics":{"name":"Gwen Hartley","email":"gwen.hartley@example.com","phone":"+44 7700 900418"},"interests":[{"name":"Fell running"}]}`, []string{"basics", "interests"}},
		{"a name beside a wanted job whose brackets the page wrapped", []doc.Line{
			{Text: "陆婉清 | 求职意向：投资经理（消费", Heading: 1, Size: 24}, {Text: "与医药方向）", Heading: 1, Size: 24}, p("138-0000-9046 • luwanqing@example.cn"),
			h("工作经历"), p("上海澄川资产管理有限公司  投资经理  2020.03 – 至今"),
		}, `{"basics":{"name":"陆婉清","label":"投资经理（消费与医药方向）","email":"luwanqing@example.cn","phone":"138-0000-9046"}}`, []string{"basics"}},
		{"a name set in two weights", []doc.Line{
			{Text: "Inês Carvalho", Heading: 1, Size: 21, Spans: []doc.Span{{Text: "Inês", Style: doc.Style{Size: 21}}, {Text: "Carvalho", Style: doc.Style{Bold: true, Size: 21}}}},
			p("Data Scientist · Forecasting & Experimentation"), h("Profile"), p("Data scientist with six years."),
		}, `{"basics":{"name":"Inês Carvalho","label":"Data Scientist · Forecasting \u0026 Experimentation","summary":"Data scientist with six years."}}`, []string{"basics"}},
		{"a sidebar's contact details one a line, read after a section", []doc.Line{
			p("Inês Carvalho"), h("Education"), b("BSc in Mathematics"), p("Universidade do Douro Litoral · 2012 – 2015"),
			p("ines.carvalho@example.com"), p("+351 910 000 057"), p("linkedin.com/in/ines-carvalho-ds"),
		}, `{"basics":{"name":"Inês Carvalho","email":"ines.carvalho@example.com","phone":"+351 910 000 057","profiles":[{"network":"LinkedIn","username":"ines-carvalho-ds","url":"https://linkedin.com/in/ines-carvalho-ds"}]},` +
			`"education":[{"institution":"Universidade do Douro Litoral","area":"Mathematics","studyType":"BSc","startDate":"2012","endDate":"2015"}]}`, []string{"basics", "education"}},
		{"numbered projects, the first on the line of its heading in a label column", []doc.Line{
			p("徐若溪"), p("项目经历  ① 2023.03—2023.06  《桌面机械臂设计》课程设计（组长）"), {Text: "完成结构设计。", Indent: 10},
			{Text: "2022.04—2022.10  《智能分拣小车》参赛作品", Indent: 10, Marker: "②"}, {Text: "负责底盘设计。", Indent: 10},
			p("获奖情况  2022.11  全国大学生机械创新设计大赛  省级二等奖"),
		}, `{"projects":[{"name":"桌面机械臂设计","description":"完成结构设计。","startDate":"2023-03","endDate":"2023-06","roles":["组长"],"x-type":"课程设计"},{"name":"智能分拣小车","description":"负责底盘设计。","startDate":"2022-04","endDate":"2022-10","x-type":"参赛作品"}]}`, []string{"projects"}},
		{"a department before the title kept in the position, the team's size in an aside; a province before the city", []doc.Line{
			p("冯雪"), p("手机：133-0000-7105   所在地：广东广州"), h("工作经历"), p("广州南粤康达医药连锁有限公司        2019年3月—至今"), p("财务部  财务经理（下属7人）"),
		}, `{"basics":{"name":"冯雪","phone":"133-0000-7105","location":{"city":"广州","region":"广东"}},"work":[{"name":"广州南粤康达医药连锁有限公司","position":"财务部 财务经理","startDate":"2019-03","x-teamSize":"7"}]}`, []string{"basics", "work"}},
		{"a table's rows read by its column headings", []doc.Line{
			p("钱磊"), {Text: "工作经历", Bold: true},
			{Text: "起止时间 | 工作单位 | 职务 | 离职原因 | 证明人", Bold: true, Cells: []string{"起止时间", "工作单位", "职务", "离职原因", "证明人", ""}},
			{Text: "2020.06-至今 | 常州恒锐精工机械有限公司 | 数控车间 班组长 | — | 王工", Cells: []string{"2020.06-至今", "常州恒锐精工机械有限公司", "数控车间 班组长", "—", "王工"}},
			{Text: "2017.07-2020.05 | 无锡锡东汽配有限公司 | CNC 操作工 | 个人发展 | 李主任", Cells: []string{"2017.07-2020.05", "无锡锡东汽配有限公司", "CNC 操作工", "个人发展", "李主任"}},
		}, `{"work":[{"name":"常州恒锐精工机械有限公司","position":"数控车间 班组长","startDate":"2020-06","x-referee":"王工"},{"name":"无锡锡东汽配有限公司","position":"CNC 操作工","startDate":"2017-07","endDate":"2020-05","x-reasonForLeaving":"个人发展","x-referee":"李主任"}]}`, []string{"work"}},
		{"a project told as a case study: problem, approach, outcome, tools", []doc.Line{
			p("Inês Carvalho"), h("Case studies"), p("Heat-wave demand model · 2023"),
			{Text: "Problem: Forecasts missed demand peaks.", Spans: []doc.Span{{Text: "Problem:", Style: doc.Style{Bold: true}}, {Text: "Forecasts missed demand peaks."}}},
			{Text: "Approach: Added weather features.", Spans: []doc.Span{{Text: "Approach:", Style: doc.Style{Bold: true}}, {Text: "Added weather features."}}},
			{Text: "Outcome: Peak error halved.", Spans: []doc.Span{{Text: "Outcome:", Style: doc.Style{Bold: true}}, {Text: "Peak error halved."}}},
			p("Tools: Python, LightGBM"),
		}, `{"projects":[{"name":"Heat-wave demand model","description":"Forecasts missed demand peaks.","highlights":["Added weather features.","Peak error halved."],"keywords":["Python","LightGBM"],"startDate":"2023"}]}`, []string{"projects"}},
		{"certificates set out as date, name and issuer in fields apart", []doc.Line{
			p("Helena Vasquez"), h("Certificates"), p("2021  AWS Certified Data Analytics – Specialty  Amazon Web Services"), p("2017  Certified Kubernetes Application Developer (CKAD)  The Linux Foundation"),
		}, `{"certificates":[{"name":"AWS Certified Data Analytics – Specialty","issuer":"Amazon Web Services","x-date":"2021"},{"name":"Certified Kubernetes Application Developer (CKAD)","issuer":"The Linux Foundation","x-date":"2017"}]}`, []string{"certificates"}},
		{"skill groups with their level between the name and the list", []doc.Line{
			p("Ana Lima"), h("Skills"), {Text: "Infrastructure Expert Kubernetes, Terraform, AWS", Marker: ">"}, {Text: "Programming Advanced Go, Python", Marker: ">"},
		}, `{"skills":[{"name":"Infrastructure","level":"Expert","keywords":["Kubernetes","Terraform","AWS"]},{"name":"Programming","level":"Advanced","keywords":["Go","Python"]}]}`, []string{"skills"}},
		{"the job title on a line of its own among the contact details", []doc.Line{
			p("林嘉怡      深圳, 广东, China"), {Text: "jiayi.lin@example.org", Indent: 80, Blank: true}, {Text: "+86 186 0000 9031", Indent: 80},
			p("机器学习工程师 Machine Learning Engineer"), h("Skills"), p("PyTorch"),
		}, `{"basics":{"name":"林嘉怡","label":"机器学习工程师 Machine Learning Engineer","email":"jiayi.lin@example.org","phone":"+86 186 0000 9031","location":{"city":"深圳"}}}`, []string{"basics"}},
		{"skill groups named one after another in a sentence, over two lines", []doc.Line{
			p("宋志远"), p("技能："), p("前端 Vue、React、Taro；后端 Node.js、Go、PHP；"), p("数据库 MySQL、MongoDB、Redis；熟悉阿里云和腾讯云的常用服务"),
		}, `{"skills":[{"name":"前端","keywords":["Vue","React","Taro"]},{"name":"后端","keywords":["Node.js","Go","PHP"]},{"name":"数据库","keywords":["MySQL","MongoDB","Redis","阿里云","腾讯云","常用服务"]}]}`, []string{"skills"}},
		{"a table of skills and their levels", []doc.Line{
			p("孔雨欣"), h("专业技能"), {Text: "技能 | 熟练度", Cells: []string{"技能", "熟练度"}}, {Text: "Python | 熟练", Cells: []string{"Python", "熟练"}},
			{Text: "pytest / unittest | 熟练", Cells: []string{"pytest / unittest", "熟练"}}, {Text: "Selenium | 熟悉", Cells: []string{"Selenium", "熟悉"}},
		}, `{"skills":[{"keywords":["Python"]},{"level":"熟练","keywords":["pytest","unittest"]},{"keywords":["Selenium"]}]}`, []string{"skills"}},
		{"projects numbered in their names", []doc.Line{
			p("孔雨欣"), h("项目经历"), b("项目一：校园二手书交易小程序（2024.03 ~ 2024.06）"), {Text: "用 pytest 写了 160 条接口用例。", Marker: "-"},
		}, `{"projects":[{"name":"校园二手书交易小程序","startDate":"2024-03","endDate":"2024-06","highlights":["用 pytest 写了 160 条接口用例。"]}]}`, []string{"projects"}},
		{"symbol permalinks dropped", []doc.Line{
			p("Ana Lima"), h("Experience"), p("#"), b("Engineer"), p("Acme"), p("2019 – 2021"),
		}, `{"work":[{"name":"Acme","position":"Engineer","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		{"a sentence after the dates that close a one-line header", []doc.Line{
			p("Ana Lima"), h("Volunteering"), p("Reading mentor, Eastfield Library — 2019 to date. Weekly sessions for year 5 pupils."),
		}, `{"volunteer":[{"organization":"Eastfield Library","position":"Reading mentor","startDate":"2019","summary":"Weekly sessions for year 5 pupils."}]}`, []string{"volunteer"}},
		{"a labelled project inside a job, its tools in a closing sentence", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Mar 2019 – to date   Analyst, Risk team"), p("Harwell Bank — Leeds"),
			{Text: "Built the daily exposure report.", Marker: "–"},
			p("Project: Limits dashboard (2021) — replaced a spreadsheet with a web view for 40 desks. Python, Django, PostgreSQL."),
			p("Jan 2015 – Feb 2019   Junior Analyst, Tallow Insurance"),
		}, `{"projects":[{"name":"Limits dashboard","startDate":"2021","entity":"Harwell Bank","description":"replaced a spreadsheet with a web view for 40 desks.","keywords":["Python","Django","PostgreSQL"]}]}`, []string{"projects"}},
		{"项目： sub-headings under a job are its projects", []doc.Line{
			p("林可"), h("工作经历"), {Text: "星野科技有限公司", Heading: 3}, p("后端工程师  2020.04 – 至今"), {Text: "负责网关。", Marker: "-"},
			{Text: "项目：统一网关（2022.03 – 2022.12）", Heading: 4}, p("用 Go 重写网关。"),
		}, `{"projects":[{"name":"统一网关","startDate":"2022-03","endDate":"2022-12","entity":"星野科技有限公司","description":"用 Go 重写网关。"}]}`, []string{"projects"}},
		{"an Org outline: employer :: title over its dates, a deeper 项目： heading with its dates in a list below is the job's project", []doc.Line{
			p("林可"), h("工作经历"), {Text: "星野科技有限公司 :: 后端工程师", Heading: 2}, {Text: "2020年4月至今", Indent: 3},
			{Text: "负责网关。", Marker: "-", Indent: 3},
			{Text: "项目：统一网关", Heading: 3, Blank: true}, {Text: "时间: 2022.03 -- 2022.12", Marker: "-", Indent: 4}, {Text: "技术: Go, Redis", Marker: "-", Indent: 4},
			{Text: "用 Go 重写网关。", Indent: 4, Blank: true},
			{Text: "云帆软件 :: Java 开发工程师", Heading: 2, Blank: true}, {Text: "2015年7月 - 2020年3月", Indent: 3},
		}, `{"work":[{"name":"星野科技有限公司","position":"后端工程师","startDate":"2020-04","highlights":["负责网关。"]},` +
			`{"name":"云帆软件","position":"Java 开发工程师","startDate":"2015-07","endDate":"2020-03"}],` +
			`"projects":[{"name":"统一网关","startDate":"2022-03","endDate":"2022-12","entity":"星野科技有限公司","highlights":["用 Go 重写网关。"],"keywords":["Go","Redis"]}]}`, []string{"work", "projects"}},
		{"a heading the lexicon lacks in the brackets the section titles wear, ending in a section's word, after a job", []doc.Line{
			p("林可"), {Text: "〖 工作经历 〗", Heading: 3}, p("2019/09-至今 丨 星野会计师事务所 丨 审计经理"), p("负责年报审计。"),
			{Text: "〖 审计项目（节选） 〗", Heading: 3, Blank: true},
			p("某上市家电企业 | 2022年 | 项目经理"), p("某电池材料企业 | 2021年 | 现场负责人"),
		}, `{"work":[{"name":"星野会计师事务所","position":"审计经理","startDate":"2019-09","summary":"负责年报审计。"}],` +
			`"projects":[{"name":"某上市家电企业","startDate":"2022","roles":["项目经理"]},{"name":"某电池材料企业","startDate":"2021","roles":["现场负责人"]}]}`, []string{"work", "projects"}},
		{"employers each over their roles, a title and its dates a line", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Hôtel Beaumanoir, Vieux-Montréal"), p("Sous-chef pâtissière  (Mar 2021 – present)"), {Text: "Ran the pastry kitchen.", Marker: "▪"},
			p("Chef de partie, pâtisserie  (2019 – Feb 2021)"), {Text: "Plated desserts.", Marker: "▪"},
			p("Bistro Ardoise, Mile End"), p("Demi-chef de partie  (2017 to 2019)"), p("Commis pâtissière  (2015 to 2017)"),
			p("Maison Verlaine, Paris"), p("Stagiaire  (Summer 2014)"),
		}, `{"work":[{"name":"Hôtel Beaumanoir","position":"Sous-chef pâtissière","location":"Vieux-Montréal","startDate":"2021-03","highlights":["Ran the pastry kitchen."]},` +
			`{"name":"Hôtel Beaumanoir","position":"Chef de partie, pâtisserie","location":"Vieux-Montréal","startDate":"2019","endDate":"2021-02","highlights":["Plated desserts."]},` +
			`{"name":"Bistro Ardoise","position":"Demi-chef de partie","location":"Mile End","startDate":"2017","endDate":"2019"},` +
			`{"name":"Bistro Ardoise","position":"Commis pâtissière","location":"Mile End","startDate":"2015","endDate":"2017"},` +
			`{"name":"Maison Verlaine","position":"Stagiaire","location":"Paris","startDate":"2014","endDate":"2014"}]}`, []string{"work"}},
		{"a placement's name over its title and employer: the employer is the one that names one", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			{Text: "Placement C (final, 12 weeks)    January – April 2025", Bold: true}, p("Student Dietitian — Harwell General Hospital, Carmarthen"),
			{Text: "Managed my own caseload.", Marker: "•"},
		}, `{"work":[{"name":"Harwell General Hospital","position":"Student Dietitian","location":"Carmarthen","startDate":"2025-01","endDate":"2025-04","highlights":["Managed my own caseload."],"x-note":"Placement C (final, 12 weeks)"}]}`, []string{"work"}},
		{"a job site's form: labels marked as required, start and end dates under labels of their own", []doc.Line{
			p("林可"), p("电话：187 0000 5932"), h("实习经历"),
			{Text: "公司名称  星野文化传播有限公司  *  职位名称  品牌策划实习生", Marker: "*"},
			{Text: "开始时间  2024-07  *  结束时间  2024-12", Marker: "*"}, p("参与新品上市方案。"),
			h("校园经历"), {Text: "组织名称  江城学生会  *  担任职务  宣传部部长", Marker: "*"}, p("开始时间  2022-09  结束时间  2023-06"), p("管理 12 人宣传部。"),
		}, `{"work":[{"name":"星野文化传播有限公司","position":"品牌策划实习生","startDate":"2024-07","endDate":"2024-12","summary":"参与新品上市方案。"}],` +
			`"volunteer":[{"organization":"江城学生会","position":"宣传部部长","startDate":"2022-09","endDate":"2023-06","summary":"管理 12 人宣传部。"}]}`, []string{"work", "volunteer"}},
		{"a start and an end each on a line under their labels, in a job and a school", []doc.Line{
			p("林可"), p("电话：139 0000 7426"), h("工作经历"),
			p("公司名称：星野科技有限公司"), p("职位名称：后端工程师"), p("开始时间：2021.07"), p("结束时间：2023.01"), p("负责网关。"),
			h("教育经历"), p("学校名称：江城大学"), p("入学时间：2018.09"), p("毕业时间：2021.06"),
		}, `{"work":[{"name":"星野科技有限公司","position":"后端工程师","startDate":"2021-07","endDate":"2023-01","highlights":["负责网关。"]}],` +
			`"education":[{"institution":"江城大学","startDate":"2018-09","endDate":"2021-06"}]}`, []string{"work", "education"}},
		{"an asterisk bullet before a word that is also a label stays a bullet; three names on one line, the employer unknown to the lexicon", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Product Manager | Tallowmere | Payments Infrastructure Group   2019 – 2021"),
			{Text: "Email marketing campaigns lifted sign-ups by 12%.", Marker: "*"}, {Text: "Ran the pricing review.", Marker: "*"},
		}, `{"work":[{"name":"Tallowmere","position":"Product Manager","startDate":"2019","endDate":"2021","summary":"Payments Infrastructure Group",` +
			`"highlights":["Email marketing campaigns lifted sign-ups by 12%.","Ran the pricing review."]}]}`, []string{"work"}},
		{"a table of the target's columns over one row of values; a labelled target that ends at a bar before a city", []doc.Line{
			p("林可"), p("电话：139 0000 7426"), h("求职意向"),
			{Text: "期望职位 | 期望城市 | 期望薪资 | 到岗时间", Cells: []string{"期望职位", "期望城市", "期望薪资", "到岗时间"}},
			{Text: "地区经理（医药方向） | 上海 | 年薪 25-30 万 | 一个月内", Cells: []string{"地区经理（医药方向）", "上海", "年薪 25-30 万", "一个月内"}},
		}, `{"basics":{"name":"林可","label":"地区经理（医药方向）","phone":"139 0000 7426","location":{"city":"上海"},"x-expectedSalary":"年薪 25-30 万","x-availability":"一个月内"}}`, []string{"basics"}},
		{"a labelled target that ends at a bar before a city", []doc.Line{
			p("林可"), p("电话：139 0000 7426"), p("求职意向：地区经理（医药方向） | 上海 | 年薪 25-30 万"),
		}, `{"basics":{"name":"林可","label":"地区经理（医药方向）","phone":"139 0000 7426"}}`, []string{"basics"}},
		{"titles each over their employer, no bullets", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Software Engineer  (2019 – 2021)"), p("Acme Systems, London"), p("Senior Engineer  (2021 – present)"), p("Beta Labs, Leeds"),
		}, `{"work":[{"name":"Acme Systems","position":"Software Engineer","location":"London","startDate":"2019","endDate":"2021"},` +
			`{"name":"Beta Labs","position":"Senior Engineer","location":"Leeds","startDate":"2021"}]}`, []string{"work"}},
		{"a stated target beats the headline only when it names a title", []doc.Line{
			{Text: "Ana Lima", Heading: 1}, p("Senior Product Manager"), p("ana@example.com"),
			h("Objective"), p("Open to relocation across Europe"),
		}, `{"basics":{"name":"Ana Lima","label":"Senior Product Manager","email":"ana@example.com"}}`, []string{"basics"}},
		{"a declaration in English is no content", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Summary"), p("Structural engineer, seven years on metro viaducts."),
			p("I hereby declare that the information furnished above is true to the best of my knowledge."),
		}, `{"basics":{"name":"Ana Lima","email":"ana@example.com","summary":"Structural engineer, seven years on metro viaducts."}}`, []string{"basics"}},
		{"an employer's name in the brackets the section titles wear stays the employer", []doc.Line{
			p("林可"), p("电话：139 0000 7426"), {Text: "【工作经历】", Heading: 3},
			{Text: "【星野科技有限公司】", Heading: 3}, p("后端工程师  2020.04 – 至今"), p("负责网关。"),
		}, `{"work":[{"name":"星野科技有限公司","position":"后端工程师","startDate":"2020-04","summary":"负责网关。"}]}`, []string{"work"}},
		{"a table's end column alone is the entry's date", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			{Text: "Company | Post | To", Cells: []string{"Company", "Post", "To"}},
			{Text: "Harwell Rail | Train Driver | 2019", Cells: []string{"Harwell Rail", "Train Driver", "2019"}},
		}, `{"work":[{"name":"Harwell Rail","position":"Train Driver","startDate":"2019"}]}`, []string{"work"}},
		{"a heading's tagline marked as a heading in smaller type", []doc.Line{
			{Text: "Ana Lima", Heading: 1, Size: 20}, {Text: "ana@example.com", Size: 10},
			{Text: "Languages 語言", Heading: 2, Size: 12.5, Blank: true}, {Text: "spoken at the table", Heading: 2, Size: 8.5},
			{Text: "Cantonese (native) · English (fluent)", Size: 10, Blank: true},
		}, `{"languages":[{"language":"Cantonese","fluency":"native"},{"language":"English","fluency":"fluent"}]}`, []string{"languages"}},
		{"a title in two scripts set apart by a gap, over its employer", []doc.Line{
			p("岑可 Kiki Shum"), p("電話：(852) 5550 0286"), h("工作經驗"),
			p("營養師  Dietitian  2021年9月 – 現在"), p("晴川健康中心 Clearbrook Health Centre  |  觀塘"), {Text: "提供個人營養諮詢。", Marker: "•"},
		}, `{"work":[{"name":"晴川健康中心 Clearbrook Health Centre","position":"營養師 Dietitian","location":"觀塘","startDate":"2021-09","highlights":["提供個人營養諮詢。"]}]}`, []string{"work"}},
		{"a stated target under its own heading beats the headline under the name", []doc.Line{
			{Text: "林可 Ke Lin", Heading: 1}, {Text: "B 端 SaaS 产品经理 · Senior Product Manager", Blank: true}, p("lin.ke@example.com"),
			{Text: "求职意向 / Objective", Heading: 2, Blank: true}, {Text: "高级产品经理 / 产品负责人", Blank: true}, p("Senior PM / Head of Product"),
		}, `{"basics":{"name":"林可","x-altName":"Ke Lin","label":"高级产品经理 / 产品负责人","email":"lin.ke@example.com"}}`, []string{"basics"}},
		{"a cover letter signed by its writer before the résumé's form", []doc.Line{
			p("自　荐　信"), p("尊敬的招聘负责人："), p("您好！我从事车险查勘、定损工作十一年，熟悉全流程，近六年担任定损主管。了解到贵公司正在招聘，特投此简历。"),
			p("此致"), p("敬礼！"), p("自荐人：林可"), p("2025年4月"),
			p("个人简历"), p("性别"), p("男"), p("电话"), p("158 0000 2736"), p("● 工作经历"), p("星野财产保险股份有限公司　2019年4月至今"),
		}, `{"basics":{"name":"林可","phone":"158 0000 2736","x-gender":"男"}}`, []string{"basics"}},
		{"a name given only in the signature under the last section; the closing declaration is no content", []doc.Line{
			p("个人简历"), p("应聘职位：审计经理"), h("工作经历"), p("2019/09-至今 丨 星野会计师事务所 丨 审计经理"),
			h("自我评价"), p("做事细致，能带团队。"), p("本人承诺以上信息真实、准确。"), p("签名：林可    2025年3月"), p("联系电话：139 0000 7426"),
		}, `{"basics":{"name":"林可","label":"审计经理","phone":"139 0000 7426","summary":"做事细致，能带团队。"}}`, []string{"basics"}},
		{"a table of jobs with its period in two columns, in a document without headings, its parts set apart by rules", []doc.Line{
			{Text: "Ana Lima — Train Driver", Bold: true}, p("Leeds · 07700 900123 · ana@example.com"), {Text: "Driver with eight years on the footplate.", Blank: true},
			{Text: "From | To | Company | Post | Depot", Cells: []string{"From", "To", "Company", "Post", "Depot"}, Blank: true, Rule: true},
			{Text: "Oct 2019 | now | Harwell Rail | Train Driver | York", Cells: []string{"Oct 2019", "now", "Harwell Rail", "Train Driver", "York"}},
			{Text: "2009 | 2012 | Tallow Tyres | Fitter | Hull", Cells: []string{"2009", "2012", "Tallow Tyres", "Fitter", "Hull"}},
			{Text: "Train Driving Licence (ORR), 2017", Marker: "-", Blank: true, Rule: true},
		}, `{"work":[{"name":"Harwell Rail","position":"Train Driver","location":"York","startDate":"2019-10"},{"name":"Tallow Tyres","position":"Fitter","location":"Hull","startDate":"2009","endDate":"2012"}]}`, []string{"work"}},
		{"an employer and its department over the title and dates, a labelled project after a blank", []doc.Line{
			p("林可"), h("工作经历"), p("星野科技有限公司 · 基础架构部"), p("后端工程师    2020.04 – 至今    深圳"), p("负责网关。"),
			{Text: "项目：统一网关（2022.03 – 2022.12）", Blank: true}, p("用 Go 重写网关。"),
		}, `{"work":[{"name":"星野科技有限公司","position":"基础架构部 后端工程师","location":"深圳","startDate":"2020-04","summary":"负责网关。"}],` +
			`"projects":[{"name":"统一网关","startDate":"2022-03","endDate":"2022-12","entity":"星野科技有限公司","description":"用 Go 重写网关。"}]}`, []string{"work", "projects"}},
		{"a labelled project with its text on the next line; a labelled sentence stays the job's", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Analyst, Harwell Bank   Mar 2019 – Present"), p("Key projects: the limits dashboard and the new intraday feed."),
			p("Project: Statements rebuild (2021)"), p("Rebuilt statements."), p("Junior Analyst, Tallow Insurance   Jan 2015 – Feb 2019"),
		}, `{"work":[{"name":"Harwell Bank","position":"Analyst","startDate":"2019-03","summary":"Key projects: the limits dashboard and the new intraday feed."},` +
			`{"name":"Tallow Insurance","position":"Junior Analyst","startDate":"2015-01","endDate":"2019-02"}],` +
			`"projects":[{"name":"Statements rebuild","startDate":"2021","entity":"Harwell Bank","description":"Rebuilt statements."}]}`, []string{"work", "projects"}},
		{"languages with levels set apart by dots, some unknown to the lexicon; a lower-case sentence after a header's dates", []doc.Line{
			p("Ana Lima"), h("Languages"), p("English – C2 (fluent) · Kiswahili – native · Dholuo – native"),
			h("Volunteering"), p("Honorary Treasurer, Old Town Heritage Trust, 2018 – 2022: prepared annual accounts."),
		}, `{"languages":[{"language":"English","fluency":"C2 (fluent)"},{"language":"Kiswahili","fluency":"native"},{"language":"Dholuo","fluency":"native"}],` +
			`"volunteer":[{"organization":"Old Town Heritage Trust","position":"Honorary Treasurer","startDate":"2018","endDate":"2022","summary":"prepared annual accounts."}]}`, []string{"languages", "volunteer"}},
		{"an employer set like the section titles, its dates and title as smaller headings under it", []doc.Line{
			{Text: "Ana Lima", Heading: 1, Size: 20}, {Text: "ana@example.com", Size: 9.8}, {Text: "Experience", Heading: 3, Size: 10.5, Blank: true},
			{Text: "Larchmont Financial", Heading: 3, Bold: true, Size: 10.5, Blank: true}, {Text: "12/04/2021 - Present", Heading: 5, Size: 8.3, Blank: true},
			{Text: "Principal UX Researcher", Heading: 4, Size: 9, Blank: true}, {Text: "Lead the research practice for the retail banking apps (4 researchers).", Size: 9.8, Blank: true},
			{Text: "Set up a weekly participant panel of 1,200 customers", Size: 9.8, Marker: "•", Blank: true},
			{Text: "Northwind Health Labs", Heading: 3, Bold: true, Size: 10.5, Blank: true}, {Text: "20/01/2014 - 18/08/2017", Heading: 5, Size: 8.3, Blank: true},
			{Text: "UX Researcher", Heading: 4, Size: 9, Blank: true}, {Text: "Ran usability studies for the patient portal and the clinic apps.", Size: 9.8, Blank: true},
		}, `{"work":[{"name":"Larchmont Financial","position":"Principal UX Researcher","startDate":"2021-04-12","summary":"Lead the research practice for the retail banking apps (4 researchers).","highlights":["Set up a weekly participant panel of 1,200 customers"]},` +
			`{"name":"Northwind Health Labs","position":"UX Researcher","startDate":"2014-01-20","endDate":"2017-08-18","summary":"Ran usability studies for the patient portal and the clinic apps."}]}`, []string{"work"}},
		{"a skill group named Languages under Skills, set larger than the section's heading, over programming languages", []doc.Line{
			{Text: "Ana Lima", Heading: 1, Size: 20}, {Text: "ana@example.com", Size: 10.8},
			{Text: "Skills", Heading: 2, Size: 8.3, Blank: true}, {Text: "Languages", Bold: true, Size: 12.4, Blank: true}, {Text: "Go / Python / SQL", Size: 10.8},
			{Text: "Data", Bold: true, Size: 12.4}, {Text: "PostgreSQL / Redis / Kafka", Size: 10.8},
			{Text: "Languages", Heading: 2, Size: 8.3, Blank: true}, {Text: "English", Bold: true, Size: 12.4, Blank: true}, {Text: "Native", Size: 7.8},
		}, `{"skills":[{"name":"Languages","keywords":["Go","Python","SQL"]},{"name":"Data","keywords":["PostgreSQL","Redis","Kafka"]}],"languages":[{"language":"English","fluency":"Native"}]}`, []string{"skills", "languages"}},
		{"each entry's dates over its names: the names run to the next date line", []doc.Line{
			{Text: "Ana Lima", Heading: 1, Size: 22}, {Text: "ana@example.com", Size: 10.5},
			{Text: "Education", Heading: 2, Size: 11, Blank: true},
			{Text: "2009 – 2013", Size: 9.5, Blank: true}, {Text: "LLB / BA", Bold: true, Size: 10.5}, {Text: "University of the Hunter Coast", Size: 10.5},
			{Text: "2014", Size: 9.5}, {Text: "Graduate Diploma in Legal Practice", Bold: true, Size: 10.5}, {Text: "College of Law Australia", Size: 10.5},
		}, `{"education":[{"institution":"University of the Hunter Coast","studyType":"LLB / BA","startDate":"2009","endDate":"2013"},` +
			`{"institution":"College of Law Australia","area":"Legal Practice","studyType":"Graduate Diploma","endDate":"2014"}]}`, []string{"education"}},
		{"a role label whose value is what was done, not a title", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), b("Acme Ltd  2019 – 2021"), p("Role: led a team of five"),
		}, `{"work":[{"name":"Acme Ltd","startDate":"2019","endDate":"2021","highlights":["led a team of five"]}]}`, []string{"work"}},
		{"duties (职责) are no title", []doc.Line{
			p("张三"), p("zhangsan@example.com"), h("工作经历"), b("北京某某科技有限公司  2019.07-2021.06"), p("职责：负责订单系统的设计与开发"),
		}, `{"work":[{"name":"北京某某科技有限公司","startDate":"2019-07","endDate":"2021-06","highlights":["负责订单系统的设计与开发"]}]}`, []string{"work"}},
		{"projects on one line each: the name with its dates in an aside, a dash, what it was, its technologies; after a line of text of no project", []doc.Line{
			p("Ana Lima"), h("Projects"), {Text: "Built internal tools for the data team", Marker: "•", Size: 12},
			p("Bus ridership forecasting (MSc dissertation, 2024) — LightGBM model beating the operator's baseline by 14% MAPE. Python, LightGBM, pandas, Prophet"),
			p("Campus bike-share analysis (2022) — demand clustering for 80 docks. R, ggplot2, k-means"),
		}, `{"projects":[{"highlights":["Built internal tools for the data team"]},` +
			`{"name":"Bus ridership forecasting","startDate":"2024","description":"LightGBM model beating the operator's baseline by 14% MAPE.","keywords":["Python","LightGBM","pandas","Prophet"],"x-type":"MSc dissertation"},` +
			`{"name":"Campus bike-share analysis","startDate":"2022","description":"demand clustering for 80 docks.","keywords":["R","ggplot2","k-means"]}]}`, []string{"projects"}},
		{"roles under an employer, each role's dates over its title: the next employer's name over its dates opens its entry", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Acme Ltd"), p("2019 – 2021"), p("Senior Engineer"), {Text: "Built the billing platform", Size: 12, Marker: "•"},
			p("2016 – 2019"), p("Engineer"), {Text: "Wrote the payments API", Size: 12, Marker: "•"},
			{Text: "Beta Corp", Size: 12, Blank: true}, p("2014 – 2016"), p("Analyst"), {Text: "Modelled credit risk", Size: 12, Marker: "•"},
		}, `{"work":[{"name":"Acme Ltd","position":"Senior Engineer","startDate":"2019","endDate":"2021","highlights":["Built the billing platform"]},` +
			`{"position":"Engineer","startDate":"2016","endDate":"2019","highlights":["Wrote the payments API"]},` +
			`{"name":"Beta Corp","position":"Analyst","startDate":"2014","endDate":"2016","highlights":["Modelled credit risk"]}]}`, []string{"work"}},
		{"a languages section right after skills, set like it, its first language unknown to the lexicon", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Skills"), p("Go, Python, Kubernetes, Terraform"),
			h("Languages"), p("ASL, English"), h("Interests"), p("Climbing"),
		}, `{"skills":[{"keywords":["Go","Python","Kubernetes","Terraform"]}],"languages":[{"language":"ASL"},{"language":"English"}]}`, []string{"skills", "languages"}},
		{"a languages section right after skills, in capitals", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Skills"), p("Go, Python, Kubernetes, Terraform"),
			h("Languages"), p("FILIPINO, ENGLISH"), h("Interests"), p("Climbing"),
		}, `{"skills":[{"keywords":["Go","Python","Kubernetes","Terraform"]}],"languages":[{"language":"FILIPINO"},{"language":"ENGLISH"}]}`, []string{"skills", "languages"}},
		{"a role label whose title starts with a lower-case letter", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), b("Acme Ltd  2019 – 2021"), p("Role: iOS Developer"),
		}, `{"work":[{"name":"Acme Ltd","position":"iOS Developer","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		{"a candidate whose surname is a one-word role", []doc.Line{
			{Text: "Sarah Cook", Heading: 1, Size: 22}, p("sarah@example.com"), h("Experience"), b("Acme Ltd  2019 – 2021"), p("Engineer"),
		}, `{"basics":{"name":"Sarah Cook","email":"sarah@example.com"}}`, []string{"basics"}},
		{"plain text: a skill group 'Languages' half of whose items the lexicon knows is no languages section", []doc.Line{
			{Text: "Jane Doe"}, {Text: "jane@example.com"}, {Text: "EXPERIENCE", Blank: true}, {Text: "Engineer, Acme Corp, 2019 – 2021", Blank: true}, {Text: "Built things", Marker: "-"},
			{Text: "SKILLS", Blank: true}, {Text: "Languages", Blank: true}, {Text: "Java, Apex"},
		}, `{}`, []string{"languages"}},
		{"a role label whose title is written in lower case", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), b("Acme Ltd  2019 – 2021"), p("Role: software engineer intern"),
		}, `{"work":[{"name":"Acme Ltd","position":"software engineer intern","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		{"a client or the tools in brackets after a project's name are no kind of project", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Projects"), b("Website Redesign (Acme Corp)"), {Text: "Rebuilt the marketing site", Marker: "-", Size: 12},
			b("Portfolio Site (React and Node)"), {Text: "Built my site", Marker: "-", Size: 12},
		}, `{"projects":[{"name":"Website Redesign (Acme Corp)","highlights":["Rebuilt the marketing site"]},{"name":"Portfolio Site (React and Node)","highlights":["Built my site"]}]}`, []string{"projects"}},
		{"an employer and its place over its role as a short list item with the dates, the role's bullets nested under it", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			{Text: "Ridgeline Freight Technologies — Denver, CO", Size: 12, Blank: true, Spans: []doc.Span{{Text: "Ridgeline Freight Technologies", Style: doc.Style{Bold: true}}, {Text: "— Denver, CO"}}},
			{Text: "VP of Engineering · Mar 2022 – present", Size: 12, Marker: "-"},
			{Text: "Lead 7 teams building the carrier marketplace.", Size: 12, Marker: "-", Indent: 2},
		}, `{"work":[{"name":"Ridgeline Freight Technologies","location":"Denver, CO","position":"VP of Engineering","startDate":"2022-03","highlights":["Lead 7 teams building the carrier marketplace."]}]}`, []string{"work"}},
		{"a job's one-line summary over the next job written as a list item with its employer is no employer", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Senior Engineer · Acme Corp · 2021 – 2023"), p("Payments Platform"),
			{Text: "Engineer, Initech · 2019 – 2021", Marker: "-", Size: 12},
		}, `{"work":[{"name":"Acme Corp","position":"Senior Engineer","startDate":"2021","endDate":"2023","summary":"Payments Platform"},` +
			`{"name":"Initech","position":"Engineer","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		// ("Early Career" is a heading of the work section: no job's summary)
		{"a sub-heading over jobs written as list items, each with its employer, is no employer", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			p("Senior Engineer · Acme Corp · 2021 – 2023"), p("Early Career"),
			{Text: "Software Engineer at Initech · 2019 – 2021", Marker: "-", Size: 12},
		}, `{"work":[{"name":"Acme Corp","position":"Senior Engineer","startDate":"2021","endDate":"2023"},` +
			`{"name":"Initech","position":"Software Engineer","startDate":"2019","endDate":"2021"}]}`, []string{"work"}},
		{"spoken languages among skill groups set apart by wide gaps", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Skills"), p("Data 数据        pandas, NumPy, scikit-learn"),
			p("Languages 语言   Mandarin (native), English (IELTS 8.0)"),
		}, `{"skills":[{"name":"Data 数据","keywords":["pandas","NumPy","scikit-learn"]}],"languages":[{"language":"Mandarin","fluency":"native"},{"language":"English","fluency":"IELTS 8.0"}]}`, []string{"skills", "languages"}},
		{"languages each after its country's flag; spoken languages among skill groups", []doc.Line{
			p("Ana Lima"), h("Languages"), p("🇧🇷 Portuguese (native) · 🇺🇸 English (fluent, C1)"),
			h("Skills"), p("Languages:   C#, T-SQL, TypeScript"), p("Languages spoken: Urdu, Punjabi"),
		}, `{"languages":[{"language":"Portuguese","fluency":"native"},{"language":"English","fluency":"fluent, C1"},{"language":"Urdu"},{"language":"Punjabi"}],` +
			`"skills":[{"name":"Languages","keywords":["C#","T-SQL","TypeScript"]}]}`, []string{"languages", "skills"}},
		{"a note without headings whose lines an icon files (a résumé sent as a chat message)", []doc.Line{
			p("穆可"), p("📱 138 0000 2750"), p("🎓 2014.9 – 2018.6　南岭师范学院　英语　本科"),
			p("💼 2019.7 – 今　北湖小学　英语教师"), {Text: "担任英语教学", Marker: "🔹"}, p("🏅 2022.12　优质课比赛一等奖"),
		}, `{"education":[{"institution":"南岭师范学院","area":"英语","studyType":"本科","startDate":"2014-09","endDate":"2018-06"}],` +
			`"work":[{"name":"北湖小学","position":"英语教师","startDate":"2019-07","highlights":["担任英语教学"]}],"awards":[{"title":"优质课比赛一等奖","date":"2022-12"}]}`, []string{"education", "work", "awards"}},
		{"under a heading an icon is the line's dress only", []doc.Line{
			p("穆可"), p("📱 138 0000 2750"), h("工作经历"), p("2019.7 – 今　北湖小学　英语教师"), {Text: "🏆 获评年度优秀教师", Marker: "-"},
		}, `{"work":[{"name":"北湖小学","position":"英语教师","startDate":"2019-07","highlights":["🏆 获评年度优秀教师"]}]}`, []string{"work", "awards"}},
		{"a kind of project named after its label inside a job", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Analyst, Harwell Bank   Mar 2019 – Present"), p("Built the daily exposure report for the desk."), p("Side project: Tide tables (2021)"),
		}, `{"projects":[{"name":"Tide tables","startDate":"2021","entity":"Harwell Bank"}]}`, []string{"projects"}},
		{"a kind of project in Chinese keeps no label", []doc.Line{
			p("林可"), h("工作经历"), p("星野科技有限公司  2020.04 – 至今"), p("负责网关。"), p("大创项目：单车潮汐分析（2023.10 – 2024.5）"),
		}, `{"projects":[{"name":"单车潮汐分析","startDate":"2023-10","endDate":"2024-05","entity":"星野科技有限公司"}]}`, []string{"projects"}},
		{"an icon line in the header of a document with headings stays the header's", []doc.Line{
			p("Jane Doe"), p("💼 Senior Engineer at Acme"), p("📍 Lisbon, Portugal"), p("jane@example.com"), h("Experience"), p("Engineer, Acme Ltd, 2019 – 2022"),
		}, `{"work":[{"name":"Acme Ltd","position":"Engineer","startDate":"2019","endDate":"2022"}]}`, []string{"work"}},
		{"a lower-case employer with a legal form after the dates", []doc.Line{
			p("Ana Lima"), h("Experience"), p("2018 – 2022   van Oord Marine Contractors B.V.   Consultant"),
		}, `{"work":[{"name":"van Oord Marine Contractors B.V.","position":"Consultant","startDate":"2018","endDate":"2022"}]}`, []string{"work"}},
		{"a trade's title before an employer the lexicon does not know", []doc.Line{
			p("Ana Lima"), h("Experience"), p("Class 1 Driver (tramping)      Dyfed Bulk Haulage, Carmarthen    2009 - 2014"),
		}, `{"work":[{"name":"Dyfed Bulk Haulage","position":"Class 1 Driver (tramping)","location":"Carmarthen","startDate":"2009","endDate":"2014"}]}`, []string{"work"}},
		{"sections numbered alike, tables of certificates and of sea service", []doc.Line{
			p("董某"), p("138 0000 5903"), h("一、证书情况"),
			row("证书名称", "等级/航区", "签发日期", "有效期至"), row("三管轮适任证书", "无限航区", "2019-09-15", "2024-09-14"), row("海员证", "—", "2022-03-02", "2027-03-01"),
			h("二、海上资历"),
			row("船名", "总吨/主机功率", "船公司", "职务", "上船", "下船"), row("东某海", "43,000 GT", "某远洋运输有限公司", "二管轮", "2022-06-05", "2023-03-18"),
			h("三、陆地工作"), p("2016年8月～2018年5月  某船舶修造有限公司  轮机钳工"),
		}, `{"certificates":[{"name":"三管轮适任证书","date":"2019-09-15"},{"name":"海员证","date":"2022-03-02"}],` +
			`"work":[{"name":"某远洋运输有限公司","position":"二管轮","startDate":"2022-06-05","endDate":"2023-03-18","x-vessel":"东某海"},` +
			`{"name":"某船舶修造有限公司","position":"轮机钳工","startDate":"2016-08","endDate":"2018-05"}]}`, []string{"certificates", "work"}},
		{"a date line over a title with a note on the title before it, over the employer", []doc.Line{
			p("宁某"), p("138 0000 1947"), h("工作经历"), b("2019.9 ~ 至今"), p("策划总监（2022年3月前为主策划）"), p("厦门某婚礼企划有限公司"), {Text: "年均主策划婚礼55场", Marker: "•"},
		}, `{"work":[{"name":"厦门某婚礼企划有限公司","position":"策划总监","startDate":"2019-09","highlights":["年均主策划婚礼55场"]}]}`, []string{"work"}},
		{"contact details after a name label are no name", []doc.Line{
			p("全某"), p("室内设计师"), h("工作经历"), p("2019.7 – 今　某装饰工程有限公司　设计师"), h("荣誉"), {Text: "2022  某设计大赛 银奖", Marker: "•"},
			p("联系我：138 0000 6721 ／ quan@example.com"),
		}, `{"basics":{"name":"全某","label":"室内设计师","email":"quan@example.com","phone":"138 0000 6721"}}`, []string{"basics"}},
		{"a seafarer's tables: certificates by their columns, sea service with an agency's merged row", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), b("STCW TRAINING CERTIFICATES"),
			row("Course", "Cert. No.", "Date Issued", "Training Center"), row("Basic Training (BT)", "2021-555-0481", "18-Nov-2021", "Harbour Training Centre"),
			b("SEA SERVICE"),
			row("Vessel", "Flag", "Type", "GRT", "Rank", "Company / Principal", "Sign On", "Sign Off"),
			row("Through: Acme Crewing Inc.", "", "", "", "", "", "", ""),
			row("MV NORTH TIDE", "Liberia", "Bulk Carrier", "43,012", "3/E", "Harbour Bulk Shipping AS", "09-Jan-2024", "30-Jul-2024"),
		}, `{"certificates":[{"name":"Basic Training (BT)","issuer":"Harbour Training Centre","date":"2021-11-18"}],` +
			`"work":[{"name":"Harbour Bulk Shipping AS","position":"3/E","startDate":"2024-01-09","endDate":"2024-07-30","x-vessel":"MV NORTH TIDE","x-flag":"Liberia","x-grt":"43,012"}]}`, []string{"certificates", "work"}},
		{"headings set only in a size of their own, one the lexicon lacks as a heading", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), {Text: "Summary", Size: 9.5}, p("Speech therapist in schools."),
			{Text: "Professional Experience", Size: 9.5}, {Text: "Aug. 2021 – Present", Size: 9}, b("Speech-Language Pathologist"), p("Harwell Public Schools"),
			{Text: "Education", Size: 9.5}, {Text: "May 2019", Size: 9}, p("M.S., Communication Sciences — Harwell University"),
			{Text: "Certification & Licensure", Size: 9.5}, row("2020", "ASHA Certificate of Clinical Competence (CCC-SLP)"),
			{Text: "Assessment & Tools", Size: 9.5}, row("Tests", "CELF-5, GFTA-3"),
		}, `{"certificates":[{"name":"ASHA Certificate of Clinical Competence (CCC-SLP)","x-date":"2020"}],"skills":[{"name":"Tests","keywords":["CELF-5","GFTA-3"]}]}`, []string{"certificates", "skills"}},
		{"headings over one long rule each, a form's word among them", []doc.Line{
			p("谭某"), p("138 0000 2750"), {Text: "个人概况", Blank: true}, p("══════════════════════════════"), {Text: "长期从事矿产勘查。", Blank: true},
			{Text: "工作经历", Blank: true}, p("══════════════════════════════"), {Text: "2014 年 3 月至今 某矿业集团有限公司 总工程师", Blank: true},
			{Text: "学历", Blank: true}, p("══════════════════════════════"), {Text: "1994.09—1998.07 某地质学院 地质矿产勘查 本科", Blank: true},
		}, `{"education":[{"institution":"某地质学院","area":"地质矿产勘查","studyType":"本科","startDate":"1994-09","endDate":"1998-07"}]}`, []string{"education"}},
		{"entries numbered as the section titles are, from one again", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("1. Projects"), h("1. Tide Tables"), p("2019 – 2023"), {Text: "Wrote the tide predictor in Go", Marker: "•"},
			h("2. Berth Planner"), p("2016 – 2018"),
		}, `{"projects":[{"name":"1. Tide Tables","startDate":"2019","endDate":"2023","highlights":["Wrote the tide predictor in Go"]},{"name":"2. Berth Planner","startDate":"2016","endDate":"2018"}]}`, []string{"projects"}},
		{"the tenth section title, then the eleventh", []doc.Line{
			p("董某"), p("138 0000 5903"), h("十、证书情况"), row("证书名称", "签发日期", "发证机构"), row("海员证", "2022-03-02", "某海事局"),
			h("十一、陆地工作"), p("2016年8月～2018年5月  某船舶修造有限公司  轮机钳工"),
		}, `{"work":[{"name":"某船舶修造有限公司","position":"轮机钳工","startDate":"2016-08","endDate":"2018-05"}],"certificates":[{"name":"海员证","date":"2022-03-02","issuer":"某海事局"}]}`, []string{"work", "certificates"}},
		{"headings numbered 一、 in a plain size of their own, some the lexicon lacks", []doc.Line{
			p("鲍某"), p("138 0000 4416"),
			{Text: "个人资料", Marker: "一、", Size: 10.5, Blank: true}, {Text: "现住址  浙江省温州市", Size: 9.5},
			{Text: "资格证书", Marker: "二、", Size: 10.5, Blank: true}, {Text: "叉车司机证 2020", Size: 9.5},
			{Text: "工作经历", Marker: "三、", Size: 10.5, Blank: true}, {Text: "2019.03 – 至今  某物流有限公司  仓库主管", Size: 9.5},
			{Text: "教育培训", Marker: "四、", Size: 10.5, Blank: true}, {Text: "2012.09—2015.07  某职业技术学院  物流管理  大专", Size: 9.5},
			{Text: "自我评价", Marker: "五、", Size: 10.5, Blank: true}, {Text: "吃苦耐劳。", Size: 9.5},
		}, `{"education":[{"institution":"某职业技术学院","area":"物流管理","studyType":"大专","startDate":"2012-09","endDate":"2015-07"}]}`, []string{"education"}},
		{"a note without headings: words alone over dated lines head their parts", []doc.Line{
			p("鲍某　叉车司机"), p("电话：138 0000 4416"), {Text: "开叉车十年，三吨五吨都开过。", Size: 12, Blank: true},
			{Text: "做过的活", Size: 12, Blank: true}, p("2019年至今  某仓储物流有限公司  叉车组长"), p("带4个司机，管装卸和盘点。"),
			p("2014年-2019年  某港口装卸队  叉车司机"),
			{Text: "念书", Size: 12, Blank: true}, p("2002年毕业  某县第一中学  初中"),
		}, `{"work":[{"name":"某仓储物流有限公司","position":"叉车组长","startDate":"2019","summary":"带4个司机，管装卸和盘点。"},{"name":"某港口装卸队","position":"叉车司机","startDate":"2014","endDate":"2019"}]}`, []string{"work"}},
		{"a school and its degree apart by a dash, a comma only before the dates", []doc.Line{
			p("鲍某"), p("138 0000 4416"), h("學歷"),
			{Text: "濠海大學 — 工商管理學士，2015 – 2019", Marker: "-"}, {Text: "濠海中學 — 高中，2012 – 2015", Marker: "-"},
		}, `{"education":[{"institution":"濠海大學","studyType":"工商管理學士","startDate":"2015","endDate":"2019"},{"institution":"濠海中學","studyType":"高中","startDate":"2012","endDate":"2015"}]}`, []string{"education"}},
		{"a saved page's text: edit buttons after headings, a job's skill tags over the next employer", []doc.Line{
			p("鲍某"), p("手机：138 0000 4416"), {Text: "工作经历添加", Size: 12, Blank: true},
			{Text: "某某汽车销售服务有限公司 2020.04-2025.12", Size: 12, Blank: true}, {Text: "钣喷技师  ·  售后服务部", Size: 12, Blank: true},
			{Text: "负责事故车修复。", Size: 12, Blank: true}, {Text: "钣金修复 整车喷漆 电脑调色", Size: 12, Blank: true},
			{Text: "某某汽车修理厂 2016.03-2020.03", Size: 12, Blank: true}, {Text: "喷漆工", Size: 12, Blank: true},
			{Text: "教育经历编辑", Size: 12, Blank: true}, {Text: "某某技工学校 2010-2013", Size: 12, Blank: true},
		}, `{"work":[{"name":"某某汽车销售服务有限公司","position":"钣喷技师","x-department":"售后服务部","startDate":"2020-04","endDate":"2025-12","summary":"负责事故车修复。","highlights":["钣金修复 整车喷漆 电脑调色"]},` +
			`{"name":"某某汽车修理厂","position":"喷漆工","startDate":"2016-03","endDate":"2020-03"}],"education":[{"institution":"某某技工学校","startDate":"2010","endDate":"2013"}]}`, []string{"work", "education"}},
		{"a Hong Kong higher diploma named again in English after its field", []doc.Line{
			p("陸某"), p("+852 5555 0147"), h("學歷"),
			p("香港某某專上學院    2019 – 2021"), p("物業管理高級文憑（兼讀制）Higher Diploma in Property Management (Part-time)"),
			p("某某工業學院    2015 – 2017"), p("電機工程文憑"),
		}, `{"education":[{"institution":"香港某某專上學院","area":"物業管理","studyType":"高級文憑","startDate":"2019","endDate":"2021"},{"institution":"某某工業學院","area":"電機工程","studyType":"文憑","startDate":"2015","endDate":"2017"}]}`, []string{"education"}},
		{"a title ending in a button's word is no heading", []doc.Line{
			p("鲍某"), p("138 0000 4416"), h("工作经历"), p("某某出版社"), p("项目编辑"), p("2018.03-2021.05"), p("负责图书策划。"),
		}, `{"work":[{"name":"某某出版社","position":"项目编辑","startDate":"2018-03","endDate":"2021-05","summary":"负责图书策划。"}]}`, []string{"work", "projects"}},
		{"an employer's words apart by spaces over its dates alone are its names, no tags", []doc.Line{
			p("鲍某"), p("138 0000 4416"), h("工作经历"), p("某某科技有限公司"), p("2019.03-2021.05 产品经理"), p("负责支付产品。"),
			{Text: "某某 抖音 电商", Size: 12, Blank: true}, p("2017.07-2019.02"), p("负责商品运营。"),
		}, `{"work":[{"name":"某某科技有限公司","position":"产品经理","startDate":"2019-03","endDate":"2021-05","summary":"负责支付产品。"},{"name":"某某 抖音 电商","startDate":"2017-07","endDate":"2019-02","summary":"负责商品运营。"}]}`, []string{"work"}},
		{"an employer named in two scripts over the title and the dates", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			b("Head Coach"), p("Eastwave Table Tennis Academy, Singapore"), p("Jan 2019 – Present"), {Text: "Lead a squad of 36 players.", Marker: "•"},
			{Text: "某某青少年乒乓球训练中心 · Harbour Youth Table Tennis Training Centre, Wuxi", Size: 12, Blank: true}, p("助理教练 Assistant Coach"), p("2012.09 – 2015.12"),
		}, `{"work":[{"name":"Eastwave Table Tennis Academy","location":"Singapore","position":"Head Coach","startDate":"2019-01","highlights":["Lead a squad of 36 players."]},` +
			`{"name":"某某青少年乒乓球训练中心 Harbour Youth Table Tennis Training Centre","location":"Wuxi","position":"助理教练 Assistant Coach","startDate":"2012-09","endDate":"2015-12"}]}`, []string{"work"}},
		{"an employer and its place apart by a dash over its roles", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			b("Harbour Lim & Co., CPAs — Makati City"), p("Tax Senior | Feb 2022 – present"), {Text: "Review tax returns.", Marker: "-"},
			p("Tax Associate | Sep 2019 – Jan 2022"), {Text: "Prepared VAT returns.", Marker: "-"},
		}, `{"work":[{"name":"Harbour Lim & Co., CPAs","location":"Makati City","position":"Tax Senior","startDate":"2022-02","highlights":["Review tax returns."]},` +
			`{"name":"Harbour Lim & Co., CPAs","location":"Makati City","position":"Tax Associate","startDate":"2019-09","endDate":"2022-01","highlights":["Prepared VAT returns."]}]}`, []string{"work"}},
		{"the cities wanted in brackets after the target title", []doc.Line{
			p("鲍某"), p("138 0000 4416"), p("求职意向：康复治疗组长 / 主管康复治疗师（青岛、烟台）"), h("工作经历"), p("2017.07-至今  某某医院  主管康复治疗师"),
		}, `{"basics":{"name":"鲍某","label":"康复治疗组长 / 主管康复治疗师","phone":"138 0000 4416","location":{"city":"青岛"}}}`, []string{"basics"}},
		{"a bold name with a heading's word is a project's", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Projects"), b("Certification Tracking Portal"), p("2022 – 2023"), {Text: "Wrote the portal in Go", Marker: "•"},
		}, `{"projects":[{"name":"Certification Tracking Portal","startDate":"2022","endDate":"2023","highlights":["Wrote the portal in Go"]}]}`, []string{"projects", "certificates"}},
		{"an employer whose name opens with a verb's form", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), b("Consolidated Edison"), p("Lineworker  2019 – 2023"),
		}, `{"work":[{"name":"Consolidated Edison","position":"Lineworker","startDate":"2019","endDate":"2023"}]}`, []string{"work"}},
		{"employers set in the headings' plain size are no headings", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), {Text: "Summary", Size: 13}, p("Baker."), {Text: "Experience", Size: 13},
			{Text: "Harbour Lights", Size: 13}, p("Head Baker  2019 – 2023"), {Text: "Marlow and Finch", Size: 13}, p("Pastry Cook  2016 – 2019"),
			{Text: "Education", Size: 13}, p("Harwell College, 2014 – 2016"),
		}, `{"work":[{"name":"Harbour Lights","position":"Head Baker","startDate":"2019","endDate":"2023"},{"name":"Marlow and Finch","position":"Pastry Cook","startDate":"2016","endDate":"2019"}]}`, []string{"work"}},
		{"tables of certificates by a date column, the name in a later column; a table of awards is no table of certificates", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), b("CERTIFICATIONS"), row("Certificate", "Issuer", "Date"), row("CKA", "CNCF", "2022-03-01"),
			row("Date Issued", "Course", "Training Center"), row("18-Nov-2021", "Basic Training (BT)", "Harbour Training Centre"),
			h("获奖情况"), row("奖项名称", "获得时间", "颁发机构"), row("国家奖学金", "2022.10", "教育部"),
		}, `{"certificates":[{"name":"CKA","issuer":"CNCF","date":"2022-03-01"},{"name":"Basic Training (BT)","issuer":"Harbour Training Centre","date":"2021-11-18"}],` +
			`"awards":[{"title":"奖项名称：国家奖学金  获得时间：2022.10  颁发机构：教育部","date":"2022-10"}]}`, []string{"certificates", "awards"}},
		{"a name label over a name and a number", []doc.Line{
			p("个人信息"), p("姓名：张伟 13800001111"), h("工作经历"), p("2019.7 – 今　某装饰工程有限公司　设计师"),
		}, `{"basics":{"name":"张伟","phone":"13800001111"}}`, []string{"basics"}},
		{"a club as an employer over the title and dates", []doc.Line{
			p("芮某"), p("138 0000 6027"), h("工作经历"), b("某少儿篮球俱乐部"), p("篮球教练    2016年9月—2018年7月"), p("带U8—U12年龄段学员。"),
		}, `{"work":[{"name":"某少儿篮球俱乐部","position":"篮球教练","startDate":"2016-09","endDate":"2018-07","summary":"带U8—U12年龄段学员。"}]}`, []string{"work"}},
		{"roles under their employer, the first a title with an organisation's word", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Employment"), b("Hollowmere Theatre, Sheffield"), p("Company Stage Manager  Jan 22 – present"), {Text: "Run the team", Marker: "•"},
			{Text: "Deputy Stage Manager  Jan 19 – Dec 21", Size: 12, Blank: true}, {Text: "On the book", Marker: "•"},
		}, `{"work":[{"name":"Hollowmere Theatre","location":"Sheffield","position":"Company Stage Manager","startDate":"2022-01","highlights":["Run the team"]},` +
			`{"name":"Hollowmere Theatre","location":"Sheffield","position":"Deputy Stage Manager","startDate":"2019-01","endDate":"2021-12","highlights":["On the book"]}]}`, []string{"work"}},
		{"qualifications and skills under one heading", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Qualifications & skills"), {Text: "Full clean driving licence", Marker: "•"}, {Text: "QLab, Vectorworks, Photoshop", Marker: "•"},
			{Text: "BA (Hons) Stage Management, Harwell University, 2014 to 2017", Marker: "•"},
		}, `{"certificates":[{"name":"Full clean driving licence"}],"skills":[{"keywords":["QLab","Vectorworks","Photoshop"]}]}`, []string{"certificates", "skills"}},
		{"a school's lines under a heading of education and skills stay its own", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Education & Skills"), p("University of Leeds"), p("BSc (Hons) Computer Science"), p("2014 – 2017"),
			p("Dissertation: Scheduling buses with genetic algorithms"), {Text: "Python, Go, SQL", Marker: "•", Blank: true},
		}, `{"education":[{"institution":"University of Leeds","studyType":"BSc (Hons)","area":"Computer Science","startDate":"2014","endDate":"2017","x-thesis":"Scheduling buses with genetic algorithms"}]}`, []string{"education", "certificates"}},
		{"a label naming qualifications under skills and certificates gives tickets", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Skills & Certifications"), {Text: "Quals: CSCS Gold Card, IPAF, PASMA", Marker: "•"},
		}, `{"certificates":[{"name":"CSCS Gold Card, IPAF, PASMA"}]}`, []string{"certificates"}},
		{"roles under a company, one a club's title", []doc.Line{
			p("芮某"), p("138 0000 6027"), h("工作经历"), b("某健身管理有限公司"), p("俱乐部经理    2018年8月—2021年7月"), {Text: "负责门店运营。", Marker: "-"},
			{Text: "会籍顾问    2016年9月—2018年7月", Size: 12, Blank: true},
		}, `{"work":[{"name":"某健身管理有限公司","position":"俱乐部经理","startDate":"2018-08","endDate":"2021-07","highlights":["负责门店运营。"]},` +
			`{"name":"某健身管理有限公司","position":"会籍顾问","startDate":"2016-09","endDate":"2018-07"}]}`, []string{"work"}},
		{"roles listed under their employer, under a heading the lexicon lacks", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Profile"), p("Welder."), h("On the Tools"), b("Brightmoor Steelworks Ltd, Leeds"),
			{Text: "Senior Welder (Mar 2020 – present)", Marker: "*", Blank: true}, {Text: "Led the night shift.", Marker: "-", Indent: 4},
			{Text: "Welder (Jan 2016 – Feb 2020)", Marker: "*"}, {Text: "Pipework to ASME IX.", Marker: "-", Indent: 4},
			{Text: "Apprentice Welder (Sep 2012 – Dec 2015)", Marker: "*"}, {Text: "Day release at college.", Marker: "-", Indent: 4},
		}, `{"work":[{"name":"Brightmoor Steelworks Ltd","location":"Leeds","position":"Senior Welder","startDate":"2020-03","highlights":["Led the night shift."]},` +
			`{"name":"Brightmoor Steelworks Ltd","location":"Leeds","position":"Welder","startDate":"2016-01","endDate":"2020-02","highlights":["Pipework to ASME IX."]},` +
			`{"name":"Brightmoor Steelworks Ltd","location":"Leeds","position":"Apprentice Welder","startDate":"2012-09","endDate":"2015-12","highlights":["Day release at college."]}]}`, []string{"work"}},
		{"a labelled line under a heading the lexicon lacks, its commas inside brackets, is no skill group", []doc.Line{
			p("芮某"), p("138 0000 6027"), h("基本情况"), p("男，1990 年生。"), h("成长轨迹"), p("2010 年入伍，2015 年退役。"),
			p("军衔：列兵（新训、下连）→ 上等兵（二年）→ 下士（三年）"), {Text: "带班两年。", Marker: "1."}, h("技能"), p("Excel、SQL"),
			h("工作经历"), p("2016.03-2020.05 某物业有限公司 保安队长"),
		}, `{"skills":[{"keywords":["Excel","SQL"]}]}`, []string{"skills"}},
		{"a degree's whole name over its school, then the next degree", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Education"), {Text: "New Zealand Certificate in Residential Carpentry (Level 4)", Size: 12, Blank: true},
			p("Tōtara Trades Academy, Whangārei | 2021"), {Text: "Bachelor of Arts", Size: 12, Blank: true}, p("University of Otago | 2014 - 2017"),
		}, `{"education":[{"institution":"Tōtara Trades Academy","x-location":"Whangārei","studyType":"New Zealand Certificate","area":"Residential Carpentry","endDate":"2021"},` +
			`{"institution":"University of Otago","studyType":"Bachelor of Arts","startDate":"2014","endDate":"2017"}]}`, []string{"education"}},
		{"a heading with a count in smaller type, job cards with the employer's trade and size", []doc.Line{
			p("涂某"), p("0933-555-000"), h("學歷"),
			{Text: "學校名稱 | 科系 | 就學期間 | 地區", Cells: []string{"學校名稱", "科系", "就學期間", "地區"}, HeadRow: true, Size: 12},
			row("南嶺科技大學", "財務金融系", "2012/9~2016/6", "台灣"),
			{Text: "工作經驗  總年資 5~10年", Heading: 2, Size: 12, Blank: true, Spans: []doc.Span{{Text: "工作經驗", Style: doc.Style{Size: 16}}, {Text: "總年資 5~10年", Style: doc.Style{Size: 12}}}},
			{Text: "出納", Bold: true, Size: 12}, p("青禾記帳士事務所"), p("2016/7~2020/2（3年8個月）｜ 會計服務業 ｜ 2~10人"), p("負責零用金與銀行對帳。"),
			{Text: "會計專員", Bold: true, Size: 12}, p("山嵐電子股份有限公司"), p("2020/3~仍在職｜ 電子零件製造業 ｜ 100~499人"),
		}, `{"education":[{"institution":"南嶺科技大學","area":"財務金融系","startDate":"2012-09","endDate":"2016-06"}],` +
			`"work":[{"name":"青禾記帳士事務所","position":"出納","startDate":"2016-07","endDate":"2020-02","summary":"負責零用金與銀行對帳。","x-companySize":"2~10人","x-industry":"會計服務業"},` +
			`{"name":"山嵐電子股份有限公司","position":"會計專員","startDate":"2020-03","x-companySize":"100~499人","x-industry":"電子零件製造業"}]}`, []string{"education", "work"}},
		{"grants under their heading, each line led by its years", []doc.Line{
			p("芮某"), p("138 0000 6027"), h("主持与参与基金"), p("2021 —2023       某省社科基金青年项目：近代某地水利与乡村社会"),
		}, `{"projects":[{"name":"近代某地水利与乡村社会","startDate":"2021","endDate":"2023"}]}`, []string{"projects"}},
		{"roles under their employer's heading, the second's title unknown to the lexicon", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"), {Text: "Wharepuke Fruitpack Ltd, Te Awamutu", Heading: 3, Size: 13, Blank: true},
			{Text: "Packhouse Lead · May 2022 - now", Size: 12, Blank: true}, {Text: "Ran the night grading line.", Marker: "-", Size: 12, Blank: true},
			{Text: "Fruit Sorter · Jul 2019 - Apr 2022", Size: 12, Blank: true}, {Text: "Graded fruit.", Marker: "-", Size: 12, Blank: true},
		}, `{"work":[{"name":"Wharepuke Fruitpack Ltd","location":"Te Awamutu","position":"Packhouse Lead","startDate":"2022-05","highlights":["Ran the night grading line."]},` +
			`{"name":"Wharepuke Fruitpack Ltd","location":"Te Awamutu","position":"Fruit Sorter","startDate":"2019-07","endDate":"2022-04","highlights":["Graded fruit."]}]}`, []string{"work"}},
		{"a job's names read by the styles the section's other jobs set them in", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("Experience"),
			{Text: "Mar 2021 – present", Size: 9.8, Blank: true}, {Text: "Leading Hand", Heading: 3, Size: 11.6, Blank: true}, {Text: "Kōwhai Marine, Napier", Size: 11.3, Blank: true},
			{Text: "Jan 2016 – Feb 2021", Size: 9.8, Blank: true}, {Text: "Apprentice Boatbuilder", Heading: 3, Size: 11.6, Blank: true}, {Text: "Pukeko Boatyard, Napier", Size: 11.3, Blank: true},
		}, `{"work":[{"name":"Kōwhai Marine","location":"Napier","position":"Leading Hand","startDate":"2021-03"},` +
			`{"name":"Pukeko Boatyard","location":"Napier","position":"Apprentice Boatbuilder","startDate":"2016-01","endDate":"2021-02"}]}`, []string{"work"}},
		{"a project's title after the label Title", []doc.Line{
			p("Ana Lima"), p("ana@example.com"), h("MSc Project"), p("Title: Drought tolerance of kūmara cultivars under deficit irrigation (2021–2022)."),
		}, `{"projects":[{"name":"Drought tolerance of kūmara cultivars under deficit irrigation","startDate":"2021","endDate":"2022"}]}`, []string{"projects"}},
		{"a table of works under its heading row, one column no lexicon knows", []doc.Line{
			p("羅某"), p("0933-555-602"), h("代表作品"),
			{Text: "作品 | 類型 | 年份 | 負責內容", Cells: []string{"作品", "類型", "年份", "負責內容"}, HeadRow: true, Size: 12},
			row("《星穹彼岸》", "手機遊戲", "2022", "角色技能動作、過場動畫"),
		}, `{"projects":[{"name":"星穹彼岸","startDate":"2022","roles":["角色技能動作、過場動畫"],"highlights":["類型：手機遊戲"]}]}`, []string{"projects"}},
		{"a Hong Kong school's exam and a degree written the Hong Kong way", []doc.Line{
			p("徐某"), p("電話 5550 3927"), h("教育"), p("2012年    香港中學文憑考試    某某書院"), p("2012年9月 至 2016年6月    香港某大學    理學士"),
		}, `{"education":[{"institution":"某某書院","studyType":"香港中學文憑考試","endDate":"2012"},{"institution":"香港某大學","studyType":"理學士","startDate":"2012-09","endDate":"2016-06"}]}`, []string{"education"}},
		{"labelled fields side by side one space apart", []doc.Line{
			p("林可"), p("138 0000 2750"), h("项目经历"), p("潮汐看板"), p("时间：2023.08 - 2024.01 角色：前端负责人 技术栈：Vue 3 ECharts Vite"), p("为调度中心做的大屏。"),
		}, `{"projects":[{"name":"潮汐看板","startDate":"2023-08","endDate":"2024-01","roles":["前端负责人"],"keywords":["Vue 3","ECharts","Vite"],"highlights":["为调度中心做的大屏。"]}]}`, []string{"projects"}},
		{"bold labels over plain values inside a project", []doc.Line{
			p("林可"), p("138 0000 2750"), h("项目经历"), {Text: "项目：多币种记账", Heading: 3, Bold: true},
			{Text: "时间", Bold: true}, p("2022.03 – 2022.11"), {Text: "技术", Bold: true}, p("Java 17, Kafka"), {Text: "职责", Bold: true}, p("账务模型设计"),
		}, `{"projects":[{"name":"多币种记账","startDate":"2022-03","endDate":"2022-11","keywords":["Java 17","Kafka"],"roles":["账务模型设计"]}]}`, []string{"projects"}},
		{"a Taiwan form's parts numbered in financial numerals, its tables under column headings", []doc.Line{
			{Text: "履歷表", Bold: true, Size: 20}, {Text: "壹、基本資料", Bold: true, Size: 13, Blank: true},
			row("姓名", "馮小雨", "行動電話", "0912-555-777"),
			{Text: "貳、學歷", Bold: true, Size: 13, Blank: true},
			row("學校名稱", "科系", "學位", "修業期間", "狀態"), row("國立某某大學", "化學系", "學士", "民國103年9月～民國107年6月", "畢業"),
			{Text: "參、經歷", Bold: true, Size: 13, Blank: true},
			row("服務機構", "職稱", "任職期間", "工作內容"), row("某某文理補習班", "化學講師", "民國107年8月～迄今", "帶國三化學三班。"),
		}, `{"education":[{"institution":"國立某某大學","area":"化學系","studyType":"學士","startDate":"2014-09","endDate":"2018-06"}],` +
			`"work":[{"name":"某某文理補習班","position":"化學講師","startDate":"2018-08","highlights":["帶國三化學三班。"]}]}`, []string{"education", "work"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := &doc.Document{Lines: tt.lines}
			if slices.ContainsFunc(tt.lines, func(l doc.Line) bool { return l.Pos.Page > 0 }) {
				d.Format = doc.PDF // lines with pages are a PDF's
			}
			res, _ := New(nil).Run(d)
			data, err := res.Marshal(false)
			if err != nil {
				t.Fatal(err)
			}
			var got, want map[string]any
			json.Unmarshal(data, &got)
			if err := json.Unmarshal([]byte(tt.want), &want); err != nil {
				t.Fatal(err)
			}
			for _, k := range tt.keys {
				if diff := cmp.Diff(want[k], got[k]); diff != "" {
					t.Errorf("%s (-want +got):\n%s", k, diff)
				}
			}
		})
	}
}

// TestAbsoluteURLs: every URL the resume gives is absolute, or dropped.
func TestAbsoluteURLs(t *testing.T) {
	for in, want := range map[string]string{
		"github.com/ana":              "https://github.com/ana",
		"https://ana.dev/":            "https://ana.dev/",
		"mailto:ana@example.com":      "mailto:ana@example.com",
		"juejin.cn/u/1](https://x.cn": "",
		"ana dev":                     "",
	} {
		res := &schema.Resume{Basics: schema.Basics{URL: in}, Projects: []schema.Project{{Name: "x", URL: in}}}
		absoluteURLs(res)
		if res.Basics.URL != want || res.Projects[0].URL != want {
			t.Errorf("absoluteURLs(%q) = %q, %q; want %q", in, res.Basics.URL, res.Projects[0].URL, want)
		}
	}
	if got := findURL("博客：juejin.cn/user/3928](https://juejin.cn/user/3928)"); got != "juejin.cn/user/3928" {
		t.Errorf("findURL stops at Markdown's link brackets: got %q", got)
	}
}

// pdfLine is a line of a PDF at page, line and indentation: its fields
// set apart by wide gaps, each bulleted row's marker taken off ("•").
func pdfLine(page, n, indent int, fields ...string) doc.Line {
	l := doc.Line{Text: strings.Join(fields, "  "), Size: 12, Indent: indent, Pos: doc.Pos{Page: page, Line: n}}
	if indent > 0 {
		l.Marker = "•"
	}
	if len(fields) > 1 {
		for i, f := range fields {
			l.Spans = append(l.Spans, doc.Span{Text: f, Style: doc.Style{Size: 12}, Box: i > 0})
		}
	}
	return l
}

// TestPairLabelsSectionNames checks that a section's name over its text
// or over a period heads a section, and over a short value is a label.
func TestPairLabelsSectionNames(t *testing.T) {
	for _, tt := range []struct {
		in   []string
		want []string
	}{
		{[]string{"个人简介", "执业律师，八年经验，熟悉保险业监管与跨境数据合规。", "工作经验", "2019年7月 – 现在"},
			[]string{"个人简介", "执业律师，八年经验，熟悉保险业监管与跨境数据合规。", "工作经验", "2019年7月 – 现在"}},
		{[]string{"工作经验", "8年", "期望城市", "上海"}, []string{"工作经验：8年", "期望城市：上海"}},
	} {
		x := New(nil)
		r := &run{x: x, lx: x.lx}
		if diff := cmp.Diff(tt.want, lineTexts(r.pairLabels(textLines(tt.in)))); diff != "" {
			t.Errorf("lines (-want +got):\n%s", diff)
		}
	}
}

// TestHeadlessParts checks a document without headings whose parts rules
// of spaced marks set apart: each part read by the shape of its lines.
func TestHeadlessParts(t *testing.T) {
	d := &doc.Document{Format: doc.Text}
	for i, s := range []string{
		"邢立群 · 仓储主管 · 大连", "电话 138 0000 4417 丨 邮箱 xinglq@example.com", "* * *",
		"2018.03 — 今  丨  海岬物流大连保税仓  丨  仓储主管", "· 管理仓管员 12 人，库存准确率 99.8%",
		"2014.07 — 2018.02  丨  北湾冷链运输有限公司  丨  仓管组长", "* * *",
		"2011 — 2014  辽南交通职业技术学院 · 物流管理 · 大专", "* * *",
		"会用：WMS、叉车调度系统、Excel", "- - -",
		"做仓储十年，账实相符是底线，能带新人。",
	} {
		l := doc.Line{Text: s, Pos: doc.Pos{Line: i + 1}}
		if m, rest, ok := strings.Cut(s, " "); ok && (m == "*" || m == "·" || m == "-") {
			l.Marker, l.Text = m, rest
		}
		d.Lines = append(d.Lines, l)
	}
	res, _ := New(nil).Run(d)
	var got []string
	for _, w := range res.Work {
		got = append(got, w.Name+" | "+w.StartDate)
	}
	for _, e := range res.Education {
		got = append(got, e.Institution+" | "+e.EndDate)
	}
	for _, s := range res.Skills {
		got = append(got, s.Name+": "+strings.Join(s.Keywords, ", "))
	}
	got = append(got, res.Basics.Summary)
	want := []string{"海岬物流大连保税仓 | 2018-03", "北湾冷链运输有限公司 | 2014-07", "辽南交通职业技术学院 | 2014",
		"会用: WMS, 叉车调度系统, Excel", "做仓储十年，账实相符是底线，能带新人。"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestFormTables checks a form of tables: an education table whose only
// place is the board or university, and a table of jobs under a heading
// in a merged row after it, whose first column numbers the rows.
func TestFormTables(t *testing.T) {
	row := func(n int, bold bool, cells ...string) doc.Line {
		return doc.Line{Pos: doc.Pos{Line: n}, Text: strings.Join(cells, " "), Cells: cells, Bold: bold}
	}
	d := &doc.Document{Format: doc.DOCX, Lines: []doc.Line{
		row(1, true, "RAVI SHANKAR MISHRA"),
		{Pos: doc.Pos{Line: 2}, Text: "Mobile: +91 98000 00311     E-mail: ravi.mishra@example.in"},
		row(3, true, "ACADEMIC QUALIFICATION"),
		row(4, true, "Examination", "Board / University", "Year", "Percentage"),
		row(5, false, "B.Com", "Saryu University, Lucknow", "2016", "58.4%"),
		row(6, false, "Intermediate (12th)", "U.P. Board", "2013", "64.2%"),
		row(7, true, "WORK EXPERIENCE"),
		row(8, true, "S.No.", "Organisation", "Designation", "Duration"),
		row(9, false, "1.", "Awadh Gas Agency, Aliganj, Lucknow", "Computer Operator", "15/07/2016 to 31/07/2019"),
	}}
	res, _ := New(nil).Run(d)
	var got []string
	for _, e := range res.Education {
		got = append(got, e.Institution+" | "+e.StudyType+" | "+e.EndDate)
	}
	for _, w := range res.Work {
		got = append(got, w.Name+" | "+w.Location+" | "+w.Position+" | "+w.StartDate)
	}
	want := []string{"Saryu University | B.Com | 2016", "U.P. Board | Intermediate (12th) | 2013",
		"Awadh Gas Agency | Aliganj, Lucknow | Computer Operator | 2016-07-15"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestBoldLineNotWrapped checks that a bold line under a long plain one is
// no wrapped end of it.
func TestBoldLineNotWrapped(t *testing.T) {
	mk := func(s string, bold bool) *line {
		return &line{Line: doc.Line{Text: s, Bold: bold}, text: s, raw: s, runes: utf8.RuneCountInString(s)}
	}
	got := joinWrapped([]*line{mk("Mobile: +91 98000 00311 E-mail: ravi.mishra@example.in", false), mk("CAREER OBJECTIVE", true)}, false)
	if len(got) != 2 {
		t.Errorf("lines joined: %q", got[0].text)
	}
	// nor a line in capitals, bold or not
	got = joinWrapped([]*line{mk("Mobile: +91 98000 00311 E-mail: ravi.mishra@example.in", false), mk("WORK EXPERIENCE", false)}, false)
	if len(got) != 2 {
		t.Errorf("lines joined: %q", got[0].text)
	}
}

// TestPersonalDetailsLabels checks a block of personal details: an ID
// number is no phone, the languages one speaks named by their labels, a
// driver's licence no headline.
func TestPersonalDetailsLabels(t *testing.T) {
	res, _ := New(nil).Run(lines("Thandeka N. Khumalo", "PERSONAL DETAILS", "ID number: 930512 0234 08 6", "Driver's licence: Code B (08)",
		"Home language: Setswana", "Other languages: English, isiZulu, isiXhosa", "Cell: 071 555 0188", "E-mail: t.khumalo@example.co.za"))
	var langs []string
	for _, l := range res.Languages {
		langs = append(langs, l.Language)
	}
	got := []string{res.Basics.Phone, res.Basics.Label, strings.Join(langs, ", ")}
	want := []string{"071 555 0188", "", "Setswana, English, isiZulu, isiXhosa"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestThreeNamesOverDates checks a job whose header is three names over
// its date line: the employer, its unit and the place (a federal résumé).
func TestThreeNamesOverDates(t *testing.T) {
	d := lines("Marisol T. Quintero", "marisol.q@example.com", "WORK EXPERIENCE",
		"U.S. Department of Agriculture, Forest Service", "Sawtooth Engine Crew, Ketchum Ranger District", "Boise, ID US", "05/2019 - 10/2022",
		"Operated a Type 6 engine on initial attack.")
	d.Lines[3].Blank = true
	res, _ := New(nil).Run(d)
	if len(res.Work) != 1 || res.Work[0].Name != "U.S. Department of Agriculture, Forest Service" || res.Work[0].StartDate != "2019-05" || res.Work[0].Location != "Boise, ID US" {
		t.Errorf("work = %+v", res.Work)
	}
}

// TestWrappedLabelScripts checks that a label wrapped in a label column
// joins only a part in its own script, and no dressed heading.
func TestWrappedLabelScripts(t *testing.T) {
	x := New(nil)
	r := &run{x: x, lx: x.lx}
	mk := func(s string) *line {
		return &line{Line: doc.Line{Text: s}, text: strings.Join(strings.Fields(s), " "), raw: s, runes: utf8.RuneCountInString(s)}
	}
	for _, in := range [][]string{{"LAO KIN FAI  lkf@example.com.mo", "＜應徵職位＞"}, {"MEI LING  ml@example.com", "应聘职位"}} {
		if got := r.joinWrappedLabels([]*line{mk(in[0]), mk(in[1])}); len(got) != 2 {
			t.Errorf("%q joined: %q", in, got[0].raw)
		}
	}
}

// textDoc is a plain-text document of lines as the text adapter gives
// them: a leading "* ", "- " or "· " a list marker, leading spaces the
// indentation, an empty line a blank before the next.
func textDoc(text string) *doc.Document {
	d := &doc.Document{Format: doc.Text}
	blank := false
	for i, s := range strings.Split(text, "\n") {
		if strings.TrimSpace(s) == "" {
			blank = true
			continue
		}
		l := doc.Line{Pos: doc.Pos{Line: i + 1}, Indent: len(s) - len(strings.TrimLeft(s, " ")), Blank: blank}
		t := strings.TrimSpace(s)
		if m, rest, ok := strings.Cut(t, " "); ok && (m == "*" || m == "-" || m == "·") {
			l.Marker, t = m, rest
		}
		l.Text = t
		d.Lines = append(d.Lines, l)
		blank = false
	}
	return d
}

// TestHeadlessShapes checks documents without headings whose parts rules
// set apart: each part read as what it holds, the rules separators
// wherever they stand.
func TestHeadlessShapes(t *testing.T) {
	tests := []struct {
		name, text string
		want       []string
	}{
		{"parts of jobs, schools, certificates and a closing sentence", `Nadia Brennan
nadia.brennan@example.com | +44 7700 900456 | Leeds

* * *

2019 - Present | Operations Manager | Fellgate Logistics Ltd
Ran a warehouse team of 40 across two shifts.
2015 - 2019 | Shift Supervisor | Aireside Freight Ltd

* * *

2012 - 2015 | University of Leeds | BSc Business Management

* * *

- Certified Logistics and Transport Professional (CILT) in 2020
- Full UK driving licence and forklift counterbalance licence

* * *

References are available from previous employers on request.`,
			[]string{"work Fellgate Logistics Ltd", "work Aireside Freight Ltd", "education University of Leeds", "summary References are available from previous employers on request."}},
		{"rules right under lines, a job over its dates", `Nadia Brennan
nadia.brennan@example.com | +44 7700 900456
Leeds
* * *
Operations Manager, Fellgate Logistics Ltd, Leeds
March 2019 - Present
- Ran a warehouse team of 40 across two shifts.
* * *
BSc Business Management, University of Leeds
* * *
I run a tidy warehouse and like fixing broken processes.`,
			[]string{"work Fellgate Logistics Ltd", "education University of Leeds", "summary I run a tidy warehouse and like fixing broken processes."}},
		{"no headings and no rules: jobs and a school by their dated lines", `Nadia Brennan
nadia.brennan@example.com | +44 7700 900456

Paramedic (Band 6)  Apr 21 – present
Fellgate Ambulance Service NHS Trust – Leeds Hub
- Around 1,400 patient contacts a year.

Emergency Care Assistant  Jun 13 – Aug 15
Aireside Patient Transport Ltd – Leeds

BSc (Hons) Paramedic Science – 2:1  Sep 15 – Jul 18
University of Leeds`,
			[]string{"work Fellgate Ambulance Service NHS Trust", "work Aireside Patient Transport Ltd", "education University of Leeds"}},
		{"no headings: a post that starts with a degree's letters is a job", `Nadia Brennan
nadia.brennan@example.com | +44 7700 900456

MS Office Trainer  Jan 2020 – Present
Harbourline Advisory Group

BSc Nursing  Sep 2015 – Jul 2018
University of Leeds`,
			[]string{"work Harbourline Advisory Group", "education University of Leeds"}},
		{"no headings: labelled dates open no entry", `Nadia Brennan
nadia.brennan@example.com | +44 7700 900456

Available for contract work: Jun 2024 – Aug 2024
Work permit: Jan 2023 – Jan 2026`,
			nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := New(nil).Run(textDoc(tt.text))
			var got []string
			for _, w := range res.Work {
				got = append(got, "work "+w.Name)
			}
			for _, e := range res.Education {
				got = append(got, "education "+e.Institution)
			}
			if res.Basics.Summary != "" {
				got = append(got, "summary "+res.Basics.Summary)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
		})
	}
}

// TestReviewShapes checks shapes a review found: a objective with a comma
// in a grid of labels over values, a department between the employer and
// the city, a table typed with Chinese column headings.
func TestReviewShapes(t *testing.T) {
	res, _ := New(nil).Run(textDoc("个人简历\n\n姓名\n韩晓彤\n求职意向\n销售经理，上海或杭州\n电话\n13800001234\n\n工作经历\n2018.03-至今 上海星河贸易有限公司 销售主管\n负责华东区客户开发。"))
	if res.Basics.Label != "销售经理，上海或杭州" || res.Basics.Name != "韩晓彤" {
		t.Errorf("basics = %+v", res.Basics)
	}
	res, _ = New(nil).Run(textDoc("Rohan Mehta\nrohan.mehta@example.com\n\nEXPERIENCE\nLarsen Engineering Ltd, Quality Control, Chennai | Senior Engineer | Jan 2018 - Present"))
	if len(res.Work) != 1 || res.Work[0].Name != "Larsen Engineering Ltd, Quality Control" || res.Work[0].Location != "Chennai" {
		t.Errorf("work = %+v", res.Work)
	}
	res, _ = New(nil).Run(textDoc("李文博\n手机：13800001234  邮箱：liwenbo@example.com\n\n工作经历\n开始时间          结束时间                  公司               职位\n2019.07           至今                      Hikari Tech Ltd     Firmware Lead\n2016.07           2019.06                   Bluefin Systems     Engineer"))
	var got []string
	for _, w := range res.Work {
		got = append(got, w.Name+" | "+w.Position+" | "+w.StartDate+" | "+w.EndDate)
	}
	if diff := cmp.Diff([]string{"Hikari Tech Ltd | Firmware Lead | 2019-07 | ", "Bluefin Systems | Engineer | 2016-07 | 2019-06"}, got); diff != "" {
		t.Errorf("work (-want +got):\n%s", diff)
	}
}

// TestActivitiesTable checks a student's table of activities under its
// heading: the column headings no entry, the role column each row's title.
func TestActivitiesTable(t *testing.T) {
	row := func(n int, cells ...string) doc.Line {
		return doc.Line{Pos: doc.Pos{Line: n}, Text: strings.Join(cells, " "), Cells: cells}
	}
	d := &doc.Document{Format: doc.DOCX, Lines: []doc.Line{
		{Pos: doc.Pos{Line: 1}, Text: "蔡凱琳", Bold: true},
		{Pos: doc.Pos{Line: 2}, Text: "電郵：choikl@example.com"},
		{Pos: doc.Pos{Line: 3}, Text: "其他學習經歷及課外活動", Bold: true},
		row(4, "年份", "活動 / 組織", "角色", "內容"),
		row(5, "2023 – 2024", "學校環保學會", "主席", "籌辦校內回收周"),
		row(6, "2022 – 2024", "學校管樂團", "長笛手", "參加學校音樂節"),
	}}
	res, _ := New(nil).Run(d)
	var got []string
	for _, v := range res.Volunteer {
		got = append(got, v.Organization+" | "+v.Position+" | "+v.StartDate)
	}
	if diff := cmp.Diff([]string{"學校環保學會 | 主席 | 2023", "學校管樂團 | 長笛手 | 2022"}, got); diff != "" {
		t.Errorf("volunteer (-want +got):\n%s", diff)
	}
}

// TestCityFromPlace checks the city read from a place written with more
// after the city (a district, an aside, an address) under a label or
// among the phone and the e-mail: a city and its district, a district and
// its city, and no city from an office named after one.
func TestCityFromPlace(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"手机：138 0000 4172 | 北京市海淀区 | yun@example.cn", "北京市"},
		{"Canton, Cardiff | 07700 900123 | rhian@example.co.uk", "Cardiff"},
		{"Box Hill, Melbourne VIC | 0491 570 110 | mei@example.com.au", "Melbourne"},
		{"电话：139 0000 6158 | 株洲市社会保险事业服务中心 | tan@example.cn", ""},
		{"电话：139 0000 6158 | 北京大学 | tan@example.cn", ""},
		{"(555) 010-2233 • site.example.net Seattle, Washington • m@example.com", ""},
		{"138 0000 4172 | 苏州工业园区 | yun@example.cn", "苏州"},
		{"Based: Bristol | 07700 900456 | ceri@example.com", "Bristol"},
		{"常驻：上海（虹桥/浦东）", "上海"},
		{"地址：香港新界將軍澳", "香港"},
		{"居住地區：香港九龍觀塘", "香港"},
		{"工作地点：厦门（可出差）", "厦门"},
		{"现居：成都", "成都"},
		{"地址：某某路 88 号", ""},
		{"现居 天津市滨海新区　　1986年生", "天津"},
		{"现住：江苏省昆山市花桥镇", "昆山"},
		{"138 0000 4172 | 湖北省武汉市洪山区珞瑜路 | yun@example.cn", "武汉"},
		{"上海市浦东新区", "上海市"},
		{"男 | 江苏扬州人 | 138 0000 4172", ""},
		{"男 | 1990年生 | 江苏省苏州中学 | 138 0000 4172", ""},
		{"Whitstable, Kent · 07700 900318 · ceri@example.co.uk", "Whitstable"},
		{"Tralee, Co. Kerry | +353 87 555 0142 | ceri@example.ie", "Tralee"},
		{"Nyeri, Nyeri County, Kenya · +254 700 555 019", "Nyeri"},
		{"Operations Manager, Surrey · 07700 900318", ""},
	} {
		res, _ := New(nil).Run(lines("叶知秋", "电话：13800001111", tt.line, "工作经历", "2019.01-2020.01 某某公司 工程师"))
		if !hasHan(tt.line) {
			res, _ = New(nil).Run(lines("Ceri Jones", tt.line, "EXPERIENCE", "2019 – 2021  Analyst, Acme Ltd"))
		}
		got := ""
		if res.Basics.Location != nil {
			got = res.Basics.Location.City
		}
		if got != tt.want {
			t.Errorf("%s: city %q, want %q", tt.line, got, tt.want)
		}
	}
}

func TestDistrictAfter(t *testing.T) {
	for _, tt := range []struct {
		s, c string
		want bool
	}{
		{"北京市海淀区", "北京", true}, {"北京市", "北京", true}, {"深圳（南山）", "深圳", true},
		{"株洲市社会保险事业服务中心", "株洲", false}, {"北京大学", "北京", false}, {"上海", "上海", false},
	} {
		if got := districtAfter(tt.s, tt.c); got != tt.want {
			t.Errorf("districtAfter(%q, %q) = %v", tt.s, tt.c, got)
		}
	}
}

// TestTitleOpensJobText checks a job whose title opens its text as a
// sentence of its own, under the employer and the dates.
func TestTitleOpensJobText(t *testing.T) {
	res, _ := New(nil).Run(lines("任海川", "电话：13800005521", "工作经历",
		"青禾财产保险股份有限公司济南分公司  2019年4月至今", "车险理赔部定损主管。带领12人定损团队，年处理案件约2.6万件。",
		"鹊华汽车销售服务有限公司（4S店）  2014年7月—2019年3月", "售后服务顾问。负责客户接待和维修派工。"))
	var got []string
	for _, w := range res.Work {
		got = append(got, w.Name+" | "+w.Position+" | "+w.Summary)
	}
	want := []string{"青禾财产保险股份有限公司济南分公司 | 车险理赔部定损主管 | 带领12人定损团队，年处理案件约2.6万件。",
		"鹊华汽车销售服务有限公司（4S店） | 售后服务顾问 | 负责客户接待和维修派工。"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestDegreeFromSchool checks a qualification written "<degree> in
// <field> from <school>": the field and the school apart.
func TestDegreeFromSchool(t *testing.T) {
	for _, tt := range []struct{ line, want string }{
		{"BSc in Physics from University of Leeds, 2015", "University of Leeds | Physics | BSc"},
		{"MBA from Harbourside Business School (2019)", "Harbourside Business School |  | MBA"},
		{"Master of Science in Data Science from Kestrel University, 2018 – 2020", "Kestrel University | Data Science | Master of Science"},
	} {
		res, _ := New(nil).Run(lines("Asha Rao", "asha@example.com", "EDUCATION", tt.line))
		got := ""
		if len(res.Education) == 1 {
			e := res.Education[0]
			got = e.Institution + " | " + e.Area + " | " + e.StudyType
		}
		if got != tt.want {
			t.Errorf("%s: %q, want %q", tt.line, got, tt.want)
		}
	}
}

// TestIndianPostalAddress checks an address under the name whose PIN code
// has the state in brackets after it: the address and its city, no label.
func TestIndianPostalAddress(t *testing.T) {
	res, _ := New(nil).Run(lines("MEERA SHUKLA", "22/5, Sector C, Gomti Nagar, Lucknow – 226010 (Uttar Pradesh)", "Mobile: +91 98000 00522   E-mail: meera@example.in", "WORK EXPERIENCE", "Gomti Traders | Accounts Assistant | 2016 - 2019"))
	if l := res.Basics.Location; l == nil || l.City != "Lucknow" || !strings.HasPrefix(l.Address, "22/5, Sector C") || strings.Contains(res.Basics.Label, "Sector") {
		t.Errorf("basics = %+v, location %+v", res.Basics, res.Basics.Location)
	}
}

// TestHeadlinePlaceAfterCount: a place in the headline after a count of
// years is still the city, the count and the place are not the label.
func TestHeadlinePlaceAfterCount(t *testing.T) {
	res, _ := New(nil).Run(lines("叶知秋", "Go / Java 后端工程师 · 6 年 · 西安", "电话：13800001111", "工作经历", "2019.01-2020.01 某某公司 工程师"))
	city := ""
	if res.Basics.Location != nil {
		city = res.Basics.Location.City
	}
	if city != "西安" || res.Basics.Label != "Go / Java 后端工程师" {
		t.Errorf("city %q, label %q; want 西安, Go / Java 后端工程师", city, res.Basics.Label)
	}
}

// TestTargetWithFacts: a stated target whose bars part the post from
// facts ("可实习 4天/周", a year) is the post.
func TestTargetWithFacts(t *testing.T) {
	res, _ := New(nil).Run(lines("叶知秋", "电话：13800001111", "求职意向：内容运营 / 新媒体编辑 ｜ 可实习 4天/周 ｜ 2026 届", "工作经历", "2019.01-2020.01 某某公司 工程师"))
	if res.Basics.Label != "内容运营 / 新媒体编辑" {
		t.Errorf("label %q; want 内容运营 / 新媒体编辑", res.Basics.Label)
	}
}

// TestCityAndBareDistrict: a city and its district written without 区
// among the contact details is the city; a school named after the city is
// no place.
func TestCityAndBareDistrict(t *testing.T) {
	for _, tt := range []struct{ place, want string }{{"广州海珠", "广州"}, {"广州大学", ""}} {
		res, _ := New(nil).Run(lines("叶知秋", "手机：13800001111 ｜ 邮箱：ye@example.com ｜ "+tt.place, "工作经历", "2019.01-2020.01 某某公司 工程师"))
		city := ""
		if res.Basics.Location != nil {
			city = res.Basics.Location.City
		}
		if city != tt.want {
			t.Errorf("%s: city %q, want %q", tt.place, city, tt.want)
		}
	}
}

// TestCountiesOnlyWhereOneLives: a town and its county is a place in a
// contact line (countyPlace), but isLocation, which job headers read,
// does not take an employer and a county for one.
func TestCountiesOnlyWhereOneLives(t *testing.T) {
	lx := NewLexicon()
	if !lx.countyPlace("Whitstable, Kent") || !lx.countyPlace("Tralee, Co. Kerry") {
		t.Error("a town and its county is no place")
	}
	if lx.isLocation("Tesco, Kent") {
		t.Error(`isLocation("Tesco, Kent"): an employer and a county read as a place`)
	}
}

// TestJobBankPageText reads a job bank's résumé page saved as text: each
// label over its value, tables saved a cell a line, a heading with a
// total after it, each job's title over its employer's dated line.
func TestJobBankPageText(t *testing.T) {
	text := `履歷編號：K3307125  最後更新：2025/03/02 編輯列印
范書涵
基本資料
性別
女
行動電話
0912-555-307
E-mail
shuhan.fan@example.com
求職條件
希望職務
精密加工技術師
學歷
學校名稱
科系名稱
學歷
就學期間
某某科技大學
機械工程系
大學
2012/09 ~ 2016/06　畢業
工作經歷　總年資 8 年
精密加工技術師
青松精密技術所｜2020/03 ~ 迄今｜機械設備｜30~99人
- 負責五軸加工程式與治具設計。
加工技術師
松林技術所｜2016/07 ~ 2020/02｜機械設備｜10~29人
- 負責車床與銑床加工。
專業證照
證照名稱
發證單位
取得日期
車床技術士證
勞動部
2016/10
自傳
我喜歡把一件零件做到最準，也願意花時間把流程寫清楚。`
	res, _ := New(nil).Run(textDoc(text))
	data, err := res.Marshal(false)
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal(data, &got); err != nil {
		t.Fatal(err)
	}
	want := map[string]any{}
	if err := json.Unmarshal([]byte(`{
		"basics": {"name": "范書涵", "label": "精密加工技術師", "phone": "0912-555-307", "email": "shuhan.fan@example.com", "summary": "我喜歡把一件零件做到最準，也願意花時間把流程寫清楚。", "x-gender": "女", "x-updated": "2025/03/02 編輯列印"},
		"work": [{"name": "青松精密技術所", "position": "精密加工技術師", "startDate": "2020-03", "highlights": ["負責五軸加工程式與治具設計。"], "x-companySize": "30~99人", "x-industry": "機械設備"},
			{"name": "松林技術所", "position": "加工技術師", "startDate": "2016-07", "endDate": "2020-02", "highlights": ["負責車床與銑床加工。"], "x-companySize": "10~29人", "x-industry": "機械設備"}],
		"education": [{"institution": "某某科技大學", "area": "機械工程系", "studyType": "大學", "startDate": "2012-09", "endDate": "2016-06"}],
		"certificates": [{"name": "車床技術士證", "issuer": "勞動部", "x-date": "2016-10"}]}`), &want); err != nil {
		t.Fatal(err)
	}
	for _, k := range []string{"basics", "work", "education", "certificates"} {
		if diff := cmp.Diff(want[k], got[k]); diff != "" {
			t.Errorf("%s (-want +got):\n%s", k, diff)
		}
	}
}

// TestStackedCertificates reads a table of certificates saved a cell a
// line, one cell a word that also names a section, up to a paragraph.
func TestStackedCertificates(t *testing.T) {
	text := `Ana Lima
ana@example.com

Certificates
Certificate
Issuer
Year
Leadership
Harbour Institute of Management
2021
First Aid
St John Ambulance
2022
About me
I like tidy workshops, and I write down what I change.`
	res, _ := New(nil).Run(textDoc(text))
	want := []schema.Certificate{
		{Name: "Leadership", Issuer: "Harbour Institute of Management", X: map[string]any{"x-date": "2021"}},
		{Name: "First Aid", Issuer: "St John Ambulance", X: map[string]any{"x-date": "2022"}},
	}
	if diff := cmp.Diff(want, res.Certificates); diff != "" {
		t.Errorf("certificates (-want +got):\n%s", diff)
	}
	if res.Basics.Summary != "I like tidy workshops, and I write down what I change." {
		t.Errorf("summary = %q", res.Basics.Summary)
	}
}
