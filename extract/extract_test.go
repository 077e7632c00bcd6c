package extract

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
	"github.com/resumex/resumex/schema"
	"github.com/resumex/resumex/segment"
)

func TestFindSpan(t *testing.T) {
	tests := []struct {
		in         string
		start, end string
		open, rng  bool
	}{
		{"时间：2021.3 – 至今", "2021-03", "", true, true},
		{"2019.4 – 2020.9 | 团队规模：8人", "2019-04", "2020-09", false, true},
		{"Sina.com| 前端开发工程师 2008.3-2012.6", "2008-03", "2012-06", false, true},
		{"在校时间: 2006-2010", "2006", "2010", false, true},
		{"Jan 2021 – Present", "2021-01", "", true, true},
		{"森果数位影像有限公司　2016 年 7 月～8 月", "2016-07", "2016-08", false, true},
		{"2016年7月至9月", "2016-07", "2016-09", false, true},
		{"2016年7月-8月15日　某科技有限公司　测试实习生", "2016-07", "2016-08-15", false, true},
		{"Sign on 09-Jan-2024 – 30-Jul-2024", "2024-01-09", "2024-07-30", false, true},
		{"2013（民國102）年9月 – 2017年6月 某某大學", "2013-09", "2017-06", false, true}, // the year on Taiwan's calendar aside
		// months with two-digit years, which only a range tells from days
		{"Paramedic (Band 6)    Apr 21 – present", "2021-04", "", true, true},
		{"Team Leader (acting)  Oct 23 – Jan 24", "2023-10", "2024-01", false, true},
		{"Sept. 98 to Mar 03", "1998-09", "2003-03", false, true},
		{"Apr  21 -- Jun 22", "2021-04", "2022-06", false, true},
		{"Mar 2018 – Dec 2020", "2018-03", "2020-12", false, true},
		{"2014-Apr - 2019-Dec", "2014-04", "2019-12", false, true},
		{"2020-Jan - Present", "2020-01", "", true, true},
		{"2017-Mar 2019", "2017", "2019-03", false, true},
		{"2015-Jun 2018 Acme", "2015", "2018-06", false, true},
		{"Boston (Jun–Aug 2023)", "2023-06", "2023-08", false, true},
		{"Rio Puerco High School | '14–'23", "2014", "2023", false, true},
		{"Loma Verde Software | ’23", "2023", "", false, false},
		{"Designer, Studio Ashgrove   '18–'21", "2018", "2021", false, true},
		{"Jan '19 – to date  Ferrowick Payments", "2019-01", "", true, true},
		{"Jan '19 – Feb '22  Software Engineer", "2019-01", "2022-02", false, true},
		{"Sept ’16 – Dec '20 · Hong Kong", "2016-09", "2020-12", false, true},
		{"Code Club volunteer — 2019 to date.", "2019", "", true, true},
		{"Sept. 2019 -- Date", "2019-09", "", true, true},
		{"Senior Designer, Tidemark Bank   '21–now", "2021", "", true, true},
		{"01/10/2014 – 30/09/2016  Munich", "2014-10-01", "2016-09-30", false, true},
		{"01.09.2019 – 31.08.2020", "2019-09-01", "2020-08-31", false, true},
		{"(Amazon Web Services, 09/03/2019)", "2019-03-09", "", false, false},
		{"09/03/2019 – 05/23/2021", "2019-09-03", "2021-05-23", false, true},
		{"05/23/2021 - 06/30/2022", "2021-05-23", "2022-06-30", false, true},
		{"Sept. – Dec. 2021", "2021-09", "2021-12", false, true},
		{"Dec – Feb 2021", "2021-02", "", false, false},
		{"Sept. 2019 to June 2022", "2019-09", "2022-06", false, true},
		{"2019年7月 - 2021年3月", "2019-07", "2021-03", false, true},
		{"2016/07 ~ 2017/03", "2016-07", "2017-03", false, true},
		{"08/2019 - 06/2022", "2019-08", "2022-06", false, true},
		{"(2016–2018)", "2016", "2018", false, true},
		{"2021--now & Engineer", "2021", "", true, true},
		{"2017---2021", "2017", "2021", false, true},
		{"2023年8月15日", "2023-08-15", "", false, false},
		{"截至2024/3/12", "2024-03-12", "", false, false},
		{"Aug 15, 2023", "2023-08-15", "", false, false},
		{"甲乙公司2016年度优秀员工", "2016", "", false, false},
		{"2022-01 —", "2022-01", "", true, true},
		{"Senior Engineer, 2020 -", "2020", "", true, true},
		{"Score 2020 - 95", "2020", "", false, false},
		{"19.03-21.08  某公司", "2019-03", "2021-08", false, true},
		{"21年9月-24年6月", "2021-09", "2024-06", false, true},
		{"19 年 3 月-21 年 5 月 | 冀北工程有限公司", "2019-03", "2021-05", false, true},
		{"21 年 6 月-今 | 塞北风能有限公司", "2021-06", "", true, true},
		{"19.03 - 至今", "2019-03", "", true, true},
		{"06/19–present | Senior Paralegal", "2019-06", "", true, true},
		{"09/18 - 05/19", "2018-09", "2019-05", false, true},
		{"19/03 - 21/08", "2019-03", "2021-08", false, true},
		{"Paralegal, Adjei Law  03/12 - 05/13", "2012-03", "2013-05", false, true},
		{"Clerk, Adjei Law  09/10 - 02/12", "2010-09", "2012-02", false, true},
		{"19/03 - 21/08", "2019-03", "2021-08", false, true},
		{"107年7月~110年6月 某某科技股份有限公司", "2018-07", "2021-06", false, true},
		{"民國107年7月至今", "2018-07", "", true, true},
		{"108.08.01～109.07.31", "2019-08-01", "2020-07-31", false, true},
		{"111.08～迄今", "2022-08", "", true, true},
		{"代理教師 109.08～111.07", "2020-08", "2022-07", false, true},
		{"2018/07~仍在職", "2018-07", "", true, true},
		{"二〇一九年十二月－二〇二一年三月", "2019-12", "2021-03", false, true},
		{"二〇一九年七月至今", "2019-07", "", true, true},
		{"mid-2019 – early 2021", "2019", "2021", false, true},
		{"From 2019 to 2021", "2019", "2021", false, true},
		{"When：Mar – Jun 2019", "2019-03", "2019-06", false, true},
		{"2019年秋 - 2021年春", "2019", "2021", false, true},
		{"2022年冬奥会志愿者", "2022", "", false, false},
		{"2019 onwards", "2019", "", true, true},
		{"2018.05 起      某某汽修店", "2018-05", "", true, true},
		{"2020年3月起", "2020-03", "", true, true},
		{"2011年4月起至2015年9月  某公司", "2011-04", "2015-09", false, true},
		{"2020 年起带新人", "2020", "", false, false},
		{"兼任教研组长（2018 年起）", "2018", "", false, false},
		{"2017.03 起 参加培训，每周 1 次", "2017-03", "", false, false},
		{"2019年起 担任三年级班主任", "2019", "", false, false},
		{"2016年起（兼职） | 某工作室 | 店员", "2016", "", true, true},
		{"2019 - till date", "2019", "", true, true},
		{"Developer at Pixel Studio, since Mar 2023 — small agency", "2023-03", "", true, true},
		{"Q3 2020 · 6 weeks", "2020", "2020", false, true},
		{"Summer 2023", "2023", "2023", false, true},
		{"Seasons 2011 - 2015", "2011", "2015", false, true},
		{"Winter 2017/18 - Winter 2020/21 (Nov - Mar each year)", "2017", "2021", false, true},
		{"Summers 2021–2022", "2021", "2022", false, true},
		{"Summers '17 & '18", "2017", "2018", false, true},
		{"Summer 2017 and 2018", "2017", "2018", false, true},
		{"Summer '19", "2019", "2019", false, true},
		{"Summer 2019 & 2018", "2019", "2019", false, true},
		{"Claims intake rewrite (2017–18) — web front end", "2017", "2018", false, true},
		{"2019-22  Acme Ltd", "2019", "2022", false, true},
		{"BSc, 1998–01", "1998", "2001", false, true},
		{"Treasurer (2019/20)", "2019", "2020", false, true},
		{"2019/23 cohort", "2019", "", false, false},
		{"2019 - 21.5 hours", "2019", "", false, false},
		{"Treasurer, Leeds Chess Club, 2017–18.", "2017", "2018", false, true},
		{"Treasurer 2019/20.", "2019", "2020", false, true},
		{"First-Team Coach  2018/19 – 2020/21 seasons", "2018", "2021", false, true},
		{"2007/08 – 2010/11     Carrickbrae FC", "2007", "2011", false, true},
		{"2007/08     Carrickbrae FC", "2007-08", "", false, false},
		{"2016/17     Glenavy FC", "2016", "2017", false, true},
		{"2019/2020 Student rep", "2019", "2020", false, true},
		{"Sep 2019/20", "2019-09", "2020", false, true},
		{"2019/20 – present", "2019", "", true, true},
		{"2021-09..now", "2021-09", "", true, true},
		{"2016..2019", "2016", "2019", false, true},
		{"Sep 2017/18 – Jun 2021", "2017-09", "2021-06", false, true},
		{"2013.07 2016.06 | ● | 苏州某会计师事务所", "2013-07", "2016-06", false, true},
		{"Feb 2018 Mar 2021", "2018-02", "2021-03", false, true},
		{"AWS Certified Solutions Architect – Associate  Mar 2021 Mar 2024", "2021-03", "", false, false},
		{"BSc Physics, Avon University, 2015..", "2015", "", false, false},
		{"2019.07 2020.06 2021.06", "2019-07", "", false, false},
		{"Certified 2021.03, renewed 2023.03 and due 2025.03", "2021-03", "", false, false},
		{"2016.06 2013.07 某公司", "2016-06", "", false, false},
		{"2008/09 – 2009/10  某科技有限公司 测试工程师", "2008-09", "2009-10", false, true},
		{"2019-20人", "2019", "", false, false},
		{"2019 – 20 people", "2019", "", false, false},
		{"2016 - 18 months", "2016", "", false, false},
	}
	// three digits and a month are a Taiwan date only as a whole, and
	// from 民國 100 (2011)
	for _, s := range []string{"v108.08.01.3", "099.08.01", "108.13.01", "1080.08", "Hot 105.1 FM 电台主持", "体重 105.5kg", "超额完成 110.5%", "数学 128.5 分", "Firefox 115.7 版本", "版本 v108.08", "Hot 105.1 FM", "$110.5M", "109.08～111.07"} {
		if sp, ok := findSpan(s); ok {
			t.Errorf("findSpan(%q) = %+v, want no date", s, sp)
		}
	}
	for _, tc := range tests {
		sp, ok := findSpan(tc.in)
		if !ok {
			t.Errorf("findSpan(%q): no date", tc.in)
			continue
		}
		got := []any{sp.Start, sp.End, sp.Open, sp.Range}
		want := []any{tc.start, tc.end, tc.open, tc.rng}
		if d := cmp.Diff(want, got); d != "" {
			t.Errorf("findSpan(%q) (-want +got):\n%s", tc.in, d)
		}
	}
	for _, in := range []string{"日均订单量2000万", "v2.3.1", "900M/s", "P95 延迟下降 40%", "3000+ 用户", "3.0 SDK", "2019s", "Page 2 of 3", "(WCR ’22)", "rock'n'99", "19.03", "06/19", "公司成立120年", "北京冬奥组委 赛会志愿者", "GPA 85.5-90.0", "10.5-12.3万", "v1.2-1.10"} {
		if sp, ok := findSpan(in); ok {
			t.Errorf("findSpan(%q) = %+v, want no date", in, sp)
		}
	}
}

func TestSplitFields(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"Lumen | 开源日志系统作者", []string{"Lumen", "开源日志系统作者"}},
		{"某某网 | 交易平台（SaaS）- 支付团队负责人", []string{"某某网", "交易平台（SaaS）- 支付团队负责人"}},
		{"Acme / Software Engineer / 负责平台开发", []string{"Acme", "Software Engineer", "负责平台开发"}},
		{"Quillstone Analytics — Software Engineer", []string{"Quillstone Analytics", "Software Engineer"}},
		{"Sr. Data Scientist -- Aspenleaf Analytics, Denver, CO", []string{"Sr. Data Scientist", "Aspenleaf Analytics, Denver, CO"}},
		{"蔚行智能科技有限公司  Android 高级开发工程师", []string{"蔚行智能科技有限公司", "Android 高级开发工程师"}},
		{"Engineer @ Acme", []string{"Engineer", "Acme"}},
		{"C/C++", []string{"C/C++"}},
		{"北洋理工大学  计算机应用技术 · 硕士", []string{"北洋理工大学", "计算机应用技术", "硕士"}},
		{"某某数据有限公司\t数据中台部 · 数据平台负责人", []string{"某某数据有限公司", "数据中台部", "数据平台负责人"}},
		{"审批流引擎  2.0 · Workflow Engine 2.0", []string{"审批流引擎  2.0", "Workflow Engine 2.0"}},
		{"云帆协同  CloudSail · 高级产品经理", []string{"云帆协同  CloudSail", "高级产品经理"}},
		{"saga-kit  ★ 930 — author", []string{"saga-kit", "★ 930", "author"}},
		{"Clinical Mentor / Assessor module — Wardlow University", []string{"Clinical Mentor / Assessor module", "Wardlow University"}},
		{"Kestrel Lofts, Napier - owner / sail maker", []string{"Kestrel Lofts, Napier", "owner / sail maker"}},
		{"东岸书院（资助中学）— 视觉艺术教师", []string{"东岸书院（资助中学）", "视觉艺术教师"}},
		{"Trainee (Level 6 | Part 2) | Wardlow University", []string{"Trainee (Level 6 | Part 2)", "Wardlow University"}},
		{"星野电商 :: 交易中台 高级开发工程师", []string{"星野电商", "交易中台 高级开发工程师"}},
		{"Harwell Bank :: Analyst", []string{"Harwell Bank", "Analyst"}},
	}
	for _, tc := range tests {
		if d := cmp.Diff(tc.want, splitFields(tc.in)); d != "" {
			t.Errorf("splitFields(%q) (-want +got):\n%s", tc.in, d)
		}
	}
}

func TestSplitKV(t *testing.T) {
	lx := NewLexicon()
	lead, kvs := lx.splitKV("姓名：王小明  邮箱：a@b.com  电话:13800000000")
	if lead != "" || len(kvs) != 3 || kvs[0].field != "name" || kvs[1].value != "a@b.com" || kvs[2].field != "phone" {
		t.Errorf("splitKV = %q %+v", lead, kvs)
	}
	lead, kvs = lx.splitKV("时间：2019.4 – 2020.9 | 团队规模：8人 | 职级：P7")
	if lead != "" || len(kvs) != 3 || kvs[1].field != "entry.x-teamSize" || kvs[1].value != "8人" {
		t.Errorf("splitKV = %q %+v", lead, kvs)
	}
	// a label must start the text or follow a separator
	if _, kvs := lx.splitKV("负责公司电话：系统"); len(kvs) != 0 {
		t.Errorf("splitKV matched a label inside a word: %+v", kvs)
	}
}

// TestHeadKV: a label and its value; an outliner's property ("时间::
// 2021.05 - 今", Logseq and Org) is one too.
func TestHeadKV(t *testing.T) {
	for _, c := range []struct{ in, label, value string }{
		{"时间：2021.05 - 今", "时间", "2021.05 - 今"},
		{"时间:: 2021.05 - 今", "时间", "2021.05 - 今"},
		{"Tools: Go, std::map", "Tools", "Go, std::map"},
	} {
		label, value, ok := headKV(c.in)
		if !ok || label != c.label || value != c.value {
			t.Errorf("headKV(%q) = %q, %q, %v", c.in, label, value, ok)
		}
	}
}

func TestKeywords(t *testing.T) {
	r := &run{x: New(segment.New()), lx: NewLexicon()}
	tests := []struct {
		in   string
		want []string
	}{
		{"Go（8年）、Scala、C/C++，熟悉 Ruby、Lua。", []string{"Go", "Scala", "C/C++", "Ruby", "Lua"}},
		{"熟悉 Docker、Load Balancer 与容器编排。", []string{"Docker", "Load Balancer", "容器编排"}},
		{"擅长需求分析、KPI考核与项目进度控制。", []string{"需求分析", "KPI考核", "项目进度控制"}},
		{"HTTP(S)/TLS/SIP/TCP/IP", []string{"HTTP(S)", "TLS", "SIP", "TCP/IP"}},
		{"Python (3 years), Go and Rust", []string{"Python", "Go", "Rust"}},
		{"Weights & Biases, CI/CD", []string{"Weights & Biases", "CI/CD"}},
		{"QLab, ETC Eos, Vectorworks", []string{"QLab", "ETC Eos", "Vectorworks"}}, // a maker's name in capitals, no "etc"
		{"PROFICIENT IN MS OFFICE, STRONG COMMUNICATION", []string{"MS OFFICE", "COMMUNICATION"}},
		{"Python (pandas, scanpy) · R (tidyverse) · Snakemake · Linux/HPC (Slurm) · PCR, cell culture", []string{"Python", "R", "Snakemake", "Linux", "HPC", "PCR", "cell culture"}},
		{"参与项目开发", []string{"参与项目开发"}},
		// a list whose commas a converter dropped is split at its capitals
		{"Threat modelling Penetration testing SAST OAuth 2.0", []string{"Threat modelling", "Penetration testing", "SAST", "OAuth 2.0"}},
		{"Java Kotlin Python Terraform", []string{"Java", "Kotlin", "Python", "Terraform"}},
		{"Amazon Web Services", []string{"Amazon Web Services"}},
		{"对 Hudi、SQL 调优有", []string{"Hudi", "SQL 调优"}},
		{"有限元分析", []string{"有限元分析"}},
		{"需求分析 用户研究 Axure SQL 数据分析 A/B测试", []string{"需求分析", "用户研究", "Axure", "SQL", "数据分析", "A/B测试"}},
		{"熟悉 Docker", []string{"Docker"}},
		{"云原生 Cloud Native", []string{"云原生 Cloud Native"}},
		{"熟练使用 Photoshop、Illustrator、Figma 等设计软件；", []string{"Photoshop", "Illustrator", "Figma"}},
		// what one can do on one's own, the competence named after it
		{"能独立完成漏斗分析", []string{"漏斗分析"}},
		{"能做简单的静力分析", []string{"静力分析"}},
		{"能独立完成 PPT 制作", []string{"PPT", "制作"}},
		{"Built the Data Platform for Analytics Teams.", []string{"Built the Data Platform for Analytics Teams"}},
	}
	for _, tc := range tests {
		if d := cmp.Diff(tc.want, r.keywords(tc.in)); d != "" {
			t.Errorf("keywords(%q) (-want +got):\n%s", tc.in, d)
		}
	}
}

// TestChipWords: the value of a keyword label with spaces alone between
// its items.
// TestFindSpanNone: text that ends where a date could start holds none.
func TestFindSpanNone(t *testing.T) {
	for _, s := range []string{"Met in Jan", "Sept", "Jan '", "Dec ’", "O'Neil's Bar '19", "Won on May 21", "Mar 21 – Jan 19", "Ran the spring hiring drive    Mar 10 – Mar 24", "Dec 24 – Dec 26"} {
		if sp, ok := findSpan(s); ok {
			t.Errorf("findSpan(%q) = %+v, want none", s, sp)
		}
	}
}

func TestBoldSentence(t *testing.T) {
	for s, want := range map[string]bool{
		"Senior Brand Executive @ Lumi Audio Ltd.":   false,
		"Led the brand team through three launches.": true,
		"Acme Corp.": false,
	} {
		if got := boldSentence(&line{text: s}); got != want {
			t.Errorf("boldSentence(%q) = %v, want %v", s, got, want)
		}
	}
}

func TestChipWords(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		in   string
		want []string
	}{
		{"Rust Tokio SOCKS5 splice", []string{"Rust", "Tokio", "SOCKS5", "splice"}},
		{"C eBPF libbpf Go", []string{"C", "eBPF", "libbpf", "Go"}},
		{"Spring Boot Kafka Redis", []string{"Spring Boot", "Kafka", "Redis"}},
		{"Google Cloud Platform", nil},
		{"Vue 3 Vite", []string{"Vue 3", "Vite"}},
		{"Axure RP 9", nil},
		{"Python and Go", nil},
		{"Go, Rust", nil},
		{"Rust 异步", nil},
		{"Go", nil},
	}
	for _, tc := range tests {
		if d := cmp.Diff(tc.want, r.chipWords(tc.in)); d != "" {
			t.Errorf("chipWords(%q) (-want +got):\n%s", tc.in, d)
		}
	}
}

func TestHeadingKind(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon()}
	tests := []struct {
		in   string
		kind Kind
		ok   bool
	}{
		{"工作经历", kWork, true},
		{"【教育背景】", kEducation, true},
		{"〔工作经历〕", kWork, true},
		{"ŵ 教育背景", kEducation, true},
		{"B 获奖情况", kAwards, true},
		{"一、项目经历：", kProjects, true},
		{"❷ 教育背景", kEducation, true},
		{"学习和工作经历", kMixed, true},
		{"（三）基层实习", kWork, true},
		{"字节跳动后端开发实习", "", false},
		{"临床实习", "", false},
		{"奖惩情况", kAwards, true},
		{"Research Experience", kWork, true},
		{"Research Projects", kProjects, true},
		{"科研经历 Research Experience", kProjects, true},
		{"Research Experience 科研经历", kWork, true},
		{"数据分析实习生", "", false},
		{"① Work Experience", kWork, true},
		{"⓫ Skills", kSkills, true},
		{"工作经历 Work Experience", kWork, true},
		// a form's headings in two scripts: long, with a note in brackets,
		// a half that is a heading only in dress
		{"C. 專業證書及語言能力 PROFESSIONAL CERTIFICATIONS & LANGUAGES", kMixed, true},
		{"B. 工作經驗 EMPLOYMENT HISTORY（最近的一份先填 latest one first）", kWork, true},
		{"A. 申請職位 POSITION APPLIED FOR", kObjective, true},
		{"申請職位", "", false},
		{"工作經驗（請由最近一份工作開始填寫，並列明職責及離職原因）", "", false},
		{"Volunteer (organised weekend coding clubs for teenagers at the library)", "", false},
		{"EMPLOYMENT HISTORY (latest first; reasons for leaving on request)", kWork, true},
		{"Work experience (in reverse chronological order, with reasons for leaving)", kWork, true},
		{"SELECTED PROJECTS", kProjects, true},
		{"Notable Cases", kProjects, true},
		{"Blue Sky Productions", "", false}, // an employer named with a portfolio's word
		{"HEAD OF COLLECTIONS", "", false},
		{"Awards & Honours", kAwards, true},
		{"🛠️ Tech I use", kSkills, true},
		{"Lakefront Freight Tech", "", false},
		{"数据库方向发表的论文", kPublications, true},
		{"主要职责", "", false},
		{"技术栈：Go / Protocol Buffers", "", false},
		{"Led the experience team", "", false},
		// dressed headings
		{"Work Experience (4)", kWork, true},
		{"Projects(2)", kProjects, true},
		{"项目经验（3）", kProjects, true},
		{"工作经历（按时间倒序）", kWork, true},
		{"01. Languages", kLanguages, true},
		{"02 / Experience", kWork, true},
		{"IV. Education", kEducation, true},
		{"（三）项目经验", kProjects, true},
		{"二、教育背景", kEducation, true},
		{"⚡ Skills", kSkills, true},
		{"～ Side projects ～", kProjects, true},
		{"执业资格", kCertificates, true},
		{"社会职务", kVolunteer, true},
		{"代表案例", kProjects, true},
		{"~ Experience ~", kWork, true},
		{"E X P E R I E N C E", kWork, true},
		{"Python 3", "", false},
		{"2 years", "", false},
		{"Acme (2019)", "", false},
	}
	for _, tc := range tests {
		l := &line{text: strings.TrimPrefix(tc.in, "一、"), runes: utf8.RuneCountInString(tc.in)}
		k, ok := r.headingKind(l)
		if k != tc.kind || ok != tc.ok {
			t.Errorf("headingKind(%q) = %q %v, want %q %v", tc.in, k, ok, tc.kind, tc.ok)
		}
	}
	// set as headings: a short Chinese half the lexicon lacks beside an
	// English half it has is that heading, unless it is the document's
	// title ("Résumé" heads a summary in French)
	for _, tc := range []struct {
		in string
		ok bool
	}{{"优势 STRENGTHS", true}, {"个人简历 RESUME", false}, {"简历 Résumé", false}, {"暑期实习", true}} {
		l := &line{Line: doc.Line{Text: tc.in, Heading: 1}, text: tc.in, runes: utf8.RuneCountInString(tc.in)}
		if k, ok := r.headingKind(l); ok != tc.ok {
			t.Errorf("headingKind(%q in h1) = %q %v, want %v", tc.in, k, ok, tc.ok)
		}
	}
}

func TestProfile(t *testing.T) {
	lx := NewLexicon()
	tests := []struct {
		url, network, user string
		ok                 bool
	}{
		{"github.com/someone", "GitHub", "someone", true},
		{"https://github.com/someone/repo", "", "", false},
		{"https://www.linkedin.com/in/some-one/", "LinkedIn", "some-one", true},
		{"zhihu.com/people/abc", "知乎", "abc", true},
		{"https://example.com/blog", "", "", false},
	}
	for _, tc := range tests {
		p, ok := lx.profile(tc.url)
		if ok != tc.ok || p.Network != tc.network || p.Username != tc.user {
			t.Errorf("profile(%q) = %+v %v", tc.url, p, ok)
		}
		if ok && !strings.HasPrefix(p.URL, "https://") {
			t.Errorf("profile(%q).URL = %q, want a scheme", tc.url, p.URL)
		}
	}
}

func lines(ss ...string) *doc.Document {
	d := &doc.Document{Format: doc.Text}
	for i, s := range ss {
		d.Lines = append(d.Lines, doc.Line{Text: s, Pos: doc.Pos{Line: i + 1}})
	}
	return d
}

// TestMisplacedEntries checks that a job line under another heading goes
// to work, and that furniture and chrome vanish.
func TestMisplacedEntries(t *testing.T) {
	d := lines("Skip to content", "File metadata and controls", "History", "李雷",
		"工作经历", "甲乙科技有限公司 | 高级工程师 | 2019.07 - 至今", "负责支付系统。",
		"专业技能", "编程语言：Go、Rust", "丙丁网络公司 | 开发工程师 2016.07-2019.06", "- 2 -")
	res, warnings := New(nil).Run(d)
	if res.Basics.Name != "李雷" {
		t.Errorf("name = %q", res.Basics.Name)
	}
	if len(res.Work) != 2 || res.Work[1].Name != "丙丁网络公司" || res.Work[1].EndDate != "2019-06" {
		t.Errorf("work = %+v", res.Work)
	}
	if len(res.Skills) != 1 || len(res.Skills[0].Keywords) != 2 {
		t.Errorf("skills = %+v", res.Skills)
	}
	if len(warnings) == 0 {
		t.Error("no warning for the moved entry")
	}
}

// TestNetworkTopBar: a saved profile page's top bar ("Home", "Jobs",
// "Messaging") is chrome, not a heading over the person's name; in a
// résumé, "Jobs" heads the work.
func TestNetworkTopBar(t *testing.T) {
	res, _ := New(nil).Run(lines("Home", "My Network", "Jobs", "Messaging", "Notifications 3", "Try Premium for $0",
		"Ana Lima", "Sail maker at Kestrel Lofts", "ana@example.com"))
	if res.Basics.Name != "Ana Lima" || len(res.Work) != 0 {
		t.Errorf("name %q, work %+v", res.Basics.Name, res.Work)
	}
	res, _ = New(nil).Run(lines("Ana Lima", "ana@example.com", "Jobs", "Kestrel Lofts, Napier — Sail Maker — 2019 – 2024"))
	if len(res.Work) != 1 || res.Work[0].Name != "Kestrel Lofts" {
		t.Errorf("work %+v", res.Work)
	}
}

// TestJobsUnderSummary: job lines "Title, Employer (Town)    dates" that a
// summary swallowed under a heading the lexicon lacks go to work, the
// first by its title, the next by its shape; a degree so written stays.
func TestJobsUnderSummary(t *testing.T) {
	tests := []struct {
		name string
		body []string
		want []string // the positions of the jobs
		vol  int      // volunteering entries
	}{
		{"jobs", []string{"Where I have baked", "Head Baker, Oakfield Bakery (Leeds)    2019 to date", "Run the ovens.",
			"Ovenman, Rye House (York)    Sep '16 – Aug '19", "Made bread."}, []string{"Head Baker", "Ovenman"}, 0},
		{"a volunteering line among them", []string{"Where I have baked", "Head Baker, Oakfield Bakery (Leeds)    2019 to date",
			"Volunteer cook, Leeds Food Bank    2017 to date", "Ovenman, Rye House (York)    Sep '16 – Aug '19"}, []string{"Head Baker", "Ovenman"}, 1},
		{"the next line's shape differs", []string{"Where I have baked", "Head Baker, Oakfield Bakery (Leeds)    2019 to date",
			"Ovenman at Rye House in York, Sep '16 – Aug '19"}, []string{"Head Baker"}, 0},
		{"a degree", []string{"Associate of Science, Food Technology    2012 – 2015"}, nil, 0},
	}
	for _, tt := range tests {
		d := lines(append([]string{"ANA LIMA", "Leeds  |  07700 900111  |  ana@example.com", "Profile", "Ten years in bakeries. I run a team of six."}, tt.body...)...)
		res, _ := New(nil).Run(d)
		var got []string
		for _, w := range res.Work {
			got = append(got, w.Position)
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s: positions (-want +got):\n%s", tt.name, d)
		}
		if len(res.Volunteer) != tt.vol {
			t.Errorf("%s: volunteer %+v, want %d entries", tt.name, res.Volunteer, tt.vol)
		}
	}
}

// TestCommaLinesStay: degrees after a job line moved from among schools,
// certificates written as "Title, Body    dates" and a summary's sentence
// that opens with volunteering stay where they are.
func TestCommaLinesStay(t *testing.T) {
	d := lines("ANA LIMA", "ana@example.com", "SUMMARY", "Volunteering since 2015 with the Leeds Food Bank taught me to run a warehouse. I now want a paid role.",
		"EXPERIENCE", "Senior Accountant, Kestrelmoor Freight    2019 – present", "EDUCATION",
		"BSc Mathematics, Avon University    2012 – 2015", "Teaching Assistant, Department of Mathematics    2015 – 2016",
		"MSc Statistics, Avon University    2016 – 2017", "PhD Statistics, Avon University    2017 – 2021",
		"CERTIFICATIONS", "Chartered Accountant, ICAEW (London)    2018 – present", "Certified Fraud Examiner, ACFE    2020 – 2023")
	res, _ := New(nil).Run(d)
	var types []string
	for _, e := range res.Education {
		types = append(types, e.StudyType)
	}
	if d := cmp.Diff([]string{"BSc", "MSc", "PhD"}, types); d != "" {
		t.Errorf("degrees (-want +got):\n%s", d)
	}
	if len(res.Certificates) != 2 {
		t.Errorf("certificates = %+v", res.Certificates)
	}
	if res.Basics.Summary == "" || len(res.Volunteer) > 0 {
		t.Errorf("summary %q, volunteer %+v", res.Basics.Summary, res.Volunteer)
	}
	for _, w := range res.Work {
		if w.Position != "Senior Accountant" && w.Position != "Teaching Assistant" {
			t.Errorf("work entry %q, %q", w.Name, w.Position)
		}
	}
}

// TestFirstLanguageColumn: a table that gives each row in two languages
// side by side is read in its first column.
func TestFirstLanguageColumn(t *testing.T) {
	row := func(a, b string, head bool) doc.Line {
		return doc.Line{Text: a + " | " + b, Cells: []string{a, b}, HeadRow: head}
	}
	d := &doc.Document{Format: doc.Markdown, Lines: []doc.Line{{Text: "林小禾", Heading: 1}, {Text: "xiaohe@example.com"},
		row("简介", "Profile", true), row("六年面点经验，擅长发酵面团。", "Six years as a pastry cook, good with leavened doughs.", false),
		{Text: "工作经历 · Experience", Heading: 2}, row("中文", "English", true),
		row("禾田餐饮管理有限公司 — 面点主管", "Hetian Catering Management Co., Ltd. — Pastry Supervisor", false),
		row("2020.04 – 至今 · 杭州", "Apr 2020 – Present · Hangzhou", false),
		row("带领6人面点组", "Led a pastry team of six", false)}}
	for i := range d.Lines {
		d.Lines[i].Pos = doc.Pos{Line: i + 1}
	}
	res, _ := New(nil).Run(d)
	levels := &doc.Document{Format: doc.Markdown, Lines: []doc.Line{{Text: "Ana Lima", Heading: 1}, {Text: "ana@example.com"},
		{Text: "Languages", Heading: 2}, row("English", "Spanish", true), row("Native", "Fluent (C1)", false)}}
	if got, _ := New(nil).Run(levels); len(got.Languages) != 2 || got.Languages[0].Language != "English" {
		t.Errorf("a table of levels in one script: languages %+v", got.Languages)
	}
	if res.Basics.Summary != "六年面点经验，擅长发酵面团。" {
		t.Errorf("summary = %q", res.Basics.Summary)
	}
	if len(res.Work) != 1 || res.Work[0].Name != "禾田餐饮管理有限公司" || res.Work[0].Position != "面点主管" || res.Work[0].StartDate != "2020-04" {
		t.Errorf("work = %+v", res.Work)
	}
}

// TestItemsBetweenRules: a line of items apart by wide gaps between the
// rules that frame the headings is the section's text, no heading.
func TestItemsBetweenRules(t *testing.T) {
	rule := "========================================"
	d := &doc.Document{Format: doc.Text}
	blank := false
	for _, s := range []string{"林小禾", "电话：138 0000 1234", "", rule, "工作經歷", rule, "", "2019.07 - 2024.06  某某牙科診所  牙科助理", "",
		rule, "語言", rule, "", "廣東話（母語）  英文（良好）  普通話（一般）", "", rule, "其他", rule, "", "懂得使用 Excel"} {
		if s == "" {
			blank = true
			continue
		}
		d.Lines = append(d.Lines, doc.Line{Text: s, Blank: blank, Pos: doc.Pos{Line: len(d.Lines) + 1}})
		blank = false
	}
	res, _ := New(nil).Run(d)
	var got []string
	for _, l := range res.Languages {
		got = append(got, l.Language)
	}
	if diff := cmp.Diff([]string{"廣東話", "英文", "普通話"}, got); diff != "" {
		t.Errorf("languages (-want +got):\n%s", diff)
	}
}

func FuzzExtract(f *testing.F) {
	for _, s := range []string{
		"张三\n工作经历\n甲公司 | 工程师 | 2020.01 - 至今\n- 做了事情\n专业技能\n语言：Go、Rust",
		"Jane Doe\nEXPERIENCE\nEngineer, Acme — Boston, MA\nJan 2020 – Present\n• Built things",
		"项目经历\n\nX系统\n项目技术:Java、Spring\n1. 做了\n",
		"：：：\n|||\n2020-2021\n(（【",
	} {
		f.Add(s)
	}
	ex := New(segment.New())
	f.Fuzz(func(t *testing.T, s string) {
		d := &doc.Document{Format: doc.Text}
		for i, l := range strings.Split(s, "\n") {
			if !utf8.ValidString(l) {
				return
			}
			d.Lines = append(d.Lines, doc.Line{Text: strings.TrimSpace(l), Pos: doc.Pos{Line: i + 1}})
		}
		res, _ := ex.Run(d)
		if res == nil {
			t.Fatal("nil resume")
		}
		if _, err := res.Marshal(false); err != nil {
			t.Fatal(err)
		}
	})
}

// TestSummaryContact checks that contact details under an About heading
// go to basics and only the prose to the summary.
func TestSummaryContact(t *testing.T) {
	src := "Jane Roe\n\nAbout\njane.roe@example.org\n+1 415 555 0100\ngithub.com/janeroe\nI build data platforms that people trust, and I like small teams.\n"
	d := &doc.Document{}
	for _, s := range strings.Split(strings.TrimSpace(src), "\n") {
		d.Lines = append(d.Lines, doc.Line{Text: s, Blank: s == "About"})
	}
	res, _ := New(nil).Run(d)
	b := res.Basics
	if b.Email != "jane.roe@example.org" || b.Phone != "+1 415 555 0100" || len(b.Profiles) != 1 {
		t.Errorf("basics = %+v", b)
	}
	if b.Summary != "I build data platforms that people trust, and I like small teams." {
		t.Errorf("summary = %q", b.Summary)
	}
}

// TestTrimSeps: separators and a bracket half left by a split go.
func TestTrimSeps(t *testing.T) {
	for in, want := range map[string]string{
		"华南区大客户总监）":     "华南区大客户总监",
		"（2018年至今":      "2018年至今",
		"Engineer (ML)": "Engineer (ML)",
		"| Acme |":      "Acme",
		"(Remote)":      "(Remote)",
		"信息管理・":         "信息管理",
	} {
		if got := trimSeps(in); got != want {
			t.Errorf("trimSeps(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestGreeting(t *testing.T) {
	r := &run{x: New(nil), lx: NewLexicon(), res: &schema.Resume{}}
	for _, tt := range []struct{ in, name string }{
		{"Hi 👋 我是宋佳琪", "宋佳琪"},
		{"Hello, I'm Ana Lima!", "Ana Lima"},
		{"大家好，我叫李雷。", "李雷"},
		{"Olá! I'm Thiago Moura 👋", "Thiago Moura"},
		{"Bonjour, je suis prête", ""},  // a greeting in French names no one here
		{"I am a backend engineer", ""}, // no name after it
		{"Hi there", ""},
	} {
		got := ""
		if m := greeting.FindStringSubmatch(tt.in); m != nil && r.isName(m[1]) {
			got = m[1]
		}
		if got != tt.name {
			t.Errorf("name in greeting %q = %q, want %q", tt.in, got, tt.name)
		}
	}
}

func TestLabelOnly(t *testing.T) {
	lx := NewLexicon()
	for _, tt := range []struct {
		in   string
		want bool
	}{
		{"主要职责", true},
		{"技术难点与收获：", true},
		{"核心技术：", true},
		{"电子信息工程技术", false}, // a major that ends like a label
		{"计算机应用技术", false},
	} {
		if _, got := lx.labelOnly(tt.in); got != tt.want {
			t.Errorf("labelOnly(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestArea(t *testing.T) {
	for in, want := range map[string]string{
		"in Computer Science":     "Computer Science",
		"en Information Systems":  "Information Systems", // French
		"de Informática":          "Informática",         // Spanish
		"软件工程专业":                  "软件工程",
		"資訊工程專業":                  "資訊工程",
		"Design and Engineering":  "Design and Engineering",
		"Engineering in Practice": "Engineering in Practice",
	} {
		if got := area(in); got != want {
			t.Errorf("area(%q) = %q, want %q", in, got, want)
		}
	}
}

// TestLastLineGroupLabel checks that a skills section ending in a group
// label with no value ("后端：" as the document's last line) does not read
// past the end of the section (found by FuzzExtract).
func TestLastLineGroupLabel(t *testing.T) {
	for _, d := range []*doc.Document{
		lines("张三", "专业技能", "后端："),
		lines("Jane Doe", "Skills", "Languages: Go", "Frontend:"),
	} {
		res, _ := New(nil).Run(d)
		if res == nil {
			t.Fatal("nil resume")
		}
	}
}

// TestCityIn checks which city a location token names.
func TestCityIn(t *testing.T) {
	lx := NewLexicon()
	for _, tc := range []struct{ in, want string }{
		{"Sydney", "Sydney"},
		{"Kraków, Poland", "Kraków"},
		{"上海 Shanghai", "上海"},
		{"New South WalesSydney", "Sydney"}, // region and city set in boxes with nothing between
		{"Sydneyside", ""},
		{"Wales", ""},
	} {
		if got := lx.cityIn(tc.in); got != tc.want {
			t.Errorf("cityIn(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

// TestCutSpan: the dates cut out of a line take their brackets with them,
// and an aside the dates end stays, closed.
func TestCutSpan(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Campus bike-share analysis (2022) — demand clustering", "Campus bike-share analysis  — demand clustering"},
		{"Bus ridership forecasting (MSc dissertation, 2024) — LightGBM model", "Bus ridership forecasting (MSc dissertation)  — LightGBM model"},
		{"Acme Ltd  2019 – 2021", "Acme Ltd  "},
		{"某某科技有限公司（2017年2月 ~ 2019年10月）数据工程师", "某某科技有限公司  数据工程师"},
		{"Chess Engine (C++ · 2019)", "Chess Engine (C++)  "},
		{"Intern, Gamma GmbH (Munich · 2015 – 2016)", "Intern, Gamma GmbH (Munich)  "},
		{"Analyst, Delta Inc (Contract: 2014 – 2015)", "Analyst, Delta Inc  "},
		{"某某科技有限公司（时间：2019.07-2021.06）", "某某科技有限公司  "},
		{"2019 – 2021)", "  "}, // a wrapped aside's end
	}
	for _, tt := range tests {
		sp, ok := findSpan(tt.in)
		if !ok {
			t.Fatalf("findSpan(%q): no dates", tt.in)
		}
		if got := cutSpan(tt.in, sp); got != tt.want {
			t.Errorf("cutSpan(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestSlashJoined: two names with a slash between them, as written.
func TestSlashJoined(t *testing.T) {
	for _, tt := range []struct{ s, a, b, want string }{
		{"LLB / BA, University of the Hunter Coast, 2009 – 2013", "LLB", "BA", "LLB / BA"},
		{"BSc/MSc Physics", "BSc", "MSc", "BSc/MSc"},
		{"LLB, BA", "LLB", "BA", ""},
		{"BA in Law; LLB / BA", "LLB", "BA", "LLB / BA"},
	} {
		if got := slashJoined(tt.s, tt.a, tt.b); got != tt.want {
			t.Errorf("slashJoined(%q, %q, %q) = %q, want %q", tt.s, tt.a, tt.b, got, tt.want)
		}
	}
}

// TestHanSeasonCut: a season after 年 is the date's only where the word
// ends there ("2019年秋 -"), not in "2022年冬奥会".
func TestHanSeasonCut(t *testing.T) {
	for _, tt := range []struct {
		in   string
		rest string
	}{
		{"北京冬奥组委  2022年冬奥会", "北京冬奥组委  冬奥会"},
		{"2019年秋 - 2021年春  校学生会", "  校学生会"},
		// 毕业 right after a date is the date's too, not after it goes on
		{"2002年毕业  某县第一中学  初中", "  某县第一中学  初中"},
		{"2015.07 毕业于某师范学院", "  某师范学院"},
		{"2016年毕业后加入某公司", "  毕业后加入某公司"},
	} {
		sp, ok := findSpan(tt.in)
		if !ok {
			t.Errorf("findSpan(%q): no span", tt.in)
			continue
		}
		if got := cutSpan(tt.in, sp); got != tt.rest {
			t.Errorf("cutSpan(%q) = %q, want %q", tt.in, got, tt.rest)
		}
	}
}

// TestTableRowDetails: a table of jobs, one row a job, then each job's
// text under its name in bold below the table: the text goes to the row
// it names, whatever order the blocks come in.
func TestTableRowDetails(t *testing.T) {
	row := func(cells ...string) doc.Line { return doc.Line{Text: strings.Join(cells, " | "), Cells: cells} }
	named := func(name, rest string) doc.Line {
		return doc.Line{Text: name + rest, Spans: []doc.Span{{Text: name, Style: doc.Style{Bold: true}}, {Text: rest}}}
	}
	d := &doc.Document{Lines: []doc.Line{
		{Text: "Ana Lima"},
		{Text: "Experience", Heading: 2},
		row("Client", "Role", "Period"),
		row("Acme Freight (Sweden)", "SRE contractor", "2023 – now"),
		row("Initech Health", "DevOps contractor", "2021 – 2022"),
		named("Initech Health", " — DevOps contractor"),
		{Text: "Built the landing zone", Marker: "-"},
		named("Acme Freight", "（2023 – now）"),
		{Text: "Wrote the SLOs", Marker: "-"},
	}}
	res, _ := New(nil).Run(d)
	var got [][]string
	for _, w := range res.Work {
		got = append(got, append([]string{w.Name, w.Position, w.StartDate}, w.Highlights...))
	}
	want := [][]string{
		{"Acme Freight (Sweden)", "SRE contractor", "2023", "Wrote the SLOs"},
		{"Initech Health", "DevOps contractor", "2021", "Built the landing zone"},
	}
	if d := cmp.Diff(want, got); d != "" {
		t.Errorf("work (-want +got):\n%s", d)
	}
	// a name that is a cell of two rows names neither
	d = &doc.Document{Lines: []doc.Line{
		{Text: "Ana Lima"},
		{Text: "Experience", Heading: 2},
		row("Employer", "Role", "Period"),
		row("Acme Freight", "Engineer", "2023 – now"),
		row("Initech Health", "Engineer", "2021 – 2022"),
		named("Engineer", " at Initech Health"),
		{Text: "Built the landing zone", Marker: "-"},
	}}
	res, _ = New(nil).Run(d)
	if len(res.Work) < 2 || len(res.Work[0].Highlights) > 0 {
		t.Errorf("a cell of two rows attached text to the first: %+v", res.Work)
	}
	// two columns under headings the source marks; a row's cell joins the
	// title and the employer with a dash, and a bold name below the table
	// says which piece is the employer, its town apart; a title named
	// below names no employer
	head := row("Years", "Role")
	head.HeadRow = true
	for _, tt := range []struct {
		name  string
		lines []doc.Line
		want  [][]string // name, position, location, start, highlights
	}{
		{"the employer after the title", []doc.Line{
			row("Mar 2021 – present", "Crew Lead, Finishing — Kereru Marine, Tauranga"), row("2017 – 2021", "Laminator — Pohutu Craft"),
			{Text: "Kereru Marine", Bold: true}, {Text: "Ran the finishing crew", Marker: "-"},
			{Text: "Pohutu Craft", Bold: true}, {Text: "Laid up hulls", Marker: "-"},
		}, [][]string{
			{"Kereru Marine", "Crew Lead, Finishing", "Tauranga", "2021-03", "Ran the finishing crew"},
			{"Pohutu Craft", "Laminator", "", "2017", "Laid up hulls"},
		}},
		{"the employer first with its town, and a title named below", []doc.Line{
			row("2017 – 2021", "Tamaki Boatworks, Whangaparaoa — Laminator"), row("2021 – 2023", "Kereru Marine — Software Engineer"),
			{Text: "Tamaki Boatworks", Bold: true}, {Text: "Laid up hulls", Marker: "-"},
			{Text: "Software Engineer", Bold: true}, {Text: "Built the yard's booking app", Marker: "-"},
		}, [][]string{
			{"Tamaki Boatworks", "Laminator", "Whangaparaoa", "2017", "Laid up hulls"},
			{"Kereru Marine", "Software Engineer", "", "2021", "Built the yard's booking app"},
		}},
	} {
		d := &doc.Document{Lines: append([]doc.Line{{Text: "Ana Lima"}, {Text: "Experience", Heading: 2}, head}, tt.lines...)}
		res, _ := New(nil).Run(d)
		var got [][]string
		for _, w := range res.Work {
			got = append(got, append([]string{w.Name, w.Position, w.Location, w.StartDate}, w.Highlights...))
		}
		if d := cmp.Diff(tt.want, got); d != "" {
			t.Errorf("%s (-want +got):\n%s", tt.name, d)
		}
	}
}

// TestSchoolsAndJobs: one list of schools and jobs under a heading that
// names both, each dated line going to its section by what it names.
func TestSchoolsAndJobs(t *testing.T) {
	res, _ := New(nil).Run(lines("谭某某", "学习和工作经历",
		"2008.09-2011.06  某市第一中学  高中",
		"2011.09-2015.07  湘南大学  行政管理专业  本科",
		"2015年获国家奖学金，2016年获优秀毕业生",   // (a dated line of the school's text)
		"2012—2014 连续获得校一等奖学金，担任班长", // (a deed, its commas no school's or employer's parts)
		"2015.08-2018.12  某街道办事处  社会事务办  办事员",
		"2019.01-至今  湘南大学  讲师",
		"2021.07-至今 湘南大学 统计学院 副教授、硕士生导师"))
	var edu, work []string
	for _, e := range res.Education {
		edu = append(edu, e.Institution+" "+e.StartDate)
	}
	for _, w := range res.Work {
		work = append(work, w.StartDate)
	}
	if d := cmp.Diff([]string{"某市第一中学 2008-09", "湘南大学 2011-09"}, edu); d != "" {
		t.Errorf("education (-want +got):\n%s", d)
	}
	if d := cmp.Diff([]string{"2015-08", "2019-01", "2021-07"}, work); d != "" {
		t.Errorf("work (-want +got):\n%s", d)
	}
}

// TestCoursesUnderEducation: a one-line course with one date under an
// education heading, beside a school's entry, is a certificate; a school
// the lexicon does not know by its words stays education when its place
// is given, and a lone course without a school beside it stays too; a
// section of nothing but courses is certificates.
// (A nil edu is not checked.)
func TestCoursesUnderEducation(t *testing.T) {
	for _, c := range []struct {
		name      string
		body      []string
		edu, cert []string
		heading   string
	}{
		{"courses only, under a heading of training", []string{"Sphere Standards (online), 2020", "4x4 off-road driving, 2019"}, []string{}, []string{"Sphere Standards (online)", "4x4 off-road driving"}, "TRAINING"},
		{"schools only, under a heading of education", []string{"MIT, 2014", "Phillips Exeter, 2010"}, []string{"MIT", "Phillips Exeter"}, []string{}, "Education"},
		{"courses after a degree", []string{"BA Early Childhood Studies — Eastmoor University, 2012-2015", "Paediatric First Aid (12 hours) — 2023", "Food Hygiene Level 2 — 2022"},
			[]string{"Eastmoor University"}, []string{"Paediatric First Aid (12 hours)", "Food Hygiene Level 2"}, ""},
		{"a school with its place", []string{"BSc Zoology, Eastmoor University, 2012-2015", "Senior Certificate exams, Hillview Vidyalaya, Kandy, 2011"},
			[]string{"Eastmoor University", "Hillview Vidyalaya"}, nil, ""},
		{"a course alone", []string{"Food Hygiene Level 2 — 2022"}, []string{"Food Hygiene Level 2"}, nil, ""},
		{"honours, a grade, a thesis beside a degree", []string{"BSc Zoology, Eastmoor University, 2012-2015", "Dean's List, 2014", "GPA 3.9/4.0, 2015", "Senior thesis on urban heat, 2015", "Exchange semester, Sciences Po, 2014"}, nil, []string{}, ""},
		{"a school without a school's word beside one", []string{"Penn State, Mechanical Engineering, 2015", "Hershey High School, 2011"}, []string{"Penn State", "Hershey High School"}, []string{}, "Education"},
		{"a course and its provider", []string{"BSc Zoology, Eastmoor University, 2012-2015", "Google UX Design Certificate, Coursera, 2020"}, []string{"Eastmoor University"}, []string{"Google UX Design Certificate"}, ""},
		{"a date's rest is no course", []string{"BSc Zoology, Eastmoor University, 2012-2015", "Nov-2021"}, nil, nil, ""},
		{"a sentence is no course", []string{"BSc Zoology, Eastmoor University, 2012-2015", "Worked weekends throughout; graduated 2015."}, []string{"Eastmoor University"}, nil, ""},
	} {
		heading := "Education & Training"
		if c.heading != "" {
			heading = c.heading
		}
		res, _ := New(nil).Run(lines(append([]string{"Dana Reyes", "dana@example.com", "", heading}, c.body...)...))
		var edu, cert []string
		if c.edu != nil {
			edu = []string{}
		}
		for _, e := range res.Education {
			edu = append(edu, e.Institution)
		}
		for _, x := range res.Certificates {
			cert = append(cert, x.Name)
		}
		if cert == nil && c.cert != nil {
			cert = []string{}
		}
		if d := cmp.Diff(c.edu, edu); c.edu != nil && d != "" {
			t.Errorf("%s: education (-want +got):\n%s", c.name, d)
		}
		if d := cmp.Diff(c.cert, cert); d != "" {
			t.Errorf("%s: certificates (-want +got):\n%s", c.name, d)
		}
	}
}

// TestOtherAfterLanguages: an "Other:" line after a languages section's
// lines goes to a section of its own, not to the languages.
func TestOtherAfterLanguages(t *testing.T) {
	for _, c := range []struct {
		other string
		want  []string
	}{
		{"OTHER: Can swim · confident driver", []string{"Polish", "English"}},
		{"Other: Python, MATLAB", []string{"Polish", "English"}},
		{"Other: Italian (basic)", []string{"Polish", "English", "Italian"}},
	} {
		res, _ := New(nil).Run(lines("Dana Reyes", "dana@example.com", "", "Languages", "Polish (native), English (fluent)", c.other))
		var got []string
		for _, l := range res.Languages {
			got = append(got, l.Language)
		}
		if d := cmp.Diff(c.want, got); d != "" {
			t.Errorf("%q: languages (-want +got):\n%s", c.other, d)
		}
	}
}

// TestOccupationLabel: an infobox's "Occupation" or "Profession" row is
// the person's label.
func TestOccupationLabel(t *testing.T) {
	for _, row := range []string{"Occupation: Marine pilot", "Profession: Marine pilot"} {
		res, _ := New(nil).Run(lines("Dana Reyes", row, "dana@example.com"))
		if res.Basics.Label != "Marine pilot" {
			t.Errorf("%q: label %q", row, res.Basics.Label)
		}
	}
}

// TestStarredFormRow: a form's row typed with wide gaps whose required
// fields are starred ("* 性别") reads label by label.
func TestStarredFormRow(t *testing.T) {
	res, _ := New(nil).Run(lines("基本信息", "姓名  柯雨桐  * 性别  女", "手机号码  139 0000 5813  *  电子邮箱  keyutong@example.com"))
	if res.Basics.Name != "柯雨桐" || res.Basics.Email != "keyutong@example.com" {
		t.Errorf("basics: %+v", res.Basics)
	}
}

// TestLabelWithoutValue: a form's row whose last label's value a PDF put
// elsewhere ("姓名  柯某某  性别") keeps its name; a row of column headings
// is no such row.
func TestLabelWithoutValue(t *testing.T) {
	res, _ := New(nil).Run(lines("个人简历", "姓名  柯雨桐  性别", "电话  139 0000 5813  邮箱  keyutong@example.com"))
	if res.Basics.Name != "柯雨桐" {
		t.Errorf("name %q", res.Basics.Name)
	}
	res, _ = New(nil).Run(lines("柯雨桐", "keyutong@example.com", "证书", "时间  名称  颁发单位", "2021  英语六级  教育部考试中心"))
	for _, c := range res.Certificates {
		if c.Name == "时间：名称" {
			t.Errorf("column headings read as a certificate: %+v", res.Certificates)
		}
	}
}

// TestWordsWithoutAccents: the lexicons' Latin words match the accented
// letters they are built on ("Hôtel" is a hotel, "Commis pâtissière" a
// title).
func TestWordsWithoutAccents(t *testing.T) {
	lx := NewLexicon()
	for _, tc := range []struct {
		in         string
		org, title bool
	}{
		{"Hôtel Beaumanoir", true, false},
		{"Commis pâtissière", false, true},
		{"Hotel Porter", true, true},
		{"Bistro Ardoise", true, false},
		{"Maison Verlaine", false, false},
	} {
		if got := lx.isOrg(tc.in); got != tc.org {
			t.Errorf("isOrg(%q) = %v, want %v", tc.in, got, tc.org)
		}
		if got := lx.isTitle(tc.in); got != tc.title {
			t.Errorf("isTitle(%q) = %v, want %v", tc.in, got, tc.title)
		}
	}
}

// TestEducationTrailingGrade: a grade after a dash or a wide gap at the
// end of an education field is the score, cut from the school or the
// major before it; the school's town goes apart.
func TestEducationTrailingGrade(t *testing.T) {
	for _, c := range []struct {
		name                     string
		body                     []string
		institution, area, score string
	}{
		{"a class after the school and its town", []string{"B.A. Economics  2015 – 2019", "Harrowgate University, Galway – Second Class Honours, Grade 2 (2.2)"}, "Harrowgate University", "Economics", "Second Class Honours, Grade 2 (2.2)"},
		{"a GPA after a wide gap in the major", []string{"2011.09 – 2015.06  南岭大学  本科 · 电子信息工程  GPA 3.4/4.0"}, "南岭大学", "电子信息工程", "GPA 3.4/4.0"},
		{"a dash inside a major is no grade's", []string{"Westbrook University – Computer Science", "2015 - 2019"}, "Westbrook University", "Computer Science", ""},
	} {
		res, _ := New(nil).Run(lines(append([]string{"Dana Reyes", "dana@example.com", "", "Education"}, c.body...)...))
		if len(res.Education) == 0 {
			t.Errorf("%s: no education", c.name)
			continue
		}
		e := res.Education[0]
		if got, want := []string{e.Institution, e.Area, e.Score}, []string{c.institution, c.area, c.score}; cmp.Diff(want, got) != "" {
			t.Errorf("%s: institution, area, score %q, want %q", c.name, got, want)
		}
	}
}

// TestEducationAreaNotPlaceOrNote: a field of an education header that
// names a place, a grade, a mode of study or the degree's short name again
// is no major; a major named with the degree on the next line is the
// major, over a field that stood alone after the school.
func TestEducationAreaNotPlaceOrNote(t *testing.T) {
	for _, c := range []struct {
		name string
		body []string
		area string
	}{
		{"a town after the school, the degree below", []string{"2013 - 2017", "Harrowgate University of Health Sciences, Tembor", "BSc. Clinical Chemistry (Second Class Upper Division)"}, "Clinical Chemistry"},
		{"a town and a region's code", []string{"Northbank University, Hollister ON — Bachelor of Commerce, co-op", "Sept 2019 – Apr 2023"}, ""},
		{"the degree's short name again", []string{"Westmoor University", "Bachelor of Science - BS, Horticulture", "2008 - 2012"}, "Horticulture"},
		{"a mode of study and a note on the dates", []string{"2022 – 2026 (exp.) | Bachelor of Engineering (Marine), part-time — Lakeshore Polytechnic"}, "Marine"},
		{"a grade", []string{"HSC (Science), Riverside College — 2009, GPA 5.00"}, "Science"},
		{"a region before the qualification", []string{"Bluegum High School – Alberta High School Diploma, 2010"}, ""},
		// and what is a major after all, or no major either way
		{"two capitals that are no region's", []string{"Westbrook University, Computer Science CS", "2015 - 2019"}, "Computer Science CS"},
		{"a programme's variant in brackets", []string{"Westbrook University", "MBA (Executive)", "2015 - 2017"}, ""},
		{"a date note in brackets", []string{"Westbrook University", "Bachelor of Arts (Expected May 2025)"}, ""},
		{"honours after the degree", []string{"Westbrook University, Computer Science", "B.A. Dean's List", "2015 - 2019"}, "Computer Science"},
	} {
		res, _ := New(nil).Run(lines(append([]string{"Dana Reyes", "dana@example.com", "", "Education"}, c.body...)...))
		if len(res.Education) == 0 {
			t.Errorf("%s: no education", c.name)
			continue
		}
		if got := res.Education[0].Area; got != c.area {
			t.Errorf("%s: area %q, want %q", c.name, got, c.area)
		}
	}
}

// TestCalendarAside: the calendar's name in brackets after a range is the
// range's, no field of the line.
func TestCalendarAside(t *testing.T) {
	for _, s := range []string{"105/03 – 108/11 (民國)", "105/03 – 108/11（民國）", "108/12 – 至今 (民國)"} {
		sp, ok := findSpan(s)
		if !ok || sp.To != len(s) {
			t.Errorf("findSpan(%q) = %+v, %v; want the span to the end", s, sp, ok)
		}
	}
}
