package pdf

import (
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
)

// TestRejoinEdges: a wrapped line joins the next one when the next
// line's first word would not have fit before the column's right edge.
// The edge is that of the lines of its own column (a full-width header
// line that starts where a sidebar does is no part of it), not that of
// a date at a tab stop past the text's margin; the gap after a bullet is
// no field boundary; and a line that starts with a label ("Afrikaans:
// Basic") is an item of its own.
func TestRejoinEdges(t *testing.T) {
	line := func(x, y float64, s string) string { return tx("F1", 10, x, y, s) }
	bullet := func(x, y float64, s string) string { return hx("F1", 10, x, y, "95") + line(x+18, y, s) } // WinAnsi's bullet
	// a two-column page: the sidebar from x 40 (at most 190), the main
	// column from 230 (at most 540), baselines apart
	sidebar := func(b *strings.Builder) {
		y := 690.0
		for _, s := range []string{"Security: threat modelling, secure", "code review, penetration testing,", "SAST, OAuth, fuzzing", "",
			"English: Fluent", "isiZulu: native speaker since birth", "Afrikaans: Basic"} {
			if s != "" {
				b.WriteString(line(40, y, s))
			}
			y -= 12
		}
	}
	main := func(b *strings.Builder) {
		y := 696.0 // half a line off the sidebar's baselines
		b.WriteString(line(230, y, "Acme Payments"))
		b.WriteString(line(570-helvWidth("2020 - 2024", 10, false), y, "2020 - 2024"))
		y -= 12
		for _, s := range [][2]string{
			{"Built an idempotency layer for invoice webhooks in Go,", "removing duplicate charges"},
			{"Added load tests that caught a connection-pool leak", "before the release of the new billing service"},
			{"Cut the nightly job runtime from three hours to forty", "minutes by partitioning the largest tables"},
		} {
			b.WriteString(bullet(230, y, s[0]))
			b.WriteString(line(248, y-12, s[1]))
			y -= 24
		}
	}
	var b strings.Builder
	b.WriteString(tx("F1", 20, 40, 760, "Jane Roe"))
	b.WriteString(line(40, 730, "jane@example.com | +1 555 0100 | Springfield | github.com/janeroe | linkedin.com/in/janeroe"))
	sidebar(&b)
	main(&b)
	d := parseOK(t, build(nil, []page{{content: b.String()}}))
	want := []string{
		"Jane Roe",
		"jane@example.com | +1 555 0100 | Springfield | github.com/janeroe | linkedin.com/in/janeroe",
		"Security: threat modelling, secure code review, penetration testing, SAST, OAuth, fuzzing",
		"English: Fluent", "isiZulu: native speaker since birth", "Afrikaans: Basic",
		"Acme Payments  2020 - 2024",
		"• Built an idempotency layer for invoice webhooks in Go, removing duplicate charges",
		"• Added load tests that caught a connection-pool leak before the release of the new billing service",
		"• Cut the nightly job runtime from three hours to forty minutes by partitioning the largest tables",
	}
	if diff := cmp.Diff(want, texts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}

// TestRejoinLeaders: the lines of a list set with dot leaders fill the
// column each by itself and are never joined as a wrapped paragraph.
func TestRejoinLeaders(t *testing.T) {
	line := func(x, y float64, s string) string { return tx("F1", 10, x, y, s) }
	var b strings.Builder
	b.WriteString(tx("F1", 20, 40, 760, "Jane Roe"))
	b.WriteString(line(40, 730, "Qualifications"))
	y := 712.0
	for _, s := range []string{
		"ACS CCN1, CENWAT, CKR1 (domestic) ......................................................................... renewed 2023",
		"Unvented hot water (G3) ..................................................................................................... 2019",
		"NVQ Level 3 Diploma in Gas Utilisation .................................................................................. 2014",
	} {
		b.WriteString(line(40, y, s))
		y -= 12
	}
	d := parseOK(t, build(nil, []page{{content: b.String()}}))
	got := texts(d)
	if len(got) != 5 {
		t.Errorf("got %d lines, want 5 (each leader line apart):\n%s", len(got), strings.Join(got, "\n"))
	}
}

// TestRejoinDatedItems: lines that each open with a range of dates are
// items of a dated list and stay apart, even when the first is the widest
// line of its block (the block's right edge) and the next one's first
// word would not have fit after it.
func TestRejoinDatedItems(t *testing.T) {
	line := func(x, y float64, s string) string { return tx("F1", 10, x, y, s) }
	var b strings.Builder
	b.WriteString(tx("F1", 20, 40, 760, "Jane Roe"))
	b.WriteString(line(40, 730, "Education"))
	b.WriteString(line(40, 712, "2016.09-2019.06  Westmoor Business School  Business Administration (MBA, part-time)"))
	b.WriteString(line(40, 700, "2002.09-2006.06  Kingsbridge Normal University  Human Resources"))
	d := parseOK(t, build(nil, []page{{content: b.String()}}))
	want := []string{"Jane Roe", "Education",
		"2016.09-2019.06 Westmoor Business School Business Administration (MBA, part-time)",
		"2002.09-2006.06 Kingsbridge Normal University Human Resources"}
	if diff := cmp.Diff(want, texts(d)); diff != "" {
		t.Errorf("(-want +got):\n%s", diff)
	}
}
