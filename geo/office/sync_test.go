package office

import (
	"slices"
	"strings"
	"testing"
)

// TestTwoLaptopsAndAnOffice: two leaders' projects and a khoroo office
// reach the same picture; a second sync changes nothing.
func TestTwoLaptopsAndAnOffice(t *testing.T) {
	db := initDB(t)
	a, b, office := newLaptop(t, "Bat"), newLaptop(t, "Saran"), newLaptop(t, "office")
	kiosk := a.add("Ус 1", 106.90, 47.91)
	a.addGap(106.92, 47.92)
	b.add("Ус 2", 106.95, 47.93)
	if r := a.sync(db); r.Pushed != 2 || r.Pulled != 0 {
		t.Errorf("A's first sync: pushed %d, pulled %d; want 2, 0", r.Pushed, r.Pulled)
	}
	if r := b.sync(db); r.Pushed != 1 || r.Pulled != 2 {
		t.Errorf("B's first sync: pushed %d, pulled %d; want 1, 2", r.Pushed, r.Pulled)
	}
	b.rename(kiosk.ID, "Ус 1 (шинэ)")
	b.sync(db)
	a.sync(db)
	office.sync(db)
	if got := a.point(kiosk.ID).Name; got != "Ус 1 (шинэ)" {
		t.Errorf("A sees the kiosk as %q after B's edit", got)
	}
	want := a.picture()
	for _, l := range []*laptop{b, office} {
		if got := l.picture(); !slices.Equal(got, want) {
			t.Errorf("%s's picture:\n%s\nA's:\n%s", l.who, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
	for _, l := range []*laptop{a, b, office} {
		if r := l.sync(db); r.Pushed != 0 || r.Pulled != 0 {
			t.Errorf("%s's sync of a synced project: pushed %d, pulled %d", l.who, r.Pushed, r.Pulled)
		}
	}
}
