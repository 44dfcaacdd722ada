package office

import (
	"image/color"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// TestCategoriesSync: a leader's new category reaches another laptop
// through the server, a later edit of it comes back, the legend's order
// is kept, and a second sync writes nothing.
func TestCategoriesSync(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	well := annot.Category{ID: "well", NameMN: "Худаг", NameEN: "Well", Symbol: "circle", Colour: color.NRGBA{0x12, 0x34, 0x56, 0xff}, Modified: a.now()}
	a.apply(annot.Change{NewCategory: &well})
	if r := a.sync(db); r.Categories == 0 {
		t.Error("A's first sync wrote no categories")
	}
	b.sync(db)
	got, ok := b.set().Category("well")
	if !ok || got.NameMN != "Худаг" || got.Colour != well.Colour {
		t.Fatalf("B has the well category as %+v (%v)", got, ok)
	}
	edited := got
	edited.NameEN, edited.Modified = "Water well", b.now().Add(time.Hour)
	b.apply(annot.Change{OldCategory: &got, NewCategory: &edited})
	if r := b.sync(db); r.Categories != 1 {
		t.Errorf("B's edit wrote %d categories, want 1", r.Categories)
	}
	order := a.set().Categories
	a.sync(db)
	if c, _ := a.set().Category("well"); c.NameEN != "Water well" {
		t.Errorf("A sees the well as %q after B's edit", c.NameEN)
	}
	for i, c := range a.set().Categories {
		if c.ID != order[i].ID {
			t.Fatalf("A's legend reordered at %d: %s, was %s", i, c.ID, order[i].ID)
		}
	}
	for _, l := range []*laptop{a, b} {
		if r := l.sync(db); r.Categories != 0 || r.Pulled != 0 {
			t.Errorf("%s's sync of a synced project wrote %d categories, pulled %d", l.who, r.Categories, r.Pulled)
		}
	}
}
