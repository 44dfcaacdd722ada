package annot

import (
	"slices"

	"github.com/paulmach/orb"
)

// Clone returns a copy of s that shares nothing with it, gap outlines
// included: a snapshot to hand to another goroutine (a print preview, an
// export) while the window goes on editing s. Clone of nil is nil.
func (s *Set) Clone() *Set {
	if s == nil {
		return nil
	}
	c := &Set{
		Categories: slices.Clone(s.Categories),
		Points:     slices.Clone(s.Points),
		Gaps:       slices.Clone(s.Gaps),
	}
	for i := range c.Gaps {
		if g := c.Gaps[i].Geometry; g != nil {
			c.Gaps[i].Geometry = orb.Clone(g)
		}
	}
	return c
}
