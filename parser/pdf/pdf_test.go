package pdf

import (
	"bytes"
	"errors"
	"fmt"
	"math/rand"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/resumex/resumex/doc"
)

// texts returns the lines' texts, with the marker in front when present.
func texts(d *doc.Document) []string {
	var out []string
	for _, l := range d.Lines {
		t := l.Text
		if l.Marker != "" {
			t = l.Marker + " " + t
		}
		out = append(out, t)
	}
	return out
}

func parseOK(t *testing.T, data []byte) *doc.Document {
	t.Helper()
	d, err := Parse(data, Options{})
	if err != nil {
		t.Fatalf("Parse: %v", err)
	}
	return d
}

// hint is the subset of a line's hints a case checks.
type hint struct {
	Text    string
	Heading int
	Bold    bool
	Size    float64
	Blank   bool
	Indent  int
	Page    int
}

func hints(d *doc.Document) []hint {
	var out []hint
	for _, l := range d.Lines {
		out = append(out, hint{l.Text, l.Heading, l.Bold, l.Size, l.Blank, l.Indent, l.Pos.Page})
	}
	return out
}

func TestParseTexts(t *testing.T) {
	tests := []struct {
		name  string
		pdf   func() []byte
		want  []string
		check func(t *testing.T, d *doc.Document)
	}{
		{
			name: "helvetica lines, heading, bold, blank",
			pdf: func() []byte {
				c := tx("F2", 22, 72, 720, "Jane Doe") +
					tx("F1", 10, 72, 700, "Backend engineer, Berlin") +
					tx("F2", 13, 72, 670, "EXPERIENCE") +
					tx("F2", 10, 72, 652, "Acme GmbH") +
					tx("F1", 10, 72, 640, "Built the billing pipeline.") +
					tx("F1", 10, 82, 628, "Indented detail line.")
				return build(nil, []page{{content: c}})
			},
			check: func(t *testing.T, d *doc.Document) {
				want := []hint{
					{"Jane Doe", 1, true, 22, false, 0, 1},
					{"Backend engineer, Berlin", 0, false, 10, false, 0, 1},
					{"EXPERIENCE", 2, true, 13, true, 0, 1},
					{"Acme GmbH", 0, true, 10, false, 0, 1},
					{"Built the billing pipeline.", 0, false, 10, false, 0, 1},
					{"Indented detail line.", 0, false, 10, false, 2, 1},
				}
				if diff := cmp.Diff(want, hints(d)); diff != "" {
					t.Errorf("hints (-want +got):\n%s", diff)
				}
				if x := d.Lines[5].X; x != 82 {
					t.Errorf("X = %v, want 82", x)
				}
			},
		},
		{
			name: "type3 font decoded through ToUnicode (Chromium CJK)",
			pdf: func() []byte {
				f := &pdfFile{}
				t3 := f.addType3CJK("张伟长")
				c := "BT /T3 20 Tf 1 0 0 1 72 700 Tm <0102> Tj ET\n" +
					// glyph by glyph, as Chromium writes: a Td per glyph
					"BT /T3 10 Tf 1 0 0 1 72 680 Tm <03> Tj 10 0 Td <02> Tj 10 0 Td <01> Tj ET\n" +
					tx("F1", 10, 108, 680, "Zhang")
				return build(f, []page{{content: c, fonts: map[string]int{"T3": t3}}})
			},
			want: []string{"张伟", "长伟张 Zhang"},
		},
		{
			name: "type0 Identity-H with bfrange, array form and surrogates",
			pdf: func() []byte {
				f := &pdfFile{}
				t0 := f.addType0()
				// "HELLO" space "é" "ß" "𝒳", then an unmapped code 0x0100
				c := hx("T0", 12, 72, 700, "00080005000C000C000F001E001B001C001D0100")
				return build(f, []page{{content: c, fonts: map[string]int{"T0": t0}}})
			},
			check: func(t *testing.T, d *doc.Document) {
				if diff := cmp.Diff([]string{"HELLO éß𝒳"}, texts(d)); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				if !d.Lines[0].Bold {
					t.Error("FontWeight 700 font not bold")
				}
			},
		},
		{
			name: "TJ kerning: large adjustments are spaces, small ones are not",
			pdf: func() []byte {
				c := "BT /F1 10 Tf 72 700 Td [(Senior) -280 (Soft) -15 (ware) 30 ( ) -50 (Engineer)] TJ ET\n" +
					"BT /F1 10 Tf 72 686 Td [(W) 80 (orld) -1000 (Wide)] TJ ET\n"
				return build(nil, []page{{content: c}})
			},
			want: []string{"Senior Software Engineer", "World Wide"},
		},
		{
			name: "separately placed glyphs re-join into words",
			pdf: func() []byte {
				c := glyphByGlyph("F1", 10, 72, 700, "Kubernetes and Go", 0.2) +
					glyphByGlyph("F2", 12, 72, 680, "SKILLS", 0.6) +
					// letter-spaced heading (0.3 em tracking, a space glyph between words)
					"BT /F2 12 Tf 3.6 Tc 72 660 Td (WORK EXPERIENCE) Tj ET\n"
				return build(nil, []page{{content: c}})
			},
			want: []string{"Kubernetes and Go", "SKILLS", "WORK EXPERIENCE"},
		},
		{
			name: "right-aligned date on the company's baseline",
			pdf: func() []byte {
				var b strings.Builder
				b.WriteString(tx("F2", 10, 72, 700, "Acme Corp, Senior Engineer"))
				b.WriteString(tx("F1", 10, 540-helvWidth("2019 - 2021", 10, false), 700, "2019 - 2021"))
				b.WriteString(tx("F1", 10, 72, 686, "Led a team of five engineers building a payments platform for Europe."))
				b.WriteString(tx("F2", 10, 72, 662, "Beta Ltd, Engineer"))
				b.WriteString(tx("F1", 10, 540-helvWidth("2016 - 2019", 10, false), 662, "2016 - 2019"))
				b.WriteString(tx("F1", 10, 72, 648, "Maintained the search service and its indexing jobs."))
				b.WriteString(tx("F2", 10, 72, 624, "Gamma Inc, Intern"))
				b.WriteString(tx("F1", 10, 540-helvWidth("2015", 10, false), 624, "2015"))
				b.WriteString(tx("F1", 10, 72, 610, "Wrote tests."))
				return build(nil, []page{{content: b.String()}})
			},
			want: []string{
				"Acme Corp, Senior Engineer  2019 - 2021",
				"Led a team of five engineers building a payments platform for Europe.",
				"Beta Ltd, Engineer  2016 - 2019",
				"Maintained the search service and its indexing jobs.",
				"Gamma Inc, Intern  2015",
				"Wrote tests.",
			},
		},
		{
			name: "table columns: a narrow gap at a column is a field gap",
			pdf: func() []byte {
				var b strings.Builder
				col := 72 + helvWidth("Infrastructure", 10, false) + 4 // the longest cell leaves a word space
				for i, r := range [][2]string{{"Languages", "Go, Python, SQL"}, {"Data", "PostgreSQL, Redis"}, {"Infrastructure", "Kubernetes, Terraform"}, {"Tooling", "Temporal, Docker"}} {
					y := 700 - 14*float64(i)
					b.WriteString(tx("F1", 10, 72, y, r[0]))
					b.WriteString(tx("F1", 10, col, y, r[1]))
				}
				b.WriteString(tx("F1", 10, 72, 630, "Education"))
				b.WriteString(tx("F1", 10, 72, 616, "University of the Hill Country, 2014"))
				return build(nil, []page{{content: b.String()}})
			},
			want: []string{
				"Languages  Go, Python, SQL",
				"Data  PostgreSQL, Redis",
				"Infrastructure  Kubernetes, Terraform",
				"Tooling  Temporal, Docker",
				"Education",
				"University of the Hill Country, 2014",
			},
		},
		{
			name: "two columns: sidebar first, then main",
			pdf: func() []byte {
				var b strings.Builder
				b.WriteString(tx("F2", 20, 40, 740, "Jane Doe"))
				b.WriteString(tx("F1", 10, 40, 722, "jane@example.com | +49 30 1234567 | Berlin, Germany | github.com/janedoe"))
				side := []string{"SKILLS", "Go", "Python", "PostgreSQL", "Kubernetes", "", "LANGUAGES", "English", "German"}
				y := 690.0
				for _, s := range side {
					if s != "" {
						fn := "F1"
						if s == strings.ToUpper(s) && len(s) > 2 {
							fn = "F2"
						}
						b.WriteString(tx(fn, 10, 40, y, s))
					}
					y -= 14
				}
				main := []string{"EXPERIENCE", "Acme GmbH, Backend Engineer", "Designed the order service and the billing pipeline for the European markets.", "Cut latency by half.", "", "Beta AG, Developer", "Kept the lights on.", "", "EDUCATION", "TU Berlin, MSc Computer Science"}
				y = 690
				for _, s := range main {
					if s != "" {
						fn := "F1"
						if s == strings.ToUpper(s) {
							fn = "F2"
						}
						b.WriteString(tx(fn, 10, 200, y, s))
					}
					y -= 14
				}
				return build(nil, []page{{content: b.String()}})
			},
			want: []string{
				"Jane Doe",
				"jane@example.com | +49 30 1234567 | Berlin, Germany | github.com/janedoe",
				"SKILLS", "Go", "Python", "PostgreSQL", "Kubernetes", "LANGUAGES", "English", "German",
				"EXPERIENCE", "Acme GmbH, Backend Engineer", "Designed the order service and the billing pipeline for the European markets.", "Cut latency by half.",
				"Beta AG, Developer", "Kept the lights on.", "EDUCATION", "TU Berlin, MSc Computer Science",
			},
		},
		{
			// LibreOffice's PDF of a Word table: the widest gap between
			// cells is no column gutter; the text around the table stops
			// short of it
			name: "a table's cell gap is no gutter: its rows read across, in place",
			pdf: func() []byte {
				var b strings.Builder
				b.WriteString(tx("F1", 10.5, 57, 740, "Seeking a site engineering role where I can use my experience of residential projects and grow"))
				b.WriteString(tx("F1", 10.5, 57, 726, "with the team."))
				b.WriteString(tx("F2", 11, 57, 702, "EDUCATION"))
				cols := []float64{57, 170, 284, 414, 454}
				table := []struct {
					y     float64
					fn    string
					cells []string
				}{
					{684, "F2", []string{"Degree", "Board / University", "Institute", "Year", "Score /"}},
					{670.8, "F2", []string{"", "", "", "", "CGPA"}},
					{657, "F1", []string{"B.Tech. (Civil", "Coastal State", "Harbourview Institute of", "2019", "7.90 CGPA"}},
					{643.8, "F1", []string{"Engineering)", "University", "Engineering, Kochi", "", ""}},
					{630, "F1", []string{"HSC", "State Board", "Lakeside Junior College", "2015", "88.2%"}},
					{616.2, "F1", []string{"SSC", "State Board", "Riverside High School,", "2013", "90.4%"}},
					{603, "F1", []string{"", "", "Kochi", "", ""}},
				}
				for _, r := range table {
					for i, c := range r.cells {
						if c != "" {
							b.WriteString(tx(r.fn, 10, cols[i], r.y, c))
						}
					}
				}
				b.WriteString(tx("F2", 11, 57, 578, "EXPERIENCE"))
				for i, s := range []string{"Meridian Infra Pvt. Ltd., Kochi", "Role: Site Engineer", "Duration: June 2019 - Till Date", "Responsibilities:"} {
					b.WriteString(tx("F1", 10.5, 57, 560-13.9*float64(i), s))
				}
				b.WriteString(tx("F1", 10.5, 57, 504.4, "Supervising the construction of two residential towers and the checks of concrete work."))
				b.WriteString(tx("F1", 10.5, 57, 490.5, "Preparing weekly progress reports for the client."))
				return build(nil, []page{{content: b.String()}})
			},
			want: []string{
				"Seeking a site engineering role where I can use my experience of residential projects and grow with the team.",
				"EDUCATION",
				"Degree  Board / University  Institute  Year  Score /",
				"CGPA",
				"B.Tech. (Civil  Coastal State  Harbourview Institute of  2019  7.90 CGPA",
				"Engineering)  University  Engineering, Kochi",
				"HSC  State Board  Lakeside Junior College  2015  88.2%",
				"SSC  State Board  Riverside High School,  2013  90.4%",
				"Kochi",
				"EXPERIENCE",
				"Meridian Infra Pvt. Ltd., Kochi", "Role: Site Engineer", "Duration: June 2019 - Till Date", "Responsibilities:",
				"Supervising the construction of two residential towers and the checks of concrete work.",
				"Preparing weekly progress reports for the client.",
			},
		},
		{
			name: "wrapped paragraph re-joins, hyphen dropped, bullets stay apart",
			pdf: func() []byte {
				var b strings.Builder
				lines := []string{
					"Backend engineer with eight years of experience building distributed",
					"systems for payments and logistics; led the migration of a monolith to",
					"services and mentored junior engineers and product owners in devel-",
					"opers in two teams.",
				}
				y := 700.0
				for _, s := range lines {
					b.WriteString(tx("F1", 10, 72, y, s))
					y -= 12
				}
				y -= 10
				b.WriteString(tx("F1", 10, 72, y, "\x95 Reduced cloud costs by 30% through rightsizing and reserved instances"))
				b.WriteString(tx("F1", 10, 80, y-12, "across all production clusters."))
				b.WriteString(tx("F1", 10, 72, y-24, "\x95 Introduced tracing."))
				return build(nil, []page{{content: b.String()}})
			},
			want: []string{
				"Backend engineer with eight years of experience building distributed systems for payments and logistics; led the migration of a monolith to services and mentored junior engineers and product owners in developers in two teams.",
				"• Reduced cloud costs by 30% through rightsizing and reserved instances across all production clusters.",
				"• Introduced tracing.",
			},
		},
		{
			name: "CJK paragraph re-joins without spaces",
			pdf: func() []byte {
				f := &pdfFile{}
				chars := "负责系统设计与开发带领团队完成迁移工作。"
				t3 := f.addType3CJK(chars)
				var b strings.Builder
				// line 1: 24 glyphs reaching the right edge; line 2 short
				idx := func(s string) string {
					var h strings.Builder
					rs := []rune(chars)
					for _, r := range s {
						for i, c := range rs {
							if c == r {
								h.WriteString(fmt.Sprintf("%02X", i+1))
								break
							}
						}
					}
					return h.String()
				}
				b.WriteString(hx("T3", 10, 72, 700, idx("负责系统设计与开发带领团队完成迁移工作负责系统设计与开发带领团队完成")))
				b.WriteString(hx("T3", 10, 72, 686, idx("迁移工作。")))
				b.WriteString(tx("F1", 10, 72, 672, "Tail line at the end"))
				return build(f, []page{{content: b.String(), fonts: map[string]int{"T3": t3}}})
			},
			want: []string{"负责系统设计与开发带领团队完成迁移工作负责系统设计与开发带领团队完成迁移工作。", "Tail line at the end"},
		},
		{
			name: "repeated header and footer and page numbers over 3 pages",
			pdf: func() []byte {
				var pages []page
				for i := 1; i <= 3; i++ {
					c := tx("F1", 8, 72, 770, "Jane Doe - Curriculum Vitae") +
						tx("F1", 10, 72, 700, fmt.Sprintf("Content of page %d.", i)) +
						tx("F1", 10, 72, 686, fmt.Sprintf("More content %d.", i)) +
						tx("F1", 8, 72, 30, fmt.Sprintf("Confidential - printed 2024-0%d-01", i)) +
						tx("F1", 8, 300, 20, fmt.Sprintf("Page %d of 3", i))
					pages = append(pages, page{content: c})
				}
				return build(nil, pages)
			},
			want: []string{"Jane Doe - Curriculum Vitae", "Content of page 1.", "More content 1.", "Content of page 2.", "More content 2.", "Content of page 3.", "More content 3."},
		},
		{
			name: "chinese page numbers and dash numbers",
			pdf: func() []byte {
				var pages []page
				for i := 1; i <= 2; i++ {
					c := tx("F1", 10, 72, 700, fmt.Sprintf("Body %d", i)) + tx("F1", 8, 300, 20, fmt.Sprintf("- %d -", i))
					pages = append(pages, page{content: c})
				}
				return build(nil, pages)
			},
			want: []string{"Body 1", "Body 2"},
		},
		{
			name: "form XObject with its own matrix and resources",
			pdf: func() []byte {
				f := &pdfFile{}
				helv := f.add(fontHelv)
				form := f.stream(fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Matrix [1 0 0 1 72 600] /Resources <</Font <</FX %d 0 R>>>>", helv), []byte("BT /FX 10 Tf 0 50 Td (Inside the form) Tj ET"))
				c := tx("F1", 10, 72, 700, "Before the form") + "q /Fm1 Do Q\n" + tx("F1", 10, 72, 500, "After the form")
				return build(f, []page{{content: c, xobj: map[string]int{"Fm1": form}}})
			},
			want: []string{"Before the form", "Inside the form", "After the form"},
		},
		{
			name: "self-referencing form XObject is depth-guarded",
			pdf: func() []byte {
				f := &pdfFile{}
				helv := f.add(fontHelv)
				id := f.reserve()
				f.raw = map[int][]byte{id: []byte("BT /FX 10 Tf 0 0 Td (loop) Tj ET /Me Do")}
				f.set(id, fmt.Sprintf("/Type /XObject /Subtype /Form /BBox [0 0 500 100] /Matrix [1 0 0 1 0 -14] /Resources <</Font <</FX %d 0 R>> /XObject <</Me %d 0 R>>>>", helv, id))
				c := "q 1 0 0 1 72 700 cm /Me Do Q\n"
				return build(f, []page{{content: c, xobj: map[string]int{"Me": id}}})
			},
			check: func(t *testing.T, d *doc.Document) {
				if n := len(d.Lines); n != maxFormDepth {
					t.Errorf("%d lines, want %d", n, maxFormDepth)
				}
			},
		},
		{
			name: "link annotations",
			pdf: func() []byte {
				c := tx("F1", 10, 72, 700, "GitHub: github.com/jane") + tx("F1", 10, 72, 680, "Plain line")
				x0 := 72 + helvWidth("GitHub: ", 10, false)
				annot := fmt.Sprintf(" /Annots [<</Type /Annot /Subtype /Link /Rect [%g 697 %g 709] /A <</S /URI /URI (https://github.com/jane)>>>>]", x0, x0+helvWidth("github.com/jane", 10, false))
				return build(nil, []page{{content: c, annots: annot}})
			},
			check: func(t *testing.T, d *doc.Document) {
				want := []doc.Link{{Text: "github.com/jane", URL: "https://github.com/jane"}}
				if diff := cmp.Diff(want, d.Lines[0].Links); diff != "" {
					t.Errorf("links (-want +got):\n%s", diff)
				}
				if d.Lines[1].Links != nil {
					t.Errorf("plain line has links %v", d.Lines[1].Links)
				}
			},
		},
		{
			name: "content split over an array of streams, fake bold by render mode",
			pdf: func() []byte {
				f := &pdfFile{}
				a := f.stream("", []byte("BT /F1 10 Tf 72 700 Td (First) Tj ET BT 2 Tr /F1"))
				b := f.stream("", []byte("10 Tf 72 686 Td (Stroked) Tj ET"))
				return build(f, []page{{content: "", extra: fmt.Sprintf(" /Contents [%d 0 R %d 0 R]", a, b)}})
			},
			check: func(t *testing.T, d *doc.Document) {
				got := hints(d)
				want := []hint{{"First", 0, false, 10, false, 0, 1}, {"Stroked", 0, true, 10, false, 0, 1}}
				if diff := cmp.Diff(want, got); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
			},
		},
		{
			name: "encrypted with an empty user password",
			pdf: func() []byte {
				f := &pdfFile{}
				f.encrypt("", "owner-secret")
				return build(f, []page{{content: tx("F1", 10, 72, 700, "Secret resume text")}})
			},
			want: []string{"Secret resume text"},
		},
		{
			name: "Differences glyph names: AGL, uniXXXX, ligatures, glyph IDs",
			pdf: func() []byte {
				f := &pdfFile{}
				fn := f.add("<</Type /Font /Subtype /Type1 /BaseFont /Times-Roman /Encoding <</Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /eacute /fi /uni4E2D /g12 /Scaron /f_f /one.oldstyle /bullet]>>>>")
				c := "BT /TR 10 Tf 72 700 Td (Caf\001 \002x \003 \004\005 \006\007) Tj ET\n" + "BT /TR 10 Tf 72 686 Td (\010 item) Tj ET\n"
				return build(f, []page{{content: c, fonts: map[string]int{"TR": fn}}})
			},
			want: []string{"Café fix 中 Š ff1", "• item"},
		},
		{
			name: "rotated page (/Rotate 90)",
			pdf: func() []byte {
				// drawn along +y in user space, upright once displayed
				c := "BT /F1 10 Tf 0 1 -1 0 500 100 Tm (First rotated line) Tj ET\n" +
					"BT /F1 10 Tf 0 1 -1 0 514 100 Tm (Second rotated line) Tj ET\n"
				return build(nil, []page{{content: c, extra: " /Rotate 90"}})
			},
			want: []string{"First rotated line", "Second rotated line"},
		},
		{
			name: "inline image and stray delimiters in content",
			pdf: func() []byte {
				c := tx("F1", 10, 72, 700, "Before image") +
					"q 10 0 0 10 72 650 cm BI /W 2 /H 2 /BPC 8 /CS /G ID \x00\xff)(<\x01\x02 EI Q\n" +
					") > " + tx("F1", 10, 72, 600, "After image") + "BT /F1 10 Tf 72 580 Td <4142434"
				return build(nil, []page{{content: c}})
			},
			want: []string{"Before image", "After image"},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := parseOK(t, tt.pdf())
			if tt.want != nil {
				if diff := cmp.Diff(tt.want, texts(d)); diff != "" {
					t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
				}
			}
			if tt.check != nil {
				tt.check(t, d)
			}
		})
	}
}

func TestParseErrors(t *testing.T) {
	valid := build(nil, []page{{content: tx("F1", 10, 72, 700, "Hello resume world, with some text")}})
	imgPDF := func() []byte {
		f := &pdfFile{}
		img := f.stream("/Type /XObject /Subtype /Image /Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8", []byte{0, 255, 255, 0})
		return build(f, []page{{content: "q 500 0 0 700 50 50 cm /Im1 Do Q", xobj: map[string]int{"Im1": img}}})
	}
	encUser := func() []byte {
		f := &pdfFile{}
		f.encrypt("user-pw", "owner-pw")
		return build(f, []page{{content: tx("F1", 10, 72, 700, "Secret")}})
	}
	manyPages := func() []byte {
		var ps []page
		for i := 0; i < 4; i++ {
			ps = append(ps, page{content: tx("F1", 10, 72, 700, "x")})
		}
		return build(nil, ps)
	}
	garbageXref := func() []byte {
		b := append([]byte(nil), valid...)
		i := bytes.Index(b, []byte("xref\n"))
		for k := i + 5; k < len(b) && k < i+120; k++ {
			if b[k] >= '0' && b[k] <= '9' {
				b[k] = '7'
			}
		}
		return b
	}
	prevLoop := func() []byte {
		b := append([]byte(nil), valid...)
		i := bytes.LastIndex(b, []byte("startxref\n"))
		off := strings.TrimSpace(string(b[i+10 : bytes.Index(b[i:], []byte("%%EOF"))+i]))
		return bytes.Replace(b, []byte("/Root"), []byte("/Prev "+off+" /Root"), 1)
	}
	tests := []struct {
		name    string
		data    []byte
		opt     Options
		want    error  // errors.Is target, nil: any error
		wantMsg string // substring, "" for any
		okToo   bool   // parsing successfully is fine too (recoverable)
	}{
		{name: "image only", data: imgPDF(), want: ErrNoText},
		{name: "page numbers only", data: build(nil, []page{{content: tx("F1", 10, 300, 20, "1")}}), want: ErrNoText},
		{name: "Identity-H without ToUnicode", data: noToUnicode(), want: ErrNoText, wantMsg: "glyphs have no Unicode mapping"},
		{name: "user password", data: encUser(), want: ErrEncrypted},
		{name: "too many pages", data: manyPages(), opt: Options{MaxPages: 3}, wantMsg: "too many pages (4 > 3)"},
		{name: "header only", data: []byte("%PDF-1.7\n"), want: ErrMalformed},
		{name: "not a pdf", data: []byte("hello"), want: ErrMalformed},
		{name: "empty", data: nil, want: ErrMalformed},
		{name: "truncated", data: valid[:len(valid)/2], okToo: true},
		{name: "truncated early", data: valid[:40], want: ErrMalformed},
		{name: "garbage xref", data: garbageXref(), okToo: true},
		{name: "xref Prev loop", data: prevLoop(), wantMsg: "loops"},
		{name: "object stream ending in an open hex string", data: objStm("1 0 <41 42"), wantMsg: "hex string"},
		{name: "object stream /Extends cycle", data: objStm("1 0 (x)"), wantMsg: "/Extends cycle"},
		{name: "random bytes after header", data: append([]byte("%PDF-1.4\n"), randomBytes(4000, 1)...), want: ErrMalformed},
		{name: "random bytes with EOF marker", data: append(append([]byte("%PDF-1.4\n"), randomBytes(4000, 2)...), "\nstartxref\n100\n%%EOF\n"...), want: ErrMalformed},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.data, tt.opt)
			if err == nil {
				if !tt.okToo {
					t.Fatalf("no error; got\n%s", d)
				}
				return
			}
			if strings.Contains(err.Error(), "\n") || strings.Contains(err.Error(), "goroutine") {
				t.Errorf("error is not one line: %q", err)
			}
			if tt.want != nil && !errors.Is(err, tt.want) {
				t.Errorf("error %q is not %q", err, tt.want)
			}
			if tt.wantMsg != "" && !strings.Contains(err.Error(), tt.wantMsg) {
				t.Errorf("error %q does not contain %q", err, tt.wantMsg)
			}
		})
	}
}

// objStm is a valid one-page PDF plus object streams holding body: one
// alone when body ends in an open hex string, else two that extend each
// other.
func objStm(body string) []byte {
	f := &pdfFile{}
	if strings.Contains(body, "<") {
		f.stream("/Type /ObjStm /N 1 /First 4", []byte(body))
	} else {
		a := f.reserve()
		b := f.reserve()
		f.raw = map[int][]byte{a: []byte(body), b: []byte(body)}
		f.set(a, fmt.Sprintf("/Type /ObjStm /N 1 /First 4 /Extends %d 0 R", b))
		f.set(b, fmt.Sprintf("/Type /ObjStm /N 1 /First 4 /Extends %d 0 R", a))
	}
	return build(f, []page{{content: tx("F1", 10, 72, 700, "text")}})
}

func noToUnicode() []byte {
	f := &pdfFile{}
	cid := f.add("<</Type /Font /Subtype /CIDFontType2 /BaseFont /X /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>>>")
	t0 := f.add(fmt.Sprintf("<</Type /Font /Subtype /Type0 /BaseFont /X /Encoding /Identity-H /DescendantFonts [%d 0 R]>>", cid))
	return build(f, []page{{content: hx("T0", 10, 72, 700, "00010002"), fonts: map[string]int{"T0": t0}}})
}

func randomBytes(n int, seed int64) []byte {
	r := rand.New(rand.NewSource(seed))
	b := make([]byte, n)
	r.Read(b)
	return b
}

// TestRepair: a file whose xref offsets are all wrong still parses.
func TestRepair(t *testing.T) {
	valid := build(nil, []page{{content: tx("F1", 10, 72, 700, "Recovered text")}})
	i := bytes.Index(valid, []byte("xref\n"))
	broken := append([]byte(nil), valid[:i]...)
	broken = append(broken, "xref\n0 9\n0000000000 65535 f \n0000000001 00000 n \ntrailer\n<</Size 9 /Root 8 0 R>>\nstartxref\n"...)
	broken = append(broken, fmt.Sprintf("%d\n%%%%EOF\n", i)...)
	d := parseOK(t, broken)
	if diff := cmp.Diff([]string{"Recovered text"}, texts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
	// and without any xref or trailer at all
	d = parseOK(t, valid[:i])
	if diff := cmp.Diff([]string{"Recovered text"}, texts(d)); diff != "" {
		t.Errorf("no xref (-want +got):\n%s", diff)
	}
}
