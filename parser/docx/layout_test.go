package docx

import (
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// placed is a text box that the page places, as Word writes it: a
// wp:anchor whose wp:positionH and wp:positionV, relative to hRel and
// vRel, give x and y in points ("align:right" for an alignment), w × h
// points large, in mc:Choice, and a VML copy in mc:Fallback.
func placed(hRel, x, vRel, y string, w, h int, inner string) string {
	pos := func(axis, rel, v string) string {
		if a, ok := strings.CutPrefix(v, "align:"); ok {
			return fmt.Sprintf(`<wp:position%s relativeFrom="%s"><wp:align>%s</wp:align></wp:position%s>`, axis, rel, a, axis)
		}
		n, _ := strconv.Atoi(v)
		return fmt.Sprintf(`<wp:position%s relativeFrom="%s"><wp:posOffset>%d</wp:posOffset></wp:position%s>`, axis, rel, n*12700, axis)
	}
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor simplePos="0" behindDoc="0" allowOverlap="1"><wp:simplePos x="0" y="0"/>` +
		pos("H", hRel, x) + pos("V", vRel, y) + fmt.Sprintf(`<wp:extent cx="%d" cy="%d"/>`, w*12700, h*12700) +
		`<wp:wrapNone/><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>` +
		inner + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape style="position:absolute;margin-left:0;margin-top:0;width:10pt;height:10pt"><v:textbox><w:txbxContent>` + inner +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// group is a shape group placed at x, y on the page, w × h points large,
// whose shapes use coordinates scaled by scale; shapes are wsp() results.
func group(x, y, w, h int, scale float64, shapes ...string) string {
	e := func(pt int) int { return pt * 12700 }
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wpg"><w:drawing><wp:anchor simplePos="0" behindDoc="0"><wp:simplePos x="0" y="0"/>` +
		fmt.Sprintf(`<wp:positionH relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionH><wp:positionV relativeFrom="page"><wp:posOffset>%d</wp:posOffset></wp:positionV><wp:extent cx="%d" cy="%d"/>`, e(x), e(y), e(w), e(h)) +
		`<wp:docPr id="2" name="Group 2"/><a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup">` +
		`<wpg:wgp xmlns:wpg="http://schemas.microsoft.com/office/word/2010/wordprocessingGroup"><wpg:cNvGrpSpPr/><wpg:grpSpPr><a:xfrm>` +
		fmt.Sprintf(`<a:off x="0" y="0"/><a:ext cx="%d" cy="%d"/><a:chOff x="0" y="0"/><a:chExt cx="%d" cy="%d"/>`, e(w), e(h), int(float64(e(w))*scale), int(float64(e(h))*scale)) +
		`</a:xfrm></wpg:grpSpPr>` + strings.Join(shapes, "") + `</wpg:wgp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice></mc:AlternateContent></w:r>`
}

// wsp is a text box shape of a group at x, y (group coordinates, points).
func wsp(x, y, w, h int, text string) string {
	e := func(pt int) int { return pt * 12700 }
	return fmt.Sprintf(`<wps:wsp><wps:spPr><a:xfrm><a:off x="%d" y="%d"/><a:ext cx="%d" cy="%d"/></a:xfrm><a:prstGeom prst="rect"/>`+
		`<a:extLst><a:ext uri="{91240B29-F687-4F45-9708-019B960494DF}"/></a:extLst></wps:spPr><wps:txbx><w:txbxContent>`, e(x), e(y), e(w), e(h)) +
		p(r(text)) + `</w:txbxContent></wps:txbx></wps:wsp>`
}

// vmlBox is a text box in VML only (Word 2003-style files, LibreOffice
// frames) with the given style.
func vmlBox(style, inner string) string {
	return `<w:r><w:pict><v:shape style="` + style + `"><v:textbox><w:txbxContent>` + inner + `</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`
}

// TestPlacedBoxes checks that text boxes are read where the page puts
// them, whatever their order in the XML: a page built from boxes reads
// top to bottom, the left column before the right one.
func TestPlacedBoxes(t *testing.T) {
	pageBox := func(x, y, w, h int, text ...string) string {
		var inner string
		for _, s := range text {
			inner += p(r(s))
		}
		return placed("page", strconv.Itoa(x), "page", strconv.Itoa(y), w, h, inner)
	}
	tests := []struct {
		name string
		body string
		want []string
	}{
		{
			name: "two columns of boxes, all anchored in the first paragraph, stored in no order",
			body: p(
				pageBox(300, 200, 260, 30, "工作经历"),
				pageBox(40, 240, 200, 120, "北京大学", "计算机科学 本科"),
				pageBox(300, 240, 260, 140, "星云科技 后端工程师", "负责订单系统"),
				pageBox(40, 40, 520, 80, "王小明", "电话 138 0000 0000"),
				pageBox(40, 200, 200, 30, "教育背景"),
				pageBox(300, 420, 260, 30, "项目经历"),
				pageBox(40, 400, 200, 30, "技能"),
				pageBox(300, 460, 260, 100, "支付网关重构"),
				pageBox(40, 440, 200, 60, "Go, MySQL"),
			) + p() + p(),
			want: []string{
				"王小明", "电话 138 0000 0000",
				"教育背景", "北京大学", "计算机科学 本科", "技能", "Go, MySQL",
				"工作经历", "星云科技 后端工程师", "负责订单系统", "项目经历", "支付网关重构",
			},
		},
		{
			name: "boxes relative to their paragraphs, anchored in empty paragraphs",
			body: p(placed("column", "0", "paragraph", "40", 400, 60, p(r("Built the billing service")))) +
				p(placed("column", "0", "paragraph", "0", 400, 20, p(rb("Experience")))) +
				p() + p() + p() + p() + p() + p() + p() + p() +
				p(placed("column", "0", "paragraph", "0", 400, 20, p(rb("Education")))),
			want: []string{"Experience", "Built the billing service", "Education"},
		},
		{
			name: "a date box beside each title box reads row by row",
			body: p(
				pageBox(420, 100, 120, 20, "2019 – 2021"),
				pageBox(420, 160, 120, 20, "2016 – 2019"),
				pageBox(420, 220, 120, 20, "2014 – 2016"),
				pageBox(60, 100, 300, 40, "Acme, engineer"),
				pageBox(60, 160, 300, 40, "Globex, intern"),
				pageBox(60, 220, 300, 40, "Initech, trainee"),
			),
			want: []string{"Acme, engineer", "2019 – 2021", "Globex, intern", "2016 – 2019", "Initech, trainee", "2014 – 2016"},
		},
		{
			name: "aligned to the margins",
			body: p(
				placed("margin", "align:right", "margin", "align:top", 150, 60, p(r("right sidebar"))),
				placed("margin", "align:left", "margin", "align:top", 300, 60, p(r("left main"))),
			),
			want: []string{"left main", "right sidebar"},
		},
		{
			name: "VML shapes positioned by their style",
			body: p(
				vmlBox("position:absolute;margin-left:4in;margin-top:100pt;width:150pt;height:80pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page", p(r("right column"))),
				vmlBox("position:absolute;margin-left:36pt;margin-top:3.5cm;width:150pt;height:80pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page", p(r("left column"))),
				vmlBox("position:absolute;margin-left:36pt;margin-top:20pt;width:500pt;height:40pt;mso-position-horizontal-relative:page;mso-position-vertical-relative:page", p(r("banner"))),
			),
			want: []string{"banner", "left column", "right column"},
		},
		{
			name: "body text with a box placed above it in the top margin",
			body: p(r("Jane Doe")) + p(r("Backend engineer")) +
				p(r("Experience"), pageBox(400, 20, 180, 40, "jane@example.com")),
			want: []string{"jane@example.com", "Jane Doe", "Backend engineer", "Experience"},
		},
		{
			name: "boxes stay on their page",
			body: p(r("Page one text"), pageBox(40, 40, 500, 40, "page one box")) +
				p(`<w:r><w:lastRenderedPageBreak/><w:t>Page two text</w:t></w:r>`, pageBox(40, 40, 500, 40, "page two box")),
			want: []string{"page one box", "Page one text", "page two box", "Page two text"},
		},
		{
			name: "shapes of a group stand where the group puts them",
			body: p(group(40, 100, 520, 300, 2,
				wsp(600, 0, 400, 60, "Experience"),
				wsp(0, 80, 400, 200, "Skills list"),
				wsp(600, 80, 400, 200, "Acme, 2019 – 2021"),
				wsp(0, 0, 400, 60, "Skills"),
			)),
			want: []string{"Skills", "Skills list", "Experience", "Acme, 2019 – 2021"},
		},
		{
			name: "unplaced and inline boxes follow their paragraph",
			body: p(r("Anchor"), textbox(p(r("boxed")))) + p(r("after")),
			want: []string{"Anchor", "boxed", "after"},
		},
		{
			name: "placed boxes in a table cell read in order among themselves",
			body: tbl([]string{p(pageBox(300, 100, 100, 20, "second"), pageBox(40, 100, 100, 20, "first")), p(r("cell"))}),
			want: []string{"first second | cell"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(makeDOCX(t, body(tt.body)))
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			var got []string
			for _, l := range d.Lines {
				got = append(got, l.Text)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
			}
		})
	}
}

// TestBoxesSetApart checks that a placed box's text is a block of its
// own (blank before it and after it).
func TestBoxesSetApart(t *testing.T) {
	data := makeDOCX(t, body(p(r("Name"))+p(r("Summary"), placed("column", "0", "paragraph", "0", 400, 40, p(r("boxed"))))+p(r("After"))))
	d, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	want := "line 1\tName\nline 2\tSummary\nline 3 [blank-before]\tboxed\nline 4 [blank-before]\tAfter\n"
	if diff := cmp.Diff(want, d.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestColumns checks a two-column section (w:cols): the XML holds the
// left column first, and a column break or the section's end sets the
// text after it apart.
func TestColumns(t *testing.T) {
	doc := pp(`<w:sectPr><w:type w:val="continuous"/></w:sectPr>`, r("Jane Doe")) +
		p(rb("Skills")) + p(r("Go, SQL"), `<w:r><w:br w:type="column"/></w:r>`, rb("Experience")) +
		p(r("Acme, 2019 – 2021")) +
		pp(`<w:sectPr><w:type w:val="continuous"/><w:cols w:num="2" w:space="720"/></w:sectPr>`) +
		p(r("References on request"))
	d, err := Parse(makeDOCX(t, body(doc)))
	if err != nil {
		t.Fatal(err)
	}
	want := "line 1\tJane Doe\n" +
		"line 2 [bold blank-before]\tSkills\n" +
		"line 3\tGo, SQL\n" +
		"line 4 [bold blank-before]\tExperience\n" +
		"line 5\tAcme, 2019 – 2021\n" +
		"line 6 [blank-before]\tReferences on request\n"
	if diff := cmp.Diff(want, d.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

func TestReadingOrderUnits(t *testing.T) {
	for _, tt := range []struct {
		in   string
		want float64
		ok   bool
	}{
		{"12pt", 12, true}, {"1in", 72, true}, {"2.54cm", 72, true}, {"-10.5pt", -10.5, true},
		{"8px", 6, true}, {"3", 3, true}, {"", 0, false}, {"12furlongs", 0, false}, {"1e400pt", 0, false},
	} {
		got, ok := cssLength(tt.in)
		if ok != tt.ok || ok && (got-tt.want > 1e-9 || tt.want-got > 1e-9) {
			t.Errorf("cssLength(%q) = %v, %v; want %v, %v", tt.in, got, ok, tt.want, tt.ok)
		}
	}
}
