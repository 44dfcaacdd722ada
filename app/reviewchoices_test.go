package app

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Each reason offers the decisions that apply to it, and only those:
//
//	a ─ conflict, with a copy b beside it (a pair)
//	c ─ conflict, with copies d and e (three versions: no "keep the other")
//	f ─ likely duplicate of g
//	h ─ deleted in one copy, changed in another
//	i ─ a sentence an older version stored
//	g ─ nothing to review
func TestReviewChoices(t *testing.T) {
	pt := func(id string, r annot.Reason) annot.Point {
		return annot.Point{Meta: annot.Meta{ID: id, Review: r.String()}, Category: "school", Name: id, Location: orb.Point{106.9, 47.9}}
	}
	s := &annot.Set{Categories: annot.DefaultCategories(), Points: []annot.Point{
		pt("a", annot.Reason{Code: annot.Conflict}), pt("b", annot.Reason{Code: annot.ConflictCopy, Args: []string{"a", "a"}}),
		pt("c", annot.Reason{Code: annot.Conflict}), pt("d", annot.Reason{Code: annot.ConflictCopy, Args: []string{"c"}}), pt("e", annot.Reason{Code: annot.ConflictCopy, Args: []string{"c"}}),
		pt("f", annot.Reason{Code: annot.Duplicate, Args: []string{"g", "g"}}), pt("g", annot.Reason{}),
		pt("h", annot.Reason{Code: annot.DeletedChanged}),
		pt("i", annot.ParseReason("checked by hand")),
	}}
	for _, tc := range []struct {
		id   string
		want []string
	}{
		{"a", []string{"Keep this one", "Keep the other", "Keep both"}},
		{"b", []string{"Keep this one", "Keep the other", "Keep both"}},
		{"c", []string{"Keep this one", "Keep both"}},
		{"e", []string{"Keep this one", "Keep both"}},
		{"f", []string{"They are the same (merge them)", "They are different"}},
		{"h", []string{"Keep it", "Delete it"}},
		{"i", []string{"Mark reviewed"}},
		{"g", nil},
		{"gone", nil},
	} {
		t.Run(tc.id, func(t *testing.T) {
			var got []string
			for _, c := range reviewChoices(s, tc.id) {
				got = append(got, c.label)
			}
			if !slices.Equal(got, tc.want) {
				t.Errorf("choices %q, want %q", got, tc.want)
			}
		})
	}
}
