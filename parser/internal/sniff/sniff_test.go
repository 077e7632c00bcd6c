package sniff

import (
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
)

func TestChinese(t *testing.T) {
	enc := func(e encoding.Encoding, s string) []byte {
		b, err := e.NewEncoder().Bytes([]byte(s))
		if err != nil {
			t.Fatal(err)
		}
		return b
	}
	tests := []struct {
		name string
		data []byte
		want string // "" when no Chinese encoding should be believed
	}{
		{"gbk", enc(simplifiedchinese.GBK, "张三，高级工程师，负责支付系统的设计与开发。"), "gb18030"},
		{"big5", enc(traditionalchinese.Big5, "陳大文，資深工程師，負責支付系統的設計與開發。"), "big5"},
		{"windows-1252 English", enc(charmap.Windows1252, "John’s résumé — “Senior Engineer” at Café Ltd."), ""},
		{"invalid", []byte{0xff, 0xfe, 0x80, 0x81, 0x00}, ""},
	}
	for _, tc := range tests {
		_, name, ok := Chinese(tc.data)
		if tc.want == "" && ok || tc.want != "" && name != tc.want {
			t.Errorf("%s: Chinese = %q, %v; want %q", tc.name, name, ok, tc.want)
		}
	}
}

func TestHanShare(t *testing.T) {
	for s, want := range map[string]float64{"张三 Li": 1, "café": 0, "abc": 0, "中é": 0.5} {
		if got := HanShare(s); got != want {
			t.Errorf("HanShare(%q) = %v, want %v", s, got, want)
		}
	}
}
