package app

import (
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Two kiosks of one name in different khoroos: each row of the picker
// says where it lies, the khoroo with its district, and a search by the
// district finds it.
func TestTargetPickerRowsSayWhere(t *testing.T) {
	now := time.Date(2026, 1, 12, 3, 0, 0, 0, time.UTC)
	s := &annot.Set{Categories: annot.DefaultCategories()}
	for i, pl := range []annot.Places{
		{Khoroo: "6-р хороо", KhorooKey: "sbd:6", District: "Сүхбаатар", Kheseg: "3-р хэсэг"},
		{Khoroo: "6-р хороо", KhorooKey: "chd:6", District: "Чингэлтэй"},
		{},
	} {
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("Б", now.Add(time.Duration(i)*time.Second)),
			Category: "water_kiosk", Location: orb.Point{106.9, 47.9}, Places: pl})
	}
	w := test.NewTempWindow(t, nil)
	p := showTargetPicker(w, "IMG_1.jpg", photoTargets(s, "mn"), func(string) {})
	want := []string{
		"    Ус түгээх байр, худаг — Сүхбаатар дүүрэг, 6-р хороо · 3-р хэсэг",
		"    Ус түгээх байр, худаг (2) — Чингэлтэй дүүрэг, 6-р хороо",
		"    Ус түгээх байр, худаг (3)",
	}
	for i, row := range want {
		l := widget.NewLabel("")
		p.row(p.shown[i+1], l) // below the one heading: no gaps, no "Gaps"
		if l.Text != row {
			t.Errorf("row %d: %q, want %q", i, l.Text, row)
		}
	}
	p.search.SetText("chingeltei")
	if len(p.shown) != 2 || p.shown[1].id != s.Points[1].ID {
		t.Errorf("a search by the district lists %d rows", len(p.shown))
	}
}
