package parser

import (
	"context"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

func TestSplitTextColumns(t *testing.T) {
	twoCol := `Dana Reyes
Staff Engineer

CONTACT                      Summary
Phone                        Engineer who keeps pagers quiet and
555 0100                     ships small tools.
Email
                             who likes small teams and long walks.
                             Experience
dana@example.org
                             Staff Engineer             2020 – Now
SKILLS                       Acme Corp • Seattle
Go, Python                    • Led the platform team
Kubernetes                    • Cut pages by half
`
	oneCol := `Dana Reyes

Experience
Staff Engineer                                   2020 – Now
Acme Corp
 • Led the platform team of twelve engineers across three sites
 • Cut pages by half
Engineer                                         2016 – 2020
Initech
 • Built the billing service
`
	labels := `Personal information
        Name / Surname     Dana Reyes
               Address     Seattle
             Telephone     555 0100
      Desired position     Staff Engineer

         Experience
                 Dates     2020 – Now
   Occupation or position  Staff Engineer
                  held
      Name of employer     Acme Corp
   Main activities and     Led the platform team and kept the
      responsibilities     pagers quiet for three years.
                           – Cut pages by half
                           – Built the paging bot
`
	datesRight := `Dana Reyes

WORK EXPERIENCE
Lead Data Scientist, Forecasting at London
                                                              SEP 2020 - NOW
   Lead a team of five building demand forecasts for 900 stores.
Data Scientist at Bristol
                                                         JAN 2017 — AUG 2020
       Developed claim fraud models that recovered money
Postdoc at Manchester
                                                         OCT 2015 — DEC 2016
EDUCATION
Northbridge University
Applied Statistics
                                                         OCT 2011 — SEP 2015
`
	cards := `// Selected projects

 Palette Forge                                       2023    Nightjar Design System                        2021 – 2024
 A color-palette generator that checks every pair            Creator & maintainer
 against WCAG contrast rules as you drag.                    Papel Studio's component library, with tokens
   Featured in two design newsletters this year              in three themes and documented in Storybook.
   Color math runs in a Web Worker, so dragging              Adopted by seven product teams at the studio.
`
	thenFull := `EXPERIENCE                                       EDUCATION
Kestrel Labs                  2021 – Present     Bayview University       2016 – 2018
Senior Data Scientist                            M.S. Statistics
  Own the readmission models used across
  fourteen partner hospitals in the region.
                                                 SKILLS
                                                 Modeling    XGBoost, PyMC
  Mentor four junior data scientists and run     Data        SQL, Spark, dbt
  the weekly modeling review for the team.       Viz         Plotly, Tableau
                                                 Languages used at work daily
                                                 English and Tamil and Hindi


PROJECTS
Readmission Risk Model                                                     01/2022 – 11/2022
Role: Lead modeler
A risk score for discharge planners, replacing a rules-based checklist.
`
	sidebarDates := `CONTACT                 Experience
Phone                   Staff Engineer at Acme Corp in Seattle
555 0100                                                2020 – Now
Email
dana@example.org        Led the platform team of twelve engineers
                        and cut the pages of the on-call rotation.
SKILLS                  Engineer at Initech in Portland, Oregon
Go, Python                                              2016 – 2020
Kubernetes
                        Built the billing service and its tooling
                        for the finance team and the auditors.
`
	dateColumn := `Work Experience

2023 — Now             Product Designer at Loomwise             ↗
                       Shanghai
                       Own the approval and form products and the design
                       system behind them, 120 components so far.

2022 — 2023            UX Design Intern at Tangram Labs       ↗
                       Remote
                       Ran 14 usability sessions for a labelling tool.

Side Projects

2024                   ZH Type Scale               ↗
                       Figma plugin · sole author
`
	formDates := `求   职
应聘岗位：仓储主管 / 物流经理             工作地点：嘉兴、湖州

履   历

2003 年 9 月至 2006 年 7 月   江南交通高等专科学校        物流管理    大专
2006 年 7 月至 2011 年 3 月   海宁恒远物流有限公司        仓储部   理货员
                         负责入库验收、库位调整和每周盘点，记录出入库台账。
2009 年 3 月至 2012 年 1 月   东湖理工大学（函授）        物流工程    本科
2011 年 4 月至 2015 年 8 月   嘉禾供应链有限公司          华东分拨中心    仓储组长
                         带一个班组 6 人，负责分拣、装车和夜班交接。
2015 年 9 月至今             嘉禾供应链有限公司          嘉兴中心仓   仓储主管
                         全面负责中心仓的安全、库存准确率和人员排班。
`
	shortYears := `Work experience

Sept '22 - present    Classroom Assistant (junior class)
                      Loughmore National School, Ennis
                      - Support four pupils with reading, writing and
                        self-care as set out in their plans
                      - Use visual timetables and signing with the class

Sept '21 - June '22   Classroom Assistant
                      Scoil Lughaidh, Kilfenora
                      - Shared support for two pupils in senior infants

'19 - '21             Care Assistant (part-time, weekends)
                      Lisdoon Nursing Home, Kilrush
                      - Personal care and mobility for residents

Summers '16 & '17     Play Leader, Burren Play Scheme, Ennis


Education

2020 - 2021   QQI Level 6 Certificate in Childcare
              Ardnagh College of Further Education, Ennis
2014 - 2020   Leaving Certificate
              Inis Community College, Ennis
`
	headingGutter := `Profile              Site surveyor for wind farms and solar parks in the north,
                     with eight years on the tools and three running crews
                     across the Highlands and the islands.
SURVEY LICENCES
Region               Licence / number                                   Expires
Scotland             Land surveyor, class B  - No. 00412                09/2027
England              Drone operator (GVC)  - No. 77310                  03/2026
EXPERIENCE
2019/04 – present    Lead Site Surveyor                                 Elgin
                     Glenmorrow Renewables
                     – Set out turbine bases and crane pads on six sites
                       for two main contractors.
2015/09 – 2019/03    Assistant Surveyor                                 Perth
                     Tayside Civil Partners
                     – Ran the total station and the GNSS rover for
                       road and bridge works.
EDUCATION
2011 – 2015          BSc Geography                                      Aberdeen
`
	capsSidebar := `BRONAGH TELFER
Hydrologist

CONTACT                 Profile
bronagh@example.org     Hydrologist who models floods for river trusts
07700 900321            and councils in the north of England.
SKILLS
HEC-RAS                 Experience
Flood Modeller          Senior Hydrologist, Wyvern Catchment Trust
QGIS                    2020 – present
LANGUAGES               Built the flood models for three river basins
English                 and trained the trust's field officers.
Irish
                        Hydrologist, Lune Valley Council
                        2016 – 2020
                        Kept the gauge records and wrote the reports
                        for the flood defence schemes on the estuary.
`
	tests := []struct {
		name, in string
		want     []string
	}{
		{"a sidebar with headings in capitals and the contact details beside a main column", capsSidebar, []string{
			"BRONAGH TELFER", "Hydrologist", "", "CONTACT", "bronagh@example.org", "07700 900321", "SKILLS", "HEC-RAS", "Flood Modeller", "QGIS", "LANGUAGES", "English",
			"Irish", "", "Profile", "Hydrologist who models floods for river trusts", "and councils in the north of England.", "Experience", "Senior Hydrologist, Wyvern Catchment Trust",
			"2020 – present", "Built the flood models for three river basins", "and trained the trust's field officers.", "Hydrologist, Lune Valley Council", "2016 – 2020",
			"Kept the gauge records and wrote the reports", "for the flood defence schemes on the estuary.",
		}},
		{"a gutter of labels and dates under headings in capitals is read across", headingGutter, strings.Split(strings.TrimRight(headingGutter, "\n"), "\n")},
		{"a column of dates beside its entries is read across", dateColumn, strings.Split(strings.TrimRight(dateColumn, "\n"), "\n")},
		{"a column of years written with two digits after an apostrophe is read across", shortYears, strings.Split(strings.TrimRight(shortYears, "\n"), "\n")},
		{"a column of dates under a form's row of labels is read across", formDates, strings.Split(strings.TrimRight(formDates, "\n"), "\n")},
		{"a sidebar beside dates set flush right in the main column", sidebarDates, []string{
			"CONTACT", "Phone", "555 0100", "Email", "dana@example.org", "SKILLS", "Go, Python", "Kubernetes",
			"Experience", "Staff Engineer at Acme Corp in Seattle", "2020 – Now", "Led the platform team of twelve engineers", "and cut the pages of the on-call rotation.",
			"Engineer at Initech in Portland, Oregon", "2016 – 2020", "Built the billing service and its tooling", "for the finance team and the auditors.",
		}},
		{"columns, then full-width text whose dates stand flush right", thenFull, []string{
			"EXPERIENCE", "Kestrel Labs                  2021 – Present", "Senior Data Scientist", "Own the readmission models used across", "fourteen partner hospitals in the region.",
			"Mentor four junior data scientists and run", "the weekly modeling review for the team.", "", "",
			"EDUCATION", "Bayview University       2016 – 2018", "M.S. Statistics", "SKILLS", "Modeling    XGBoost, PyMC", "Data        SQL, Spark, dbt",
			"Viz         Plotly, Tableau", "Languages used at work daily", "English and Tamil and Hindi", "", "",
			"PROJECTS", "Readmission Risk Model                                                     01/2022 – 11/2022", "Role: Lead modeler",
			"A risk score for discharge planners, replacing a rules-based checklist.",
		}},
		{"sidebar and main column", twoCol, []string{
			"Dana Reyes", "Staff Engineer", "", "CONTACT", "Phone", "555 0100", "Email", "dana@example.org", "SKILLS", "Go, Python", "Kubernetes", "",
			"Summary", "Engineer who keeps pagers quiet and", "ships small tools.", "who likes small teams and long walks.", "Experience", "Staff Engineer             2020 – Now", "Acme Corp • Seattle", "• Led the platform team", "• Cut pages by half",
		}},
		{"right-aligned dates stay on their line", oneCol, strings.Split(strings.TrimRight(oneCol, "\n"), "\n")},
		{"a grid of cards is read card by card", cards, []string{"// Selected projects", "",
			"Palette Forge                                       2023", "A color-palette generator that checks every pair", "against WCAG contrast rules as you drag.",
			"Featured in two design newsletters this year", "Color math runs in a Web Worker, so dragging", "",
			"Nightjar Design System                        2021 – 2024", "Creator & maintainer", "Papel Studio's component library, with tokens",
			"in three themes and documented in Storybook.", "Adopted by seven product teams at the studio."}},
		{"a column of labels is read across", labels, strings.Split(strings.TrimRight(labels, "\n"), "\n")},
		{"dates on lines of their own at the right are no column", datesRight, strings.Split(strings.TrimRight(datesRight, "\n"), "\n")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var got []string
			for _, l := range splitTextColumns(context.Background(), splitLines(strings.TrimRight(tt.in, "\n"))) {
				got = append(got, strings.TrimSpace(l.text))
			}
			want := make([]string, len(tt.want))
			for i, w := range tt.want {
				want[i] = strings.TrimSpace(w)
			}
			if diff := cmp.Diff(want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s", diff)
			}
		})
	}
}

// TestGutters checks the gutters a page could be split at: where four rows
// have a gap of two spaces, or two rows start on the right.
func TestGutters(t *testing.T) {
	rows := func(lines ...string) ([]textRow, int) {
		var out []textRow
		width := 0
		for _, l := range lines {
			rs := []rune(strings.TrimRight(l, " "))
			lead := 0
			for lead < len(rs) && rs[lead] == ' ' {
				lead++
			}
			out = append(out, textRow{runes: rs, lead: lead})
			width = max(width, len(rs))
		}
		return out, width
	}
	open := func(ok []bool) []int {
		var cs []int
		for c, o := range ok {
			if o {
				cs = append(cs, c)
			}
		}
		return cs
	}
	for _, tt := range []struct {
		name  string
		lines []string
		want  []int
	}{
		// (every row starts at 0 or after: gutter 0 is always open)
		{"prose", []string{"one two three", "four five six", "seven eight"}, []int{0}},
		{"three gapped rows", []string{"ab   cd", "ab   cd", "ab   cd", "abcdefg"}, []int{0}},
		{"four gapped rows", []string{"ab   cd", "ab   cd", "ab   cd", "ab    cd"}, []int{0, 3, 4}},
		{"two right-only rows", []string{"abcdef", "   xy", "   xy", "ab"}, []int{0, 1, 2, 3}},
		{"one right-only row", []string{"abcdef", "   xy", "ab"}, []int{0}},
	} {
		rs, w := rows(tt.lines...)
		if d := cmp.Diff(tt.want, open(gutters(rs, w))); d != "" {
			t.Errorf("%s: (-want +got)\n%s", tt.name, d)
		}
	}
}
