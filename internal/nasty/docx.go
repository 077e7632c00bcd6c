package nasty

import (
	"archive/zip"
	"bytes"
	"fmt"
	"strings"
)

// docxPartLimit is the most the DOCX adapter reads of one part (64 MB),
// less room for the rest.
const docxPartLimit = 60 * MB

const (
	wNS       = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`
	docxTypes = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>`
	docxRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
	docxDocRels = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
)

// docxHead is the top of the body: a name and contact details.
const docxHead = `<w:p><w:pPr><w:pStyle w:val="Title"/></w:pPr><w:r><w:t>Avery Quill</w:t></w:r></w:p><w:p><w:r><w:t>avery.quill@example.org</w:t></w:r></w:p><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>EXPERIENCE</w:t></w:r></w:p><w:p><w:r><w:t>Staff Engineer, Example Corp, Jan 2020 - Present</w:t></w:r></w:p>`

// docx returns a Word file whose body is body, with extra parts (name →
// content) beside it.
func docx(body string, extra map[string]string) []byte {
	var b bytes.Buffer
	zw := zip.NewWriter(&b)
	put := func(name, content string) {
		f, _ := zw.Create(name)
		f.Write([]byte(content))
	}
	put("[Content_Types].xml", docxTypes)
	put("_rels/.rels", docxRels)
	put("word/_rels/document.xml.rels", docxDocRels)
	put("word/document.xml", `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><w:document `+wNS+`><w:body>`+docxHead+body+`</w:body></w:document>`)
	for name, content := range extra {
		put(name, content)
	}
	zw.Close()
	return b.Bytes()
}

// body repeats unit to n bytes between open and close.
func body(open, unit, close string, n int) string {
	return open + string(repeat("", unit, n-len(open)-len(close))) + close
}

// within is the kind of a Word file of count units between open and
// close: what a file within the budgets may hold.
func within(name, what, open, unit, close string, count int) Kind {
	return Kind{Name: name, What: what, Size: count * len(unit), Make: func(n int) []byte {
		return docx(body(open, unit, close, n+len(open)+len(close)), nil)
	}}
}

func docxKinds() []Kind {
	return []Kind{
		{Name: "docx-paragraphs.docx", What: "millions of tiny paragraphs", Size: docxPartLimit,
			Make: func(n int) []byte { return docx(body("", "<w:p><w:r><w:t>a</w:t></w:r></w:p>", "", n), nil) }},
		{Name: "docx-empty-paragraphs.docx", What: "millions of empty paragraphs", Size: docxPartLimit,
			Make: func(n int) []byte { return docx(body("", "<w:p/>", "<w:p><w:r><w:t>end</w:t></w:r></w:p>", n), nil) }},
		{Name: "docx-huge-run.docx", What: "one run of 60 MB of text", Size: docxPartLimit,
			Make: func(n int) []byte { return docx(body("<w:p><w:r><w:t>", "word ", "</w:t></w:r></w:p>", n), nil) }},
		{Name: "docx-many-runs.docx", What: "one paragraph of millions of runs in changing styles", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:p>", "<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r>", "</w:p>", n), nil)
			}},
		{Name: "docx-breaks.docx", What: "one paragraph of millions of line breaks", Size: docxPartLimit,
			Make: func(n int) []byte { return docx(body("<w:p><w:r>", "<w:t>a</w:t><w:br/>", "</w:r></w:p>", n), nil) }},
		{Name: "docx-tabs.docx", What: "one paragraph of millions of tabs", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:p><w:r><w:t>a</w:t>", "<w:tab/>", "<w:t>b</w:t></w:r></w:p>", n), nil)
			}},
		{Name: "docx-tall-table.docx", What: "a table of a million rows", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:tbl>", "<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>", "</w:tbl>", n), nil)
			}},
		{Name: "docx-wide-row.docx", What: "a table row of a million cells", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:tbl><w:tr>", "<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>", "</w:tr></w:tbl>", n), nil)
			}},
		{Name: "docx-tall-cell.docx", What: "one table cell of a million paragraphs", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>a</w:t></w:r></w:p>", "</w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", n), nil)
			}},
		{Name: "docx-list.docx", What: "a million numbered list items", Size: docxPartLimit,
			Make: func(n int) []byte {
				num := `<?xml version="1.0" encoding="UTF-8"?><w:numbering ` + wNS + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum><w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
				return docx(body("", `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>a</w:t></w:r></w:p>`, "", n), map[string]string{"word/numbering.xml": num})
			}},
		{Name: "docx-styles.docx", What: "100,000 styles, each based on the one before", Size: 16 * MB,
			Make: func(n int) []byte {
				var st strings.Builder
				st.WriteString(`<?xml version="1.0" encoding="UTF-8"?><w:styles ` + wNS + `>`)
				for i := 0; st.Len() < n/2; i++ {
					fmt.Fprintf(&st, `<w:style w:type="paragraph" w:styleId="S%d"><w:basedOn w:val="S%d"/><w:rPr><w:b/></w:rPr></w:style>`, i, i+1)
				}
				st.WriteString(`</w:styles>`)
				var b strings.Builder
				for i := 0; b.Len() < n/2; i++ {
					fmt.Fprintf(&b, `<w:p><w:pPr><w:pStyle w:val="S%d"/></w:pPr><w:r><w:t>a</w:t></w:r></w:p>`, i%1000)
				}
				return docx(b.String(), map[string]string{"word/styles.xml": st.String()})
			}},
		{Name: "docx-text-boxes.docx", What: "a hundred thousand text boxes in one paragraph", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:p>", `<w:r><w:pict><v:shape xmlns:v="urn:schemas-microsoft-com:vml"><v:textbox><w:txbxContent><w:p><w:r><w:t>a</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict></w:r>`, "</w:p>", n), nil)
			}},
		// within the budgets: 16 MB of document XML, 300,000 elements,
		// 100,000 paragraphs, 200,000 runs, 50,000 cells, 10,000 lines
		within("docx-paragraphs-10k.docx", "9,900 tiny paragraphs", "", "<w:p><w:r><w:t>a</w:t></w:r></w:p>", "", 9900),
		within("docx-empty-paragraphs-99k.docx", "99,000 empty paragraphs", "", "<w:p/>", "<w:p><w:r><w:t>end</w:t></w:r></w:p>", 99000),
		within("docx-huge-run-15m.docx", "one run of 15 MB of text", "<w:p><w:r><w:t>", "word ", "</w:t></w:r></w:p>", 3_000_000),
		within("docx-many-runs-99k.docx", "one paragraph of 99,000 runs in changing styles", "<w:p>", "<w:r><w:rPr><w:b/></w:rPr><w:t>a</w:t></w:r><w:r><w:t>b</w:t></w:r>", "</w:p>", 49000),
		within("docx-breaks-10k.docx", "one paragraph of 9,900 line breaks", "<w:p><w:r>", "<w:t>a</w:t><w:br/>", "</w:r></w:p>", 9900),
		within("docx-tabs-290k.docx", "one paragraph of 290,000 tabs", "<w:p><w:r><w:t>a</w:t>", "<w:tab/>", "<w:t>b</w:t></w:r></w:p>", 290000),
		within("docx-tall-table-10k.docx", "a table of 9,900 rows of 2 cells", "<w:tbl>", "<w:tr><w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr>", "</w:tbl>", 9900),
		within("docx-wide-row-49k.docx", "a table row of 49,000 cells", "<w:tbl><w:tr>", "<w:tc><w:p><w:r><w:t>a</w:t></w:r></w:p></w:tc>", "</w:tr></w:tbl>", 49000),
		within("docx-tall-cell-10k.docx", "one table cell of 9,900 paragraphs", "<w:tbl><w:tr><w:tc>", "<w:p><w:r><w:t>a</w:t></w:r></w:p>", "</w:tc><w:tc><w:p><w:r><w:t>b</w:t></w:r></w:p></w:tc></w:tr></w:tbl>", 9900),
		{Name: "docx-hyperlinks.docx", What: "a million hyperlinks", Size: docxPartLimit,
			Make: func(n int) []byte {
				return docx(body("<w:p>", `<w:hyperlink w:anchor="x"><w:r><w:t>a</w:t></w:r></w:hyperlink>`, "</w:p>", n), nil)
			}},
	}
}
