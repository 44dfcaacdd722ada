package search

import (
	"slices"
	"strings"
)

// Grades of a word found, worst to best.
const (
	none = iota
	inPropPart
	inProp
	inNamePart
	inName
)

// match tries every query word on an entry: all must be found.
func (l *layer) match(e *entry, qs query) (Match, bool) {
	m := Match{Item: e.item, District: e.district}
	for _, q := range qs.words {
		f, g := e.best(q, l)
		if g == none {
			return Match{}, false
		}
		if g >= inNamePart {
			m.NameWords++
		}
		if g == inName || g == inProp {
			m.WholeWords++
		}
		if !slices.Contains(m.Matched, f.found) {
			m.Matched = append(m.Matched, f.found)
		}
	}
	slices.SortStableFunc(m.Matched, func(a, b Field) int { return placeOrder[a.In] - placeOrder[b.In] })
	if m.NameWords > 0 {
		m.OtherNameWords = unmatched(e.fields[0].words, qs.words)
	}
	m.OneField = len(qs.words) == 1 || e.oneField(qs.words)
	for _, k := range qs.kind { // whole: "хороо" is not "гэр хороолол"
		if grade(&e.fields[0], k, true) == inName || grade(&l.kind, k, false) == inProp {
			m.KindWords++
		}
	}
	return m, true
}

// oneField reports whether a single field of the entry, its name or one
// property, holds every query word.
func (e *entry) oneField(qs []string) bool {
	for i := range e.fields {
		all := true
		for _, q := range qs {
			if grade(&e.fields[i], q, i == 0) == none {
				all = false
				break
			}
		}
		if all {
			return true
		}
	}
	return false
}

// unmatched counts the words of a name that no query word finds, leaving
// out the kind of place ("хороо"): "Сүхбаатар" has none left for the query
// "сүхбаатар", "СБД_06" one.
func unmatched(name, qs []string) int {
	n := 0
	for _, w := range name {
		if optional[w] {
			continue
		}
		found := false
		for _, q := range qs {
			if strings.HasPrefix(w, q) {
				found = true
				break
			}
		}
		if !found {
			n++
		}
	}
	return n
}

// best finds where query word q is found best in an entry: its name, its
// properties, or else its layer's title or role.
func (e *entry) best(q string, l *layer) (*field, int) {
	var bf *field
	bg := none
	for i := range e.fields {
		f := &e.fields[i]
		if g := grade(f, q, i == 0); g > bg {
			bf, bg = f, g
		}
		if bg == inName {
			break
		}
	}
	for _, f := range []*field{&l.title, &l.kind} {
		if bg == none {
			bf, bg = f, grade(f, q, false)
		}
	}
	return bf, bg
}

// grade says how well query word q is found in a field: whole (equal to
// one of its words), in part (the start of a word, or for four letters or
// more anywhere in the words run together), or not at all. A number is
// found in part only in a name: "1" finds "14-р хороо", never an area of
// 1,481,046 m².
func grade(f *field, q string, name bool) int {
	g := none
	for _, w := range f.words {
		switch {
		case w == q:
			return wholeGrade(name)
		case strings.HasPrefix(w, q) && (name || !isNumber(q)):
			g = partGrade(name)
		}
	}
	if g == none && len(q) >= 4 && !isNumber(q) && strings.Contains(f.joined, q) {
		g = partGrade(name)
	}
	return g
}

func wholeGrade(name bool) int {
	if name {
		return inName
	}
	return inProp
}

func partGrade(name bool) int {
	if name {
		return inNamePart
	}
	return inPropPart
}

// placeOrder lists the name first, then properties, the layer, its role.
var placeOrder = map[Place]int{InName: 0, InProperty: 1, InLayer: 2, InRole: 3}
