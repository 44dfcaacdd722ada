package search

import (
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// AnnotationsTitle is the title the window and `khoroomap find` give the
// annotations' layer.
const AnnotationsTitle = "annotations"

// Annotations lists a set's service points, then its gaps, as search
// items with their IDs: named as the map labels them in lang ("mn" or
// "en"), with the category ("kind") and the notes as properties.
func Annotations(s *annot.Set, lang string) []Item {
	if s == nil {
		return nil
	}
	items := make([]Item, 0, len(s.Points)+len(s.Gaps))
	for i := range s.Points {
		p := &s.Points[i]
		c, _ := s.Category(p.Category)
		items = append(items, annotItem(p.ID, mapstyle.PointName(c, p, lang), c.Name(lang), p.Notes))
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		items = append(items, annotItem(g.ID, mapstyle.GapName(s, g, lang), "", g.Notes))
	}
	return items
}

func annotItem(id, name, kind, notes string) Item {
	return Item{ID: id, Name: name, Props: geo.Props{{Key: "kind", Value: kind}, {Key: "notes", Value: notes}}}
}
