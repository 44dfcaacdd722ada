package annot

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/locate"
)

// Boundary is a polygon layer with the role it plays in a project.
type Boundary struct {
	Layer *geo.Layer
	Role  geo.Role
}

// Assigner tells which khoroo, kheseg and ger area a place lies in, from
// a project's boundary layers. Built once, it is safe for concurrent use.
type Assigner struct {
	khoroo, kheseg, ger []located
}

type located struct {
	layer *geo.Layer
	index *locate.Index
}

// NewAssigner indexes the khoroo, kheseg and ger-area layers among bs;
// other roles are ignored. Earlier layers win where several overlap.
func NewAssigner(bs []Boundary) *Assigner {
	a := &Assigner{}
	for _, b := range bs {
		if b.Layer == nil || b.Layer.Kind != geo.Polygons {
			continue
		}
		l := located{b.Layer, locate.New(b.Layer)}
		switch b.Role {
		case geo.RoleKhoroo:
			a.khoroo = append(a.khoroo, l)
		case geo.RoleKheseg:
			a.kheseg = append(a.kheseg, l)
		case geo.RoleGerArea:
			a.ger = append(a.ger, l)
		}
	}
	return a
}

// At returns the places containing p.
func (a *Assigner) At(p orb.Point) Places {
	return Places{Khoroo: find(a.khoroo, p), Kheseg: find(a.kheseg, p), GerArea: find(a.ger, p)}
}

// Of returns the places of a point, or of a polygon's label point (a spot
// well inside it).
func (a *Assigner) Of(g orb.Geometry) Places {
	switch g := g.(type) {
	case orb.Point:
		return a.At(g)
	case orb.Polygon:
		if len(g) > 0 && len(g[0]) >= 4 {
			return a.At(geo.LabelPoint(g, 1e-6))
		}
	}
	return Places{}
}

func find(ls []located, p orb.Point) string {
	for _, l := range ls {
		if i := l.index.Find(p); i >= 0 {
			return l.layer.Features[i].Name
		}
	}
	return ""
}

// Assign sets the places of every point and gap in s. It returns how many
// changed; places are derived, so this is not an edit to undo.
func (a *Assigner) Assign(s *Set) int {
	n := 0
	for i := range s.Points {
		if pl := a.At(s.Points[i].Location); pl != s.Points[i].Places {
			s.Points[i].Places, n = pl, n+1
		}
	}
	for i := range s.Gaps {
		if pl := a.Of(s.Gaps[i].Geometry); pl != s.Gaps[i].Places {
			s.Gaps[i].Places, n = pl, n+1
		}
	}
	return n
}
