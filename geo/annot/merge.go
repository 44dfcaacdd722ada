package annot

import (
	"fmt"
	"sort"
	"strings"

	"github.com/paulmach/orb"
	orbgeo "github.com/paulmach/orb/geo"
)

// Revisions is every revision each annotation ID went through in one
// copy of a project, deleted annotations included: it is how a merge tells
// an edit made in one copy from one made in both.
type Revisions map[string]map[string]bool

// Add records that id reached rev.
func (r Revisions) Add(id, rev string) {
	if r[id] == nil {
		r[id] = map[string]bool{}
	}
	r[id][rev] = true
}

// DuplicateMetres is how close two annotations of the same category (or
// gap kind) made in different copies must be to be flagged as likely
// duplicates.
const DuplicateMetres = 15.0

// MergeEntry is one line of a merge report.
type MergeEntry struct {
	ID, Label, Note string
}

// MergeReport says what a merge did.
type MergeReport struct {
	Added, Updated, Deleted, Conflicts, Duplicates []MergeEntry
}

// String lists the report, a section per kind of outcome.
func (r *MergeReport) String() string {
	var b strings.Builder
	section := func(title string, es []MergeEntry) {
		fmt.Fprintf(&b, "%s: %d\n", title, len(es))
		for _, e := range es {
			fmt.Fprintf(&b, "  %s  %s", e.ID, e.Label)
			if e.Note != "" {
				fmt.Fprintf(&b, "  (%s)", e.Note)
			}
			b.WriteByte('\n')
		}
	}
	section("added", r.Added)
	section("updated", r.Updated)
	section("deleted", r.Deleted)
	section("conflicts kept for review", r.Conflicts)
	section("likely duplicates flagged for review", r.Duplicates)
	return b.String()
}

// Merge folds another copy of a project (other, with its revisions) into
// s (with its revisions), in place, and reports what changed. For the same
// ID: the copy that has seen the other's revision wins; when both changed
// since they split, the newer stays under the ID and the older is kept as
// a new annotation, both marked for review. An annotation deleted in one
// copy after the other's last version is deleted; deleted in one but
// edited in the other, it is kept and marked. A new annotation of the same
// category within DuplicateMetres of one already there is added and marked
// as a likely duplicate: nothing is ever dropped silently.
func Merge(s *Set, revs Revisions, other *Set, otherRevs Revisions) *MergeReport {
	r := &MergeReport{}
	mergeCategories(s, other)
	m := merger{s: s, revs: revs, otherRevs: otherRevs, r: r}
	for i := range other.Points {
		m.point(other.Points[i])
	}
	for i := range other.Gaps {
		m.gap(other.Gaps[i])
	}
	m.deletions(other)
	for id, set := range otherRevs {
		for rev := range set {
			revs.Add(id, rev)
		}
	}
	return r
}

// mergeCategories adds the other copy's new categories and takes the more
// recently changed version of shared ones.
func mergeCategories(s, other *Set) {
	for _, c := range other.Categories {
		mine, ok := s.Category(c.ID)
		if !ok || c.Modified.After(mine.Modified) {
			s.Apply(Change{NewCategory: &c})
		}
	}
}

type merger struct {
	s               *Set
	revs, otherRevs Revisions
	r               *MergeReport
}

func (m *merger) point(q Point) {
	label := q.Name
	if label == "" {
		label = q.Category
	}
	p, ok := m.s.Point(q.ID)
	if !ok {
		if m.revs[q.ID] != nil { // deleted here
			if m.otherRevs.seen(q.ID, m.revs) { // and the other copy has changed nothing since
				return
			}
			q.Review = "deleted in one copy, changed in another"
			m.r.Conflicts = append(m.r.Conflicts, MergeEntry{q.ID, label, q.Review})
			m.s.Apply(Change{NewPoint: &q})
			return
		}
		if d := m.nearPoint(q); d != "" {
			q.Review = "likely duplicate of " + d
			m.r.Duplicates = append(m.r.Duplicates, MergeEntry{q.ID, label, q.Review})
		} else {
			m.r.Added = append(m.r.Added, MergeEntry{q.ID, label, ""})
		}
		m.s.Apply(Change{NewPoint: &q})
		return
	}
	switch m.compare(p.Meta, q.Meta) {
	case theirs:
		m.s.Apply(Change{OldPoint: &p, NewPoint: &q})
		m.r.Updated = append(m.r.Updated, MergeEntry{q.ID, label, "by " + q.Author})
	case both:
		keep, copy := p, q
		if q.Modified.After(p.Modified) {
			keep, copy = q, p
		}
		copy.Meta = NewMeta(copy.Author, copy.Modified)
		copy.Review = "conflicting edit of " + keep.ID
		keep.Review = "conflicting edit kept as " + copy.ID
		m.s.Apply(Change{OldPoint: &p, NewPoint: &keep})
		m.s.Apply(Change{NewPoint: &copy})
		m.r.Conflicts = append(m.r.Conflicts, MergeEntry{q.ID, label, "both copies changed it; the other version is kept beside it"})
	}
}

func (m *merger) gap(q Gap) {
	g, ok := m.s.Gap(q.ID)
	if !ok {
		if m.revs[q.ID] != nil {
			if m.otherRevs.seen(q.ID, m.revs) {
				return
			}
			q.Review = "deleted in one copy, changed in another"
			m.r.Conflicts = append(m.r.Conflicts, MergeEntry{q.ID, q.Label(), q.Review})
			m.s.Apply(Change{NewGap: &q})
			return
		}
		if d := m.nearGap(q); d != "" {
			q.Review = "likely duplicate of " + d
			m.r.Duplicates = append(m.r.Duplicates, MergeEntry{q.ID, q.Label(), q.Review})
		} else {
			m.r.Added = append(m.r.Added, MergeEntry{q.ID, q.Label(), ""})
		}
		m.s.Apply(Change{NewGap: &q})
		return
	}
	switch m.compare(g.Meta, q.Meta) {
	case theirs:
		m.s.Apply(Change{OldGap: &g, NewGap: &q})
		m.r.Updated = append(m.r.Updated, MergeEntry{q.ID, q.Label(), "by " + q.Author})
	case both:
		keep, copy := g, q
		if q.Modified.After(g.Modified) {
			keep, copy = q, g
		}
		copy.Meta = NewMeta(copy.Author, copy.Modified)
		copy.Review = "conflicting edit of " + keep.ID
		keep.Review = "conflicting edit kept as " + copy.ID
		m.s.Apply(Change{OldGap: &g, NewGap: &keep})
		m.s.Apply(Change{NewGap: &copy})
		m.r.Conflicts = append(m.r.Conflicts, MergeEntry{q.ID, q.Label(), "both copies changed it; the other version is kept beside it"})
	}
}

// deletions removes what the other copy deleted after seeing this copy's
// version.
func (m *merger) deletions(other *Set) {
	present := map[string]bool{}
	for _, p := range other.Points {
		present[p.ID] = true
	}
	for _, g := range other.Gaps {
		present[g.ID] = true
	}
	ids := make([]string, 0, len(m.otherRevs))
	for id := range m.otherRevs {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	for _, id := range ids {
		if present[id] {
			continue
		}
		if p, ok := m.s.Point(id); ok && m.otherRevs[id][p.Rev] {
			m.s.Apply(Change{OldPoint: &p})
			m.r.Deleted = append(m.r.Deleted, MergeEntry{id, p.Name, ""})
		}
		if g, ok := m.s.Gap(id); ok && m.otherRevs[id][g.Rev] {
			m.s.Apply(Change{OldGap: &g})
			m.r.Deleted = append(m.r.Deleted, MergeEntry{id, g.Label(), ""})
		}
	}
}

// seen reports whether every revision of id in mine is known to r: the
// other copy has changed nothing this one has not seen.
func (r Revisions) seen(id string, mine Revisions) bool {
	for rev := range r[id] {
		if !mine[id][rev] {
			return false
		}
	}
	return true
}

type outcome int

const (
	same outcome = iota
	theirs
	both
)

// compare tells which copy of one annotation should win.
func (m *merger) compare(mine, other Meta) outcome {
	switch {
	case mine.Rev == other.Rev, m.revs[mine.ID][other.Rev]:
		return same // identical, or this copy already descends from theirs
	case m.otherRevs[mine.ID][mine.Rev]:
		return theirs // theirs descends from this copy
	}
	return both
}

func (m *merger) nearPoint(q Point) string {
	for _, p := range m.s.Points {
		if p.Category == q.Category && orbgeo.DistanceHaversine(p.Location, q.Location) <= DuplicateMetres {
			if p.Name != "" {
				return "“" + p.Name + "”"
			}
			return p.ID
		}
	}
	return ""
}

func (m *merger) nearGap(q Gap) string {
	at := gapAnchor(q.Geometry)
	for _, g := range m.s.Gaps {
		if g.Kind == q.Kind && g.Service == q.Service && g.IsArea() == q.IsArea() && orbgeo.DistanceHaversine(gapAnchor(g.Geometry), at) <= DuplicateMetres {
			return g.ID
		}
	}
	return ""
}

func gapAnchor(g orb.Geometry) orb.Point {
	if p, ok := g.(orb.Point); ok {
		return p
	}
	return g.Bound().Center()
}
