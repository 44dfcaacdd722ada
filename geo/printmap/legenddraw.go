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

// drawLegend draws the legend in its box as laid out: its entries wrapped
// and split into columns (the last, when the page has no room for them
// all, saying how many are left out).
func (pg *page) drawLegend(s surface) {
	k, b, l := pg.k, pg.legendBox, pg.legendLayout
	if len(l.items) == 0 {
		return
	}
	s.text(b.x, b.y+4*k, 10*k, true, ink, word("Legend", pg.opt.Lang))
	colW := legendWidth(b.w, len(l.starts))
	for c, start := range l.starts {
		x, y := b.x+float64(c)*(colW+legendGap), b.y+legendHead(k, 1)
		end := len(l.items)
		if c+1 < len(l.starts) {
			end = l.starts[c+1]
		}
		for i := start; i < end; i++ {
			y = pg.drawEntry(s, l.items[i], l.lines[i], x, y)
		}
	}
}

// drawEntry draws one entry, its key and its lines, at (x, y) and
// returns where the next one goes.
func (pg *page) drawEntry(s surface, it legendItem, lines []string, x, y float64) float64 {
	k := pg.k
	pg.drawKey(s, it, x, y, 3.6*k)
	for j, t := range lines {
		s.text(x+5.5*k, y+2.9*k+float64(j)*lineHeight(bodySize*k), bodySize*k, false, ink, t)
	}
	return y + legendRowHeight(len(lines), k)
}
