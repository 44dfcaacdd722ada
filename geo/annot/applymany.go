package annot

// manySteps is how many steps an action needs before Apply makes them in
// one pass over each list rather than step by step (each step looks its
// annotation up from the start of the list: an import of 10,000 points
// undone took half a second).
const manySteps = 64

// applyMany makes the steps of an action in one pass over each list, when
// that is the same as making them one by one: no annotation or category
// is in two steps (as in a Diff). It reports whether it did.
func (s *Set) applyMany(steps []Change) bool {
	var pts []pair[Point]
	var gaps []pair[Gap]
	var cats []pair[Category]
	for _, c := range steps {
		switch {
		case c.OldPoint != nil || c.NewPoint != nil:
			pts = append(pts, pair[Point]{c.OldPoint, c.NewPoint})
		case c.OldGap != nil || c.NewGap != nil:
			gaps = append(gaps, pair[Gap]{c.OldGap, c.NewGap})
		case c.OldCategory != nil || c.NewCategory != nil:
			cats = append(cats, pair[Category]{c.OldCategory, c.NewCategory})
		}
	}
	pointID, gapID, catID := func(p *Point) string { return p.ID }, func(g *Gap) string { return g.ID }, func(k *Category) string { return k.ID }
	np, okP := changesByID(pts, pointID)
	ng, okG := changesByID(gaps, gapID)
	nc, okC := changesByID(cats, catID)
	if !okP || !okG || !okC {
		return false
	}
	s.Points = applyByID(s.Points, pts, np, pointID)
	s.Gaps = applyByID(s.Gaps, gaps, ng, gapID)
	s.Categories = applyByID(s.Categories, cats, nc, catID)
	return true
}

// changesByID is each pair's new side (nil: deleted) by ID; false when an
// ID is in two pairs.
func changesByID[T any](ps []pair[T], id func(*T) string) (map[string]*T, bool) {
	out := make(map[string]*T, len(ps))
	for _, p := range ps {
		k := id(pick2(p))
		if _, ok := out[k]; ok {
			return nil, false
		}
		out[k] = p.new
	}
	return out, true
}

// applyByID replaces or deletes in place the elements of list that news
// names, then appends, in the pairs' order, the new ones list lacked:
// what applyTo does pair by pair.
func applyByID[T any](list []T, ps []pair[T], news map[string]*T, id func(*T) string) []T {
	if len(ps) == 0 {
		return list
	}
	had := make(map[string]bool, len(ps))
	out := make([]T, 0, len(list)+len(ps))
	for i := range list {
		k := id(&list[i])
		nv, ok := news[k]
		switch {
		case !ok:
			out = append(out, list[i])
		case nv != nil:
			out = append(out, *nv)
		}
		if ok {
			had[k] = true
		}
	}
	for _, p := range ps {
		if p.new != nil && !had[id(p.new)] {
			out = append(out, *p.new)
		}
	}
	return out
}

// pick2 is a pair's old side, else its new one: its ID is the one applyTo
// looks up.
func pick2[T any](p pair[T]) *T {
	if p.old != nil {
		return p.old
	}
	return p.new
}
