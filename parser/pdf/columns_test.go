package pdf

import "testing"

// rowOf builds a row at baseline y of pieces [x0, x1] in 10 pt type.
func rowOf(y float64, xs ...[2]float64) *row {
	r := &row{y: y, size: 10}
	for _, x := range xs {
		g := &glyph{text: "x", x0: x[0], x1: x[1], y: y, size: 10}
		r.pieces = append(r.pieces, piece{gl: []*glyph{g}, x0: x[0], x1: x[1]})
		r.gl = append(r.gl, g)
	}
	return r
}

func TestColumnar(t *testing.T) {
	// Europass: labels set flush right against x = 150, values from 160
	var labels []*row
	for i, x0 := range []float64{120, 60, 90, 70, 130, 100} {
		y := 700 - 24*float64(i)
		labels = append(labels, rowOf(y, [2]float64{x0, 150}, [2]float64{160, 400}), rowOf(y-12, [2]float64{160, 380}))
	}
	labels = append(labels, rowOf(400, [2]float64{95, 150}), rowOf(388, [2]float64{110, 150}))
	// a sidebar: set flush left at x = 40, ragged right, beside the main
	// column
	var sidebar []*row
	for i, x1 := range []float64{120, 90, 140, 100, 130, 110} {
		y := 700 - 12*float64(i)
		sidebar = append(sidebar, rowOf(y, [2]float64{40, x1}))
		sidebar = append(sidebar, rowOf(y-6, [2]float64{180, 440 + 10*float64(i)})) // ragged right
	}
	// headings set flush right on rows of their own, above their text
	var flushRight []*row
	for i := 0; i < 4; i++ {
		y := 700 - 36*float64(i)
		flushRight = append(flushRight, rowOf(y, [2]float64{480, 520}), rowOf(y-12, [2]float64{40, 300}), rowOf(y-24, [2]float64{40, 280}))
	}
	tests := []struct {
		name string
		band []*row
		want bool
	}{
		{"label column reads across", labels, false},
		{"sidebar is a column", sidebar, true},
		{"headings flush right are no column", flushRight, false},
	}
	for _, tt := range tests {
		if got := columnar(tt.band, 155); got != tt.want {
			t.Errorf("%s: columnar = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestFullWidthTail: rows after the last wide gap of a band that keep to
// the left of the gutter, or hold only a date set flush right past the
// right column's edge, are the full-width text that follows the columns.
func TestFullWidthTail(t *testing.T) {
	var cols []*row
	for i := 0; i < 6; i++ {
		y := 700 - 12*float64(i)
		cols = append(cols, rowOf(y, [2]float64{40, 250}, [2]float64{300, 520}))
	}
	tail := func(right [2]float64) []*row {
		return []*row{rowOf(600, [2]float64{40, 120}), rowOf(588, [2]float64{40, 200}, right), rowOf(576, [2]float64{40, 180})}
	}
	year := func(rs []*row) []*row { // the flush-right piece holds a year
		rs[1].pieces[1].gl[0].text = "01/2022 – 11/2022"
		return rs
	}
	tests := []struct {
		name string
		band []*row
		want int
	}{
		{"a heading and an entry with dates flush right after a gap", append(append([]*row{}, cols...), year(tail([2]float64{450, 560}))...), 6},
		{"text at the right column's edge belongs to the columns", append(append([]*row{}, cols...), year(tail([2]float64{300, 400}))...), 0},
		{"no date: no full-width entry", append(append([]*row{}, cols...), tail([2]float64{450, 560})...), 0},
		{"no gap", cols, 0},
	}
	for _, tt := range tests {
		if got := fullWidthTail(tt.band, 275); got != tt.want {
			t.Errorf("%s: fullWidthTail = %d, want %d", tt.name, got, tt.want)
		}
	}
}
