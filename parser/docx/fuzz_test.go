package docx

import (
	"archive/zip"
	"strings"
	"testing"
)

// fuzzSeeds are the test packages plus a few broken ones.
func fuzzSeeds(tb testing.TB) [][]byte {
	var seeds [][]byte
	for _, tc := range parseCases() {
		seeds = append(seeds, makeDOCX(tb, tc.parts))
	}
	for _, parts := range []map[string]string{
		body("<w:p><w:r><w:t>x</w:r></w:p>"),
		{"word/document.xml": ""},
		{"word/document.xml": "<w:document><w:body><w:p>"},
		{"xl/workbook.xml": "<workbook/>"},
		body(strings.Repeat("<w:sdt>", MaxDepth+1)),
		with(body(p(r("x"))), "word/styles.xml", "<w:styles><w:style></w:styles>"),
	} {
		seeds = append(seeds, makeDOCX(tb, parts))
	}
	return append(seeds, nil, []byte("PK\x03\x04"), []byte("%PDF-1.7"))
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := Parse(data)
		if err != nil {
			if d != nil {
				t.Errorf("document and error %v", err)
			}
			return
		}
		checkInvariants(t, d)
	})
}

// FuzzDocumentXML fuzzes word/document.xml inside a package with styles,
// numbering, relationships and a header, which random zip bytes rarely
// reach.
func FuzzDocumentXML(f *testing.F) {
	for _, tc := range parseCases() {
		if x, ok := tc.parts["word/document.xml"]; ok {
			f.Add(x)
		}
	}
	f.Add(document(p(r("x")) + `<w:sectPr><w:headerReference w:type="default" r:id="h1"/><w:footerReference w:type="default" r:id="f1"/></w:sectPr>`))
	f.Fuzz(func(t *testing.T, xml string) {
		parts := withStyles(map[string]string{
			"word/document.xml": xml,
			"word/_rels/document.xml.rels": rels(map[string]string{
				"h1": "header header1.xml", "f1": "footer footer1.xml",
				"rId7": "hyperlink https://janedoe.dev/", "rId8": "hyperlink https://x.dev",
			}),
			"word/header1.xml": part("w:hdr", p(r("Jane Doe"))+p(`<w:fldSimple w:instr="PAGE">`+r("1")+`</w:fldSimple>`)),
			"word/footer1.xml": part("w:ftr", p(r("Page "), fld("PAGE", r("2")))),
		})
		d, err := Parse(zipParts(t, parts, zip.Store))
		if err != nil {
			return
		}
		checkInvariants(t, d)
	})
}
