package printmap

import (
	"fmt"
	"sort"
)

// fitLegend lays the legend out in w and room: every entry when they fit.
// Else a service category gives way first: every other entry (boundaries,
// statuses, gaps, coverage) is kept with the first categories that fit,
// then a note of how many entries the page has no room for; when not even
// those fit, the first entries that do, and the note.
func fitLegend(m measurer, items []legendItem, w, room, k float64, lang string) legendLayout {
	l := layoutLegend(m, items, w, room, k)
	if l.h <= room {
		return l
	}
	var cats, rest []int
	for i, it := range items {
		if it.category {
			cats = append(cats, i)
		} else {
			rest = append(rest, i)
		}
	}
	try := func(keep []int) legendLayout {
		sort.Ints(keep)
		shown := make([]legendItem, 0, len(keep)+1)
		for _, i := range keep {
			shown = append(shown, items[i])
		}
		return layoutLegend(m, append(shown, leftOut(len(items)-len(keep), lang)), w, room, k)
	}
	if l := try(append([]int(nil), rest...)); l.h <= room {
		n := sort.Search(len(cats), func(n int) bool { return try(append(cats[:n:n], rest...)).h > room }) - 1
		return try(append(cats[:n:n], rest...))
	}
	all := append(cats, rest...)
	sort.Ints(all)
	n := sort.Search(len(all), func(n int) bool { return try(all[:n:n]).h > room }) - 1
	return try(all[:max(n, 0):max(n, 0)])
}

// leftOut is the note closing a legend that the page has no room for
// whole.
func leftOut(n int, lang string) legendItem {
	return legendItem{kind: keyNote, label: fmt.Sprintf(word("+ %d more entries: no room on the page", lang), n), count: -1, onMap: -1}
}
