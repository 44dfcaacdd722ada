package annot

import "slices"

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
