package extract

import (
	"strings"
	"testing"

	"github.com/resumex/resumex/doc"
)

func TestSpanRaw(t *testing.T) {
	b := doc.Style{Bold: true}
	tests := []struct {
		name   string
		text   string
		marker string
		spans  []doc.Span
		want   string
	}{
		{"style change between words", "Senior Engineer Acme Corp", "",
			[]doc.Span{{Text: "Senior Engineer", Style: b}, {Text: "Acme Corp"}}, "Senior Engineer  Acme Corp"},
		{"a separator already there", "Acme Corp | Senior Engineer", "",
			[]doc.Span{{Text: "Acme Corp", Style: b}, {Text: "| Senior Engineer"}}, "Acme Corp | Senior Engineer"},
		{"label and value", "Skills: Go, SQL", "",
			[]doc.Span{{Text: "Skills:", Style: b}, {Text: "Go, SQL"}}, "Skills: Go, SQL"},
		{"boxes", "Go C++ SQL", "",
			[]doc.Span{{Text: "Go"}, {Text: "C++", Box: true}, {Text: "SQL", Box: true}}, "Go  C++  SQL"},
		{"CJK font runs keep no space", "甬上易购电子商务有限公司", "",
			[]doc.Span{{Text: "甬上易购电", Style: doc.Style{Font: "a"}}, {Text: "子商务有限公司", Style: doc.Style{Font: "b"}}}, "甬上易购电子商务有限公司"},
		{"sentence: bold word stays in it", "Led the migration, saving 30%.", "",
			[]doc.Span{{Text: "Led", Style: b}, {Text: "the migration, saving 30%."}}, "Led the migration, saving 30%."},
		{"list item: no break", "Go expert", "•",
			[]doc.Span{{Text: "Go", Style: b}, {Text: "expert"}}, "Go expert"},
		{"spans not in the text", "Acme", "",
			[]doc.Span{{Text: "Other", Style: b}, {Text: "x"}}, "Acme"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dl := doc.Line{Text: tt.text, Marker: tt.marker, Spans: tt.spans}
			if got := spanRaw(dl, strings.Join(strings.Fields(tt.text), " ")); got != tt.want {
				t.Errorf("spanRaw = %q, want %q", got, tt.want)
			}
		})
	}
}
