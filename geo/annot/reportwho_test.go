package annot

import (
	"slices"
	"testing"
	"time"

	"github.com/paulmach/orb"
)

func TestMergeReportAuthors(t *testing.T) {
	r := &MergeReport{
		Added:      []MergeEntry{{ID: "a", Author: "Болд"}, {ID: "b"}, {ID: "c", Author: "Болд"}},
		Updated:    []MergeEntry{{ID: "d", Author: "Сараа"}},
		Conflicts:  []MergeEntry{{ID: "e", Author: "Дорж"}},
		Duplicates: []MergeEntry{{ID: "f", Author: "Сараа"}},
	}
	if got := r.Authors(); !slices.Equal(got, []string{"Болд", "Сараа", "Дорж"}) {
		t.Errorf("authors %q", got)
	}
	if r.ToReview() != 2 {
		t.Errorf("%d to review, want 2", r.ToReview())
	}
	if got := (&MergeReport{}).Authors(); got != nil {
		t.Errorf("an empty report names %q", got)
	}
}

// A conflict is reported with the version that came in and who made it,
// even when the version already there is newer and keeps the ID.
func TestConflictReportsIncomingVersion(t *testing.T) {
	base, baseRevs := &Set{Categories: DefaultCategories()}, Revisions{}
	p := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: "kiosk", Status: Working, Location: orb.Point{106.9, 47.9}}
	base.Points = append(base.Points, p)
	baseRevs.Add(p.ID, p.Rev)
	other, otherRevs := copyOf(base, baseRevs)
	mine := p
	mine.Notes = "newer, here"
	edit(base, baseRevs, Change{OldPoint: &p, NewPoint: &mine}, "Болд", t0.Add(2*time.Hour))
	theirs := p
	theirs.Notes = "older, coming in"
	edit(other, otherRevs, Change{OldPoint: &p, NewPoint: &theirs}, "Сараа", t0.Add(time.Hour))
	r := Merge(base, baseRevs, other, otherRevs)
	if len(r.Conflicts) != 1 || r.Conflicts[0].Author != "Сараа" || !slices.Equal(r.Authors(), []string{"Сараа"}) {
		t.Errorf("conflicts %+v, authors %q", r.Conflicts, r.Authors())
	}
}

// A copy's authors are everyone who last changed one of its annotations,
// in natural order, the sample's unnamed ones left out.
func TestSetAuthors(t *testing.T) {
	s := &Set{Points: []Point{{Meta: Meta{Author: "Leader 10"}}, {}, {Meta: Meta{Author: "Leader 2"}}, {Meta: Meta{Author: "Leader 10"}}},
		Gaps: []Gap{{Meta: Meta{Author: "Болд"}}}}
	if got := s.Authors(); !slices.Equal(got, []string{"Leader 2", "Leader 10", "Болд"}) {
		t.Errorf("authors %q", got)
	}
	if got := (&Set{Points: []Point{{}}}).Authors(); len(got) != 0 {
		t.Errorf("a sample names %q", got)
	}
}
