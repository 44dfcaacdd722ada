package printmap

import "fmt"

// text is the entry as printed: "School (1)", "School (1; 3 on the map)".
func (it legendItem) text() string {
	switch {
	case it.count < 0:
		return it.label
	case it.onMap >= 0:
		return fmt.Sprintf("%s (%d; "+word("%d on the map", it.lang)+")", it.label, it.count, it.onMap)
	}
	return fmt.Sprintf("%s (%d)", it.label, it.count)
}

// legendLines wraps each entry to the column width (after its key), at
// most four lines an entry: nothing is cut short but a very long name.
func legendLines(m measurer, items []legendItem, width, k float64) [][]string {
	out := make([][]string, len(items))
	for i, it := range items {
		out[i] = wrap(m, bodySize*k, false, it.text(), width-6*k, 4)
	}
	return out
}

// legendRowHeight is the height of an entry of n lines.
func legendRowHeight(n int, k float64) float64 {
	return max(3.6*k, float64(n)*lineHeight(bodySize*k)) + 1.2*k
}

// legendSplit is how many entries go in the first of cols columns.
func legendSplit(n, cols int) int { return (n + cols - 1) / cols }

// legendHeight is the height of the legend in cols columns with its
// heading (0 when it has no entries).
func legendHeight(lines [][]string, k float64, cols int) float64 {
	if len(lines) == 0 {
		return 0
	}
	split := legendSplit(len(lines), cols)
	col := [2]float64{}
	for i, l := range lines {
		col[min(i/max(split, 1), 1)] += legendRowHeight(len(l), k)
	}
	return 7*k + max(col[0], col[1])
}

// legendColumns lays the legend out in b's width: one column, or two
// when one would take more than room and the column is wide enough to
// split; it returns the wrapped entries, the columns and the height.
func legendColumns(m measurer, items []legendItem, w, room, k float64) ([][]string, int, float64) {
	lines := legendLines(m, items, w, k)
	h := legendHeight(lines, k, 1)
	if h <= room || w < 70*k {
		return lines, 1, h
	}
	two := legendLines(m, items, (w-3)/2, k)
	if h2 := legendHeight(two, k, 2); h2 < h {
		return two, 2, h2
	}
	return lines, 1, h
}

// drawLegend draws the legend in its box, entries wrapped as laid out,
// in one or two columns; entries that do not fit are counted.
func (pg *page) drawLegend(s surface) {
	k, b := pg.k, pg.legendBox
	if len(pg.legend) == 0 {
		return
	}
	s.text(b.x, b.y+4*k, 10*k, true, ink, word("Legend", pg.opt.Lang))
	lh := lineHeight(bodySize * k)
	split := legendSplit(len(pg.legend), pg.legendCols)
	colW := (b.w - 3) / float64(pg.legendCols)
	y := b.y + 7*k
	for i, it := range pg.legend {
		if i == split && pg.legendCols == 2 {
			y = b.y + 7*k
		}
		x := b.x
		if pg.legendCols == 2 && i >= split {
			x += colW + 3
		}
		lines := pg.legendLines[i]
		if y+legendRowHeight(len(lines), k) > b.y+b.h+0.5 {
			s.text(x+5.5*k, y+2.9*k, bodySize*k, false, grey, fmt.Sprintf("+ %d …", len(pg.legend)-i))
			return
		}
		pg.drawKey(s, it, x, y, 3.6*k)
		for j, l := range lines {
			s.text(x+5.5*k, y+2.9*k+float64(j)*lh, bodySize*k, false, ink, l)
		}
		y += legendRowHeight(len(lines), k)
	}
}
