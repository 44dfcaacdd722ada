package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// annotNames lists what a photo can be added to: the service points by
// name, then the gap points and gap areas by kind ("Gap area: Flooding"),
// with their IDs in the same order. A label met before gets a number
// ("Flooding (2)"), so that a list picks each one apart.
func annotNames(s *annot.Set, code string) (names, ids []string) {
	seen := map[string]int{}
	add := func(name, id string) {
		seen[name]++
		if n := seen[name]; n > 1 {
			name = fmt.Sprintf("%s (%d)", name, n)
		}
		names, ids = append(names, name), append(ids, id)
	}
	for i := range s.Points {
		p := &s.Points[i]
		c, _ := s.Category(p.Category)
		add(mapstyle.PointName(c, p, code), p.ID)
	}
	for i := range s.Gaps {
		g := &s.Gaps[i]
		kind := lang.L("Gap (point)")
		if g.IsArea() {
			kind = lang.L("Gap area")
		}
		add(kind+": "+mapstyle.GapName(s, g, code), g.ID)
	}
	return names, ids
}
