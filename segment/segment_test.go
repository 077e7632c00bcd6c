package segment

import (
	"math/rand/v2"
	"slices"
	"strings"
	"sync"
	"testing"
	"unicode/utf8"

	"github.com/go-ego/gse"
	"github.com/google/go-cmp/cmp"
)

// cutCases are resume skill phrases. want is the exact cut with the checked-in
// dictionary; whole lists strings that must be single pieces and groups, when
// set, the runs of pieces the text must fall into (so "KPI考核", "与",
// "项目进度控制" means the filler word 与 stands alone between the two).
var cutCases = []struct {
	in     string
	want   []string
	whole  []string
	groups []string
}{
	{
		in:     "KPI考核与项目进度控制",
		want:   []string{"KPI", "考核", "与", "项目", "进度", "控制"},
		whole:  []string{"与"},
		groups: []string{"KPI考核", "与", "项目进度控制"},
	},
	{
		in:     "高可用与读写分离设计",
		want:   []string{"高", "可用", "与", "读写", "分离", "设计"},
		whole:  []string{"与"},
		groups: []string{"高可用", "与", "读写分离设计"},
	},
	{
		in:    "ClickHouse 的海量数据与查询优化",
		want:  []string{"ClickHouse", " ", "的", "海量", "数据", "与", "查询", "优化"},
		whole: []string{"ClickHouse", "的", "与"},
	},
	{
		in:    "擅长团队协作",
		want:  []string{"擅长", "团队", "协作"},
		whole: []string{"擅长"},
	},
	{
		in:    "熟悉 Kubernetes",
		want:  []string{"熟悉", " ", "Kubernetes"},
		whole: []string{"熟悉", "Kubernetes"},
	},
	{
		in:    "参与项目开发",
		want:  []string{"参与", "项目", "开发"},
		whole: []string{"参与"},
	},
	{
		in:    "以及时间管理",
		want:  []string{"以及", "时间", "管理"},
		whole: []string{"以及", "时间", "管理"},
	},
	{in: "和谐团队", want: []string{"和谐", "团队"}, whole: []string{"和谐"}},
	{in: "等待队列", want: []string{"等待", "队列"}, whole: []string{"等待"}},
	{in: "平等", want: []string{"平等"}, whole: []string{"平等"}},
	{in: "目的", want: []string{"目的"}, whole: []string{"目的"}},
	{in: "及时响应", want: []string{"及时", "响应"}, whole: []string{"及时"}},
	{
		in:    "精通Go语言和MySQL，掌握Redis，了解Rust",
		want:  []string{"精通", "Go", "语言", "和", "MySQL", "，", "掌握", "Redis", "，", "了解", "Rust"},
		whole: []string{"精通", "掌握", "了解", "和", "MySQL"},
	},
	{in: "Service Mesh", want: []string{"Service", " ", "Mesh"}, whole: []string{"Service", "Mesh"}},
	{in: "C/C++", want: []string{"C", "/", "C++"}, groups: []string{"C", "/", "C++"}},
	{in: "c++ 与 C#", want: []string{"c++", " ", "与", " ", "C#"}, whole: []string{"与"}},
	{in: "K8S 1.28 集群", want: []string{"K8S", " ", "1", ".", "28", " ", "集群"}},
	{in: "", want: nil},
}

func TestCut(t *testing.T) {
	seg := New()
	for _, tc := range cutCases {
		got := seg.Cut(tc.in)
		if diff := cmp.Diff(tc.want, got); diff != "" {
			t.Errorf("Cut(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
		if j := strings.Join(got, ""); j != tc.in {
			t.Errorf("Cut(%q) joins to %q", tc.in, j)
		}
		for _, w := range tc.whole {
			if !slices.Contains(got, w) {
				t.Errorf("Cut(%q) = %q: %q is not a piece of its own", tc.in, got, w)
			}
		}
		if tc.groups != nil {
			if g, ok := groupPieces(got, tc.groups); !ok {
				t.Errorf("Cut(%q) = %q: does not fall into %q (got %q)", tc.in, got, tc.groups, g)
			}
		}
	}
}

// groupPieces joins consecutive pieces to match groups; ok reports whether
// every group boundary is a piece boundary.
func groupPieces(pieces, groups []string) (got []string, ok bool) {
	i := 0
	for _, g := range groups {
		var b strings.Builder
		for i < len(pieces) && b.Len() < len(g) {
			b.WriteString(pieces[i])
			i++
		}
		got = append(got, b.String())
		if b.String() != g {
			return got, false
		}
	}
	return got, i == len(pieces)
}

func TestFillerWordsNotSplit(t *testing.T) {
	// Words containing filler characters must not be cut into their
	// characters (参与 -> 参 与 would make 与 look like a conjunction).
	seg := New()
	for _, w := range []string{"参与", "和谐", "以及", "及时", "等待", "平等", "目的", "熟悉", "精通", "掌握", "了解", "擅长"} {
		if got := seg.Cut(w); !cmp.Equal(got, []string{w}) {
			t.Errorf("Cut(%q) = %q, want it whole", w, got)
		}
	}
}

func TestCaseAndBytesPreserved(t *testing.T) {
	seg := New()
	tests := []struct {
		in   string
		want []string
	}{
		{"KUBERNETES Kubernetes kubernetes", []string{"KUBERNETES", " ", "Kubernetes", " ", "kubernetes"}},
		{"熟悉AWS和GCP", []string{"熟悉", "AWS", "和", "GCP"}},
		{"4S店", []string{"4S店"}},
		{"  两个空格\t和tab\n", []string{" ", " ", "两个", "空格", "\t", "和", "tab", "\n"}},
		{"\xff\xff", []string{"\xff", "\xff"}}, // the balance word cannot match input
		{"a\x00与\xffb", []string{"a", "\x00", "与", "\xff", "b"}},
		{"数据库\u00e9t\u00e9", []string{"数据库", "\u00e9t\u00e9"}},
	}
	for _, tc := range tests {
		if diff := cmp.Diff(tc.want, seg.Cut(tc.in)); diff != "" {
			t.Errorf("Cut(%q) mismatch (-want +got):\n%s", tc.in, diff)
		}
	}
}

func TestLossless(t *testing.T) {
	seg := New()
	inputs := []string{
		"", " ", "\n\n", "a", "与", "\xff", "\xe4\xb8", "与\xe4\xb8", "😀 emoji 表情😀",
		"İstanbul İİ ǅ ß ẞ", "ＡＢＣ全角１２３", "①②③", "Ⅻ", "१२३ हिन्दी", "\u200b零宽\ufeff",
		strings.Repeat("研发", 2000), strings.Repeat("a", 5000), strings.Repeat("\xff", 300),
	}
	for _, in := range inputs {
		got := seg.Cut(in)
		if j := strings.Join(got, ""); j != in {
			t.Errorf("Cut(%q) joins to %q", in, j)
		}
		for _, p := range got {
			if p == "" {
				t.Errorf("Cut(%q) has an empty piece: %q", in, got)
			}
		}
	}
}

// TestMatchesFullDictionary checks the design: cutting with only the
// dictionary words found in the text (plus the balance entry) gives the same
// result as gse with the whole embedded dictionary loaded.
func TestMatchesFullDictionary(t *testing.T) {
	if testing.Short() {
		t.Skip("loads the whole dictionary into gse (about 1 s)")
	}
	full := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
	if err := full.LoadDictStr(dictData); err != nil {
		t.Fatal(err)
	}
	if got := full.Dict.TotalFreq(); got != dictTotalFreq {
		t.Fatalf("gse total frequency %v, want %v", got, dictTotalFreq)
	}
	if got := full.Dict.NumTokens(); got != dictEntries {
		t.Fatalf("gse loaded %d words, want %d", got, dictEntries)
	}
	cutFull := func(text string) []string {
		var out []string
		for _, s := range full.Segment(normalize(text)) {
			out = append(out, text[s.Start():s.End()])
		}
		return out
	}

	texts := corpus(t, 3000)
	for _, tc := range cutCases {
		texts = append(texts, tc.in)
	}
	seg := New()
	for _, text := range texts {
		if diff := cmp.Diff(cutFull(text), seg.Cut(text)); diff != "" {
			t.Errorf("Cut(%q) differs from gse with the whole dictionary (-full +got):\n%s", text, diff)
		}
	}
}

// corpus returns n pseudo-random texts made of dictionary words, single
// characters, Latin words and punctuation.
func corpus(t testing.TB, n int) []string {
	t.Helper()
	var words []string
	for line := range strings.Lines(dictData) {
		w, _, _ := strings.Cut(line, " ")
		words = append(words, w)
	}
	extra := []string{"Go", "Kubernetes", "C++", " ", "，", "、", "与", "和", "的", "及", "等", "/", "2024", "\xff"}
	r := rand.New(rand.NewPCG(1, 2))
	texts := make([]string, n)
	for i := range texts {
		var b strings.Builder
		for k := 1 + r.IntN(12); k > 0; k-- {
			if r.IntN(4) == 0 {
				b.WriteString(extra[r.IntN(len(extra))])
				continue
			}
			w := words[r.IntN(len(words))]
			if r.IntN(3) == 0 { // a fragment, to create unknown boundaries
				rs := []rune(w)
				w = string(rs[r.IntN(len(rs)):])
			}
			b.WriteString(w)
		}
		texts[i] = b.String()
	}
	return texts
}

func TestDictFile(t *testing.T) {
	var (
		n     int
		total int64
		prev  string
	)
	for off := 0; off < len(dictData); {
		word, next := dictWord(dictData, off)
		w, freq := dictLine(dictData, off)
		if w != word || freq < 2 {
			t.Fatalf("bad line at %d: %q", off, dictData[off:min(next, len(dictData))])
		}
		if word <= prev {
			t.Fatalf("dict.txt not strictly sorted: %q after %q", word, prev)
		}
		if !utf8.ValidString(word) || strings.ContainsAny(word, " \t\r\nABCDEFGHIJKLMNOPQRSTUVWXYZ") {
			t.Fatalf("word %q is not normalised", word)
		}
		if utf8.RuneCountInString(word) == 1 && freq != 2 {
			t.Fatalf("single character %q has frequency %d, gse uses 2", word, freq)
		}
		prev = word
		n++
		total += freq
		off = next
	}
	if n != dictEntries || total != dictTotalFreq {
		t.Fatalf("dict.txt has %d entries totalling %d, dict_gen.go says %d and %d (run go generate)", n, total, dictEntries, dictTotalFreq)
	}
	for _, w := range []string{"与", "和", "及", "等", "的", "参与", "和谐", "以及", "及时", "等待", "平等", "目的", "熟悉", "精通", "掌握", "了解", "擅长", "c++", "4s店"} {
		found := false
		eachWord(w, func(word string, _ int64) { found = found || word == w })
		if !found {
			t.Errorf("%q is not in the dictionary", w)
		}
	}
}

func TestEachWord(t *testing.T) {
	var got []string
	eachWord(string(normalize("参与C++")), func(word string, _ int64) { got = append(got, word) })
	want := []string{"参", "参与", "与", "c++"}
	if diff := cmp.Diff(want, got); diff != "" {
		t.Errorf("eachWord mismatch (-want +got):\n%s", diff)
	}
}

func TestConcurrentCut(t *testing.T) {
	seg := New()
	texts := corpus(t, 200)
	want := make([][]string, len(texts))
	for i, text := range texts {
		want[i] = seg.Cut(text)
	}
	var wg sync.WaitGroup
	for range 8 {
		wg.Go(func() {
			for i, text := range texts {
				if got := seg.Cut(text); !cmp.Equal(want[i], got) {
					t.Errorf("concurrent Cut(%q) = %q, want %q", text, got, want[i])
				}
			}
		})
	}
	wg.Wait()
}

func FuzzCut(f *testing.F) {
	for _, tc := range cutCases {
		f.Add(tc.in)
	}
	f.Add("\xff\xff与\x00A")
	seg := New()
	f.Fuzz(func(t *testing.T, text string) {
		got := seg.Cut(text)
		if j := strings.Join(got, ""); j != text {
			t.Fatalf("Cut(%q) = %q joins to %q", text, got, j)
		}
		for _, p := range got {
			if p == "" {
				t.Fatalf("Cut(%q) = %q has an empty piece", text, got)
			}
		}
		if again := seg.Cut(text); !cmp.Equal(got, again) {
			t.Fatalf("Cut(%q) not deterministic: %q then %q", text, got, again)
		}
	})
}

var benchPhrases = []string{
	"KPI考核与项目进度控制",
	"ClickHouse 的海量数据与查询优化",
	"熟悉 Kubernetes、Docker 及 Service Mesh",
	"参与项目开发，精通 C/C++ 和 Go 语言",
	"了解机器学习、深度学习等相关技术",
}

// BenchmarkLoad measures a fresh segmenter's first Cut, which is all a
// process pays for segmentation: there is no separate dictionary load.
func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		New().Cut(benchPhrases[0])
	}
}

// BenchmarkGseFullLoad is the rejected alternative: loading the whole
// embedded dictionary into gse once, as gse.New does from disk.
func BenchmarkGseFullLoad(b *testing.B) {
	for b.Loop() {
		seg := &gse.Segmenter{NotLoadHMM: true, SkipLog: true}
		if err := seg.LoadDictStr(dictData); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkCut(b *testing.B) {
	seg := New()
	for b.Loop() {
		for _, p := range benchPhrases {
			seg.Cut(p)
		}
	}
}

// TestDictIndex checks dictIndex (dict_gen.go) against dict.txt: each
// character that starts a word, in order, with the offset of its first
// line (go generate rewrites both).
func TestDictIndex(t *testing.T) {
	var want []dictStart
	last := rune(-1)
	for off := 0; off < len(dictData); {
		r, _ := utf8.DecodeRuneInString(dictData[off:])
		if r != last {
			want = append(want, dictStart{r, int32(off)})
			last = r
		}
		nl := strings.IndexByte(dictData[off:], '\n')
		if nl < 0 {
			break
		}
		off += nl + 1
	}
	if len(want) != len(dictIndex) {
		t.Fatalf("dictIndex has %d rows, dict.txt %d first characters: run go generate ./segment", len(dictIndex), len(want))
	}
	for i := range want {
		if i > 0 && dictIndex[i].r <= dictIndex[i-1].r {
			t.Fatalf("dictIndex is not in strictly increasing order at %d: firstRuneSpan's search needs it", i)
		}
		if want[i] != dictIndex[i] {
			t.Fatalf("dictIndex[%d] = %+v, dict.txt gives %+v: run go generate ./segment", i, dictIndex[i], want[i])
		}
	}
}
