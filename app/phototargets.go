package app

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"fyne.io/fyne/v2/lang"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/words"
)

// target is one row of the list a photo is added to from: an annotation
// (its label, the places it lies in, how far it is from where the photo
// was likely taken, the text a search matches, its ID, its spot) or a
// group's heading (no ID).
type target struct {
	label, where, far, match, id string
	at                           orb.Point
}

// heading reports whether the row is a group's heading.
func (t target) heading() bool { return t.id == "" }

// photoTargets lists what a photo can be added to, in two groups under
// their headings (a group with nothing in it is left out, heading and
// all): the gaps first (few, and easily lost below hundreds of
// points), gap points and gap areas by kind ("Gap area: Flooding"), then
// the service points by name. A label met before gets a number
// ("Flooding (2)"), so that each one can be told apart; a search matches
// the label, the category, the kheseg, the khoroo, its district and the
// notes.
func photoTargets(s *annot.Set, code string) []target {
	var gaps, points []target
	for i := range s.Gaps {
		g := &s.Gaps[i]
		kind := lang.L("Gap (point)")
		if g.IsArea() {
			kind = lang.L("Gap area")
		}
		label := kind + ": " + mapstyle.GapName(s, g, code)
		gaps = append(gaps, placed(target{label: label, id: g.ID, at: annot.Anchor(g.Geometry)}, g.Places, g.Notes, code))
	}
	slices.SortStableFunc(gaps, func(a, b target) int { return cmp.Compare(a.label, b.label) })
	for i := range s.Points {
		p := &s.Points[i]
		c, _ := s.Category(p.Category)
		label := mapstyle.PointName(c, p, code)
		points = append(points, placed(target{label: label, id: p.ID, at: p.Location}, p.Places, c.Name(code)+" "+p.Notes, code))
	}
	return append(group(lang.L("Gaps"), gaps), group(lang.L("Service points"), points)...)
}

// group is rows under their heading, numbered; none, not even the
// heading, when there are no rows.
func group(heading string, rows []target) []target {
	if len(rows) == 0 {
		return nil
	}
	return numbered(append([]target{{label: heading}}, rows...))
}

// numbered numbers the labels met before in one group.
func numbered(ts []target) []target {
	seen := map[string]int{}
	for i := range ts {
		seen[ts[i].label]++
		if n := seen[ts[i].label]; n > 1 {
			ts[i].label = fmt.Sprintf("%s (%d)", ts[i].label, n)
		}
	}
	return ts
}

// placed gives t the places pl names (in the language code), and what a
// search looks in: its label, those places, the khoroo's own name and
// more (a category, notes).
func placed(t target, pl annot.Places, more, code string) target {
	t.where = placesIn(pl, words.Of(code))
	t.match = strings.Join([]string{t.label, t.where, pl.Khoroo, more}, " ")
	return t
}
