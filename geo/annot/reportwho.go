package annot

import (
	"maps"
	"slices"

	"github.com/khoroomap/khoroomap/geo"
)

// Authors lists who made the versions that came in through r, each once,
// in the order of the report's sections (added, updated, deleted,
// conflicts, duplicates); entries with no author are skipped.
func (r *MergeReport) Authors() []string {
	var who []string
	for _, es := range [][]MergeEntry{r.Added, r.Updated, r.Deleted, r.Conflicts, r.Duplicates} {
		for _, e := range es {
			if e.Author != "" && !slices.Contains(who, e.Author) {
				who = append(who, e.Author)
			}
		}
	}
	return who
}

// ToReview is how many annotations r marked for review: its conflicts
// and likely duplicates.
func (r *MergeReport) ToReview() int { return len(r.Conflicts) + len(r.Duplicates) }

// Authors lists who made the last change of s's service points and gaps,
// each once, in natural order ("Leader 2" before "Leader 10"); annotations
// with no author (a training sample's) are skipped.
func (s *Set) Authors() []string {
	seen := map[string]bool{}
	for i := range s.Points {
		seen[s.Points[i].Author] = true
	}
	for i := range s.Gaps {
		seen[s.Gaps[i].Author] = true
	}
	delete(seen, "")
	who := slices.Collect(maps.Keys(seen))
	slices.SortFunc(who, geo.NaturalCompare)
	return who
}
