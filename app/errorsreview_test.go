package app

import (
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// reviewSet is a set of service points, each ID marked with its reason.
func reviewSet(marks map[string]annot.Reason) *annot.Set {
	s := &annot.Set{}
	for id, r := range marks {
		s.Points = append(s.Points, annot.Point{Meta: annot.Meta{ID: id, Review: r.String()}, Category: "school",
			Status: annot.Working, Location: orb.Point{106.9, 47.9}})
	}
	return s
}

// A review decision after a merge that no longer applies is refused in
// Mongolian.
var reviewErrorCases = []namedErrorCase{
	{errorCase{"keeping a version whose other is gone", func(*testing.T, string) error {
		s := reviewSet(map[string]annot.Reason{"цэг-2": {Code: annot.ConflictCopy, Args: []string{"цэг-1"}}})
		_, err := s.KeepVersion("цэг-2")
		return err
	}, ""}, nil},
	{errorCase{"keeping the other of three versions", func(*testing.T, string) error {
		copyOf := annot.Reason{Code: annot.ConflictCopy, Args: []string{"цэг-1"}}
		s := reviewSet(map[string]annot.Reason{"цэг-1": {Code: annot.Conflict}, "цэг-2": copyOf, "цэг-3": copyOf})
		_, err := s.KeepOther("цэг-1")
		return err
	}, ""}, nil},
	{errorCase{"merging a duplicate whose twin is gone", func(*testing.T, string) error {
		s := reviewSet(map[string]annot.Reason{"цэг-2": {Code: annot.Duplicate, Args: []string{"цэг-1"}}})
		_, err := s.Same("цэг-2")
		return err
	}, ""}, nil},
	{errorCase{"a conflict decision on a duplicate", func(*testing.T, string) error {
		s := reviewSet(map[string]annot.Reason{"цэг-2": {Code: annot.Duplicate, Args: []string{"цэг-1"}}})
		_, err := s.KeepVersion("цэг-2")
		return err
	}, ""}, nil},
}

// Each refused review decision reads in Mongolian.
func TestReviewErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, reviewErrorCases)
}
