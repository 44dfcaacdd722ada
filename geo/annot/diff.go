package annot

// Diff returns the change that turns before into after, as one action
// (Steps) that Inverse undoes: a step for each category, service point and
// gap added, changed or removed, matched by ID. An annotation counts as
// changed when its revision, review mark or content differs; its computed
// places alone do not make a change. Categories are added first and
// removed last, so that no step names a category the project lacks. The
// change is empty (no steps) when the sets hold the same; a nil set holds
// nothing. Neither set is changed; the steps hold copies.
func Diff(before, after *Set) Change {
	if before == nil {
		before = &Set{}
	}
	if after == nil {
		after = &Set{}
	}
	var added, removed []Change
	for _, c := range diffList(before.Categories, after.Categories, func(k *Category) string { return k.ID }, sameCategory) {
		if c.new == nil {
			removed = append(removed, Change{OldCategory: c.old})
		} else {
			added = append(added, Change{OldCategory: c.old, NewCategory: c.new})
		}
	}
	for _, c := range diffList(before.Points, after.Points, func(p *Point) string { return p.ID }, samePoint) {
		added = append(added, Change{OldPoint: c.old, NewPoint: c.new})
	}
	for _, c := range diffList(before.Gaps, after.Gaps, func(g *Gap) string { return g.ID }, sameGap) {
		added = append(added, Change{OldGap: c.old, NewGap: c.new})
	}
	return Change{Steps: append(added, removed...)}
}

// pair is one element's before and after, nil where it is absent.
type pair[T any] struct{ old, new *T }

// diffList pairs the elements of two lists by ID, in after's order then
// the removed ones in before's, leaving out those that are the same.
func diffList[T any](before, after []T, id func(*T) string, same func(a, b *T) bool) []pair[T] {
	at := make(map[string]int, len(before))
	for i := range before {
		at[id(&before[i])] = i
	}
	var out []pair[T]
	kept := make(map[string]bool, len(after))
	for i := range after {
		a := after[i]
		j, ok := at[id(&a)]
		kept[id(&a)] = true
		switch {
		case !ok:
			out = append(out, pair[T]{new: &a})
		case !same(&before[j], &a):
			b := before[j]
			out = append(out, pair[T]{old: &b, new: &a})
		}
	}
	for i := range before {
		if b := before[i]; !kept[id(&b)] {
			out = append(out, pair[T]{old: &b})
		}
	}
	return out
}

func sameCategory(a, b *Category) bool {
	return a.ID == b.ID && a.NameMN == b.NameMN && a.NameEN == b.NameEN && a.Symbol == b.Symbol &&
		a.Colour == b.Colour && a.Hidden == b.Hidden && a.Modified.Equal(b.Modified)
}

func samePoint(a, b *Point) bool {
	return a.Rev == b.Rev && a.Review == b.Review && a.Content() == b.Content()
}

func sameGap(a, b *Gap) bool {
	return a.Rev == b.Rev && a.Review == b.Review && a.Content() == b.Content()
}
