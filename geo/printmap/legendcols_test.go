package printmap

import (
	"fmt"
	"slices"
	"strings"
	"testing"
)

// entries are legend entries of the given numbers of lines.
func entries(n ...int) legendLayout {
	var l legendLayout
	for _, k := range n {
		l.lines = append(l.lines, strings.Split(strings.Repeat("x\n", k-1)+"x", "\n"))
	}
	return l
}

// Columns are split where the tallest is shortest, not at half the count:
//
//	1 line | 1 line            1 line | 1 line
//	1 line | 3 lines           1 line | 1 line
//	1 line |            not    1 line | 3 lines
//	1 line |                          |
func TestLegendBalance(t *testing.T) {
	for _, tc := range []struct {
		name  string
		lines []int
		cols  int
		want  []int
	}{
		{"even", []int{1, 1, 1, 1}, 2, []int{0, 2}},
		{"tall last", []int{1, 1, 1, 1, 1, 3}, 2, []int{0, 4}},
		{"tall first", []int{4, 1, 1, 1, 1, 1}, 2, []int{0, 2}},
		{"three", []int{1, 1, 1, 1, 1, 1}, 3, []int{0, 2, 4}},
		{"one", []int{2, 1}, 1, []int{0}},
		{"fewer than columns", []int{1}, 2, []int{0}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l := entries(tc.lines...)
			l.balance(tc.cols, 1)
			if !slices.Equal(l.starts, tc.want) {
				t.Errorf("columns start at %v, want %v", l.starts, tc.want)
			}
		})
	}
}

// A legend with no room for all its entries keeps the boundaries, the
// statuses and the gaps, and the first categories that fit, in order,
// then says how many entries are left out.
func TestLegendCategoriesGiveWay(t *testing.T) {
	f, _ := fonts.parse()
	m := measureSurface(f)
	items := []legendItem{{kind: keyLine, label: "Хорооны хил", count: -1, onMap: -1}}
	for i := range 12 {
		items = append(items, legendItem{kind: keySymbol, label: fmt.Sprintf("Ангилал %d", i), count: i + 1, onMap: -1, category: true})
	}
	items = append(items, legendItem{kind: keySymbol, label: "Эвдэрсэн", count: 4, onMap: -1},
		legendItem{kind: keyHatch, label: "Үер", count: 1, onMap: -1})
	room := legendHead(1, 1) + 9*legendRowHeight(1, 1)
	l := fitLegend(m, items, 60, room, 1, "mn")
	var got []string
	for _, it := range l.items {
		got = append(got, it.text())
	}
	// nine lines: the boundary, four categories, the status, the gap and
	// the note on two lines
	want := []string{"Хорооны хил", "Ангилал 0 (1)", "Ангилал 1 (2)", "Ангилал 2 (3)", "Ангилал 3 (4)",
		"Эвдэрсэн (4)", "Үер (1)", fmt.Sprintf(word("+ %d more entries: no room on the page", "mn"), 8)}
	if !slices.Equal(got, want) {
		t.Errorf("printed %q, want %q", got, want)
	}
	if l.h > room {
		t.Errorf("%.1f mm high in %.1f", l.h, room)
	}
}
