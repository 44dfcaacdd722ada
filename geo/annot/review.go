package annot

import (
	"github.com/khoroomap/khoroomap/geo/words"
)

// The review decisions below return one Change (several annotations'
// edits in its Steps) for the caller to stamp with Touch, save and record
// in the History like any edit; the set itself is not changed. They fail
// with ErrNoReview when the annotation is not marked for that decision.

// ErrNoReview is wrapped by a review decision that does not apply.
var ErrNoReview = words.Errorf("nothing to review there")

// NeedsReview returns the IDs of the annotations marked for review,
// service points first, in the set's order.
func (s *Set) NeedsReview() []string {
	var ids []string
	s.each(func(r ref) {
		if r.meta().Review != "" {
			ids = append(ids, r.meta().ID)
		}
	})
	return ids
}

// marked finds the annotation id marked for review.
func (s *Set) marked(id string) (ref, error) {
	r, ok := s.ref(id)
	if !ok {
		return ref{}, words.Errorf("annot: no annotation %s", id)
	}
	if r.meta().Review == "" {
		return ref{}, words.Errorf("annot: %s: %w", id, ErrNoReview)
	}
	return r, nil
}

// Accept marks annotation id as reviewed: it stays as it is. For a
// likely duplicate this says "they are different".
func (s *Set) Accept(id string) (Change, error) {
	r, err := s.marked(id)
	if err != nil {
		return Change{}, err
	}
	return Change{Steps: []Change{r.reviewed()}}, nil
}

// AcceptAll marks every annotation as reviewed, as it is; the second
// result is how many. With none marked, the change is empty.
func (s *Set) AcceptAll() (Change, int) {
	var c Change
	s.each(func(r ref) {
		if r.meta().Review != "" {
			c.Steps = append(c.Steps, r.reviewed())
		}
	})
	return c, len(c.Steps)
}

// versions returns the conflicting versions id belongs to: the one under
// the annotation's own ID first, then those kept beside it.
func (s *Set) versions(id string) ([]ref, error) {
	r, err := s.marked(id)
	if err != nil {
		return nil, err
	}
	orig := id
	switch rs := r.reason(); rs.Code {
	case ConflictCopy:
		orig = rs.Arg(0)
	case Conflict:
	default:
		return nil, words.Errorf("annot: %s is no conflicting edit: %w", id, ErrNoReview)
	}
	o, ok := s.ref(orig)
	if !ok {
		return nil, words.Errorf("annot: the other version of %s (%s) is gone", id, orig)
	}
	vs := []ref{o}
	s.each(func(c ref) {
		if rs := c.reason(); rs.Code == ConflictCopy && rs.Arg(0) == orig {
			vs = append(vs, c)
		}
	})
	return vs, nil
}

// KeepVersion settles a conflict on version id ("keep this one"): the
// annotation keeps its own ID with id's content, unmarked, and the other
// versions are deleted.
func (s *Set) KeepVersion(id string) (Change, error) {
	vs, err := s.versions(id)
	if err != nil {
		return Change{}, err
	}
	var c Change
	for _, v := range vs[1:] {
		if v.meta().ID == id {
			c.Steps = append(c.Steps, vs[0].takes(v))
		}
		c.Steps = append(c.Steps, v.deleted())
	}
	if vs[0].meta().ID == id {
		c.Steps = append(c.Steps, vs[0].reviewed())
	}
	return c, nil
}

// KeepOther settles the conflict of id for the other version ("keep the
// other"): of a pair, the one that is not id. A conflict of three or more
// versions needs KeepVersion. An annotation deleted in one copy and
// changed in another is deleted.
func (s *Set) KeepOther(id string) (Change, error) {
	if r, err := s.marked(id); err == nil && r.reason().Code == DeletedChanged {
		return Change{Steps: []Change{r.deleted()}}, nil
	}
	vs, err := s.versions(id)
	if err != nil {
		return Change{}, err
	}
	if len(vs) != 2 {
		return Change{}, words.Errorf("annot: %s has %d versions: choose the one to keep", id, len(vs))
	}
	other := vs[0].meta().ID
	if other == id {
		other = vs[1].meta().ID
	}
	return s.KeepVersion(other)
}

// KeepBoth settles the conflict of id by keeping every version as an
// annotation of its own, unmarked.
func (s *Set) KeepBoth(id string) (Change, error) {
	vs, err := s.versions(id)
	if err != nil {
		return Change{}, err
	}
	var c Change
	for _, v := range vs {
		c.Steps = append(c.Steps, v.reviewed())
	}
	return c, nil
}
