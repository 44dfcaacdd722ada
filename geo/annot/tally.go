package annot

import (
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/planar"

	"github.com/khoroomap/khoroomap/geo"
)

// Tally is what lies in one area: the one counting rule behind printed
// legends, summary tables and CSV exports, so that they never disagree.
type Tally struct {
	// Points counts service points by category, and Statuses by status.
	Points   map[string]int
	Statuses map[Status]int
	// OpenGaps counts the gaps not yet resolved, by severity; GapPoints
	// and GapAreas count every gap (resolved ones too) by kind.
	OpenGaps            map[Severity]int
	GapPoints, GapAreas map[GapKind]int
	// Review counts the annotations still marked for review after a
	// merge, a conflict's copies included (as the window's Needs review
	// lists them); the other counts leave those copies out, so that an
	// annotation two copies changed differently is counted once.
	Review int
}

// Total is the number of service points counted.
func (t Tally) Total() int {
	n := 0
	for _, v := range t.Points {
		n += v
	}
	return n
}

// Anchor is the spot an annotation is counted at: a point itself, a gap
// area's label point (well inside it, as the Assigner uses).
func Anchor(g orb.Geometry) orb.Point {
	switch g := g.(type) {
	case orb.Point:
		return g
	case orb.Polygon:
		if len(g) > 0 && len(g[0]) >= 4 {
			return geo.LabelPoint(g, 1e-6)
		}
	}
	return g.Bound().Center()
}

// TallyIn counts the annotations of s whose anchor lies in area. Points
// on its boundary are in, so a point on a shared border counts in both
// neighbours.
func TallyIn(s *Set, area orb.MultiPolygon) Tally {
	b := area.Bound()
	return tally(s, func(p orb.Point) bool { return b.Contains(p) && planar.MultiPolygonContains(area, p) })
}

// TallyInBound counts the annotations of s whose anchor lies in b: what a
// map frame shows.
func TallyInBound(s *Set, b orb.Bound) Tally {
	return tally(s, b.Contains)
}

func tally(s *Set, in func(orb.Point) bool) Tally {
	t := Tally{Points: map[string]int{}, Statuses: map[Status]int{}, OpenGaps: map[Severity]int{},
		GapPoints: map[GapKind]int{}, GapAreas: map[GapKind]int{}}
	if s == nil {
		return t
	}
	for _, p := range s.Points {
		if in(p.Location) && t.counted(&p.Meta) {
			t.Points[p.Category]++
			t.Statuses[p.Status]++
		}
	}
	for _, g := range s.Gaps {
		if !in(Anchor(g.Geometry)) || !t.counted(&g.Meta) {
			continue
		}
		if g.Status != Resolved {
			t.OpenGaps[g.Severity]++
		}
		if g.IsArea() {
			t.GapAreas[g.Kind]++
		} else {
			t.GapPoints[g.Kind]++
		}
	}
	return t
}

// counted notes an annotation marked for review and reports whether it
// counts: a conflict's copy does not.
func (t *Tally) counted(m *Meta) bool {
	if m.Review != "" {
		t.Review++
	}
	return !m.IsConflictCopy()
}
