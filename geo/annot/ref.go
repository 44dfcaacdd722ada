package annot

// ref is a service point or a gap of a set, found by ID, so that review
// decisions treat both alike. It holds copies.
type ref struct {
	pt  *Point
	gap *Gap
}

// ref finds the annotation with id.
func (s *Set) ref(id string) (ref, bool) {
	if p, ok := s.Point(id); ok {
		return ref{pt: &p}, true
	}
	if g, ok := s.Gap(id); ok {
		return ref{gap: &g}, true
	}
	return ref{}, false
}

func (r ref) meta() Meta {
	if r.pt != nil {
		return r.pt.Meta
	}
	return r.gap.Meta
}

func (r ref) reason() Reason { return ParseReason(r.meta().Review) }

// reviewed is the change clearing r's review mark.
func (r ref) reviewed() Change {
	if r.pt != nil {
		q := *r.pt
		q.Review = ""
		return Change{OldPoint: r.pt, NewPoint: &q}
	}
	g := *r.gap
	g.Review = ""
	return Change{OldGap: r.gap, NewGap: &g}
}

// deleted is the change deleting r.
func (r ref) deleted() Change {
	if r.pt != nil {
		return Change{OldPoint: r.pt}
	}
	return Change{OldGap: r.gap}
}

// takes is the change giving r the content of other (of the same type),
// unmarked; r keeps its identity.
func (r ref) takes(other ref) Change {
	if r.pt != nil && other.pt != nil {
		q := *other.pt
		q.Meta, q.Review = r.pt.Meta, ""
		return Change{OldPoint: r.pt, NewPoint: &q}
	}
	if r.gap != nil && other.gap != nil {
		g := *other.gap
		g.Meta, g.Review = r.gap.Meta, ""
		return Change{OldGap: r.gap, NewGap: &g}
	}
	return r.reviewed()
}

// each calls f on every annotation of s.
func (s *Set) each(f func(ref)) {
	for i := range s.Points {
		p := s.Points[i]
		f(ref{pt: &p})
	}
	for i := range s.Gaps {
		g := s.Gaps[i]
		f(ref{gap: &g})
	}
}
