package html

import (
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatal(err)
	}
	return b
}

const zhBody = `<body><h1>张三</h1><p>求职意向：后端开发工程师，期望城市：北京</p><ul><li>熟悉分布式系统与数据库</li></ul></body></html>`

var zhWant = texts("张三", "求职意向：后端开发工程师，期望城市：北京", "熟悉分布式系统与数据库")

func TestCharset(t *testing.T) {
	gbk := simplifiedchinese.GBK
	long := strings.Repeat(" ", 2000)
	tests := []struct {
		name string
		data []byte
		enc  string
		want []L
	}{
		{"utf-8", []byte(`<html><head><meta charset="utf-8"></head>` + zhBody), "utf-8", zhWant},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, `<html>`+zhBody...), "utf-8", zhWant},
		{"undeclared utf-8", []byte(`<html>` + zhBody), "utf-8", zhWant},
		{"utf-16le bom", append([]byte{0xFF, 0xFE}, encode(t, xunicode.UTF16(xunicode.LittleEndian, xunicode.IgnoreBOM), `<html>`+zhBody)...), "utf-16le", zhWant},
		{"utf-16be bom", append([]byte{0xFE, 0xFF}, encode(t, xunicode.UTF16(xunicode.BigEndian, xunicode.IgnoreBOM), `<html>`+zhBody)...), "utf-16be", zhWant},
		{"meta charset gbk", encode(t, gbk, `<html><head><meta charset="gbk"><title>简历</title></head>`+zhBody), "gbk", zhWant},
		{"meta charset gb2312 is gbk", encode(t, gbk, `<html><head><meta charset=GB2312></head>`+zhBody), "gbk", zhWant},
		{"http-equiv", encode(t, gbk, `<html><head><meta http-equiv="Content-Type" content="text/html; charset=gbk"></head>`+zhBody), "gbk", zhWant},
		{"meta after a long style", encode(t, gbk, `<html><head><style>`+long+`</style><meta http-equiv=content-type content='text/html;charset=gb18030'></head>`+zhBody), "gb18030", zhWant},
		{"undeclared gbk", encode(t, gbk, `<html><head><title>简历</title></head>`+zhBody), "gb18030", zhWant},
		{"undeclared big5", encode(t, traditionalchinese.Big5, `<html><body><h1>張三</h1><p>求職意向：後端開發工程師，期望城市：臺北</p></body></html>`), "big5", texts("張三", "求職意向：後端開發工程師，期望城市：臺北")},
		{"declared gbk but utf-8", []byte(`<html><head><meta charset="gbk"></head>` + zhBody), "utf-8", zhWant},
		{"declared utf-8 but gbk", encode(t, gbk, `<html><head><meta charset="utf-8"></head>`+zhBody), "gb18030", zhWant},
		{"windows-1252", encode(t, charmap.Windows1252, `<html><body><p>Café résumé – naïve</p></body></html>`), "windows-1252", texts("Café résumé – naïve")},
		{"declared latin1", encode(t, charmap.Windows1252, `<meta charset="iso-8859-1"><p>Café</p>`), "windows-1252", texts("Café")},
		{"xml declaration", encode(t, gbk, `<?xml version="1.0" encoding="GBK"?><html xmlns="http://www.w3.org/1999/xhtml">`+zhBody), "gbk", zhWant},
		{"meta in a script is not a declaration", encode(t, gbk, `<html><head><script>var s = '<meta charset="utf-8">';</script></head>`+zhBody), "gb18030", zhWant},
		{"unknown label", []byte(`<meta charset="klingon"><p>ok</p>`), "utf-8", texts("ok")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d := mustParse(t, string(tt.data))
			if d.Encoding != tt.enc {
				t.Errorf("Encoding = %q, want %q", d.Encoding, tt.enc)
			}
			got := summarize(d.Lines)
			if len(got) != len(tt.want) {
				t.Fatalf("lines = %+v, want %+v", got, tt.want)
			}
			for i := range got {
				if got[i].Text != tt.want[i].Text {
					t.Errorf("line %d = %q, want %q", i, got[i].Text, tt.want[i].Text)
				}
			}
		})
	}
}
