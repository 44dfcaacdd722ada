package annot

import (
	"slices"
	"time"
)

// Set is a project's annotations in memory: categories in display order,
// service points and gaps in the order they were made. Not safe for
// concurrent use.
type Set struct {
	Categories []Category
	Points     []Point
	Gaps       []Gap
}

// Category returns the category with id, or false.
func (s *Set) Category(id string) (Category, bool) {
	i := slices.IndexFunc(s.Categories, func(c Category) bool { return c.ID == id })
	if i < 0 {
		return Category{}, false
	}
	return s.Categories[i], true
}

// Point returns a copy of the service point with id, or false.
func (s *Set) Point(id string) (Point, bool) {
	i := indexOf(s.Points, id, func(p *Point) string { return p.ID })
	if i < 0 {
		return Point{}, false
	}
	return s.Points[i], true
}

// Gap returns a copy of the gap with id, or false.
func (s *Set) Gap(id string) (Gap, bool) {
	i := indexOf(s.Gaps, id, func(g *Gap) string { return g.ID })
	if i < 0 {
		return Gap{}, false
	}
	return s.Gaps[i], true
}

// Apply makes a change to the set: it inserts, replaces or deletes by ID.
// The set keeps copies, never the change's pointers.
func (s *Set) Apply(c Change) {
	switch {
	case len(c.Steps) > 0:
		if flat := c.Flat(); len(flat) >= manySteps && s.applyMany(flat) {
			return
		}
		for _, step := range c.Steps {
			s.Apply(step)
		}
	case c.OldPoint != nil || c.NewPoint != nil:
		s.Points = applyTo(s.Points, c.OldPoint, c.NewPoint, func(p *Point) string { return p.ID })
	case c.OldGap != nil || c.NewGap != nil:
		s.Gaps = applyTo(s.Gaps, c.OldGap, c.NewGap, func(g *Gap) string { return g.ID })
	case c.OldCategory != nil || c.NewCategory != nil:
		s.Categories = applyTo(s.Categories, c.OldCategory, c.NewCategory, func(c *Category) string { return c.ID })
	}
}

func applyTo[T any](list []T, old, new *T, id func(*T) string) []T {
	key := ""
	if old != nil {
		key = id(old)
	} else {
		key = id(new)
	}
	i := indexOf(list, key, id)
	switch {
	case new == nil && i >= 0:
		return slices.Delete(list, i, i+1)
	case new != nil && i >= 0:
		list[i] = *new
	case new != nil:
		list = append(list, *new)
	}
	return list
}

// indexOf finds the element with key, without copying the elements.
func indexOf[T any](list []T, key string, id func(*T) string) int {
	for i := range list {
		if id(&list[i]) == key {
			return i
		}
	}
	return -1
}

// Touch returns c with its new side stamped as changed now by author: a
// new revision and modification time (categories get the time only). Undo
// and redo are edits too, so that merging sees them as the newest.
func Touch(c Change, author string, now time.Time) Change {
	switch {
	case len(c.Steps) > 0:
		steps := make([]Change, len(c.Steps))
		for i, step := range c.Steps {
			steps[i] = Touch(step, author, now)
		}
		c.Steps = steps
	case c.NewPoint != nil:
		p := *c.NewPoint
		p.Meta = p.Meta.Touched(author, now)
		c.NewPoint = &p
	case c.NewGap != nil:
		g := *c.NewGap
		g.Meta = g.Meta.Touched(author, now)
		c.NewGap = &g
	case c.NewCategory != nil:
		k := *c.NewCategory
		k.Modified = now.UTC().Truncate(time.Millisecond)
		c.NewCategory = &k
	}
	return c
}
