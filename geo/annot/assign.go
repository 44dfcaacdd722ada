package annot

import (
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/locate"
	"github.com/khoroomap/khoroomap/geo/place"
)

// Boundary is a polygon layer with the role it plays in a project.
type Boundary struct {
	Layer *geo.Layer
	Role  geo.Role
}

// Assigner tells which khoroo, kheseg and ger area a place lies in, from
// a project's boundary layers. Built once, it is safe for concurrent use.
type Assigner struct {
	khoroo, kheseg, ger, district []located
}

type located struct {
	layer *geo.Layer
	index *locate.Index
	// khoroos describes each feature of a khoroo layer.
	khoroos []place.Khoroo
}

// NewAssigner indexes the khoroo, kheseg, ger-area and district layers
// among bs; other roles are ignored. Earlier layers win where several
// overlap. A khoroo whose own attributes, name and file do not tell its
// district takes the district layer's feature under its label point.
func NewAssigner(bs []Boundary) *Assigner {
	a := &Assigner{}
	for _, b := range bs {
		if b.Layer == nil || b.Layer.Kind != geo.Polygons {
			continue
		}
		l := located{layer: b.Layer, index: locate.New(b.Layer)}
		switch b.Role {
		case geo.RoleKhoroo:
			a.khoroo = append(a.khoroo, l)
		case geo.RoleKheseg:
			a.kheseg = append(a.kheseg, l)
		case geo.RoleGerArea:
			a.ger = append(a.ger, l)
		case geo.RoleDistrict:
			a.district = append(a.district, l)
		}
	}
	for i := range a.khoroo {
		a.khoroo[i].khoroos = a.Describe(a.khoroo[i].layer)
	}
	return a
}

// Describe keys every feature of a layer (see place.KhorooOf): the
// district from the feature's attributes, name or file, else from the
// district layers the assigner knows, under the feature's label point;
// features that would share a key get their position (place.Distinct).
func (a *Assigner) Describe(l *geo.Layer) []place.Khoroo {
	out := make([]place.Khoroo, len(l.Features))
	for i := range l.Features {
		out[i] = place.KhorooOf(&l.Features[i], l.Source)
		mp, ok := l.Features[i].Geometry.(orb.MultiPolygon)
		if out[i].District.Code != "" || !ok || len(mp) == 0 || len(a.district) == 0 {
			continue
		}
		if name := find(a.district, geo.LabelPoint(mp[0], 1e-6)); name != "" {
			out[i].District, _ = place.FindDistrict(name)
		}
	}
	place.Distinct(out)
	return out
}

// At returns the places containing p.
func (a *Assigner) At(p orb.Point) Places {
	pl := Places{Kheseg: find(a.kheseg, p), GerArea: find(a.ger, p)}
	if k, ok := a.KhorooAt(p); ok {
		pl.Khoroo, pl.KhorooKey, pl.District = k.Name, k.Key(), k.District.Name
	} else if d := find(a.district, p); d != "" {
		pl.District = d
		if known, ok := place.FindDistrict(d); ok {
			pl.District = known.Name
		}
	}
	return pl
}

// KhorooAt returns the khoroo containing p, or false.
func (a *Assigner) KhorooAt(p orb.Point) (place.Khoroo, bool) {
	for _, l := range a.khoroo {
		if i := l.index.Find(p); i >= 0 {
			return l.khoroos[i], true
		}
	}
	return place.Khoroo{}, false
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
