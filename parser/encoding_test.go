package parser

import (
	"errors"
	"math/rand"
	"testing"

	"github.com/google/go-cmp/cmp"
	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/simplifiedchinese"
	"golang.org/x/text/encoding/traditionalchinese"
	xunicode "golang.org/x/text/encoding/unicode"
)

// encode returns s in enc, failing the test when s has no representation.
func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("encode %q: %v", s, err)
	}
	return b
}

func TestDecode(t *testing.T) {
	const zh = "个人简历\n姓名：张伟　电话：138-0000-0000\n2015.09 - 2019.06 北京大学 计算机科学与技术 本科\n"
	const tw = "學歷：國立臺灣大學 資訊工程學系 學士\n工作經歷：軟體工程師，負責後端開發與資料庫設計。\n"
	const en = "“Senior Engineer” – Acme’s platform team, 2019–2021…\n"
	utf16le := xunicode.UTF16(xunicode.LittleEndian, xunicode.UseBOM)
	utf16be := xunicode.UTF16(xunicode.BigEndian, xunicode.UseBOM)
	tests := []struct {
		name    string
		data    []byte
		want    string
		wantEnc string
		wantErr error
	}{
		{"utf-8", []byte("Jane Doe\n简历 ✓\n"), "Jane Doe\n简历 ✓\n", "utf-8", nil},
		{"ascii", []byte("plain ascii"), "plain ascii", "utf-8", nil},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, "简历\nJane"...), "简历\nJane", "utf-8-bom", nil},
		{"utf-8 bom then invalid", []byte{0xEF, 0xBB, 0xBF, 'a', 0xFF, 0xFE, 'b'}, "", "", ErrBinary},
		{"utf-16le bom", encode(t, utf16le, "简历 Jane\r\n"), "简历 Jane\r\n", "utf-16le", nil},
		{"utf-16be bom", encode(t, utf16be, "简历 Jane\r\n"), "简历 Jane\r\n", "utf-16be", nil},
		{"gbk", encode(t, simplifiedchinese.GBK, zh), zh, "gb18030", nil},
		{"gb18030", encode(t, simplifiedchinese.GB18030, zh), zh, "gb18030", nil},
		{"big5", encode(t, traditionalchinese.Big5, tw), tw, "big5", nil},
		{"windows-1252", encode(t, charmap.Windows1252, en), en, "windows-1252", nil},
		{"latin-1 accents", encode(t, charmap.Windows1252, "José Núñez, Zoë Müller; naïve façade"), "José Núñez, Zoë Müller; naïve façade", "windows-1252", nil},
		{"nul byte", []byte("Jane\x00Doe"), "", "", ErrBinary},
		{"nul byte in legacy", append(encode(t, simplifiedchinese.GBK, zh), 0), "", "", ErrBinary},
		{"control characters", []byte("\x01\x02\x03\x04abc\x05\x06"), "", "", ErrBinary},
		{"windows-1252 undefined bytes", []byte{'a', 0x81, 'b', 0x8D, 'c'}, "", "", ErrBinary},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, enc, err := decode(tt.data)
			if !errors.Is(err, tt.wantErr) {
				t.Fatalf("decode err = %v, want %v", err, tt.wantErr)
			}
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("decode text (-want +got):\n%s", diff)
			}
			if enc != tt.wantEnc {
				t.Errorf("decode encoding = %q, want %q", enc, tt.wantEnc)
			}
		})
	}
}

func TestDecodeRandomBytes(t *testing.T) {
	r := rand.New(rand.NewSource(1))
	for i := range 200 {
		b := make([]byte, 64+r.Intn(4096))
		r.Read(b)
		if _, enc, err := decode(b); !errors.Is(err, ErrBinary) {
			t.Fatalf("random sample %d (%d bytes): encoding %q, err %v; want ErrBinary", i, len(b), enc, err)
		}
	}
	// without NUL bytes too: the legacy decoders must not believe noise
	for i := range 200 {
		b := make([]byte, 256+r.Intn(4096))
		for j := range b {
			b[j] = byte(1 + r.Intn(255))
		}
		if _, enc, err := decode(b); !errors.Is(err, ErrBinary) {
			t.Fatalf("random NUL-free sample %d (%d bytes): encoding %q, err %v; want ErrBinary", i, len(b), enc, err)
		}
	}
}

// TestDecodeLegacyNotConfused checks realistic GBK, Big5 and windows-1252
// samples each decode as themselves: windows-1252 ’ before a letter and
// every Big5 pair are valid GBK too.
func TestDecodeLegacyNotConfused(t *testing.T) {
	samples := []struct {
		enc  encoding.Encoding
		name string
		text []string
	}{
		{simplifiedchinese.GBK, "gb18030", []string{
			"工作经历\n软件工程师，负责后端开发与数据库设计。",
			"2019.07　阿里巴巴　高级工程师\n● 负责支付系统的稳定性建设，QPS 提升 30%",
			"技能：熟悉 Java、Go、MySQL 与 Redis；英语 CET-6",
			"【教育背景】\n北京邮电大学　通信工程　本科（GPA 3.6/4.0）",
			"王芳",
		}},
		{traditionalchinese.Big5, "big5", []string{
			"工作經歷\n軟體工程師，負責後端開發與資料庫設計。",
			"學歷：國立臺灣大學 資訊工程學系 學士",
			"我的履歷表：專長是程式設計、網路管理。",
		}},
		{charmap.Windows1252, "windows-1252", []string{
			"John’s resume\nI’m a developer’s friend",
			"Don’t panic. It’s “fine”.",
			"“Hello” – 2019–2020 café résumé",
			"Senior Engineer — Acme Corp.\n• Led migration… saving 30%",
			"naïve façade — Zoë’s CV",
		}},
	}
	for _, s := range samples {
		for _, text := range s.text {
			data := encode(t, s.enc, text)
			got, enc, err := decode(data)
			if err != nil || enc != s.name || got != text {
				t.Errorf("decode(%s %q) = %q, %q, %v; want it back as %s", s.name, text, got, enc, err, s.name)
			}
		}
	}
}
