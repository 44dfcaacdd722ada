package annot

import (
	"fmt"
	"strings"

	"github.com/paulmach/orb"
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

// MergeEntry is one line of a merge report: the annotation, and who
// made the version that came in.
type MergeEntry struct {
	ID, Label, Note string
	Author          string
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
// s (with its revisions), in place, and reports what changed. It compares
// content, not revision IDs. For the same ID: the copy that has seen the
// other's revision wins; when both changed it since they split, the same
// content (see Point.Same: positions within SamePlaceDegrees, as an
// export read back holds them) is no conflict (the later stays), and
// different content keeps the newer under the ID and the older beside it
// under an ID derived from its content, both marked for review. An annotation deleted in one copy
// after the other's last version is deleted; deleted in one but changed in
// the other, it is kept and marked. A new annotation of the same category
// (or gap kind) within DuplicateMetres of one already there is added and
// marked as a likely duplicate: nothing is ever dropped silently.
//
// Merging copies of one project in any order gives the same annotations
// under the same IDs, with the same ones marked.
func Merge(s *Set, revs Revisions, other *Set, otherRevs Revisions) *MergeReport {
	r := &MergeReport{}
	mergeCategories(s, other)
	pts := newListMerge(pointOps, s.Points, revs, otherRevs, r)
	s.Points = pts.merge(other.Points)
	gaps := newListMerge(gapOps, s.Gaps, revs, otherRevs, r)
	s.Gaps = gaps.merge(other.Gaps)
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

// seen reports whether every revision of id in r is known to mine: the
// other copy has changed nothing this one has not seen.
func (r Revisions) seen(id string, mine Revisions) bool {
	for rev := range r[id] {
		if !mine[id][rev] {
			return false
		}
	}
	return true
}

func gapAnchor(g orb.Geometry) orb.Point {
	if p, ok := g.(orb.Point); ok {
		return p
	}
	return g.Bound().Center()
}

// Add appends o's entries to r's.
func (r *MergeReport) Add(o *MergeReport) {
	r.Added = append(r.Added, o.Added...)
	r.Updated = append(r.Updated, o.Updated...)
	r.Deleted = append(r.Deleted, o.Deleted...)
	r.Conflicts = append(r.Conflicts, o.Conflicts...)
	r.Duplicates = append(r.Duplicates, o.Duplicates...)
}
