package annot

import (
	"github.com/khoroomap/khoroomap/geo/words"
)

// Same settles a likely duplicate ("they are the same: merge them"): the
// annotation id was flagged against keeps its ID and content, fills what
// it leaves empty (name, notes, date, recorder) from id, and id is
// deleted.
func (s *Set) Same(id string) (Change, error) {
	q, err := s.marked(id)
	if err != nil {
		return Change{}, err
	}
	rs := q.reason()
	if rs.Code != Duplicate {
		return Change{}, words.Errorf("annot: %s is no likely duplicate: %w", id, ErrNoReview)
	}
	d, ok := s.ref(rs.Arg(0))
	if !ok {
		return Change{}, words.Errorf("annot: the annotation %s duplicates (%s) is gone", id, rs.Arg(0))
	}
	return Change{Steps: []Change{d.filledFrom(q, id), q.deleted()}}, nil
}

// Different settles a likely duplicate as another place ("they are
// different"): id stays, unmarked.
func (s *Set) Different(id string) (Change, error) {
	q, err := s.marked(id)
	if err != nil {
		return Change{}, err
	}
	if q.reason().Code != Duplicate {
		return Change{}, words.Errorf("annot: %s is no likely duplicate: %w", id, ErrNoReview)
	}
	return s.Accept(id)
}

// filledFrom is the change filling r's empty fields from q; a mark on r
// saying it duplicates id goes.
func (r ref) filledFrom(q ref, id string) Change {
	clear := func(m *Meta) {
		if rs := ParseReason(m.Review); rs.Code == Duplicate && rs.Arg(0) == id {
			m.Review = ""
		}
	}
	fill := func(dst *string, src string) {
		if *dst == "" {
			*dst = src
		}
	}
	if r.pt != nil && q.pt != nil {
		n := *r.pt
		fill(&n.Name, q.pt.Name)
		fill(&n.Notes, q.pt.Notes)
		fill(&n.Observed, q.pt.Observed)
		fill(&n.RecordedBy, q.pt.RecordedBy)
		clear(&n.Meta)
		return Change{OldPoint: r.pt, NewPoint: &n}
	}
	if r.gap != nil && q.gap != nil {
		n := *r.gap
		fill(&n.Notes, q.gap.Notes)
		fill(&n.Raised, q.gap.Raised)
		fill(&n.RaisedBy, q.gap.RaisedBy)
		clear(&n.Meta)
		return Change{OldGap: r.gap, NewGap: &n}
	}
	return Change{}
}
