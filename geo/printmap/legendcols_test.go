package printmap

import (
	"slices"
	"strings"
	"testing"
)

// entries are legend entries of the given numbers of lines.
func entries(n ...int) legendLayout {
	l := legendLayout{shown: len(n)}
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

// A cut legend fills its columns in turn and leaves two lines at the foot
// of the last for the count of what is left out.
func TestLegendCut(t *testing.T) {
	l := entries(1, 1, 1, 1, 1, 1, 1, 1, 1, 1)
	l.balance(2, 1)
	room := legendHead(1, 1) + 4*legendRowHeight(1, 1)
	l.cut(room, 1)
	if !slices.Equal(l.starts, []int{0, 4}) || l.shown != 6 {
		t.Errorf("columns start at %v with %d shown, want [0 4] and 6", l.starts, l.shown)
	}
	if l.h != room {
		t.Errorf("height %.1f, want the room %.1f", l.h, room)
	}
}
