package annot

import (
	"errors"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

// reviewScene merges two copies of a base: A and B both changed the kiosk
// (a conflict), B added a well 4 m from A's well (a likely duplicate).
func reviewScene(t *testing.T) (s *Set, kiosk string) {
	base, baseRevs := &Set{Categories: DefaultCategories()}, Revisions{}
	k := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: "kiosk", Status: Working, Location: orb.Point{106.9, 47.9}}
	base.Points = append(base.Points, k)
	baseRevs.Add(k.ID, k.Rev)
	a, ar := copyOf(base, baseRevs)
	b, br := copyOf(base, baseRevs)
	for i, c := range []struct {
		s  *Set
		r  Revisions
		st Status
	}{{a, ar, Broken}, {b, br, Closed}} {
		old, q := c.s.Points[0], c.s.Points[0]
		q.Status = c.st
		edit(c.s, c.r, Change{OldPoint: &old, NewPoint: &q}, "x", t0.Add(time.Duration(i+1)*time.Hour))
		w := Point{Meta: NewMeta("x", t0), Category: "water_kiosk", Name: "well", Status: Working, Location: orb.Point{107 + float64(i)*0.00004, 47.9}}
		edit(c.s, c.r, Change{NewPoint: &w}, "x", t0.Add(2*time.Hour))
	}
	Merge(a, ar, b, br)
	return a, k.ID
}

// decide applies a review decision as the window would: stamped, applied,
// recorded.
func decide(t *testing.T, s *Set, h *History) func(Change, error) {
	return func(c Change, err error) {
		t.Helper()
		if err != nil {
			t.Fatal(err)
		}
		c = Touch(c, "trainer", t0.Add(5*time.Hour))
		s.Apply(c)
		h.Did(c)
	}
}

func TestReviewEnds(t *testing.T) {
	s, kiosk := reviewScene(t)
	if n := len(s.NeedsReview()); n != 3 {
		t.Fatalf("%d to review, want 3 (the kiosk, its other version, the well)", n)
	}
	var copyID, dup string
	for _, id := range s.NeedsReview() {
		switch r, _ := s.ref(id); r.reason().Code {
		case ConflictCopy:
			copyID = id
		case Duplicate:
			dup = id
		}
	}
	var h History
	decide(t, s, &h)(s.KeepVersion(copyID)) // keep A's older "broken"
	k, _ := s.Point(kiosk)
	if _, still := s.Point(copyID); still || k.Status != Broken || k.Review != "" {
		t.Fatalf("keep this one: kiosk %s %q, other version left: %v", k.Status, k.Review, still)
	}
	decide(t, s, &h)(s.Same(dup))
	if len(s.Points) != 2 || len(s.NeedsReview()) != 0 {
		t.Fatalf("after merging the wells: %d points, %v to review", len(s.Points), s.NeedsReview())
	}
	for range 2 {
		c, _ := h.Undo()
		c = Touch(c, "trainer", t0.Add(6*time.Hour))
		s.Apply(c)
		h.Undone(c)
	}
	if len(s.Points) != 4 || len(s.NeedsReview()) != 3 {
		t.Fatalf("undoing both: %d points, %d to review", len(s.Points), len(s.NeedsReview()))
	}
	if _, err := s.Different(kiosk); !errors.Is(err, ErrNoReview) {
		t.Errorf("calling a conflict a duplicate: %v", err)
	}
	decide(t, s, &h)(s.KeepOther(kiosk)) // of the pair, the other is A's version
	if k, _ := s.Point(kiosk); k.Status != Broken || len(s.Points) != 3 {
		t.Errorf("keep the other: kiosk %s, %d points", k.Status, len(s.Points))
	}
	all, n := s.AcceptAll()
	decide(t, s, &h)(all, nil)
	if n != 1 || len(s.NeedsReview()) != 0 {
		t.Errorf("accept all took %d, %d left", n, len(s.NeedsReview()))
	}
}

func TestKeepBoth(t *testing.T) {
	s, kiosk := reviewScene(t)
	var h History
	decide(t, s, &h)(s.KeepBoth(kiosk))
	if len(s.Points) != 4 || len(s.NeedsReview()) != 1 {
		t.Errorf("keep both: %d points, %d to review (the well)", len(s.Points), len(s.NeedsReview()))
	}
	if _, err := s.Accept(kiosk); !errors.Is(err, ErrNoReview) {
		t.Errorf("accepting a settled annotation: %v", err)
	}
}

func TestEmptyChangeIsNoEdit(t *testing.T) {
	s := &Set{}
	c, n := s.AcceptAll()
	if n != 0 || len(c.Flat()) != 0 || len(Touch(c, "x", t0).Flat()) != 0 {
		t.Errorf("accepting nothing gave %d edits", len(c.Flat()))
	}
}

// A conflict pair marked by an older version, in English sentences, is
// settled like a coded one.
func TestReviewOldSentences(t *testing.T) {
	kept := Point{Meta: NewMeta("A", t0), Category: "school", Name: "School", Status: Working, Location: orb.Point{106.9, 47.9}}
	old := kept
	old.Meta, old.Status = NewMeta("B", t0), Closed
	kept.Review = "conflicting edit kept as " + old.ID
	old.Review = "conflicting edit of " + kept.ID
	s := &Set{Points: []Point{kept, old}}
	var h History
	decide(t, s, &h)(s.KeepOther(kept.ID))
	if p, _ := s.Point(kept.ID); len(s.Points) != 1 || p.Status != Closed || p.Review != "" {
		t.Errorf("keep the other of an old pair: %+v", s.Points)
	}
}
