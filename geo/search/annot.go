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
// "en"), with the category ("kind"), the notes and the khoroo, kheseg and
// ger area they lie in as properties, so "ус 3-р хэсэг" finds the water
// kiosks of the 3rd kheseg.
func Annotations(s *annot.Set, lang string) []Item {
	if s == nil {
		return nil
	}
	items := make([]Item, 0, len(s.Points)+len(s.Gaps))
	for i := range s.Points {
		p := &s.Points[i]
		c, _ := s.Category(p.Category)
		items = append(items, annotItem(p.ID, mapstyle.PointName(c, p, lang), c.Name(lang), p.Notes, p.Places))
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		items = append(items, annotItem(g.ID, mapstyle.GapName(s, g, lang), "", g.Notes, g.Places))
	}
	return items
}

func annotItem(id, name, kind, notes string, at annot.Places) Item {
	return Item{ID: id, Name: name, Props: geo.Props{
		{Key: "kind", Value: kind}, {Key: "notes", Value: notes},
		{Key: "khoroo", Value: at.Khoroo}, {Key: "kheseg", Value: at.Kheseg}, {Key: "ger_area", Value: at.GerArea},
	}}
}
