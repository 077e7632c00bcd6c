package extract

import (
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// pdfRow is a PDF line of fields at the given left edges (points), set
// apart by wide gaps as the PDF adapter sets them.
func pdfRow(n int, st doc.Style, fields ...any) doc.Line {
	l := doc.Line{Pos: doc.Pos{Page: 1, Line: n}, Size: st.Size, Bold: st.Bold}
	var texts []string
	for i := 0; i+1 < len(fields); i += 2 {
		x, text := fields[i].(float64), fields[i+1].(string)
		l.Spans = append(l.Spans, doc.Span{Text: text, Style: st, X: x, Box: i > 0})
		texts = append(texts, text)
	}
	l.Text = strings.Join(texts, "  ")
	l.X = l.Spans[0].X
	if len(l.Spans) == 1 {
		l.Spans = nil
	}
	return l
}

func workRows(w []struct{ Name, Position, StartDate, EndDate string }) []string {
	var out []string
	for _, e := range w {
		out = append(out, fmt.Sprintf("%s | %s | %s | %s", e.Name, e.Position, e.StartDate, e.EndDate))
	}
	return out
}

func TestTypedTables(t *testing.T) {
	plain := doc.Style{Size: 10}
	bold := doc.Style{Size: 10, Bold: true}
	heading := doc.Style{Size: 12, Bold: true}
	head := func(n int) doc.Line {
		return pdfRow(n, bold, 50.0, "From", 110.0, "To", 170.0, "Company", 280.0, "Post")
	}
	contact := doc.Line{Text: "Oriel Banfield · oriel@example.com", Pos: doc.Pos{Page: 1, Line: 1}, X: 50, Size: 10}
	tests := []struct {
		name  string
		doc   *doc.Document
		want  []string
		notIn string // text no work entry may hold
	}{
		{"PDF: cells wrapped under their columns join their row",
			&doc.Document{Format: doc.PDF, Lines: []doc.Line{contact,
				pdfRow(2, heading, 50.0, "Employment"),
				head(3),
				pdfRow(4, plain, 50.0, "Oct 2019", 110.0, "now", 170.0, "Kestrel Vale", 280.0, "Train Driver"),
				pdfRow(5, plain, 170.0, "Rail"),
				pdfRow(6, plain, 50.0, "Jun 2016", 110.0, "Sep 2019", 170.0, "Harrowgate", 280.0, "Senior"),
				pdfRow(7, plain, 170.0, "Carriage Works", 280.0, "Conductor"),
				pdfRow(8, heading, 50.0, "Routes"),
				pdfRow(9, plain, 50.0, "Crewe to Holyhead and the Marches line, signed off 2021."),
				pdfRow(10, heading, 50.0, "Education"),
				pdfRow(11, plain, 50.0, "BSc Geography, Fenwick University, 2012"),
			}},
			[]string{"Kestrel Vale Rail | Train Driver | 2019-10 | ", "Harrowgate Carriage Works | Senior Conductor | 2016-06 | 2019-09"},
			"Routes"},
		{"PDF: a wrapped name beside a wrapped cell opens no row when the table has dates",
			&doc.Document{Format: doc.PDF, Lines: []doc.Line{contact,
				pdfRow(2, heading, 50.0, "Employment"),
				pdfRow(3, bold, 50.0, "Employer", 200.0, "Position", 320.0, "Year"),
				pdfRow(4, plain, 50.0, "Quillon Freight", 200.0, "Yard Planner", 320.0, "2021"),
				pdfRow(5, plain, 50.0, "Services Ltd", 200.0, "(nights)"),
				pdfRow(6, plain, 50.0, "Tamsett Haulage", 200.0, "Driver's Mate", 320.0, "2019"),
			}},
			[]string{"Quillon Freight Services Ltd | Yard Planner (nights) | 2021 | ", "Tamsett Haulage | Driver's Mate | 2019 | "},
			""},
		{"PDF: a column heading in two languages with a gap inside",
			&doc.Document{Format: doc.PDF, Lines: []doc.Line{contact,
				pdfRow(2, heading, 50.0, "工作经历 Experience"),
				{Text: "时间 Period  公司 Company  职位  Title", Pos: doc.Pos{Page: 1, Line: 3}, Size: 10, X: 50, Spans: []doc.Span{
					{Text: "时间 Period", Style: plain, X: 50}, {Text: "公司 Company", Style: plain, X: 150, Box: true},
					{Text: "职位", Style: plain, X: 300, Box: true}, {Text: "Title", Style: plain, X: 330}}},
				pdfRow(4, plain, 50.0, "2021.04 – 至今", 150.0, "青岚物流 Qinglan E-", 300.0, "仓库主管 Warehouse"),
				pdfRow(5, plain, 150.0, "commerce", 300.0, "Lead"),
			}},
			[]string{"青岚物流 Qinglan E-commerce | 仓库主管 Warehouse Lead | 2021-04 | "},
			"职位"},
		{"PDF: a period written with a dash leader, a name wrapped under its column",
			&doc.Document{Format: doc.PDF, Lines: []doc.Line{contact,
				pdfRow(2, heading, 50.0, "工作经历"),
				pdfRow(3, plain, 50.0, "时间", 150.0, "公司", 300.0, "职位"),
				pdfRow(4, plain, 50.0, "2012.6 ---- 2017.2", 150.0, "青岚微电子科技", 300.0, "工程师"),
				pdfRow(5, plain, 150.0, "有限公司"),
			}},
			[]string{"青岚微电子科技有限公司 | 工程师 | 2012-06 | 2017-02"},
			""},
		{"text: the same table typed in columns",
			&doc.Document{Format: doc.Text, Lines: []doc.Line{
				{Text: "Oriel Banfield · oriel@example.com", Pos: doc.Pos{Line: 1}},
				{Text: "EMPLOYMENT", Pos: doc.Pos{Line: 2}},
				{Text: "From      To        Company       Post", Pos: doc.Pos{Line: 3}},
				{Text: "Oct 2019  now       Kestrel Vale  Train Driver", Pos: doc.Pos{Line: 4}},
				{Text: "Rail", Indent: 20, Pos: doc.Pos{Line: 5}},
				{Text: "Jun 2016  Sep 2019  Harrowgate    Senior", Pos: doc.Pos{Line: 6}},
				{Text: "Carriage      Conductor", Indent: 20, Pos: doc.Pos{Line: 7}},
				{Text: "Works", Indent: 20, Pos: doc.Pos{Line: 8}},
				{Text: "I drove the first electric service on the branch and trained six new drivers on it.", Pos: doc.Pos{Line: 9}, Blank: true},
			}},
			[]string{"Kestrel Vale Rail | Train Driver | 2019-10 | ", "Harrowgate Carriage Works | Senior Conductor | 2016-06 | 2019-09"},
			""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			res, _ := New(nil).Run(tt.doc)
			var got []struct{ Name, Position, StartDate, EndDate string }
			for _, w := range res.Work {
				got = append(got, struct{ Name, Position, StartDate, EndDate string }{w.Name, w.Position, w.StartDate, w.EndDate})
				if tt.notIn != "" && strings.Contains(fmt.Sprint(w), tt.notIn) {
					t.Errorf("work entry holds %q: %+v", tt.notIn, w)
				}
			}
			if diff := cmp.Diff(tt.want, workRows(got)); diff != "" {
				t.Errorf("work (-want +got):\n%s", diff)
			}
		})
	}
}

// TestTypedTablesCells checks the cells the pass makes: none under a row
// that names no columns, and a label under the table left out of the row.
func TestTypedTablesCells(t *testing.T) {
	plain := doc.Style{Size: 10}
	tests := []struct {
		name  string
		lines []doc.Line
		want  [][]string // the cells of each line, nil for a line without
	}{
		{"no column headings", []doc.Line{
			pdfRow(1, doc.Style{Size: 10, Bold: true}, 50.0, "Go", 110.0, "Rust", 170.0, "Kafka"),
			pdfRow(2, plain, 50.0, "Oct 2019", 110.0, "now", 170.0, "Kestrel Vale"),
		}, [][]string{nil, nil}},
		{"a label under the table", []doc.Line{
			pdfRow(1, plain, 50.0, "时间", 150.0, "公司", 300.0, "职位"),
			pdfRow(2, plain, 50.0, "2021.07 - 至今", 150.0, "青岚微电子有限公司", 300.0, "嵌入式软件工程师"),
			pdfRow(3, plain, 50.0, "工作描述："),
		}, [][]string{{"时间", "公司", "职位"}, {"2021.07 - 至今", "青岚微电子有限公司", "嵌入式软件工程师"}, nil}},
		{"a Chinese name wrapped, and words alone under the dates", []doc.Line{
			pdfRow(1, plain, 50.0, "时间", 150.0, "公司", 300.0, "职位"),
			pdfRow(2, plain, 50.0, "2021.07 - 至今", 150.0, "青岚微电子科技", 300.0, "工程师"),
			pdfRow(3, plain, 150.0, "有限公司"),
			pdfRow(4, plain, 50.0, "(夜班)"),
		}, [][]string{{"时间", "公司", "职位"}, {"2021.07 - 至今", "青岚微电子科技有限公司", "工程师"}, nil}},
		{"a spaced dash at a cell's end is no hyphen", []doc.Line{
			pdfRow(1, plain, 50.0, "时间", 150.0, "公司", 300.0, "职位"),
			pdfRow(2, plain, 50.0, "2021.04 – 至今", 150.0, "Quillfeather Ltd -", 300.0, "Analyst"),
			pdfRow(3, plain, 150.0, "London"),
		}, [][]string{{"时间", "公司", "职位"}, {"2021.04 – 至今", "Quillfeather Ltd - London", "Analyst"}}},
		{"a word wrapped at its hyphen", []doc.Line{
			pdfRow(1, plain, 50.0, "时间", 150.0, "公司", 300.0, "职位"),
			pdfRow(2, plain, 50.0, "2021.04 – 至今", 150.0, "Quillfeather E-", 300.0, "Analyst"),
			pdfRow(3, plain, 150.0, "commerce"),
		}, [][]string{{"时间", "公司", "职位"}, {"2021.04 – 至今", "Quillfeather E-commerce", "Analyst"}}},
		{"headings centred over their cells; a cell with a gap inside", []doc.Line{
			pdfRow(1, plain, 134.0, "证书名称", 308.0, "等级", 425.0, "签发日期", 500.0, "有效期至"),
			{Text: "叉车司机证  N1  3吨以下  2021-09-15  2026-09-14", Pos: doc.Pos{Page: 1, Line: 2}, Size: 10, X: 59, Spans: []doc.Span{
				{Text: "叉车司机证", Style: plain, X: 59},
				{Text: "N1", Style: plain, X: 256, Box: true},
				{Text: "3吨以下", Style: plain, X: 280},
				{Text: "2021-09-15", Style: plain, X: 412, Box: true},
				{Text: "2026-09-14", Style: plain, X: 486, Box: true},
			}},
		}, [][]string{{"证书名称", "等级", "签发日期", "有效期至"}, {"叉车司机证", "N1 3吨以下", "2021-09-15", "2026-09-14"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New(nil)
			r := &run{x: x, lx: x.lx, typeset: true}
			var ls []*line
			for _, dl := range tt.lines {
				ls = append(ls, &line{Line: dl, text: strings.Join(strings.Fields(dl.Text), " "), raw: dl.Text})
			}
			var got [][]string
			for _, l := range r.typedTables(ls) {
				got = append(got, l.Cells)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("cells (-want +got):\n%s", diff)
			}
		})
	}
}

// TestStackedTables checks tables saved as text a cell a line: the
// headings and the rows under them become table rows; lines under no
// headings, or without a date where the dates stand, stay lines.
func TestStackedTables(t *testing.T) {
	tests := []struct {
		name string
		in   []string
		want [][]string // the cells of each line out, nil for a line without
	}{
		{"headings, then two rows", []string{"Examination", "Board / University", "Year", "B.Com", "Saryu University, Lucknow", "2016", "Intermediate (12th)", "U.P. Board", "2013"},
			[][]string{{"Examination", "Board / University", "Year"}, {"B.Com", "Saryu University, Lucknow", "2016"}, {"Intermediate (12th)", "U.P. Board", "2013"}}},
		{"no date under Year: no row", []string{"Examination", "Board / University", "Year", "B.Com", "Saryu University", "First class"},
			[][]string{nil, nil, nil, nil, nil, nil}},
		{"short lines that head no columns", []string{"Go", "Rust", "Kafka", "2019", "2020", "2021"},
			[][]string{nil, nil, nil, nil, nil, nil}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			x := New(nil)
			r := &run{x: x, lx: x.lx, plain: true}
			var ls []*line
			for i, s := range tt.in {
				ls = append(ls, &line{Line: doc.Line{Text: s, Pos: doc.Pos{Line: i + 1}}, text: s, raw: s, runes: len([]rune(s))})
			}
			var got [][]string
			for _, l := range r.stackedTables(ls) {
				got = append(got, l.Cells)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("cells (-want +got):\n%s", diff)
			}
		})
	}
}
