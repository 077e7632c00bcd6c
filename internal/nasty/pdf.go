package nasty

import (
	"bytes"
	"compress/zlib"
	"fmt"
	"strings"
)

// pdfw writes a PDF: objects numbered from 1, streams compressed with
// Flate, a classic cross-reference table or, with objStm, every object
// that is not a stream packed into object streams behind a
// cross-reference stream (as linearized files from Word and Acrobat are).
type pdfw struct {
	objs []pdfObj
}

type pdfObj struct {
	body   string // the object, or a stream's dictionary inside << >>
	data   []byte // a stream's data, compressed; nil for other objects
	stream bool
}

func (w *pdfw) reserve() int {
	w.objs = append(w.objs, pdfObj{})
	return len(w.objs)
}

func (w *pdfw) set(id int, body string) { w.objs[id-1] = pdfObj{body: body} }

func (w *pdfw) add(body string) int {
	id := w.reserve()
	w.set(id, body)
	return id
}

// stream adds a Flate-compressed stream; dict is the inside of its
// dictionary, without /Length and /Filter.
func (w *pdfw) stream(dict string, data []byte) int {
	var z bytes.Buffer
	zw, _ := zlib.NewWriterLevel(&z, zlib.DefaultCompression)
	zw.Write(data)
	zw.Close()
	id := w.reserve()
	w.objs[id-1] = pdfObj{body: dict + "/Filter/FlateDecode", data: z.Bytes(), stream: true}
	return id
}

func (w *pdfw) writeObj(b *bytes.Buffer, id int) {
	o := w.objs[id-1]
	fmt.Fprintf(b, "%d 0 obj\n", id)
	if o.stream {
		fmt.Fprintf(b, "<<%s/Length %d>>\nstream\n", o.body, len(o.data))
		b.Write(o.data)
		b.WriteString("\nendstream\n")
	} else {
		b.WriteString(o.body)
		b.WriteString("\n")
	}
	b.WriteString("endobj\n")
}

// file writes the PDF with a classic cross-reference table.
func (w *pdfw) file(root int) []byte {
	var b bytes.Buffer
	b.WriteString("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
	offs := make([]int, len(w.objs))
	for i := range w.objs {
		offs[i] = b.Len()
		w.writeObj(&b, i+1)
	}
	xref := b.Len()
	fmt.Fprintf(&b, "xref\n0 %d\n0000000000 65535 f \n", len(w.objs)+1)
	for _, o := range offs {
		fmt.Fprintf(&b, "%010d 00000 n \n", o)
	}
	fmt.Fprintf(&b, "trailer\n<</Size %d/Root %d 0 R>>\nstartxref\n%d\n%%%%EOF\n", len(w.objs)+1, root, xref)
	return b.Bytes()
}

// fileObjStm writes the PDF with its objects that are not streams packed
// into object streams of perStm objects each, a /Linearized dictionary
// first, and a cross-reference stream.
func (w *pdfw) fileObjStm(root, perStm int) []byte {
	var packed []int
	for i, o := range w.objs {
		if !o.stream {
			packed = append(packed, i+1)
		}
	}
	type loc struct{ stm, idx int }
	where := map[int]loc{}
	var stms []int
	for start := 0; start < len(packed); start += perStm {
		ids := packed[start:min(len(packed), start+perStm)]
		var index, body strings.Builder
		for k, id := range ids {
			fmt.Fprintf(&index, "%d %d ", id, body.Len())
			body.WriteString(w.objs[id-1].body)
			body.WriteString("\n")
			where[id] = loc{len(w.objs) + 1, k}
		}
		head := index.String()
		stms = append(stms, w.stream(fmt.Sprintf("/Type/ObjStm/N %d/First %d", len(ids), len(head)), []byte(head+body.String())))
	}
	var b bytes.Buffer
	b.WriteString("%PDF-1.5\n%\xe2\xe3\xcf\xd3\n")
	lin := len(w.objs) + 1 // the linearization dictionary, a plain object
	xrefID := lin + 1
	offs := map[int]int{}
	offs[lin] = b.Len()
	fmt.Fprintf(&b, "%d 0 obj\n<</Linearized 1/L %d/N %d/T 0/O %d/E 0/H [0 0]>>\nendobj\n", lin, 0, 1, root)
	for id := 1; id <= len(w.objs); id++ {
		if _, in := where[id]; in {
			continue
		}
		offs[id] = b.Len()
		w.writeObj(&b, id)
	}
	// the cross-reference stream: type 1 byte, offset 4 bytes, index 2 bytes
	var x bytes.Buffer
	row := func(t byte, f2 int, f3 int) {
		x.WriteByte(t)
		x.Write([]byte{byte(f2 >> 24), byte(f2 >> 16), byte(f2 >> 8), byte(f2)})
		x.Write([]byte{byte(f3 >> 8), byte(f3)})
	}
	row(0, 0, 0xffff)
	xrefOff := b.Len()
	offs[xrefID] = xrefOff
	for id := 1; id <= xrefID; id++ {
		if l, in := where[id]; in {
			row(2, l.stm, l.idx)
		} else {
			row(1, offs[id], 0)
		}
	}
	var z bytes.Buffer
	zw := zlib.NewWriter(&z)
	zw.Write(x.Bytes())
	zw.Close()
	fmt.Fprintf(&b, "%d 0 obj\n<</Type/XRef/Size %d/W [1 4 2]/Root %d 0 R/Filter/FlateDecode/Length %d>>\nstream\n", xrefID, xrefID+1, root, z.Len())
	b.Write(z.Bytes())
	fmt.Fprintf(&b, "\nendstream\nendobj\nstartxref\n%d\n%%%%EOF\n", xrefOff)
	_ = stms
	return b.Bytes()
}

// font is a standard font's dictionary.
const font = "<</Type/Font/Subtype/Type1/BaseFont/Helvetica/Encoding/WinAnsiEncoding>>"

// doc adds a page tree of pages with the given content streams and a
// resources dictionary; box is the MediaBox ("" for Letter). It returns
// the catalog.
func (w *pdfw) doc(contents []string, resources, box string) int {
	if box == "" {
		box = "[0 0 612 792]"
	}
	pages := w.reserve()
	var kids []string
	for _, c := range contents {
		kids = append(kids, fmt.Sprintf("%d 0 R", w.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox %s/Resources %s/Contents %s>>", pages, box, resources, c))))
	}
	w.set(pages, fmt.Sprintf("<</Type/Pages/Kids [%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
	return w.add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", pages))
}

// simple is a PDF of pages whose contents are the given streams, set in
// Helvetica as /F1.
func simple(pages [][]byte, box string) []byte {
	w := &pdfw{}
	f := w.add(font)
	var cs []string
	for _, p := range pages {
		cs = append(cs, fmt.Sprintf("%d 0 R", w.stream("", p)))
	}
	return w.file(w.doc(cs, fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f), box))
}

// head is a page's text before the nasty part: a name and a heading.
const head = "BT /F1 18 Tf 72 740 Td (Avery Quill) Tj /F1 10 Tf 0 -20 Td (avery.quill@example.org) Tj 0 -30 Td (EXPERIENCE) Tj 0 -14 Td (Staff Engineer, Example Corp  Jan 2020 - Present) Tj ET\n"

// contentLimit is the most decoded content the PDF adapter reads from one
// stream (16 MB), less room for the head.
const contentLimit = 16*MB - 4096

// fill returns head followed by unit repeated to size bytes, then tail.
func fill(unit, tail string, size int) []byte {
	b := repeat(head, unit, size-len(tail))
	return append(b, tail...)
}

// scatter returns a page of n single glyphs at pseudo-random places.
func scatter(r *lcg, n int) []byte {
	var b bytes.Buffer
	b.WriteString(head)
	b.WriteString("BT /F1 9 Tf\n")
	for range n {
		fmt.Fprintf(&b, "1 0 0 1 %d %d Tm (%c) Tj\n", 20+r.intn(570), 20+r.intn(750), 'a'+r.intn(26))
	}
	b.WriteString("ET\n")
	return b.Bytes()
}

// table returns a page of rows × cells short words, 12 points apart, on
// a page tall enough to hold them.
func table(rows, cells int) ([]byte, string) {
	var b bytes.Buffer
	h := rows*12 + 100
	b.WriteString(strings.Replace(head, "72 740 Td", fmt.Sprintf("72 %d Td", h-20), 1))
	b.WriteString("BT /F1 9 Tf\n")
	for r := range rows {
		for c := range cells {
			fmt.Fprintf(&b, "1 0 0 1 %d %d Tm (%c%d) Tj\n", 20+c*28, h-100-r*12, 'a'+c%26, r%10)
		}
	}
	b.WriteString("ET\n")
	return b.Bytes(), fmt.Sprintf("[0 0 %d %d]", max(612, 40+cells*28), h+100)
}

// textPage returns a page of lines of words, as many as fit in size
// bytes, in a normal layout.
func textPage(r *lcg, size int) []byte {
	var b bytes.Buffer
	b.WriteString(head)
	b.WriteString("BT /F1 9 Tf 72 700 Td 11 TL\n")
	for b.Len() < size {
		fmt.Fprintf(&b, "(%s) '\n", r.sentence(12))
	}
	b.WriteString("ET\n")
	return b.Bytes()
}

func pdfKinds() []Kind {
	return []Kind{
		{Name: "pdf-operand-numbers.pdf", What: "a content stream that pushes 8 million numbers", Size: contentLimit,
			Make: func(n int) []byte { return simple([][]byte{fill("1 ", "Tj\n", n)}, "") }},
		{Name: "pdf-operand-strings.pdf", What: "a content stream that pushes millions of strings", Size: contentLimit,
			Make: func(n int) []byte { return simple([][]byte{fill("(a) ", "Tj\n", n)}, "") }},
		{Name: "pdf-operand-arrays.pdf", What: "a content stream that pushes millions of arrays", Size: contentLimit,
			Make: func(n int) []byte { return simple([][]byte{fill("[1 (a)] ", "TJ\n", n)}, "") }},
		{Name: "pdf-operand-dicts.pdf", What: "a content stream that pushes millions of dictionaries", Size: contentLimit,
			Make: func(n int) []byte { return simple([][]byte{fill("<</A 1>> ", "BDC EMC\n", n)}, "") }},
		{Name: "pdf-operand-nested.pdf", What: "arrays nested millions deep", Size: contentLimit,
			Make: func(n int) []byte {
				return simple([][]byte{fill("[", strings.Repeat("]", 1000)+" TJ\n", n)}, "")
			}},
		{Name: "pdf-huge-array.pdf", What: "one TJ array of millions of strings", Size: contentLimit,
			Make: func(n int) []byte {
				p := append([]byte(head), "BT /F1 1 Tf 72 300 Td ["...)
				p = append(p, repeat("", "(a) -100 ", n-len(p)-16)...)
				return simple([][]byte{append(p, "] TJ ET\n"...)}, "")
			}},
		{Name: "pdf-many-operators.pdf", What: "millions of cheap operators on each of 50 pages", Size: contentLimit,
			Make: func(n int) []byte {
				np := pages(n, contentLimit)
				return simple(repeatPage(fill("q Q ", "", n/np), np), "")
			}},
		{Name: "pdf-scattered-glyphs.pdf", What: "50 pages of 50,000 scattered single glyphs", Size: 50 * 50000 * 28,
			Make: func(n int) []byte {
				r := lcg(3)
				var ps [][]byte
				np := pages(n, 50*50000*28)
				per := max(1, n/28/np)
				for range np {
					ps = append(ps, scatter(&r, per))
				}
				return simple(ps, "")
			}},
		{Name: "pdf-contents-array.pdf", What: "pages whose /Contents is an array of 10,000 streams", Size: 10000 * 50 * 8,
			Make: func(n int) []byte {
				w := &pdfw{}
				f := w.add(font)
				s := w.stream("", []byte("BT /F1 10 Tf 72 700 Td (Built the platform) Tj ET\n"))
				first := w.stream("", []byte(head))
				np := pages(n, 10000*50)
				refs := strings.Repeat(fmt.Sprintf(" %d 0 R", s), max(1, n/np/8))
				var cs []string
				for range np {
					cs = append(cs, fmt.Sprintf("[%d 0 R%s]", first, refs))
				}
				return w.file(w.doc(cs, fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f), ""))
			}},
		objStm("pdf-objstm.pdf", "50 linearized pages, their objects (105,000) in object streams", 4*MB),
		objStm("pdf-objstm-49k.pdf", "50 linearized pages, their objects (49,000: within the budget) in object streams", 49000*40),
		{Name: "pdf-table-10.pdf", What: "a table-like page of 50,000 rows × 10 cells", Size: 50000 * 10 * 26,
			Make: func(n int) []byte {
				c, box := table(max(4, n/26/10), 10)
				return simple([][]byte{c}, box)
			}},
		{Name: "pdf-table-20.pdf", What: "a table-like page of 25,000 rows × 20 cells", Size: 25000 * 20 * 26,
			Make: func(n int) []byte {
				c, box := table(max(4, n/26/20), 20)
				return simple([][]byte{c}, box)
			}},
		{Name: "pdf-table-pages.pdf", What: "50 pages of a dense 60 × 20 table", Size: 50 * 60 * 20 * 26,
			Make: func(n int) []byte {
				np := pages(n, 50*60*20*26)
				rows := max(4, min(60, n/np/26/20))
				c, box := table(rows, 20)
				return simple(repeatPage(c, np), box)
			}},
		{Name: "pdf-text-pages.pdf", What: "50 pages of 50,000 glyphs of text lines each", Size: 50 * 50000,
			Make: func(n int) []byte {
				r := lcg(5)
				var ps [][]byte
				np := pages(n, 50*50000)
				for range np {
					ps = append(ps, textPage(&r, n/np))
				}
				return simple(ps, "")
			}},
		{Name: "pdf-long-line.pdf", What: "one baseline of 50,000 glyphs on each of 50 pages", Size: 50 * 50000 * 3,
			Make: func(n int) []byte {
				np := pages(n, 50*50000*3)
				p := []byte(head)
				p = append(p, "BT /F1 1 Tf 10 300 Td ("...)
				p = append(p, bytes.Repeat([]byte("ab "), max(1, n/np/3))...)
				p = append(p, ") Tj ET\n"...)
				return simple(repeatPage(p, np), "")
			}},
		{Name: "pdf-overprint.pdf", What: "50,000 glyphs on one spot", Size: 50000 * 12,
			Make: func(n int) []byte {
				return simple([][]byte{fill("72 300 Td (a) Tj -72 -300 Td ", "", n)}, "")
			}},
		{Name: "pdf-reresolve-properties.pdf", What: "a million marked-content operators naming an indirect /Properties of 20,000 entries", Size: contentLimit,
			Make: func(n int) []byte {
				w := &pdfw{}
				f := w.add(font)
				var props strings.Builder
				props.WriteString("<<")
				for i := range min(20000, max(10, n/800)) {
					fmt.Fprintf(&props, "/P%d <</MCID %d>>", i, i)
				}
				props.WriteString(">>")
				pr := w.add(props.String())
				c := w.stream("", fill("/Span /P7 BDC EMC ", "", n))
				return w.file(w.doc([]string{fmt.Sprintf("%d 0 R", c)}, fmt.Sprintf("<</Font<</F1 %d 0 R>>/Properties %d 0 R>>", f, pr), ""))
			}},
		{Name: "pdf-reresolve-xobjects.pdf", What: "a million Do of an image in an indirect /XObject of 20,000 entries", Size: contentLimit,
			Make: func(n int) []byte {
				w := &pdfw{}
				f := w.add(font)
				img := w.stream("/Type/XObject/Subtype/Image/Width 1/Height 1/ColorSpace/DeviceGray/BitsPerComponent 8", []byte{0})
				var xo strings.Builder
				xo.WriteString("<<")
				for i := range min(20000, max(10, n/800)) {
					fmt.Fprintf(&xo, "/Im%d %d 0 R", i, img)
				}
				xo.WriteString(">>")
				x := w.add(xo.String())
				c := w.stream("", fill("/Im7 Do ", "", n))
				return w.file(w.doc([]string{fmt.Sprintf("%d 0 R", c)}, fmt.Sprintf("<</Font<</F1 %d 0 R>>/XObject %d 0 R>>", f, x), ""))
			}},
		{Name: "pdf-reresolve-forms.pdf", What: "a form XObject of 1 MB drawn 2,000 times a page", Size: 16 * MB,
			Make: func(n int) []byte {
				w := &pdfw{}
				f := w.add(font)
				res := fmt.Sprintf("<</Font<</F1 %d 0 R>>>>", f)
				form := w.stream("/Type/XObject/Subtype/Form/BBox [0 0 612 792]/Resources "+res, repeat("", "q Q ", max(16, n/16)))
				c := w.stream("", fill("/Fm1 Do ", "", 8*2000+len(head)))
				res2 := fmt.Sprintf("<</Font<</F1 %d 0 R>>/XObject<</Fm1 %d 0 R>>>>", f, form)
				var cs []string
				for range pages(n, 16*MB) {
					cs = append(cs, fmt.Sprintf("%d 0 R", c))
				}
				return w.file(w.doc(cs, res2, ""))
			}},
		{Name: "pdf-reresolve-annots.pdf", What: "/Annots of 20,000 references to one big annotation, 50 pages", Size: 4 * MB,
			Make: func(n int) []byte {
				w := &pdfw{}
				f := w.add(font)
				an := w.add("<</Type/Annot/Subtype/Link/Rect [72 730 200 760]/A <</S/URI/URI (https://example.org/)>>/Border [" + strings.Repeat("0 ", max(10, n/8)) + "]>>")
				refs := strings.Repeat(fmt.Sprintf(" %d 0 R", an), max(10, n/200))
				c := w.stream("", []byte(head))
				tree := w.reserve()
				var kids []string
				for range pages(n, 4*MB) {
					kids = append(kids, fmt.Sprintf("%d 0 R", w.add(fmt.Sprintf("<</Type/Page/Parent %d 0 R/MediaBox [0 0 612 792]/Resources <</Font<</F1 %d 0 R>>>>/Contents %d 0 R/Annots [%s]>>", tree, f, c, refs))))
				}
				w.set(tree, fmt.Sprintf("<</Type/Pages/Kids [%s]/Count %d>>", strings.Join(kids, " "), len(kids)))
				return w.file(w.add(fmt.Sprintf("<</Type/Catalog/Pages %d 0 R>>", tree)))
			}},
		{Name: "pdf-many-fonts.pdf", What: "20,000 fonts, each with a big /Widths, one glyph each", Size: 4 * MB,
			Make: func(n int) []byte {
				w := &pdfw{}
				widths := w.add("[" + strings.Repeat("500 ", 256) + "]")
				var fonts, show strings.Builder
				fonts.WriteString("<<")
				show.WriteString(head)
				for i := range max(4, n/200) {
					id := w.add(fmt.Sprintf("<</Type/Font/Subtype/TrueType/BaseFont/F%d/FirstChar 0/LastChar 255/Widths %d 0 R/Encoding/WinAnsiEncoding>>", i, widths))
					fmt.Fprintf(&fonts, "/F%d %d 0 R", i, id)
					fmt.Fprintf(&show, "BT /F%d 9 Tf %d %d Td (a) Tj ET\n", i, 20+i%500, 20+i%700)
				}
				fonts.WriteString(">>")
				c := w.stream("", []byte(show.String()))
				return w.file(w.doc([]string{fmt.Sprintf("%d 0 R", c)}, "<</Font "+fonts.String()+">>", ""))
			}},
		{Name: "pdf-cmap-bfrange.pdf", What: "a ToUnicode CMap of 100,000 bfrange arrays", Size: contentLimit,
			Make: func(n int) []byte {
				var cm bytes.Buffer
				cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
				for k := 0; cm.Len() < n; k++ {
					cm.WriteString("100 beginbfrange\n")
					for i := range 100 {
						lo := (k*100 + i) % 0xff00
						fmt.Fprintf(&cm, "<%04X> <%04X> [<0041> <0042> <0043> <0044>]\n", lo, lo+3)
					}
					cm.WriteString("endbfrange\n")
				}
				cm.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end\n")
				return cidPDF(cm.Bytes(), n)
			}},
		{Name: "pdf-cmap-wide-ranges.pdf", What: "a ToUnicode CMap whose bfranges each map 65,536 codes by array", Size: contentLimit,
			Make: func(n int) []byte {
				var cm bytes.Buffer
				cm.WriteString("/CIDInit /ProcSet findresource begin 12 dict begin begincmap 1 begincodespacerange <0000> <FFFF> endcodespacerange\n")
				for cm.Len() < n {
					cm.WriteString("1 beginbfrange\n<0000> <FFFF> [")
					for range 65536 {
						cm.WriteString("<0041>")
						if cm.Len() >= n {
							break
						}
					}
					cm.WriteString("]\nendbfrange\n")
				}
				cm.WriteString("endcmap CMapName currentdict /CMap defineresource pop end end\n")
				return cidPDF(cm.Bytes(), n)
			}},
	}
}

// objStm is the kind of a file of 50 pages whose objects, some n/40 of
// them, sit in one object stream behind a cross-reference stream, filler
// objects first: every object looked up in the stream is found after
// reading past them.
func objStm(name, what string, size int) Kind {
	return Kind{Name: name, What: what, Size: size, Make: func(n int) []byte {
		w := &pdfw{}
		r := lcg(4)
		for range n / 40 {
			w.add(fmt.Sprintf("<</Filler %d/Note (%s)>>", r.intn(1000), r.word()))
		}
		var fonts []string
		for i := range 20 {
			fonts = append(fonts, fmt.Sprintf("/F%d %d 0 R", i+1, w.add(font)))
		}
		res := w.add("<</Font<<" + strings.Join(fonts, "") + ">>>>")
		var cs []string
		for range pages(n, size) {
			var b bytes.Buffer
			b.WriteString(head)
			for i := range 20 {
				fmt.Fprintf(&b, "BT /F%d 9 Tf 72 %d Td (%s) Tj ET\n", i+1, 600-i*12, r.sentence(8))
			}
			cs = append(cs, fmt.Sprintf("%d 0 R", w.stream("", b.Bytes())))
		}
		return w.fileObjStm(w.doc(cs, fmt.Sprintf("%d 0 R", res), ""), 1<<30)
	}}
}

// pages is the number of pages of a kind of full size full made at size
// n: 50 at full size, fewer for a smaller input.
func pages(n, full int) int { return max(1, min(50, n*50/full)) }

// repeatPage returns n pages of the same content.
func repeatPage(p []byte, n int) [][]byte {
	ps := make([][]byte, n)
	for i := range ps {
		ps[i] = p
	}
	return ps
}

// cidPDF is a PDF whose font is a Type0 font with the ToUnicode CMap cm,
// showing as many two-byte codes as the content budget allows.
func cidPDF(cm []byte, n int) []byte {
	w := &pdfw{}
	tu := w.stream("", cm)
	desc := w.add("<</Type/FontDescriptor/FontName/Invented/Flags 4/FontBBox [0 0 1000 1000]/ItalicAngle 0/Ascent 800/Descent -200/CapHeight 700/StemV 80>>")
	cid := w.add(fmt.Sprintf("<</Type/Font/Subtype/CIDFontType2/BaseFont/Invented/CIDSystemInfo <</Registry (Adobe)/Ordering (Identity)/Supplement 0>>/FontDescriptor %d 0 R/DW 500>>", desc))
	f0 := w.add(fmt.Sprintf("<</Type/Font/Subtype/Type0/BaseFont/Invented/Encoding/Identity-H/DescendantFonts [%d 0 R]/ToUnicode %d 0 R>>", cid, tu))
	f1 := w.add(font)
	var c bytes.Buffer
	c.WriteString(head)
	c.WriteString("BT /F0 9 Tf 1 0 0 1 20 700 Tm 11 TL\n")
	r := lcg(6)
	for row := 0; row < 60; row++ {
		c.WriteString("<")
		for range 80 {
			fmt.Fprintf(&c, "%04X", r.intn(0xff00))
		}
		c.WriteString("> '\n")
	}
	c.WriteString("ET\n")
	cs := w.stream("", c.Bytes())
	var refs []string
	for range pages(n, contentLimit) {
		refs = append(refs, fmt.Sprintf("%d 0 R", cs))
	}
	return w.file(w.doc(refs, fmt.Sprintf("<</Font<</F0 %d 0 R/F1 %d 0 R>>>>", f0, f1), ""))
}
