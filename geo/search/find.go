package search

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

// Match is one thing found.
type Match struct {
	// Layer is the index of the item's layer, in the order of Add; Feature
	// is the item's index in that layer.
	Layer, Feature int
	// Title is the layer's title as given to Add.
	Title string
	Item
	// District is the district the item lies in, from its district
	// property, its name ("СБД_06") or its layer's title ("sbd.kml"); ""
	// when none tells.
	District string
	// Matched lists what the query's words were found in, each once: the
	// name first, then properties, then the layer's title, then what the
	// layer's role calls its features ("хороо").
	Matched []Field
	// OneField tells that one field, the name or a property, holds every
	// word of the query ("3-р хэсэг" in a point's kheseg), rather than
	// words taken from several ("3" from its name, "хэсэг" from another).
	OneField bool
	// NameWords is how many of the query's words were found in the name;
	// WholeWords how many were found whole (6 in "6", not in "60").
	NameWords, WholeWords int
	// KindWords is how many of the query's kind words ("хороо",
	// "дүүрэг") the item's name or its layer's role holds; not its other
	// properties, as district files often keep a khoroo's leftover
	// attributes ("Khoroo_nam").
	KindWords int
	// OtherNameWords is how many words of the name no query word found
	// (counted only when some are found in the name): "Сүхбаатар" is a
	// closer match for "сүхбаатар" than "СБД_06" is.
	OtherNameWords int
}

// Field is where a query word was found: In the name, a property (Key)
// or the layer's title.
type Field struct {
	In    Place  `json:"in"`
	Key   string `json:"key,omitempty"`
	Value string `json:"value"`
}

// Place says which part of an item a word was found in.
type Place string

// The places a word is found in, in the order Match.Matched lists them.
const (
	InName     Place = "name"
	InProperty Place = "property"
	InLayer    Place = "layer"
	InRole     Place = "role"
)

// Label is the match's name with its district, for a status line:
// "СБД_06 (Сүхбаатар)"; the name alone when it is the district or none is
// known.
func (m *Match) Label() string {
	if m.District == "" || geo.SearchKey(m.District) == geo.SearchKey(m.Name) {
		return m.Name
	}
	return m.Name + " (" + m.District + ")"
}

// Why says what matched, for a person: `name "СБД_06", DUUREG "Сүхбаатар"`.
func (m *Match) Why() string {
	parts := make([]string, len(m.Matched))
	for i, f := range m.Matched {
		label := f.Key
		if f.In != InProperty {
			label = string(f.In)
		}
		parts[i] = label + ` "` + f.Value + `"`
	}
	return strings.Join(parts, ", ")
}

// Find lists the items matching query, best first (see the package
// documentation for what matches and how matches rank). A query with no
// words finds nothing.
func (ix *Index) Find(query string) []Match {
	qs := parseQuery(query)
	if len(qs.words) == 0 {
		return nil
	}
	var out []Match
	for li := range ix.layers {
		l := &ix.layers[li]
		for ei := range l.entries {
			if m, ok := l.match(&l.entries[ei], qs); ok {
				m.Layer, m.Feature, m.Title = li, ei, l.title.found.Value
				out = append(out, m)
			}
		}
	}
	slices.SortStableFunc(out, func(a, b Match) int {
		if a.OneField != b.OneField {
			if a.OneField {
				return -1
			}
			return 1
		}
		if a.NameWords != b.NameWords {
			return b.NameWords - a.NameWords
		}
		if a.WholeWords != b.WholeWords {
			return b.WholeWords - a.WholeWords
		}
		if a.KindWords != b.KindWords {
			return b.KindWords - a.KindWords
		}
		return a.OtherNameWords - b.OtherNameWords
	})
	return out
}

// query is a query cut into words: those a match must hold, and those it
// may (the kind of place: "хороо", "дүүрэг"), which rank a match higher.
type query struct {
	words, kind []string
}

// parseQuery cuts a query; when it holds nothing but kind words, they are
// the words a match must hold.
func parseQuery(text string) query {
	var q query
	all := words(text)
	for _, w := range all {
		if optional[w] {
			q.kind = append(q.kind, w)
		} else {
			q.words = append(q.words, w)
		}
	}
	if len(q.words) == 0 {
		return query{words: all}
	}
	return q
}
