package printmap

import "math"

// legendGap is the space between legend columns, in mm.
const legendGap = 3.0

// minLegendColumn is the narrowest legend column, in mm (times k): the key
// and about twenty letters of 9 pt type, so a long Mongolian entry (the
// coverage's) wraps on four lines at most and is never cut with "…".
const minLegendColumn = 40.0

// legendLayout is a legend laid out in columns.
type legendLayout struct {
	items  []legendItem // the entries printed, with the note of those left out
	lines  [][]string   // each entry's text, wrapped to its column
	starts []int        // the first entry of each column
	h      float64      // height with the heading
}

// legendWidth is the width of each of cols columns in w.
func legendWidth(w float64, cols int) float64 {
	return (w - legendGap*float64(cols-1)) / float64(cols)
}

// layoutLegend lays items out in w: in the fewest columns (each at least
// minLegendColumn wide) whose height fits room, else in the number of
// columns that makes it shortest.
func layoutLegend(m measurer, items []legendItem, w, room, k float64) legendLayout {
	var best legendLayout
	for cols := 1; cols == 1 || legendWidth(w, cols) >= minLegendColumn*k; cols++ {
		l := legendLayout{items: items, lines: legendLines(m, items, legendWidth(w, cols), k)}
		l.balance(cols, k)
		if l.h <= room {
			return l
		}
		if cols == 1 || l.h < best.h {
			best = l
		}
	}
	return best
}

// heights are the entries' heights.
func (l *legendLayout) heights(k float64) []float64 {
	hs := make([]float64, len(l.lines))
	for i, ls := range l.lines {
		hs[i] = legendRowHeight(len(ls), k)
	}
	return hs
}

// balance splits the entries into cols columns, in order, so that the
// tallest column is as short as it can be: the target height starts at
// an even share and grows by the least that moves a break until the
// entries fit in cols columns.
func (l *legendLayout) balance(cols int, k float64) {
	hs := l.heights(k)
	total := 0.0
	for _, h := range hs {
		total += h
	}
	target := total / float64(cols)
	for {
		starts, tallest, grow := pack(hs, target, cols)
		if starts != nil {
			l.starts, l.h = starts, legendHead(k, len(hs))+tallest
			return
		}
		target += grow
	}
}

// pack fills columns in order, each up to target (a column always takes
// at least one entry). It returns the first entry of each column and the
// tallest column's height, or nil and the least growth of target that
// would move a break when cols columns do not hold the entries.
func pack(hs []float64, target float64, cols int) ([]int, float64, float64) {
	starts := []int{0}
	col, tallest, grow := 0.0, 0.0, math.Inf(1)
	for i, h := range hs {
		if col > 0 && col+h > target+1e-9 {
			grow = math.Min(grow, col+h-target)
			starts = append(starts, i)
			col = 0
		}
		col += h
		tallest = math.Max(tallest, col)
	}
	if len(starts) > cols {
		return nil, 0, grow
	}
	return starts, tallest, 0
}

// legendHead is the height of the heading (0 when there are no entries).
func legendHead(k float64, n int) float64 {
	if n == 0 {
		return 0
	}
	return 7 * k
}
