package annot

import (
	"math/rand/v2"
	"reflect"
	"testing"

	"github.com/paulmach/orb"
)

// An action of many steps made in one pass gives the set that making its
// steps one by one gives: a Diff of a random import (points and gaps
// added, changed and removed, a category added) and its undo; an action
// naming a point twice is made step by step.
func TestApplyManyIsStepByStep(t *testing.T) {
	r := rand.New(rand.NewPCG(1, 2))
	before, after := importedSet(300)
	before.Points = append(before.Points, after.Points[:200]...) // 100 more come with the import
	after = after.Clone()
	for i := range after.Points[:200] {
		switch r.IntN(3) {
		case 0:
			after.Points[i].Name += " (шинэ)" // changed
			after.Points[i].Rev = NewID()
		case 1:
			after.Points[i].ID = "" // removed below
		}
	}
	kept := after.Points[:0]
	for _, p := range after.Points {
		if p.ID != "" {
			kept = append(kept, p)
		}
	}
	after.Points = kept
	for i := range 70 {
		after.Gaps = append(after.Gaps, Gap{Meta: NewMeta("Б", t0), Kind: Flooding, Severity: Medium, Status: Open, Geometry: orb.Point{106.9, 47.9 + float64(i)/1000}})
	}
	after.Categories = append(after.Categories, Category{ID: "mine", NameMN: "Уурхай", Symbol: Circle})
	c := Diff(before, after)
	if len(c.Flat()) < manySteps {
		t.Fatalf("only %d steps: not made in one pass", len(c.Flat()))
	}
	twice := Change{Steps: append(c.Flat(), Change{OldPoint: &after.Points[0]})}
	for name, action := range map[string]Change{"import": c, "undo": c.Inverse(), "a point twice": twice} {
		from := before
		if name == "undo" {
			from = after
		}
		oneByOne, inOnePass := from.Clone(), from.Clone()
		for _, step := range action.Flat() {
			oneByOne.Apply(step)
		}
		inOnePass.Apply(action)
		if !reflect.DeepEqual(oneByOne, inOnePass) {
			t.Errorf("%s: %d points, %d gaps in one pass; %d, %d step by step", name, len(inOnePass.Points), len(inOnePass.Gaps), len(oneByOne.Points), len(oneByOne.Gaps))
		}
	}
}
