package docx

import (
	"archive/zip"
	"bytes"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"

	"github.com/resumex/resumex/doc"
)

const nsW = `http://schemas.openxmlformats.org/wordprocessingml/2006/main`

const namespaces = `xmlns:w="` + nsW + `"` +
	` xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"` +
	` xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006"` +
	` xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"` +
	` xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"` +
	` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"` +
	` xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math"` +
	` xmlns:v="urn:schemas-microsoft-com:vml"`

// document wraps body XML into word/document.xml.
func document(body string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<w:document ` + namespaces + `><w:body>` + body + `</w:body></w:document>`
}

// part wraps XML in a root element root (w:styles, w:numbering, w:hdr …).
func part(root, inner string) string {
	return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>` + "\n" +
		`<` + root + ` ` + namespaces + `>` + inner + `</` + root + `>`
}

// rels builds a relationships part from id → "type target" (a target with
// a scheme is external).
func rels(m map[string]string) string {
	var b strings.Builder
	b.WriteString(`<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">`)
	ids := make([]string, 0, len(m))
	for id := range m {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		typ, target, _ := strings.Cut(m[id], " ")
		mode := ""
		if strings.Contains(target, ":") {
			mode = ` TargetMode="External"`
		}
		fmt.Fprintf(&b, `<Relationship Id="%s" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/%s" Target="%s"%s/>`, id, typ, target, mode)
	}
	b.WriteString(`</Relationships>`)
	return b.String()
}

// makeDOCX zips parts (name → content) into a .docx file.
func makeDOCX(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	return zipParts(t, parts, zip.Deflate)
}

// zipParts zips parts with the compression method.
func zipParts(t testing.TB, parts map[string]string, method uint16) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := make([]string, 0, len(parts))
	for name := range parts {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		w, err := zw.CreateHeader(&zip.FileHeader{Name: name, Method: method})
		if err != nil {
			t.Fatal(err)
		}
		if _, err := io.WriteString(w, parts[name]); err != nil {
			t.Fatal(err)
		}
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// body makes a package with only word/document.xml.
func body(xml string) map[string]string {
	return map[string]string{"word/document.xml": document(xml)}
}

// with adds parts to a package.
func with(p map[string]string, kv ...string) map[string]string {
	for i := 0; i+1 < len(kv); i += 2 {
		p[kv[i]] = kv[i+1]
	}
	return p
}

// p and r build simple paragraphs and runs.
func p(inner ...string) string { return `<w:p>` + strings.Join(inner, "") + `</w:p>` }
func pp(ppr string, inner ...string) string {
	return `<w:p><w:pPr>` + ppr + `</w:pPr>` + strings.Join(inner, "") + `</w:p>`
}
func r(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
func rb(text string) string {
	return `<w:r><w:rPr><w:b/></w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}
func rp(rpr, text string) string {
	return `<w:r><w:rPr>` + rpr + `</w:rPr><w:t xml:space="preserve">` + text + `</w:t></w:r>`
}

func line(text string) doc.Line { return doc.Line{Text: text} }

const stylesXML = `<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="32"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="2"><w:name w:val="标题 2"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="28"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:rPr><w:sz w:val="56"/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Section"><w:name w:val="Resume Section"/><w:basedOn w:val="Heading1"/></w:style>
<w:style w:type="paragraph" w:styleId="Outline"><w:name w:val="Custom"/><w:pPr><w:outlineLvl w:val="2"/></w:pPr></w:style>
<w:style w:type="paragraph" w:styleId="StrongPara"><w:name w:val="Strong Para"/><w:basedOn w:val="BoldBase"/></w:style>
<w:style w:type="paragraph" w:styleId="BoldBase"><w:name w:val="Bold Base"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="paragraph" w:styleId="Loop1"><w:name w:val="Loop 1"/><w:basedOn w:val="Loop2"/></w:style>
<w:style w:type="paragraph" w:styleId="Loop2"><w:name w:val="Loop 2"/><w:basedOn w:val="Loop1"/></w:style>
<w:style w:type="paragraph" w:styleId="ListBullet"><w:name w:val="List Bullet"/><w:pPr><w:numPr><w:numId w:val="2"/></w:numPr></w:pPr></w:style>
<w:style w:type="character" w:styleId="Strong"><w:name w:val="Strong"/><w:rPr><w:b/></w:rPr></w:style>
<w:style w:type="character" w:styleId="Hidden"><w:name w:val="Hidden"/><w:rPr><w:vanish/></w:rPr></w:style>`

const numberingXML = `<w:abstractNum w:abstractNumId="10">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/><w:pPr><w:ind w:left="720" w:hanging="360"/></w:pPr></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%1.%2)"/><w:pPr><w:ind w:left="1440" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="20">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="&#61623;"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="30">
 <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="(%1)"/></w:lvl>
</w:abstractNum>
<w:abstractNum w:abstractNumId="40">
 <w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
 <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="chineseCounting"/><w:lvlText w:val="%2、"/></w:lvl>
</w:abstractNum>
<w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="2"><w:abstractNumId w:val="20"/></w:num>
<w:num w:numId="3"><w:abstractNumId w:val="30"/></w:num>
<w:num w:numId="4"><w:abstractNumId w:val="10"/></w:num>
<w:num w:numId="5"><w:abstractNumId w:val="10"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
<w:num w:numId="6"><w:abstractNumId w:val="40"/></w:num>`

func numPr(id string, lvl int) string {
	return fmt.Sprintf(`<w:numPr><w:ilvl w:val="%d"/><w:numId w:val="%s"/></w:numPr>`, lvl, id)
}

func withStyles(p map[string]string) map[string]string {
	return with(p, "word/styles.xml", part("w:styles", stylesXML), "word/numbering.xml", part("w:numbering", numberingXML))
}

// tbl builds a table from rows of cells of inner XML.
func tbl(rows ...[]string) string {
	var b strings.Builder
	b.WriteString(`<w:tbl><w:tblPr><w:tblW w:w="0" w:type="auto"/></w:tblPr><w:tblGrid><w:gridCol w:w="100"/></w:tblGrid>`)
	for _, row := range rows {
		b.WriteString(`<w:tr><w:trPr><w:cantSplit/></w:trPr>`)
		for _, c := range row {
			if strings.HasPrefix(c, "<w:tc>") {
				b.WriteString(c)
			} else {
				b.WriteString(`<w:tc><w:tcPr><w:tcW w:w="100"/></w:tcPr>` + c + `</w:tc>`)
			}
		}
		b.WriteString(`</w:tr>`)
	}
	b.WriteString(`</w:tbl>`)
	return b.String()
}

// textbox is a text box anchored in a run, as Word writes it: a DrawingML
// shape in mc:Choice and the same text as VML in mc:Fallback.
func textbox(inner string) string {
	return `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wp:anchor><wp:docPr id="1" name="Text Box 1"/>` +
		`<a:graphic><a:graphicData uri="http://schemas.microsoft.com/office/word/2010/wordprocessingShape"><wps:wsp><wps:txbx><w:txbxContent>` +
		inner + `</w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape><v:textbox><w:txbxContent>` + inner +
		`</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
}

// fld builds a complex field with instruction instr and result runs.
func fld(instr, result string) string {
	return `<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ` + instr +
		` </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r>` + result +
		`<w:r><w:fldChar w:fldCharType="end"/></w:r>`
}

type parseCase struct {
	name  string
	parts map[string]string
	want  []doc.Line
}

func parseCases() []parseCase {
	return []parseCase{
		{
			name:  "paragraphs and runs",
			parts: body(p(r("Jane"), r(" "), r("Doe")) + p() + p(`<w:r><w:t>  Software </w:t><w:t>Engineer  </w:t></w:r>`) + p(r("   ")) + p(r("San Francisco"))),
			want:  []doc.Line{line("Jane Doe"), {Text: "SoftwareEngineer", Blank: true}, {Text: "San Francisco", Blank: true}},
		},
		{
			name: "xml:space",
			parts: body(p(`<w:r><w:t xml:space="preserve">Jane </w:t></w:r><w:r><w:t>Doe</w:t></w:r>`) +
				p(`<w:r><w:t>A </w:t></w:r><w:r><w:t> B</w:t></w:r>`) +
				p(`<w:r xml:space="preserve"><w:t>C </w:t><w:t>D</w:t></w:r>`) +
				p(`<w:r><w:t>multi
line</w:t></w:r>`)),
			want: []doc.Line{line("Jane Doe"), line("AB"), line("C D"), line("multi line")},
		},
		{
			name: "bold runs",
			parts: withStyles(body(
				p(rb("All"), r(" "), rb("bold")) +
					p(rb("Mixed"), r(" plain")) +
					p(rp(`<w:b w:val="0"/>`, "off")) +
					p(rp(`<w:b w:val="false"/>`, "off2")) +
					p(rp(`<w:bCs/>`, "complex")) +
					pp(`<w:pStyle w:val="StrongPara"/>`, r("style chain")) +
					pp(`<w:pStyle w:val="StrongPara"/>`, rp(`<w:b w:val="0"/>`, "unbolded")) +
					p(rp(`<w:rStyle w:val="Strong"/>`, "char style")) +
					p(rp(`<w:b/><w:rPrChange><w:rPr><w:b w:val="0"/></w:rPr></w:rPrChange>`, "changed")) +
					pp(`<w:rPr><w:b/></w:rPr>`, r("mark bold only")) +
					pp(`<w:pStyle w:val="Loop1"/>`, r("loop")))),
			want: []doc.Line{
				{Text: "All bold", Bold: true, Size: 11}, {Text: "Mixed plain", Size: 11},
				{Text: "off", Size: 11}, {Text: "off2", Size: 11}, {Text: "complex", Bold: true, Size: 11},
				{Text: "style chain", Bold: true, Size: 11}, {Text: "unbolded", Size: 11},
				{Text: "char style", Bold: true, Size: 11}, {Text: "changed", Bold: true, Size: 11},
				{Text: "mark bold only", Size: 11}, {Text: "loop", Size: 11},
			},
		},
		{
			name: "headings",
			parts: withStyles(body(
				pp(`<w:pStyle w:val="Title"/>`, r("Jane Doe")) +
					pp(`<w:pStyle w:val="Heading1"/>`, r("Experience")) +
					pp(`<w:pStyle w:val="2"/>`, r("工作经历")) +
					pp(`<w:pStyle w:val="Section"/>`, r("Based on heading")) +
					pp(`<w:pStyle w:val="Outline"/>`, r("Style outline")) +
					pp(`<w:outlineLvl w:val="1"/>`, r("Direct outline")) +
					pp(`<w:pStyle w:val="Heading1"/><w:outlineLvl w:val="9"/>`, r("Body level")) +
					pp(`<w:outlineLvl w:val="8"/>`, r("Deep")))),
			want: []doc.Line{
				{Text: "Jane Doe", Heading: 1, Size: 28}, {Text: "Experience", Heading: 1, Bold: true, Size: 16},
				{Text: "工作经历", Heading: 2, Size: 14}, {Text: "Based on heading", Heading: 1, Bold: true, Size: 16},
				{Text: "Style outline", Heading: 3, Size: 11}, {Text: "Direct outline", Heading: 2, Size: 11},
				{Text: "Body level", Bold: true, Size: 16}, {Text: "Deep", Heading: 6, Size: 11},
			},
		},
		{
			name: "headings without styles part",
			parts: body(pp(`<w:pStyle w:val="Heading2"/>`, r("Skills")) + pp(`<w:pStyle w:val="Title"/>`, r("Name")) +
				pp(`<w:pStyle w:val="Normal"/>`, r("text"))),
			want: []doc.Line{{Text: "Skills", Heading: 2}, {Text: "Name", Heading: 1}, line("text")},
		},
		{
			name: "font sizes",
			parts: withStyles(body(
				p(rp(`<w:sz w:val="28"/>`, "Fourteen")) +
					p(rp(`<w:sz w:val="40"/>`, "Big"), rp(`<w:sz w:val="20"/>`, " and most small text")) +
					p(rp(`<w:szCs w:val="30"/>`, "cs only")) +
					p(r("default")))),
			want: []doc.Line{{Text: "Fourteen", Size: 14}, {Text: "Big and most small text", Size: 10}, {Text: "cs only", Size: 15}, {Text: "default", Size: 11}},
		},
		{
			name: "lists",
			parts: withStyles(body(
				pp(numPr("1", 0), r("first")) +
					pp(numPr("1", 1), r("sub a")) +
					pp(numPr("1", 1), r("sub b")) +
					pp(numPr("1", 0), r("second")) +
					pp(numPr("1", 1), r("sub again")) +
					pp(numPr("4", 0), r("shares the list")) +
					pp(numPr("5", 0), r("restarted")) +
					pp(numPr("2", 0), r("bullet")) +
					pp(`<w:pStyle w:val="ListBullet"/>`, r("style bullet")) +
					pp(`<w:pStyle w:val="ListBullet"/><w:numPr><w:numId w:val="0"/></w:numPr>`, r("not a list")) +
					pp(numPr("3", 0), r("paren one")) +
					pp(numPr("3", 0)+`<w:ind w:left="200"/>`, r("paren two")) +
					pp(numPr("6", 0), r("roman")) +
					pp(numPr("6", 1), r("chinese")) +
					pp(numPr("99", 0), r("unknown list")) +
					pp(`<w:ind w:left="1440"/>`, r("indented")))),
			want: []doc.Line{
				{Text: "first", Marker: "1.", Indent: 36, Size: 11},
				{Text: "sub a", Marker: "1.a)", Indent: 72, Size: 11},
				{Text: "sub b", Marker: "1.b)", Indent: 72, Size: 11},
				{Text: "second", Marker: "2.", Indent: 36, Size: 11},
				{Text: "sub again", Marker: "2.a)", Indent: 72, Size: 11},
				{Text: "shares the list", Marker: "3.", Indent: 36, Size: 11},
				{Text: "restarted", Marker: "1.", Indent: 36, Size: 11},
				{Text: "bullet", Marker: "•", Indent: 18, Size: 11},
				{Text: "style bullet", Marker: "•", Indent: 18, Size: 11},
				{Text: "not a list", Size: 11},
				{Text: "paren one", Marker: "(1)", Size: 11},
				{Text: "paren two", Marker: "(2)", Indent: 10, Size: 11},
				{Text: "roman", Marker: "III.", Size: 11},
				{Text: "chinese", Marker: "一、", Indent: 4, Size: 11},
				{Text: "unknown list", Size: 11},
				{Text: "indented", Indent: 72, Size: 11},
			},
		},
		{
			name: "tables",
			parts: body(p(r("Before")) + p() +
				tbl([]string{p(rb("Company")), p(rb("Years"))},
					[]string{p(r("Acme")) + p(r("Inc.")), p(r("2019–2021"))},
					[]string{`<w:tc><w:tcPr><w:gridSpan w:val="2"/></w:tcPr>` + p(r("Spanning both")) + `</w:tc>`},
					[]string{`<w:tc><w:tcPr><w:vMerge w:val="restart"/></w:tcPr>` + p(r("Merged")) + `</w:tc>`, p(r("x"))},
					[]string{`<w:tc><w:tcPr><w:vMerge/></w:tcPr>` + p() + `</w:tc>`, p(r("y"))},
					[]string{p(), p()},
					[]string{p(), p(r("right only"))}) +
				p(r("After"))),
			want: []doc.Line{
				line("Before"),
				{Text: "Company | Years", Cells: []string{"Company", "Years"}, Bold: true, Blank: true},
				{Text: "Acme Inc. | 2019–2021", Cells: []string{"Acme Inc.", "2019–2021"}},
				{Text: "Spanning both", Cells: []string{"Spanning both"}},
				{Text: "Merged | x", Cells: []string{"Merged", "x"}},
				{Text: "y", Cells: []string{"", "y"}},
				{Text: "right only", Cells: []string{"", "right only"}, Blank: true},
				line("After"),
			},
		},
		{
			name: "a header row",
			parts: body(`<w:tbl><w:tblPr/><w:tr><w:trPr><w:cantSplit/><w:tblHeader/></w:trPr><w:tc>` + p(r("Area")) + `</w:tc><w:tc>` + p(r("Tools")) + `</w:tc></w:tr>` +
				`<w:tr><w:trPr><w:tblHeader w:val="0"/></w:trPr><w:tc>` + p(r("Cloud")) + `</w:tc><w:tc>` + p(r("AWS")) + `</w:tc></w:tr></w:tbl>`),
			want: []doc.Line{
				{Text: "Area | Tools", Cells: []string{"Area", "Tools"}, HeadRow: true},
				{Text: "Cloud | AWS", Cells: []string{"Cloud", "AWS"}},
			},
		},
		{
			name: "layout table and nested table",
			parts: withStyles(body(tbl(
				[]string{
					pp(`<w:pStyle w:val="Heading1"/>`, r("Contact")) + p(r("jane@example.com")),
					p(r("Skills")) + tbl([]string{p(r("Go")), p(r("5 years"))}, []string{p(r("SQL")), p(r("3 years"))}),
				}))),
			want: []doc.Line{
				{Text: "Contact", Heading: 1, Bold: true, Size: 16},
				{Text: "jane@example.com", Size: 11},
				{Text: "Skills", Size: 11, Blank: true},
				{Text: "Go | 5 years", Cells: []string{"Go", "5 years"}, Size: 11},
				{Text: "SQL | 3 years", Cells: []string{"SQL", "3 years"}, Size: 11},
			},
		},
		{
			name: "a cell's body text below its first line follows the row",
			parts: withStyles(body(tbl(
				[]string{p(r("05/2024 – 08/2024")), p(r("Ridgeline Software | Intern")) + p(r("Joined the billing platform team and rebuilt its invoice webhooks in Go."))},
				[]string{p(r("Address")), p(r("12 Main Street")) + p(r("Springfield"))}))),
			want: []doc.Line{
				{Text: "05/2024 – 08/2024 | Ridgeline Software | Intern", Cells: []string{"05/2024 – 08/2024", "Ridgeline Software | Intern"}, Size: 11},
				{Text: "Joined the billing platform team and rebuilt its invoice webhooks in Go.", Size: 11},
				{Text: "Address | 12 Main Street Springfield", Cells: []string{"Address", "12 Main Street Springfield"}, Size: 11},
			},
		},
		{
			name: "layout rows: many lines or list items in a cell",
			parts: withStyles(body(tbl(
				[]string{p(r("Jane Doe")) + p(r("Engineer")) + p(r("SF")) + p(r("jane@example.com")), p(r("Summary"))},
				[]string{p(r("Skills")), pp(numPr("2", 0), r("Go")) + pp(numPr("2", 0), r("SQL"))},
				[]string{p(r("Two")) + p(r("lines")), p(r("stay a row"))}))),
			want: []doc.Line{
				{Text: "Jane Doe", Size: 11}, {Text: "Engineer", Size: 11}, {Text: "SF", Size: 11}, {Text: "jane@example.com", Size: 11},
				{Text: "Summary", Size: 11, Blank: true},
				{Text: "Skills", Size: 11, Blank: true},
				{Text: "Go", Marker: "•", Indent: 18, Size: 11, Blank: true}, {Text: "SQL", Marker: "•", Indent: 18, Size: 11},
				{Text: "Two lines | stay a row", Cells: []string{"Two lines", "stay a row"}, Size: 11, Blank: true},
			},
		},
		{
			name: "text boxes",
			parts: body(p(r("Anchor text"), textbox(p(r("In the box"))+p(r("Second box line"))), r(" continues")) +
				p(`<w:r><w:pict><v:shape><v:textbox><w:txbxContent>`+p(r("VML only"))+`</w:txbxContent></v:textbox></v:shape></w:pict></w:r>`) +
				p(`<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:t>choice</w:t></mc:Choice><mc:Fallback><w:t>fallback</w:t></mc:Fallback></mc:AlternateContent></w:r>`) +
				p(`<w:r><mc:AlternateContent><mc:Fallback><w:t>only fallback</w:t></mc:Fallback></mc:AlternateContent></w:r>`) +
				p(`<w:r><w:drawing><wp:inline><a:graphic><a:graphicData><a:p><a:r><a:t>drawingml text</a:t></a:r></a:p></a:graphicData></a:graphic></wp:inline></w:drawing></w:r>`, r("after drawing"))),
			want: []doc.Line{
				line("Anchor text continues"), line("In the box"), line("Second box line"),
				line("VML only"), line("choice"), line("only fallback"), line("after drawing"),
			},
		},
		{
			name: "hyperlinks",
			parts: with(body(
				p(r("Site: "), `<w:hyperlink r:id="rId7"><w:r><w:rPr><w:rStyle w:val="Hyperlink"/></w:rPr><w:t>janedoe.dev</w:t></w:r></w:hyperlink>`)+
					p(fld(`HYPERLINK "mailto:jane@example.com" \o "Mail"`, r("jane@example.com")), r(" | "),
						fld(`HYPERLINK \l "top"`, r("Top")))+
					p(`<w:fldSimple w:instr=" HYPERLINK &quot;https://github.com/jane&quot; ">`+r("GitHub")+`</w:fldSimple>`)+
					p(`<w:hyperlink w:anchor="_Toc1">`+r("internal")+`</w:hyperlink>`, `<w:hyperlink r:id="rId404">`+r(" missing")+`</w:hyperlink>`)+
					p(`<w:r><w:drawing><wp:inline><wp:docPr id="2" name="icon"><a:hlinkClick r:id="rId8"/></wp:docPr></wp:inline></w:drawing></w:r>`, r("LinkedIn"))+
					p(fld(`DATE \@ "yyyy"`, r("2024")))+
					p(`<w:hyperlink r:id="rId9">`+r("anchor")+`</w:hyperlink>`, fld(`HYPERLINK "javascript:void(0)"`, r(" js")))+
					p(r("a"), fld(`HYPERLINK "https://x.dev"`, `<w:r><w:t>x.dev</w:t></w:r><w:r><w:br/></w:r><w:r><w:t>more</w:t></w:r>`))),
				"word/_rels/document.xml.rels", rels(map[string]string{
					"rId7": "hyperlink https://janedoe.dev/",
					"rId8": "hyperlink https://linkedin.com/in/jane",
					"rId9": "hyperlink #",
				})),
			want: []doc.Line{
				{Text: "Site: janedoe.dev", Links: []doc.Link{{Text: "janedoe.dev", URL: "https://janedoe.dev/"}}},
				{Text: "jane@example.com | Top", Links: []doc.Link{{Text: "jane@example.com", URL: "mailto:jane@example.com"}}},
				{Text: "GitHub", Links: []doc.Link{{Text: "GitHub", URL: "https://github.com/jane"}}},
				line("internal missing"),
				{Text: "LinkedIn", Links: []doc.Link{{URL: "https://linkedin.com/in/jane"}}},
				line("2024"),
				line("anchor js"),
				{Text: "ax.dev", Links: []doc.Link{{Text: "x.dev", URL: "https://x.dev"}}},
				{Text: "more", Links: []doc.Link{{Text: "more", URL: "https://x.dev"}}},
			},
		},
		{
			name: "headers and footers",
			parts: with(body(p(r("Experience"))+
				`<w:sectPr><w:headerReference w:type="even" r:id="rIdH2"/><w:headerReference w:type="default" r:id="rIdH1"/>`+
				`<w:footerReference w:type="default" r:id="rIdF1"/><w:headerReference w:type="first" r:id="rIdH3"/>`+
				`<w:footerReference w:type="first" r:id="rIdF2"/><w:titlePg/><w:pgSz w:w="12240"/></w:sectPr>`),
				"word/_rels/document.xml.rels", rels(map[string]string{
					"rIdH1": "header header1.xml", "rIdH2": "header header2.xml", "rIdH3": "header /word/header3.xml",
					"rIdF1": "footer footer1.xml", "rIdF2": "footer footer2.xml",
				}),
				"word/header1.xml", part("w:hdr", p(r("Jane Doe"))+p(r("jane@example.com | 555-0100"))),
				"word/header2.xml", part("w:hdr", p(r("Jane Doe"))),
				"word/header3.xml", part("w:hdr", p(r("Jane Doe"))+p(`<w:hyperlink r:id="rId1">`+r("site")+`</w:hyperlink>`)),
				"word/_rels/header3.xml.rels", rels(map[string]string{"rId1": "hyperlink https://jane.dev"}),
				"word/footer1.xml", part("w:ftr", p(r("Page "), fld("PAGE", r("2")), r(" of "), fld("NUMPAGES", r("3")))+p(r("Confidential"))),
				"word/footer2.xml", part("w:ftr", p(`<w:fldSimple w:instr="PAGE">`+r("1")+`</w:fldSimple>`)+p(r("- 1 -")))),
			want: []doc.Line{
				line("Jane Doe"), {Text: "site", Links: []doc.Link{{Text: "site", URL: "https://jane.dev"}}},
				line("jane@example.com | 555-0100"),
				{Text: "Experience", Blank: true},
				{Text: "Confidential", Blank: true},
			},
		},
		{
			name: "first page header without titlePg is not shown",
			parts: with(body(p(r("Body"))+`<w:sectPr><w:headerReference w:type="first" r:id="rIdH1"/></w:sectPr>`),
				"word/_rels/document.xml.rels", rels(map[string]string{"rIdH1": "header header1.xml"}),
				"word/header1.xml", part("w:hdr", p(r("Invisible")))),
			want: []doc.Line{line("Body")},
		},
		{
			name: "tracked changes",
			parts: withStyles(body(
				p(r("Led "), `<w:del w:id="1" w:author="x"><w:r><w:delText>five</w:delText></w:r></w:del>`,
					`<w:ins w:id="2" w:author="x"><w:r><w:t>six</w:t></w:r></w:ins>`, r(" engineers")) +
					p(`<w:moveFrom w:id="3">`+r("moved away")+`</w:moveFrom>`, `<w:moveTo w:id="4">`+r("moved here")+`</w:moveTo>`) +
					pp(`<w:pStyle w:val="Normal"/><w:pPrChange w:id="5"><w:pPr><w:pStyle w:val="Heading1"/></w:pPr></w:pPrChange>`, r("no heading")) +
					p(`<w:del w:id="6"><w:r><w:t>deleted t</w:t></w:r></w:del>`))),
			want: []doc.Line{{Text: "Led six engineers", Size: 11}, {Text: "moved here", Size: 11}, {Text: "no heading", Size: 11}},
		},
		{
			name: "breaks tabs and symbols",
			parts: body(
				p(r("Jane Doe"), `<w:r><w:br/></w:r>`, r("Engineer"), `<w:r><w:cr/><w:cr/></w:r>`, r("SF")) +
					p(r("2019"), `<w:r><w:tab/></w:r>`, r("Acme"), `<w:r><w:ptab w:relativeTo="margin" w:alignment="right" w:leader="none"/><w:t>NYC</w:t></w:r>`) +
					p(r("e"), `<w:r><w:noBreakHyphen/></w:r>`, r("mail"), `<w:r><w:softHyphen/></w:r>`, r("s")) +
					p(`<w:r><w:sym w:font="Symbol" w:char="F0B7"/></w:r>`, r(" dot "), `<w:r><w:sym w:font="Symbol" w:char="F0E0"/><w:sym w:char="2013"/><w:sym w:char="zz"/></w:r>`) +
					pp(`<w:tabs><w:tab w:val="left" w:pos="720"/></w:tabs>`, r("tab stops are no tabs")) +
					p(`<w:r><w:br/></w:r>`) +
					p(`<w:r><w:t xml:space="preserve">	leading tab</w:t></w:r>`)),
			want: []doc.Line{
				line("Jane Doe"), line("Engineer"), {Text: "SF", Blank: true}, line("2019\tAcme\tNYC"),
				line("e-mails"), line("• dot –"), line("tab stops are no tabs"), {Text: "leading tab", Blank: true},
			},
		},
		{
			name: "fields, notes and comments",
			parts: body(p(r("Text"), `<w:r><w:footnoteReference w:id="1"/></w:r>`, `<w:commentRangeStart w:id="0"/>`, r(" more"),
				`<w:commentRangeEnd w:id="0"/><w:r><w:commentReference w:id="0"/></w:r>`) +
				p(fld(`MERGEFIELD Name`, r("«Name»"))) +
				p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>TIME</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>`, r("no result")) +
				p(fld(`PAGE`, r("7")), r("x")) +
				p(`<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText>INCLUDETEXT </w:instrText></w:r>`,
					fld(`QUOTE "nested"`, r("inner")), `<w:r><w:fldChar w:fldCharType="separate"/></w:r>`, r("outer"), `<w:r><w:fldChar w:fldCharType="end"/></w:r>`)),
			want: []doc.Line{line("Text more"), line("«Name»"), line("no result"), line("x"), line("outer")},
		},
		{
			name: "hidden text, content controls, math, ruby",
			parts: withStyles(body(
				p(r("shown"), rp(`<w:vanish/>`, " hidden"), rp(`<w:rStyle w:val="Hidden"/>`, " hidden2"), rp(`<w:vanish w:val="0"/>`, " visible")) +
					`<w:sdt><w:sdtPr><w:alias w:val="Name"/><w:placeholder><w:docPart w:val="X"/></w:placeholder></w:sdtPr><w:sdtContent>` + p(r("Jane Roe")) + `</w:sdtContent></w:sdt>` +
					p(`<w:sdt><w:sdtPr><w:text/></w:sdtPr><w:sdtContent>`+r("inline control")+`</w:sdtContent></w:sdt>`) +
					p(r("E = "), `<m:oMath><m:r><m:t>mc</m:t></m:r></m:oMath>`) +
					p(`<w:r><w:ruby><w:rubyPr/><w:rt><w:r><w:t>zhāng</w:t></w:r></w:rt><w:rubyBase><w:r><w:t>张</w:t></w:r></w:rubyBase></w:ruby></w:r>`))),
			want: []doc.Line{{Text: "shown visible", Size: 11}, {Text: "Jane Roe", Size: 11}, {Text: "inline control", Size: 11}, {Text: "E = mc", Size: 11}, {Text: "张", Size: 11}},
		},
		{
			name: "rendered page breaks",
			parts: body(p(r("one")) + p(`<w:r><w:lastRenderedPageBreak/><w:t>two</w:t></w:r>`) +
				p(r("a"), `<w:r><w:br w:type="page"/></w:r>`, r("b"))),
			want: []doc.Line{{Text: "one", Pos: doc.Pos{Page: 1}}, {Text: "two", Pos: doc.Pos{Page: 2}}, {Text: "a", Pos: doc.Pos{Page: 2}}, {Text: "b", Pos: doc.Pos{Page: 2}}},
		},
		{
			name: "manual page breaks",
			parts: body(p(r("one"), `<w:r><w:br w:type="page"/></w:r>`, r("two")) + pp(`<w:pageBreakBefore/>`, r("three")) +
				pp(`<w:sectPr><w:type w:val="continuous"/></w:sectPr>`, r("still three")) +
				pp(`<w:sectPr/>`, r("section end")) + p(r("four"))),
			want: []doc.Line{
				{Text: "one", Pos: doc.Pos{Page: 1}}, {Text: "two", Pos: doc.Pos{Page: 2}}, {Text: "three", Pos: doc.Pos{Page: 3}},
				// section breaks do not count: a section's w:type says how it starts,
				// which is only known at its end; but they set the next
				// section's text apart
				{Text: "still three", Pos: doc.Pos{Page: 3}}, {Text: "section end", Pos: doc.Pos{Page: 3}, Blank: true}, {Text: "four", Pos: doc.Pos{Page: 3}, Blank: true},
			},
		},
		{
			name: "strict namespaces",
			parts: map[string]string{
				"_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
				"word/document.xml": `<?xml version="1.0" encoding="UTF-8"?><w:document xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main" xmlns:r="http://purl.oclc.org/ooxml/officeDocument/relationships" w:conformance="strict"><w:body>` +
					`<w:p><w:pPr><w:pStyle w:val="Heading1"/></w:pPr><w:r><w:t>Strict</w:t></w:r></w:p>` +
					`<w:p><w:hyperlink r:id="rId9"><w:r><w:rPr><w:b w:val="true"/><w:sz w:val="24"/></w:rPr><w:t>link</w:t></w:r></w:hyperlink></w:p></w:body></w:document>`,
				"word/_rels/document.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink" Target="https://strict.example" TargetMode="External"/><Relationship Id="rId2" Type="http://purl.oclc.org/ooxml/officeDocument/relationships/styles" Target="styles.xml"/></Relationships>`,
				"word/styles.xml":              `<w:styles xmlns:w="http://purl.oclc.org/ooxml/wordprocessingml/main"><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:rPr><w:sz w:val="32"/></w:rPr></w:style></w:styles>`,
			},
			want: []doc.Line{{Text: "Strict", Heading: 1, Size: 16}, {Text: "link", Bold: true, Size: 12, Links: []doc.Link{{Text: "link", URL: "https://strict.example"}}}},
		},
		{
			name: "main part from package relationships, odd zip names",
			parts: map[string]string{
				"_rels/.rels":                   rels(map[string]string{"rId1": "officeDocument /word/document2.xml"}),
				"word/document2.xml":            document(p(`<w:hyperlink r:id="rId1">` + r("found") + `</w:hyperlink>`)),
				`word\_rels\document2.xml.rels`: rels(map[string]string{"rId1": "hyperlink https://found.example"}),
			},
			want: []doc.Line{{Text: "found", Links: []doc.Link{{Text: "found", URL: "https://found.example"}}}},
		},
		{
			name:  "utf-16 part",
			parts: map[string]string{"word/document.xml": utf16le(strings.Replace(document(p(r("Zhāng Wěi 张伟"))), "UTF-8", "UTF-16", 1))},
			want:  []doc.Line{line("Zhāng Wěi 张伟")},
		},
		{
			name:  "empty document",
			parts: body(p() + p(r(" "))),
		},
	}
}

func TestParse(t *testing.T) {
	for _, tc := range parseCases() {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(makeDOCX(t, tc.parts))
			if err != nil {
				t.Fatal(err)
			}
			if d.Format != doc.DOCX {
				t.Errorf("Format = %q", d.Format)
			}
			checkInvariants(t, d)
			opts := []cmp.Option{cmpopts.IgnoreFields(doc.Pos{}, "Line", "Offset"), cmpopts.IgnoreFields(doc.Line{}, "Spans"), cmpopts.EquateEmpty()}
			if diff := cmp.Diff(tc.want, d.Lines, opts...); diff != "" {
				t.Errorf("lines (-want +got):\n%s\n%s", diff, d)
			}
		})
	}
}

// TestSpans checks the spans of each line: a change of run style, a tab
// and a table cell start a span; a tab and a cell set it apart.
func TestSpans(t *testing.T) {
	sz := func(b bool) doc.Style { return doc.Style{Bold: b, Size: 11} }
	cases := []struct {
		name  string
		parts map[string]string
		want  [][]doc.Span
	}{
		{"one style, no spans", withStyles(body(p(r("Acme Corp"), r(" Boston")))), [][]doc.Span{nil}},
		{"bold title, plain employer", withStyles(body(p(rb("Senior Engineer"), r(" Acme Corp")))),
			[][]doc.Span{{{Text: "Senior Engineer", Style: sz(true)}, {Text: "Acme Corp", Style: sz(false)}}}},
		{"tab before the dates", withStyles(body(p(rb("Acme"), `<w:r><w:tab/></w:r>`, r("2019 – 2021")))),
			[][]doc.Span{{{Text: "Acme", Style: sz(true)}, {Text: "2019 – 2021", Style: sz(false), Box: true}}}},
		{"tab inside a run's text", body(p(r("Acme\tBoston"))),
			[][]doc.Span{{{Text: "Acme"}, {Text: "Boston", Box: true}}}},
		{"table cells", body(tbl([]string{p(r("2019")), p(rb("Acme"))})),
			[][]doc.Span{{{Text: "2019"}, {Text: "Acme", Style: doc.Style{Bold: true}, Box: true}}}},
		{"a cell of paragraphs: each after the first breaks", body(tbl([]string{p(r("教育背景")), p(r("2020 – 2024  某大学")) + p(r("主修课程：力学"))})),
			[][]doc.Span{{{Text: "教育背景"}, {Text: "2020 – 2024  某大学", Box: true}, {Text: "主修课程：力学", Break: true}}}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(makeDOCX(t, tc.parts))
			if err != nil {
				t.Fatal(err)
			}
			var got [][]doc.Span
			for _, l := range d.Lines {
				got = append(got, l.Spans)
			}
			if diff := cmp.Diff(tc.want, got); diff != "" {
				t.Errorf("spans (-want +got):\n%s\n%s", diff, d.Explain(nil))
			}
		})
	}
}

func utf16le(s string) string {
	b := []byte{0xFF, 0xFE}
	for _, r := range s {
		if r >= 0x10000 {
			panic("BMP only")
		}
		b = append(b, byte(r), byte(r>>8))
	}
	return string(b)
}

// checkInvariants checks what holds for every document Parse returns.
func checkInvariants(t testing.TB, d *doc.Document) {
	t.Helper()
	for i, l := range d.Lines {
		if l.Pos.Line != i+1 {
			t.Errorf("line %d: Pos.Line = %d", i+1, l.Pos.Line)
		}
		if l.Text == "" || l.Text != strings.TrimSpace(l.Text) {
			t.Errorf("line %d: text %q is empty or untrimmed", i+1, l.Text)
		}
		if !utf8.ValidString(l.Text) || !utf8.ValidString(l.Marker) {
			t.Errorf("line %d: invalid UTF-8 %q", i+1, l.Text)
		}
		if i == 0 && l.Blank {
			t.Errorf("line 1 has Blank")
		}
		if l.Heading < 0 || l.Heading > 6 || l.Size < 0 || l.Indent < 0 || l.Pos.Page < 0 || l.Pos.Offset < 0 {
			t.Errorf("line %d: hints out of range: %+v", i+1, l)
		}
		if l.Cells != nil {
			var ne []string
			for _, c := range l.Cells {
				if c != "" {
					ne = append(ne, c)
				}
			}
			if strings.Join(ne, " | ") != l.Text {
				t.Errorf("line %d: text %q does not join cells %q", i+1, l.Text, l.Cells)
			}
		}
	}
}

func TestOffsetsAndLineNumbers(t *testing.T) {
	xml := document(p(r("first")) + p() + tbl([]string{p(r("cell"))}) + p(r("last")))
	d, err := Parse(makeDOCX(t, map[string]string{"word/document.xml": xml}))
	if err != nil {
		t.Fatal(err)
	}
	want := []doc.Pos{
		{Line: 1, Offset: strings.Index(xml, "<w:p>")},
		{Line: 2, Offset: strings.Index(xml, "<w:tr>")},
		{Line: 3, Offset: strings.LastIndex(xml, "<w:p>")},
	}
	var got []doc.Pos
	for _, l := range d.Lines {
		got = append(got, l.Pos)
	}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("positions (-want +got):\n%s", diff)
	}
}

func TestParseErrors(t *testing.T) {
	deep := strings.Repeat("<w:sdt>", MaxDepth) + strings.Repeat("</w:sdt>", MaxDepth)
	tests := []struct {
		name  string
		data  func(t *testing.T) []byte
		is    error  // errors.Is target, or nil
		match string // regexp the message must match
	}{
		{
			name:  "malformed document",
			data:  func(t *testing.T) []byte { return makeDOCX(t, body("<w:p><w:r><w:t>x</w:r></w:p>")) },
			match: `^word/document\.xml: XML syntax error on line 2: element <t> closed by </r>$`,
		},
		{
			name: "truncated document",
			data: func(t *testing.T) []byte {
				return makeDOCX(t, map[string]string{"word/document.xml": "<w:document><w:body><w:p>"})
			},
			match: `^word/document\.xml: XML syntax error on line 1: unexpected EOF$`,
		},
		{
			name:  "empty document part",
			data:  func(t *testing.T) []byte { return makeDOCX(t, map[string]string{"word/document.xml": ""}) },
			match: `^word/document\.xml: no XML root element$`,
		},
		{
			name: "malformed styles",
			data: func(t *testing.T) []byte {
				return makeDOCX(t, with(body(p(r("x"))), "word/styles.xml", "<w:styles><w:style></w:styles>"))
			},
			match: `^word/styles\.xml: XML syntax error on line 1: element <style> closed by </styles>$`,
		},
		{
			name: "malformed header",
			data: func(t *testing.T) []byte {
				return makeDOCX(t, with(body(`<w:sectPr><w:headerReference w:type="default" r:id="h"/></w:sectPr>`),
					"word/_rels/document.xml.rels", rels(map[string]string{"h": "header header1.xml"}),
					"word/header1.xml", "<w:hdr><w:p>&bogus;</w:p></w:hdr>"))
			},
			match: `^word/header1\.xml: XML syntax error on line 1: invalid character entity &bogus;$`,
		},
		{
			name:  "no document.xml",
			data:  func(t *testing.T) []byte { return makeDOCX(t, map[string]string{"xl/workbook.xml": "<workbook/>"}) },
			is:    ErrNotDOCX,
			match: `^zip archive is not a Word document \(no word/document\.xml\)$`,
		},
		{
			name:  "empty zip",
			data:  func(t *testing.T) []byte { return makeDOCX(t, nil) },
			is:    ErrNotDOCX,
			match: `no word/document\.xml`,
		},
		{
			name:  "not a zip",
			data:  func(t *testing.T) []byte { return []byte("%PDF-1.7 not a zip") },
			match: `^docx: zip: not a valid zip file$`,
		},
		{
			name: "document.xml too large",
			data: func(t *testing.T) []byte {
				return makeDOCX(t, map[string]string{"word/document.xml": document(p(r("x")) + strings.Repeat(" ", MaxPartSize))})
			},
			is:    ErrLimit,
			match: `^docx safety limit exceeded: word/document\.xml is larger than 64 MiB uncompressed$`,
		},
		{
			// archive/zip refuses to read more than the declared size
			name: "document.xml too large, size field lies",
			data: func(t *testing.T) []byte {
				data := makeDOCX(t, map[string]string{"word/document.xml": document(strings.Repeat(" ", MaxPartSize))})
				return lieAboutSizes(t, data)
			},
			is:    zip.ErrFormat,
			match: `^word/document\.xml: zip: not a valid zip file$`,
		},
		{
			name: "too many entries",
			data: func(t *testing.T) []byte {
				parts := body(p(r("x")))
				for i := range MaxEntries {
					parts[fmt.Sprintf("customXml/item%d.xml", i)] = ""
				}
				return makeDOCX(t, parts)
			},
			is:    ErrLimit,
			match: `^docx safety limit exceeded: more than 10000 zip entries$`,
		},
		{
			name:  "nested too deeply",
			data:  func(t *testing.T) []byte { return makeDOCX(t, body(deep)) },
			is:    ErrLimit,
			match: `^word/document\.xml: docx safety limit exceeded: XML nested deeper than 10000 levels$`,
		},
		{
			name: "bad encoding",
			data: func(t *testing.T) []byte {
				return makeDOCX(t, map[string]string{"word/document.xml": `<?xml version="1.0" encoding="x-klingon"?><w:document/>`})
			},
			match: `^word/document\.xml: xml: opening charset "x-klingon": unsupported encoding "x-klingon"$`,
		},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			d, err := Parse(tc.data(t))
			if err == nil {
				t.Fatalf("no error, got\n%s", d)
			}
			if tc.is != nil && !errors.Is(err, tc.is) {
				t.Errorf("error %v is not %v", err, tc.is)
			}
			if !regexp.MustCompile(tc.match).MatchString(err.Error()) {
				t.Errorf("error %q does not match %q", err, tc.match)
			}
		})
	}
}

// lieAboutSizes rewrites the uncompressed sizes in a zip's local and
// central headers to 1 byte, as a zip bomb would.
func lieAboutSizes(t *testing.T, data []byte) []byte {
	t.Helper()
	out := bytes.Clone(data)
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		t.Fatal(err)
	}
	want := zr.File[0].UncompressedSize64
	le := func(b []byte) uint32 { return uint32(b[0]) | uint32(b[1])<<8 | uint32(b[2])<<16 | uint32(b[3])<<24 }
	n := 0
	for i := 0; i+4 <= len(out); i++ {
		if le(out[i:]) == uint32(want) && i >= 4 {
			out[i], out[i+1], out[i+2], out[i+3] = 1, 0, 0, 0
			n++
		}
	}
	if n == 0 {
		t.Fatal("size not found")
	}
	return out
}

func TestDeepButAllowedNesting(t *testing.T) {
	n := MaxDepth - 10
	xml := p(r("top")) + strings.Repeat("<w:sdt><w:sdtContent>", n/2-4) + p(r("deep")) + strings.Repeat("</w:sdtContent></w:sdt>", n/2-4)
	d, err := Parse(makeDOCX(t, body(xml)))
	if err != nil {
		t.Fatal(err)
	}
	if got := d.String(); got != "line 1\ttop\nline 2\tdeep\n" {
		t.Errorf("got\n%s", got)
	}
	// deeply nested tables and text boxes render without trouble
	nested := p(r("in"))
	for range 600 {
		nested = tbl([]string{nested, p(r("c"))})
	}
	if _, err := Parse(makeDOCX(t, body(nested))); err != nil {
		t.Fatal(err)
	}
}

// TestFormats parses the LibreOffice-made fixtures in testdata/formats when
// they exist: each must yield lines that hold the person's name (the first
// line of the matching .txt) and no XML markup.
func TestFormats(t *testing.T) {
	files, _ := filepath.Glob("../../testdata/formats/*.docx")
	if len(files) == 0 {
		t.Skip("no testdata/formats/*.docx")
	}
	markup := regexp.MustCompile(`</?[a-zA-Z]+:[a-zA-Z]+[\s/>]|xmlns|&lt;|&amp;[a-z]+;`)
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			d, err := Parse(data)
			if err != nil {
				t.Fatal(err)
			}
			checkInvariants(t, d)
			if len(d.Lines) < 3 {
				t.Fatalf("only %d lines:\n%s", len(d.Lines), d)
			}
			for _, l := range d.Lines {
				if markup.MatchString(l.Text) {
					t.Errorf("line %d holds markup: %q", l.Pos.Line, l.Text)
				}
			}
			txt, err := os.ReadFile(strings.TrimSuffix(f, ".docx") + ".txt")
			if err != nil {
				t.Skip("no matching .txt")
			}
			name := ""
			for _, l := range strings.Split(string(txt), "\n") {
				if name = strings.TrimSpace(l); name != "" {
					break
				}
			}
			var all strings.Builder
			for _, l := range d.Lines {
				all.WriteString(l.Text + "\n")
			}
			if !strings.Contains(spaces(all.String()), spaces(name)) {
				t.Errorf("name %q not found in\n%s", name, d)
			}
		})
	}
}

// spaces collapses white space for comparisons.
func spaces(s string) string {
	return strings.Join(strings.Fields(strings.ReplaceAll(s, "\u00a0", " ")), " ")
}

func TestTotalSizeLimit(t *testing.T) {
	defer func(n int64) { totalLimit = n }(totalLimit)
	parts := body(p(r("body")) + `<w:sectPr><w:headerReference w:type="default" r:id="h1"/><w:footerReference w:type="default" r:id="f1"/></w:sectPr>`)
	with(parts, "word/_rels/document.xml.rels", rels(map[string]string{"h1": "header header1.xml", "f1": "footer footer1.xml"}),
		"word/header1.xml", part("w:hdr", p(r("head"))), "word/footer1.xml", part("w:ftr", p(r(strings.Repeat("foot ", 400)))))
	data := makeDOCX(t, parts)
	if _, err := Parse(data); err != nil {
		t.Fatal(err)
	}
	totalLimit = int64(len(parts["word/document.xml"]) + len(parts["word/_rels/document.xml.rels"]) + len(parts["word/header1.xml"]) + 1000)
	_, err := Parse(data)
	want := fmt.Sprintf("docx safety limit exceeded: word/footer1.xml: the parts read are larger than %d bytes uncompressed in all", totalLimit)
	if !errors.Is(err, ErrLimit) || err.Error() != want {
		t.Errorf("got %v, want %s", err, want)
	}
}

// TestLibreOffice parses testdata/lo_features.docx, which LibreOffice wrote
// from testdata/lo_features.fodt (soffice --headless --convert-to docx): a
// header, a footer with page number fields, a text frame (a placed box,
// set apart from the text around it), a list, a table with a merged cell
// and a page break.
func TestLibreOffice(t *testing.T) {
	data, err := os.ReadFile("testdata/lo_features.docx")
	if err != nil {
		t.Fatal(err)
	}
	d, err := Parse(data)
	if err != nil {
		t.Fatal(err)
	}
	checkInvariants(t, d)
	want := `page 1, line 1 [size=12]	Jane Doe · jane@example.com · +1 555 0100
page 1, line 2 [h1 bold size=16 blank-before]	Experience
page 1, line 3 [size=12]	Acme Corp	2019 – 2021
page 1, line 4 [size=12]	Visit my site <https://janedoe.dev/>
page 1, line 5 [size=12]	second line
page 1, line 6 [size=12 indent=36 list=•]	Built things
page 1, line 7 [size=12 indent=36 list=•]	Shipped things
page 1, line 8 [size=12]	Anchor
page 1, line 9 [size=12 blank-before]	Boxed text
page 1, line 10 [size=12 cells=2 blank-before]	Go | 5 years
page 1, line 11 [size=12 cells=1]	Merged
page 2, line 12 [size=12 blank-before]	Education
`
	if diff := cmp.Diff(want, d.String()); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
