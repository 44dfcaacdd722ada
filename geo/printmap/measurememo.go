package printmap

// measureKey is one measurement: a text at a size and weight.
type measureKey struct {
	size float64
	bold bool
	s    string
}

// measureMemo is a measurer that remembers what it measured: laying a
// page out wraps the same legend entries at the same widths many times
// (each orientation, each width of the side column, each number of
// columns). It lives as long as one page's layout, so it holds no more
// than that layout measured. Not safe for concurrent use.
type measureMemo struct {
	m    measurer
	seen map[measureKey]float64
}

// memo wraps m in a measureMemo.
func memo(m measurer) *measureMemo {
	return &measureMemo{m: m, seen: map[measureKey]float64{}}
}

func (mm *measureMemo) textWidth(size float64, bold bool, s string) float64 {
	k := measureKey{size, bold, s}
	w, ok := mm.seen[k]
	if !ok {
		w = mm.m.textWidth(size, bold, s)
		mm.seen[k] = w
	}
	return w
}
