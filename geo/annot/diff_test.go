package annot

import (
	"reflect"
	"testing"

	"github.com/paulmach/orb"
)

// An import seen as a change: before holds the well, the kiosk and the
// school; after (as the import wrote it) has the kiosk with a photo, a new
// bus stop, a new category and a gap, the school's places worked out
// anew (no change), and the well gone.
func TestDiffIsTheImport(t *testing.T) {
	well, kiosk, school := testPoint("Худаг"), testPoint("Ус түгээх байр"), testPoint("Сургууль")
	before := &Set{Categories: DefaultCategories(), Points: []Point{well, kiosk, school}}
	after := before.Clone()
	after.Points = after.Points[1:]
	after.Points[0].Photos, after.Points[0].Rev = []string{"ph1"}, NewID()
	after.Points[1].Places = Places{Khoroo: "6-р хороо"}
	stop := testPoint("Буудал")
	stop.Category = "mine"
	after.Points = append(after.Points, stop)
	after.Categories = append(after.Categories, Category{ID: "mine", NameMN: "Уурхай", Symbol: Circle})
	gap := Gap{Meta: NewMeta("Б", t0), Kind: Flooding, Severity: Medium, Status: Open, Geometry: orb.Point{106.9, 47.9}}
	after.Gaps = append(after.Gaps, gap)

	c := Diff(before, after)
	var got []string
	for _, s := range c.Flat() {
		got = append(got, stepText(s))
	}
	want := []string{"add category mine", "edit point Ус түгээх байр", "add point Буудал", "delete point Худаг", "add gap"}
	if !reflect.DeepEqual(got, want) {
		t.Fatalf("steps %q, want %q", got, want)
	}
	redo := before.Clone()
	redo.Apply(c)
	if d := Diff(redo, after); len(d.Flat()) != 0 {
		t.Errorf("before with the change applied differs from after: %d steps", len(d.Flat()))
	}
	undo := after.Clone()
	undo.Apply(c.Inverse())
	if d := Diff(undo, before); len(d.Flat()) != 0 {
		t.Errorf("after with the change undone differs from before: %d steps", len(d.Flat()))
	}
	if c := Diff(before, before.Clone()); len(c.Steps) != 0 || len(Diff(nil, nil).Steps) != 0 {
		t.Errorf("the same set differs: %d steps", len(c.Steps))
	}
}

func stepText(c Change) string {
	verb := "edit"
	switch {
	case c.OldPoint == nil && c.OldGap == nil && c.OldCategory == nil:
		verb = "add"
	case c.NewPoint == nil && c.NewGap == nil && c.NewCategory == nil:
		verb = "delete"
	}
	switch {
	case c.OldPoint != nil || c.NewPoint != nil:
		return verb + " point " + pick(c.OldPoint, c.NewPoint).Name
	case c.OldGap != nil || c.NewGap != nil:
		return verb + " gap"
	}
	return verb + " category " + pick(c.OldCategory, c.NewCategory).ID
}

func pick[T any](a, b *T) *T {
	if b != nil {
		return b
	}
	return a
}
