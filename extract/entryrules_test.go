package extract

import (
	"testing"

	"github.com/resumex/resumex/doc"
)

// TestEntryRules gives each entry rule a case of its own: a section's
// lines, the entry read so far (the lines before i, split the way the
// extractor splits them), and what the rule says of line i.
func TestEntryRules(t *testing.T) {
	p := func(s string) doc.Line { return doc.Line{Text: s} }
	b := func(s string) doc.Line { return doc.Line{Text: s, Bold: true} }
	item := func(s string) doc.Line { return doc.Line{Text: s, Marker: "•"} }
	tests := []struct {
		rule  string
		kind  Kind
		lines []doc.Line
		i     int
		head  int // lines 0..head-1 are the current entry's header, head..i-1 its body; -1: no entry yet
		want  verdict
	}{
		{"a row of a table of entries opens an entry", kWork, []doc.Line{p("Client：Acme (UK)  Role：Contractor  Period：2021 – 2022"), {Text: "Client：Initech  Role：Engineer  Period：2019 – 2021", Cells: []string{"Initech", "Engineer", "2019 – 2021"}}}, 1, 1, opensEntry},
		{"a row of a table of entries opens an entry", kWork, []doc.Line{p("Acme (UK)  Contractor  2021 – 2022"), p("Built the landing zone.")}, 1, 1, undecided},
		{"a date line above the names joins them", kWork, []doc.Line{p("2022-01 — 2023-05"), b("Engineer")}, 1, 1, joinsHeader},
		{"a date line above the names joins them", kWork, []doc.Line{p("Sept. 2019 -- Date"), {Text: "Laboratory Scientist, Harwell Hospital, Leeds", Marker: ":"}}, 1, 1, joinsHeader},
		{"a date line above the names joins them", kWork, []doc.Line{p("Sept. 2019 -- Date"), item("Laboratory Scientist, Harwell Hospital, Leeds")}, 1, 1, undecided},
		{"names over their date line", kWork, []doc.Line{p("Rigger, part-time, Kestrel Sails Ltd"), p("2019 – 2021")}, 0, -1, opensEntry},
		// after the bullets of the job above, three names over the dates open
		// a job only when the third is a place (not the tools used there)
		{"names over their date line", kWork, []doc.Line{p("Shift Lead, Kestrel Grocers  2018 – 2021"), item("Cut picking errors by a third"), p("Vectorworks, SketchUp, Excel"), p("Store Planner"), p("Moana Foods"), p("2014 – 2018")}, 2, 1, undecided},
		{"names over their date line", kWork, []doc.Line{p("Shift Lead, Kestrel Grocers  2018 – 2021"), item("Cut picking errors by a third"), p("Store Planner"), p("Moana Foods"), p("Napier, New Zealand"), p("2014 – 2018")}, 2, 1, opensEntry},
		{"names over their date line", kWork, []doc.Line{p("Rigger at Kestrel Sails Ltd, rigging the whole charter fleet"), p("2019 – 2021")}, 0, -1, undecided},
		{"an employer over how the job was worked", kWork, []doc.Line{p("Kestrel Lofts"), p("Contract · 2 yrs"), p("Napier, New Zealand"), p("Rigger"), p("Jan 2015 - Dec 2016")}, 0, -1, opensEntry},
		{"an employer over how the job was worked", kWork, []doc.Line{p("Kestrel Lofts"), p("2 yrs"), p("Napier, New Zealand")}, 0, -1, undecided},
		{"an employer over how the job was worked", kWork, []doc.Line{item("Kestrel Lofts"), p("Full-time")}, 0, -1, undecided},
		{"an employer over how the job was worked", kWork, []doc.Line{p("Rigger"), p("Kestrel Lofts Ltd"), p("Jan 2019 – Present"), p("Napier"), p("Full-time")}, 3, 3, undecided},
		{"an employer over how the job was worked", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd  2019 – now"), p("Ran the loft."), p("Relief crew"), p("Part-time")}, 2, 1, undecided},
		{"a degree's dated line under a school alone joins it", kEducation, []doc.Line{b("Kestrel Valley University, Avonford"), p("B.A. History — expected June 2027")}, 1, 1, joinsHeader},
		{"a degree's dated line under a school alone joins it", kEducation, []doc.Line{b("Kestrel Valley University, Avonford"), p("Exchange term at Moana University, 2025")}, 1, 1, undecided},
		{"a grade's line is the school's text", kEducation, []doc.Line{b("Kestrel Valley University"), p("B.A. History — 2023 – 2027"), p("GPA 3.58/4.00 · Dean's List Fall 2024, Spring 2025")}, 2, 2, inBody},
		{"a grade's line is the school's text", kEducation, []doc.Line{p("GPA 3.58/4.00 · Dean's List Fall 2024")}, 0, -1, undecided},
		{"a dated line", kWork, []doc.Line{p("Aug. 2018 -- Jul. 2019"), {Text: "Laboratory Intern, Harwell Hospital, Leeds", Marker: ":"}}, 0, -1, opensEntry},
		// a sentence that opens with a verb under the header is the entry's text, however dated
		{"a dated line", kWork, []doc.Line{p("Shift Lead, Kestrel Loaves Ltd  2020 – present"), p("Promoted to shift lead once the night bakery opened (2020 – 2022).")}, 1, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Shift Lead, Kestrel Loaves Ltd  2020 – present"), p("Oven Hand, Moana Bakery Ltd, Nelson  2017 – 2020")}, 1, 1, opensEntry},
		// a year and a length of time, alone over the names after an entry's text: a short job's dates
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd, Napier"), p("Rigging for the yard's charter fleet."), {Text: "2012 (4 months)", Blank: true}, p("Deckhand, Moana Marine Ltd, Nelson")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd, Napier"), p("Seconded to the Nelson yard"), p("2012 (4 months)"), p("Rebuilt the yard's crane")}, 2, 1, inBody},
		// names listed with commas after a blank line, one year after a wide gap: a year's job
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd  2015 – 2020"), item("Ran the loft."), {Text: "Intern, rigging loft, Kestrel Sails Ltd, Napier  2010", Blank: true}}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd  2015 – 2020"), item("Ran the loft."), {Text: "Intern, rigging loft, Kestrel Sails Ltd, Napier  2010"}}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd  2015 – 2020"), item("Ran the loft."), {Text: "Promoted to Head Rigger, charter team  2018", Blank: true}}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd  2015 – 2020"), item("Ran the loft."), {Text: "Rigger of the Year, Napier Marine Trades Ltd  2018", Blank: true}}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Rigger, Kestrel Lofts Ltd, Napier"), p("Rigging for the yard's charter fleet."), p("2012"), p("Deckhand, Moana Marine Ltd, Nelson")}, 2, 1, inBody},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Summer placement, Moor Lane Restorations"), {Text: "Jun–Aug 2022. Clock repairs.", Marker: ":"}}, 0, -1, opensEntry},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Summer placement, Moor Lane Restorations"), {Text: "Jun–Aug 2022. Clock repairs.", Marker: ":"}}, 1, 1, joinsHeader},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Summer placement, Moor Lane Restorations"), {Text: "Clock repairs, Jun–Aug 2022.", Marker: ":"}}, 1, 1, undecided},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Summer placement, Moor Lane Restorations"), item("Jun–Aug 2022. Clock repairs.")}, 0, -1, undecided},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Tools"), {Text: "Lathe, drill press", Marker: ":"}}, 0, -1, undecided},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{{Text: "Summer placement, Moor Lane Restorations", Indent: 1}, {Text: "Jun–Aug 2022. Clock repairs.", Indent: 3}}, 0, -1, opensEntry},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{{Text: "Summer placement, Moor Lane Restorations", Indent: 1}, {Text: "Jun–Aug 2022. Clock repairs.", Indent: 3}}, 1, 1, joinsHeader},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{{Text: "2015.08～2017.07  某某國民中學  實習教師", Indent: 1}, {Text: "2017.08～迄今  某某實驗中學  實習教師", Indent: 3}}, 1, 1, undecided},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{{Text: "Summer placement, Moor Lane Restorations", Indent: 1}, {Text: "Jun–Aug 2022", Indent: 3}}, 0, -1, undecided},
		{"a definition's term opens an entry, the dates that lead the definition join it", kWork, []doc.Line{p("Moor Survey Trust, Field Assistant, 2022 – 2023"), p("Mapped footpaths on the"), p("northern moors"), {Text: "2021 – 2022. Seasonal Ranger at a park.", Indent: 3}}, 2, 1, undecided},
		{"names set in two styles over their dates", kEducation, []doc.Line{p("University of Lakeside"), p("Computer Engineering"), p("Bachelor of Science"), p("SEP 2003 — MAY 2007")}, 1, 1, joinsHeader},
		{"names set in two styles over their dates", kEducation, []doc.Line{b("Lakeside University"), p("Computer Science"), p("2003 – 2007")}, 1, 1, joinsHeader},
		{"dates after an undated entry's names or text are its own", kWork, []doc.Line{b("Engineer"), p("Built things."), p("May 2024 – Aug 2024")}, 2, 1, joinsHeader},
		{"dates after an undated entry's names or text are its own", kWork, []doc.Line{b("Engineer"), p("Acme Ltd"), p("May 2021 – Aug 2024 · 3 yrs 4 mos · Leeds")}, 2, 2, joinsHeader},
		{"dates after an undated entry's names or text are its own", kWork, []doc.Line{b("Engineer"), p("Acme Ltd"), p("May 2021 – Aug 2024 · Initech Labs")}, 2, 2, undecided},
		{"a name that completes a dated header joins it", kVolunteer, []doc.Line{{Text: "Women in Security", Heading: 2}, b("May 2020 - Present"), b("Workshop Organiser")}, 2, 2, joinsHeader},
		{"a name that completes a dated header joins it", kWork, []doc.Line{b("Engineer"), p("May 2020 - Present"), p("Own the platform.")}, 2, 2, undecided},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("2018-  Harborline Analytics  Boston, MA"), p("Principal Engineer")}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("NIGERIA — Kano, Kano State    Jul 2023 – present"), p("Field Coordinator · Harbourlight Relief")}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kProjects, []doc.Line{p("2023.03-2023.06 雾港"), p("像素风解谜游戏")}, 1, 1, undecided},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("3/2021 - present     Crane Operator / Scaffolder"), {Text: "Harbourview Lifting Ltd, Durban", Indent: 21}}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("Orthotist — Jul 2018 – Jun 2020"), p("Marrowby Rehabilitation Appliances Co. Ltd.（潮井復康器材有限公司）, Sha Tin")}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("3/2021 - present     Crane Operator / Harbourview Lifting"), {Text: "Durban harbour and the Bluff", Indent: 21}}, 1, 1, undecided},
		{"a name that completes a dated header joins it", kProjects, []doc.Line{p("2023.03-2023.06 雾港"), p("Unity, C#    个人项目")}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kProjects, []doc.Line{p("北京千帆电商科技有限公司    2022/01 – 2022/11"), p("千帆交易中台单元化改造")}, 1, 1, joinsHeader},
		{"a dated line", kEducation, []doc.Line{p("英国西岸大学（University of Westbank）   金融学硕士 MSc Finance，Merit   2020.09 – 2021.11")}, 0, -1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Hôtel Beaumanoir, Montréal"), p("Sous-chef  (Mar 2021 – present)"), item("Ran the section."), p("Chef de partie  (2019 – Feb 2021)")}, 1, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Assistant Curator, Harwell Museum, Leeds (2022 – present)"), item("Co-curated Threads of Silk (2023–24), 140 objects, 11 lenders")}, 1, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Assistant Curator, Harwell Museum, Leeds (2022 – present)"), item("Co-curated Threads of Silk (2023–24)"), p("Curatorial Trainee, Tallow Gallery (2019 – 2021)")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Hôtel Beaumanoir, Montréal"), p("Sous-chef  (Mar 2021 – present)"), item("Ran the section.")}, 1, 1, joinsHeader},
		{"a name that completes a dated header joins it", kWork, []doc.Line{p("Software Engineer  (2019 – 2021)"), p("Acme Systems, London"), p("Senior Engineer  (2021 – present)")}, 1, 1, joinsHeader},
		{"the other name right under a one-name header joins it", kWork, []doc.Line{{Text: "测试开发实习生", Heading: 3, Size: 15}, {Text: "武汉光谷云测科技有限公司", Size: 12.8}}, 1, 1, joinsHeader},
		{"the other name right under a one-name header joins it", kProjects, []doc.Line{{Text: "校园二手交易平台", Heading: 3, Size: 15}, {Text: "后端负责人 · 课程设计", Size: 12.8}}, 1, 1, joinsHeader},
		{"the other name right under a one-name header joins it", kWork, []doc.Line{{Text: "测试开发实习生", Heading: 3, Size: 15}, {Text: "负责接口测试。", Size: 12.8}}, 1, 1, undecided},
		{"the other name right under a one-name header joins it", kWork, []doc.Line{{Text: "测试开发实习生", Heading: 3, Size: 15}, {Text: "武汉光谷云测科技有限公司", Heading: 3, Size: 15}}, 1, 1, undecided},
		{"a label on its own is no entry", kWork, []doc.Line{b("Acme  2019 – 2021"), {Text: "主要职责", Bold: true}}, 1, 1, inBody},
		{"a label on its own is no entry", kProjects, []doc.Line{{Text: "Tinyraft: Used by two course sections.", Indent: 3}, {Text: "Campus Bus Tracker:", Indent: 3}}, 1, 1, undecided},
		{"a label on its own is no entry", kProjects, []doc.Line{b("Viz Board"), p("A WebGL dashboard."), {Text: "Lumen UI:", Links: []doc.Link{{Text: "Lumen UI", URL: "https://example.com/lumen"}}}}, 2, 1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "鲲鹏大屏: 基于 WebGL 渲染", Indent: 4, Spans: []doc.Span{{Text: "鲲鹏大屏"}, {Text: ":", Style: doc.Style{Bold: true}}, {Text: "基于 WebGL 渲染"}}}}, 0, -1, opensEntry},
		{"a project written on one line with its tools opens an entry", kProjects, []doc.Line{{Text: "Bus tracker (Go, PostGIS, 2023) — live arrivals", Marker: "1."}, {Text: "Roster merger (Python, pandas) — merges exports", Marker: "2."}}, 1, 1, opensEntry},
		{"a project written on one line with its tools opens an entry", kProjects, []doc.Line{p("Bus tracker"), {Text: "Cut latency by half (Go, Redis) — on the live feed", Marker: "•"}}, 1, 1, undecided},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{b("Acme  2019 – 2021"), p("Did things."), b("Initech")}, 2, 1, opensEntry},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{b("Mobile Developer  2014 – 2016"), b("Built twenty-odd client apps for retail and events.")}, 1, 1, undecided},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{b("Acme  2019 – 2021"), b("Earlier Roles"), p("Tech, Initech, 2011 – 2013")}, 1, 1, inBody},
		{"a project named after a label inside a job", kWork, []doc.Line{p("星野科技有限公司  2020.04 – 至今"), p("负责网关。"), p("项目：统一网关（2022.03 – 2022.12）")}, 2, 1, opensEntry},
		{"a project named after a label inside a job", kWork, []doc.Line{p("项目：统一网关（2022.03 – 2022.12）")}, 0, -1, undecided},
		{"a project named after a label inside a job", kWork, []doc.Line{p("星野科技有限公司  2020.04 – 至今"), p("负责网关。"), p("大创项目：单车潮汐分析（2023.10 – 2024.5）")}, 2, 1, opensEntry},
		{"a project named after a label inside a job", kWork, []doc.Line{p("Analyst, Harwell Bank   Mar 2019 – Present"), p("Did things."), p("Side project: Tide tables (2021)")}, 2, 1, opensEntry},
		{"a project named after a label inside a job", kWork, []doc.Line{p("Analyst, Harwell Bank   Mar 2019 – Present"), p("Key projects: the limits dashboard and the new intraday feed.")}, 1, 1, undecided},
		{"a project named after a label inside a job", kWork, []doc.Line{p("星野科技有限公司  2020.04 – 至今"), p("项目经历：参与支付、清结算等多个项目的开发。")}, 1, 1, undecided},
		{"a dated line", kProjects, []doc.Line{p("湖仓一体平台建设  项目负责人"), p("2022.01 – 2023.06 ｜ 北京原石科技有限公司")}, 1, 1, joinsHeader},
		{"a dated line", kWork, []doc.Line{p("2021  Senior iOS Engineer · 知学在线教育"), p("2021.03 – 至今 · 上海")}, 1, 1, joinsHeader},
		{"a dated line", kWork, []doc.Line{p("Ridgeline Health Analytics  Denver, CO"), p("ENGINEERING MANAGER, DATA PLATFORM  Mar. 2019 - Present")}, 1, 1, joinsHeader},
		{"a dated line", kWork, []doc.Line{p("2021  Senior iOS Engineer · 知学在线教育"), p("2019.07 – 2021.02  拾贝电商")}, 1, 1, opensEntry},
		{"a dated line", kProjects, []doc.Line{p("湖仓一体平台建设  2021 – 2022"), p("实时风控特征平台  2018.05 – 2019.04")}, 1, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("2020/07~至今"), p("某某进出口有限公司 Mingzhou Trading Import & Export Co., Ltd."), p("外贸业务经理 Overseas Sales Manager")}, 0, -1, opensEntry},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Master of Information Management, with Distinction"), {Text: "Harbourside University, 2009 - 2011", Indent: 4}}, 0, -1, opensEntry},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Master of Information Management, with Distinction"), {Text: "Harbourside University, 2009 - 2011", Indent: 4}}, 1, 1, joinsHeader},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Master of Information Management"), {Text: "Harbourside University, 2009 - 2011"}}, 0, -1, opensEntry},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Lakeside University, 2005 - 2009"), {Text: "New Zealand Certificate in Residential Carpentry (Level 4)", Blank: true}, {Text: "Tōtara Trades Academy, Whangārei | 2021"}}, 1, 1, opensEntry},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Lakeside University, 2005 - 2009"), p("Master of Information Management"), {Text: "Harbourside University, 2009 - 2011"}}, 1, 1, undecided},
		{"a degree over its school and dates indented or set right under it", kEducation, []doc.Line{p("Data scientist with a PhD in applied statistics and eight years in forecasting, mostly retail."), {Text: "Harbourside University, 2009 - 2011", Indent: 4}}, 0, -1, undecided},
		{"a school or a second degree opens an education entry", kEducation, []doc.Line{p("Bachelor of Engineering in Civil Engineering"), p("Lakeside University | 2010 - 2014"), p("Graduate Certificate in Project Management and Leadership")}, 2, 2, opensEntry},
		{"a degree line under a school's header joins it", kEducation, []doc.Line{p("西蜀科技大学, 成都  2021.09 – 2025.06"), p("本科 计算机科学与技术 GPA: 3.78/4.0  专业排名: 12/230")}, 1, 1, joinsHeader},
		{"a degree line under a school's header joins it", kEducation, []doc.Line{p("西蜀科技大学  本科  2021.09 – 2025.06"), p("硕士 计算机科学与技术")}, 1, 1, undecided},
		{"a degree alone under a school joins it", kEducation, []doc.Line{b("2014 - 2017"), p("西安电子职业技术学院"), p("电子信息工程技术"), p("大专"), b("2018 - 2020")}, 3, 3, joinsHeader},
		{"a degree alone under a school joins it", kEducation, []doc.Line{b("2014 - 2017"), p("西安电子职业技术学院"), p("大专 电子信息")}, 2, 2, undecided},
		{"an employer over its title and dates", kWork, []doc.Line{p("Lantern Events Sdn. Bhd."), p("Boutique event agency, 25 staff; corporate and wedding events"), p("Senior Event Executive    Jan 2022 – current")}, 0, -1, opensEntry},
		{"an employer over its title and dates", kWork, []doc.Line{p("Lantern Events"), p("Boutique event agency, 25 staff; corporate and wedding events"), p("Senior Event Executive    Jan 2022 – current")}, 0, -1, undecided},
		{"an employer over its title and dates", kWork, []doc.Line{b("甲乙科技有限公司  2021 – 2023"), item("负责后端开发"), p("星河互娱网络有限公司"), p("Java 开发实习生 | 2023.07 – 2023.09 | 上海")}, 2, 1, opensEntry},
		{"an employer over its title and dates", kWork, []doc.Line{b("甲乙科技有限公司  2021 – 2023"), item("负责后端开发"), p("星河互娱网络有限公司"), p("丙丁网络有限公司 | 2023.07 – 2023.09")}, 2, 1, undecided},
		{"an employer over its title and dates", kVolunteer, []doc.Line{p("Women in Security Cape Town"), p("Workshop Organiser | May 2020 – Present")}, 0, -1, opensEntry},
		{"an employer over its title and dates", kWork, []doc.Line{p("Senior Engineer"), p("Staff Engineer | Jan 2022 – Present")}, 0, -1, undecided},
		{"an employer over its title and dates", kWork, []doc.Line{p("Ridgeline Health Analytics  Denver, CO"), p("ENGINEERING MANAGER  2019 – Present")}, 0, -1, opensEntry},
		{"names over their date line", kProjects, []doc.Line{p("Ledgerline (2021 – 2022)"), p("A tool for tracking things."), p("Tidepool Timer (2023 – Present)")}, 1, 1, undecided},
		{"names over their date line", kWork, []doc.Line{{Text: "秦岭云智科技有限公司 · 高级后端工程师", Marker: "-", Indent: 4}, {Text: "时间:: 2021.05 - 今", Marker: "-", Indent: 8}}, 0, -1, opensEntry},
		{"names over their date line", kWork, []doc.Line{p("Senior Sail Maker / Rigger — Kestrel Lofts & Rigging Ltd, Tern Bay, NY"), p("Jan 2019 – present")}, 0, -1, opensEntry},       // ("&" and "/" are no words)
		{"names over their date line", kWork, []doc.Line{p("Sail Maker — The Long Voyage, Kestrel Lofts Company (tour of 24 harbours and towns)"), p("Autumn 2023")}, 0, -1, opensEntry}, // (an aside in brackets is no name)
		{"names over their date line", kWork, []doc.Line{{Text: "秦岭云智科技有限公司 · 高级后端工程师", Marker: "-", Indent: 4}, {Text: "时间:: 2021.05 - 今", Marker: "-", Indent: 4}}, 0, -1, undecided},
		{"names over their date line", kWork, []doc.Line{{Text: "Promoted to tech lead", Marker: "-", Indent: 4}, {Text: "March 2021", Marker: "-", Indent: 8}}, 0, -1, undecided},
		{"a title over its employer and dates", kWork, []doc.Line{p("Graduate Developer"), p("University of Dundee IT Services / Dundee / Aug 2018 – Jun 2019")}, 0, -1, opensEntry},
		{"a title over its employer and dates", kWork, []doc.Line{p("Backend Engineer II"), p("Thistledown Freight / Edinburgh / Feb 2022 – Present")}, 0, -1, opensEntry},
		{"a title over its employer and dates", kWork, []doc.Line{p("Backend Engineer II"), p("Staff Engineer, Acme Ltd / Feb 2022 – Present")}, 0, -1, undecided},
		{"a title over its employer and dates", kWork, []doc.Line{p("Ran the payments team."), p("Acme Ltd / Feb 2022 – Present")}, 0, -1, undecided},
		{"a title over its employer and dates", kEducation, []doc.Line{p("Graduate Developer"), p("Acme Ltd / Feb 2022 – Present")}, 0, -1, undecided},
		{"an employer's dated line under a title alone joins it", kWork, []doc.Line{p("精密加工技術師"), p("某某精密技術所｜2020/03 ~ 迄今｜機械設備｜30~99人")}, 1, 1, joinsHeader},
		{"an employer's dated line under a title alone joins it", kWork, []doc.Line{p("Backend Engineer II"), p("Thistledown Freight Ltd / Feb 2022 – Present")}, 1, 1, joinsHeader},
		{"an employer's dated line under a title alone joins it", kWork, []doc.Line{p("精密加工技術師"), p("負責五軸加工｜2020/03 ~ 2021/05")}, 1, 1, undecided},
		{"an employer's dated line under a title alone joins it", kWork, []doc.Line{p("某某精密技術所"), p("某某機械技術所｜2020/03 ~ 迄今")}, 1, 1, undecided},
		{"an employer over its title and dates", kWork, []doc.Line{p("420-bed regional referral center and Level II trauma center."), p("Vice President, Patient Care Services    2011 – 2015")}, 0, -1, undecided},
		{"a title over its employer and dates", kWork, []doc.Line{p("Harrowgate Freight Ltd / Leeds / Mar 2021 – Present"), p("Senior Data Engineer"), p("Pellwood Insurance Group / York / Jun 2018 – Feb 2021")}, 1, 1, undecided},
		{"an employer over its title and dates", kWork, []doc.Line{p("NORTHGATE ANALYTICS, Leeds"), p("Data Engineer        Jan 2019 – Jun 2021")}, 0, -1, opensEntry},
		{"an employer over its title and dates", kWork, []doc.Line{p("Northgate Analytics, Leeds, Yorkshire"), p("Data Engineer        Jan 2019 – Jun 2021")}, 0, -1, opensEntry},
		{"an employer over its title and dates", kWork, []doc.Line{p("Shenzhen Lantern Bay Electronic Technology co., ltd."), p("Firmware Engineer | Jul 2019 – Present")}, 0, -1, opensEntry},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{p("01/09/2019 – CURRENT  Berlin, Germany"), b("Senior Engineer – Nordwerk GmbH")}, 1, 1, joinsHeader},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{b("Cascade Streaming Inc."), {Text: "January 2021 - Present", Bold: true, Marker: "•"}, {Text: "Principal SRE", Bold: true, Marker: "•"}}, 2, 2, joinsHeader},
		{"a marked heading or a bold line opens an entry", kWork, []doc.Line{b("Cascade Streaming Inc."), {Text: "January 2021 - Present", Bold: true, Marker: "•"}, b("Principal SRE"), p("Ran things."), b("Staff Engineer")}, 4, 3, opensEntry},
		{"a labelled form: an entry starts where its first label comes back", kWork, []doc.Line{p("Dates：2020 – 2022"), p("Employer：Acme"), p("Dates：2017 – 2020")}, 2, 2, opensEntry},
		{"a labelled form: an entry starts where its first label comes back", kWork, []doc.Line{p("Dates：2020 – 2022"), p("Position：Engineer")}, 1, 1, inBody},
		{"an employer's or school's label opens an entry", kWork, []doc.Line{p("公司：甲乙科技"), p("负责后端开发。"), p("公司：丙丁网络")}, 2, 1, opensEntry},
		{"a numbered item inside an entry is its text", kWork, []doc.Line{b("Acme  2019 – 2021"), {Text: "Led the team (2020 – 2021)", Marker: "1."}}, 1, 1, inBody},
		{"a numbered item inside an entry is its text", kProjects, []doc.Line{{Text: "雾港：像素风解谜游戏", Marker: "1."}, {Text: "订单中心重构：拆分单体订单服务", Marker: "2."}}, 1, 1, opensEntry},
		{"a numbered item inside an entry is its text", kProjects, []doc.Line{{Text: "雾港：像素风解谜游戏", Marker: "1."}, {Text: "完成了关卡设计与美术资源的整合与测试工作", Marker: "2."}}, 1, 1, inBody},
		{"a project named in bold before a colon", kProjects, []doc.Line{item("kube-slo-lint — checks SLO files in CI (Go)"), item("Route Planner — plans delivery routes for a bakery")}, 1, 1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{item("Ledgerline — Lead Developer")}, 0, -1, undecided},
		{"a project named in bold before a colon", kProjects, []doc.Line{p("Route Planner (2023)"), item("Offline Mode — caches maps for areas without signal")}, 1, 1, undecided},
		{"a numbered item inside an entry is its text", kEducation, []doc.Line{{Text: "2016年9月至2019年7月，某政法大学，法学硕士。", Marker: "（一）"}, {Text: "2012年9月至2016年6月，某农业大学，法学学士。", Marker: "（二）"}}, 1, 1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "Tinyraft: Used by two course sections.", Indent: 3}, {Text: "Campus Bus Tracker:", Indent: 3}}, 1, 1, opensEntry},
		{"chips under an entry's header, set smaller or naming technologies, are its text", kProjects, []doc.Line{{Text: "Halcyon Design System", Bold: true, Size: 10}, p("A component library."), {Text: "Tokens  Figma API  Style Dictionary", Bold: true, Size: 7.9}}, 2, 1, inBody},
		{"chips under an entry's header, set smaller or naming technologies, are its text", kProjects, []doc.Line{b("Halcyon"), p("A component library."), b("React  TypeScript  Storybook")}, 2, 1, inBody},
		{"chips under an entry's header, set smaller or naming technologies, are its text", kWork, []doc.Line{b("Acme Corp  Engineer  Berlin"), p("Did things."), b("Initech  Lead Engineer  Munich")}, 2, 1, undecided},
		{"chips under an entry's header, set smaller or naming technologies, are its text", kProjects, []doc.Line{b("React  TypeScript  Storybook")}, 0, -1, undecided},
		{"chips under an entry's header, set smaller or naming technologies, are its text", kProjects, []doc.Line{p("React  TypeScript  Storybook")}, 0, 0, undecided},
		{"a row of tags is the entry's text", kProjects, []doc.Line{b("Trailhead  2024"), p("A map."), p("React  TypeScript  Mapbox GL")}, 2, 1, inBody},
		{"a row of tags is the entry's text", kProjects, []doc.Line{b("Tidepool Timer"), p("A focus timer."), p("#SwiftUI#WidgetKit#CloudKit")}, 2, 1, inBody},
		{"a row of tags is the entry's text", kProjects, []doc.Line{b("Alto"), p("A checklist."), p("JavaScript · WebExtensions · axe-core")}, 2, 1, inBody},
		{"a row of tags is the entry's text", kWork, []doc.Line{b("Cook | Harbour Inn | Oban"), p("2019 – 2021"), p("Waiter | The Quay Bistro | Tobermory"), p("2016 – 2019")}, 2, 1, undecided},
		{"a row of tags is the entry's text", kWork, []doc.Line{b("Cook | Harbour Inn | Oban"), p("2019 – 2021"), p("Go · Kafka · Redis"), p("2016 – 2019")}, 2, 1, inBody},
		{"a row of tags is the entry's text", kWork, []doc.Line{p("2019 – 2021"), b("Head Cook"), p("Ran the pass."), p("Barista · Latte Art · Customer Service"), p("2016 – 2019")}, 3, 1, inBody},
		{"names over their date line", kWork, []doc.Line{b("Cook | Harbour Inn | Oban"), p("2019 – 2021"), p("Waiter | The Quay Bistro | Tobermory"), p("2016 – 2019")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Acme  Engineer  2019 – 2021"), p("Did things."), p("Initech  Tech  2016 – 2019")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Acme  Engineer  2019 – 2021"), p("Shipped 3 apps in 2020.")}, 1, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Volunteer | Food Bank | Jan 2024 – Present"), p("Ran 12 sessions."), p("Research Apprentice | Loma Software | '23")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Volunteer | Food Bank | Jan 2024 – Present"), p("Ran sessions in 2023.")}, 1, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Karoo Airways  First Officer  Apr 2021 – Present"), item("Domestic and regional operations to 14 airports."), item("Acting line trainer for the first officers hired each spring since 2023.")}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{item("Senior Engineer at Acme since 2021."), item("Engineer at Initech since 2018.")}, 1, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{item("Software Engineer at Acme Corp in Berlin, Jan 2019 – Dec 2021."), {Text: "Built the billing service.", Marker: "-", Indent: 2}, item("Data Analyst at Initech Ltd in Munich, Mar 2017 – Dec 2018.")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Lotus Pixel Studio, Ho Chi Minh City — UI Designer · Jun 2018 – Jul 2021"), item("Led the redesign."), p("Promoted to Senior Designer · Design Systems team · 2019")}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Lotus Pixel Studio, Ho Chi Minh City — UI Designer · Jun 2018 – Jul 2021"), item("Led the redesign."), p("Harbourline Labs, Singapore — UX Research Intern · 2017 [6 months]")}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Lotus Pixel Studio, Ho Chi Minh City — UI Designer · Jun 2018 – Jul 2019"), p("Led the redesign."), p("Harbourline Labs, Singapore — UX Research Intern · 2017 (6 months)")}, 2, 1, opensEntry},
		{"a dated line", kWork, []doc.Line{p("Lotus Pixel Studio, Ho Chi Minh City — UI Designer · Jun 2018 – Jul 2019"), p("Led the redesign · 2017 (a pilot)")}, 1, 1, inBody},
		{"a dated line", kVolunteer, []doc.Line{{Text: "Volunteer, Riverside Food Bank, 2019", Blank: true}, {Text: "Reading Tutor, City Library, 2017", Blank: true}}, 1, 1, opensEntry},
		{"a dated line", kVolunteer, []doc.Line{{Text: "Volunteer, Riverside Food Bank, 2019", Blank: true}}, 0, -1, opensEntry},
		{"a dated line", kVolunteer, []doc.Line{{Text: "Volunteer, Riverside Food Bank, 2019 – 2021", Blank: true}, p("Ran the Saturday shift."), {Text: "Reading Tutor, City Library, 2017", Blank: true}}, 2, 1, inBody},
		{"a dated line", kWork, []doc.Line{p("Keeps the books."), {Text: "Bookkeeper, Riverside Food Bank, 2019", Blank: true}}, 1, 0, inBody},
		{"a dated line", kWork, []doc.Line{p("Northgate Analytics (03/2012 - now)"), p("Line Cook"), item("Did things."), {Text: "Oak + Ash Design (04/2010 - 01/2012)", Blank: true}}, 3, 2, opensEntry},
		{"a dated line", kWork, []doc.Line{p("I have worked in hospitality for ten years across many venues."), item("Volunteer shifts (2019 – 2021)")}, 1, 0, inBody},
		{"a dated line", kWork, []doc.Line{p("Northgate Analytics (03/2012 - now)"), p("Line Cook"), item("Did things."), p("Ran the night shift (2014 - 2016)")}, 3, 2, inBody},
		{"names over their date line", kWork, []doc.Line{p("Acme — Engineer"), p("2019 – 2021")}, 0, -1, opensEntry},
		{"names over their date line", kWork, []doc.Line{{Text: "U.S. Department of the Interior, Bureau of Land Management", Blank: true}, p("Kestrel Ridge Hotshot Crew, Boise District"), p("Boise, ID US"), p("05/2021 - Present")}, 0, -1, opensEntry},
		{"names over their date line", kWork, []doc.Line{p("U.S. Department of the Interior, Bureau of Land Management"), p("Kestrel Ridge Hotshot Crew, Boise District"), p("Boise, ID US"), p("05/2021 - Present")}, 0, -1, undecided},
		{"names over their date line", kEducation, []doc.Line{{Text: "Cloud Computing", Blank: true, Indent: 7}, {Text: "Advanced Database Systems", Indent: 7}, {Text: "Computer Security", Indent: 7}, {Text: "SEP 2023 — APR 2025", Indent: 82}}, 0, -1, undecided},
		{"names over their date line", kWork, []doc.Line{{Text: "全职", Blank: true}, b("数据开发工程师"), p("京华易购电子商务有限公司"), p("2019.07 – 2021.03")}, 0, -1, undecided},
		{"names over their date line", kWork, []doc.Line{b("Acme  2019 – 2021"), p("Mentored eight engineers, three of whom were promoted"), p("June 2017 — December 2020")}, 1, 1, undecided},
		{"names over their date line", kWork, []doc.Line{{Text: "Senior Engineer  2014 – 2017", Indent: 28}, {Text: "Ran the database fleet", Indent: 32}, {Text: "Automated failover testing", Indent: 32}, {Text: "Aug 2011 — Feb 2014", Indent: 87}}, 2, 1, undecided},
		{"names over their date line", kWork, []doc.Line{item("Senior Engineer,"), {Text: "Jan 2022 - Present", Size: 10}}, 0, -1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "FeatKit: a feature library", Marker: "•", Spans: []doc.Span{{Text: "FeatKit", Style: doc.Style{Bold: true}}, {Text: ": a feature library"}}}}, 0, -1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "FeatKit: a feature library", Indent: 3}}, 0, -1, opensEntry},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "SwiftCache | Swift, SPM  Jun 2021 – Present", Spans: []doc.Span{{Text: "SwiftCache", Style: doc.Style{Bold: true}}, {Text: "| Swift, SPM"}, {Text: "Jun 2021 – Present", Box: true}}}}, 0, -1, undecided},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "Role: Lead modeler", Indent: 3}}, 0, -1, undecided},
		{"a project named in bold before a colon", kProjects, []doc.Line{{Text: "FeatKit a feature library", Marker: "•", Spans: []doc.Span{{Text: "FeatKit", Style: doc.Style{Bold: true}}, {Text: " a feature library"}}}}, 0, -1, undecided},
		{"a project's name line", kProjects, []doc.Line{p("2024.02 - 2024.05"), p("《雾港》"), p("像素风解谜游戏。"), p("Unity   Shader Graph")}, 3, 2, undecided},
		{"a project's name line", kProjects, []doc.Line{p("2024.02 - 2024.05"), p("《雾港》"), p("像素风解谜游戏。"), p("github.com/qmy/foghaven")}, 3, 2, undecided},
		{"a project's name line", kProjects, []doc.Line{p("2024.02 - 2024.05"), p("《雾港》 github.com/qmy/foghaven"), p("像素风解谜游戏。"), {Text: "github.com/qmy/other", Blank: true}}, 3, 2, opensEntry},
		{"names over their date line", kProjects, []doc.Line{p("2024.02 - 2024.05"), p("《雾港》"), p("像素风解谜游戏。"), p("github.com/qmy/foghaven"), p("2023.10")}, 3, 2, undecided},
		{"names over their date line", kProjects, []doc.Line{p("2024.02 - 2024.05"), p("《雾港》"), p("像素风解谜游戏。"), p("Unity   C#   Tilemap"), p("2023.10")}, 3, 2, undecided},
		{"a project's name line", kProjects, []doc.Line{p("Route Planner"), item("Built a planner")}, 0, -1, opensEntry},
		{"a school or a second degree opens an education entry", kEducation, []doc.Line{p("Bachelor of Science"), p("Computer Science"), p("Hill Country State University"), p("2025")}, 0, -1, opensEntry},
		{"names set in two styles over their dates", kEducation, []doc.Line{b("Bachelor of Science"), b("Computer Science"), b("Hill Country State University"), p("2025")}, 2, 2, joinsHeader},
		{"a school or a second degree opens an education entry", kEducation, []doc.Line{p("电子信息工程技术, 大专"), p("2014 — 2017"), p("电子信息工程, 本科")}, 2, 2, opensEntry},
	}
	r := &run{x: New(nil), lx: NewLexicon()}
	covered := map[string]bool{}
	for _, tt := range tests {
		covered[tt.rule] = true
		var ls []*line
		for _, dl := range tt.lines {
			ls = append(ls, &line{Line: dl, text: dl.Text, raw: dl.Text, runes: len([]rune(dl.Text))})
		}
		for i, dl := range tt.lines {
			ls[i].rowCells = dl.Cells // (a case's row of a table of entries)
		}
		fs := make([]feat, len(ls))
		for i, l := range ls {
			fs[i] = r.feature(l)
		}
		var cur *entry
		if tt.head >= 0 {
			cur = &entry{header: ls[:tt.head], body: ls[tt.head:tt.i]}
		}
		c := &entryCtx{kind: tt.kind, lines: ls, fs: fs, i: tt.i, cur: cur}
		var rule *entryRule
		for k := range entryRules {
			if entryRules[k].name == tt.rule {
				rule = &entryRules[k]
			}
		}
		if rule == nil {
			t.Errorf("no rule %q", tt.rule)
			continue
		}
		if got := rule.decide(r, c); got != tt.want {
			t.Errorf("%s: line %q: %v, want %v", tt.rule, tt.lines[tt.i].Text, got, tt.want)
		}
	}
	for _, rule := range entryRules {
		if !covered[rule.name] {
			t.Errorf("rule %q has no test case", rule.name)
		}
	}
}

// TestTagLike: what one tag of a row of chips, or one item of a project's
// list of technologies, may be.
func TestTagLike(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Go", true},
		{"Jetpack Compose", true},
		{"Vue 3", true},
		{"3D Printing", true},
		{"Python 3.11", true},
		{"C++17", true},
		{"GitHub 900+ stars", false},                     // counts stars: an achievement
		{"被 3 家公司用于生产环境", false},                         // counts companies
		{"Used by 12 teams", false},                      // counts teams
		{"A tag of far too many words", false},           // more than maxTagWords
		{"Kubernetes-operator-framework-tooling", false}, // longer than maxTagLength
	}
	for _, tt := range tests {
		if got := tagLike(tt.in); got != tt.want {
			t.Errorf("tagLike(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
