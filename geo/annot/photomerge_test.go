package annot

import (
	"slices"
	"testing"

	"github.com/paulmach/orb"
)

// TestMergeKeepsBothLeadersPhotos: two leaders each add a different photo
// to the same well. Nothing else differs, yet neither photo may be lost:
// the two versions differ in content, so both stay, marked for review.
func TestMergeKeepsBothLeadersPhotos(t *testing.T) {
	base, baseRevs := &Set{Categories: DefaultCategories()}, Revisions{}
	well := Point{Meta: NewMeta("trainer", t0), Category: "water_kiosk", Name: "худаг", Status: Working, Location: orb.Point{106.9, 47.9}}
	base.Points = append(base.Points, well)
	baseRevs.Add(well.ID, well.Rev)
	a, ar := copyOf(base, baseRevs)
	b, br := copyOf(base, baseRevs)
	withA, withB := well, well
	withA.Photos, withB.Photos = []string{"photo-a"}, []string{"photo-b"}
	edit(a, ar, Change{OldPoint: &well, NewPoint: &withA}, "А", t0.Add(1))
	edit(b, br, Change{OldPoint: &well, NewPoint: &withB}, "Б", t0.Add(2))
	Merge(a, ar, b, br)
	var photos []string
	for _, p := range a.Points {
		photos = append(photos, p.Photos...)
	}
	slices.Sort(photos)
	if !slices.Equal(photos, []string{"photo-a", "photo-b"}) {
		t.Errorf("photos after the merge: %v", photos)
	}
}
