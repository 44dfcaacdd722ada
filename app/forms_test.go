package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// shownProblems are the problems a form shows, field by field ("" for a
// field without one).
func shownProblems(f *checkedForm) []string {
	out := make([]string, len(f.fields))
	for i, fd := range f.fields {
		if fd.problem.Visible() {
			out[i] = fd.problem.Text
		}
	}
	return out
}

// problemOf is the problem shown under the field labelled label.
func problemOf(t *testing.T, f *checkedForm, label string) string {
	t.Helper()
	for i, it := range f.items {
		if it.Text == label {
			return shownProblems(f)[i]
		}
	}
	t.Fatalf("no field %q", label)
	return ""
}

// A gap with "missing service" left unchosen: the form says so under the
// field and Save stays disabled; clicking it changes nothing and nothing
// pops up. Choosing the service clears the problem and Save saves once.
func TestGapFormShowsProblemInside(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Gaps)
	f := ui.showGapForm(nil, orb.Point{106.92, 47.96})
	if got := problemOf(t, &f.form, "Missing service"); got != "Choose which service is missing." {
		t.Errorf("under Missing service: %q", got)
	}
	if !f.form.save.Disabled() {
		t.Fatal("Save is enabled while the service is missing")
	}
	for range 3 {
		test.Tap(f.form.save)
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 1 {
		t.Fatalf("%d overlays after clicking a disabled Save three times, want the form alone", n)
	}
	f.kind.SetSelected("Flooding")
	if got := problemOf(t, &f.form, "Missing service"); got != "" || f.form.save.Disabled() {
		t.Errorf("a flooding gap still shows %q (Save disabled %v)", got, f.form.save.Disabled())
	}
	f.kind.SetSelected("Missing service")
	f.service.SetSelected("Kindergarten")
	if f.form.save.Disabled() {
		t.Fatal("Save stays disabled with the service chosen")
	}
	test.Tap(f.form.save)
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d overlays after saving, want none", n)
	}
	if got := len(stored(t, ui).Gaps); got != before+1 {
		t.Errorf("%d gaps saved, want %d", got, before+1)
	}
}

// A bad date or position is named under its field as it is typed.
func TestPointFormShowsBadNumbers(t *testing.T) {
	ui := newTestUI(t, 1)
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	f.category.SetSelected("School")
	f.observed.SetText("28.11.2026")
	f.location.SetText("north of the school")
	if got := problemOf(t, &f.form, "Date observed"); got != `Write dates as YYYY-MM-DD: "28.11.2026"` {
		t.Errorf("under the date: %q", got)
	}
	if got := problemOf(t, &f.form, "Location"); got == "" {
		t.Error("nothing under a position in words")
	}
	if !f.form.save.Disabled() {
		t.Error("Save is enabled with a bad date and position")
	}
	f.observed.SetText("2026-11-28")
	f.location.SetText("47.96, 106.92")
	if got := shownProblems(&f.form); !f.form.recheck() || f.form.save.Disabled() {
		t.Errorf("still shows %q", got)
	}
}

// A new point asks for its category, then offers the one last used.
func TestPointFormAsksCategoryThenRemembers(t *testing.T) {
	ui := newTestUI(t, 1)
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	if f.category.Selected != "" || !f.form.save.Disabled() {
		t.Fatalf("a new point starts as %q (Save disabled %v)", f.category.Selected, f.form.save.Disabled())
	}
	if got := problemOf(t, &f.form, "Category"); got != "Choose a category." {
		t.Errorf("under Category: %q", got)
	}
	f.category.SetSelected("Water kiosk or well")
	test.Tap(f.form.save)
	if p := stored(t, ui).Points; p[len(p)-1].Category != "water_kiosk" {
		t.Fatalf("saved as %q", p[len(p)-1].Category)
	}
	next := ui.showPointForm(nil, orb.Point{106.921, 47.961})
	if next.category.Selected != "Water kiosk or well" || next.form.save.Disabled() {
		t.Errorf("the next point starts as %q (Save disabled %v)", next.category.Selected, next.form.save.Disabled())
	}
}

// A category without a name cannot be saved, and the form says why.
func TestCategoryFormNeedsName(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Categories)
	f := ui.showCategoryForm(nil)
	if got := problemOf(t, &f.form, "Name (Mongolian)"); got != "A category needs a name." || !f.form.save.Disabled() {
		t.Fatalf("an empty category shows %q (Save disabled %v)", got, f.form.save.Disabled())
	}
	test.Tap(f.form.save)
	test.Type(f.nameMN, "Эмийн сан")
	if f.form.save.Disabled() {
		t.Fatal("Save stays disabled with a name")
	}
	test.Tap(f.form.save)
	if got := len(stored(t, ui).Categories); got != before+1 {
		t.Errorf("%d categories, want %d", got, before+1)
	}
	if n := len(ui.win.Canvas().Overlays().List()); n != 0 {
		t.Errorf("%d overlays left after saving", n)
	}
}

// Enter in a one-line field saves a valid form, and only a valid one.
func TestFormEnterSaves(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	enter := &fyne.KeyEvent{Name: fyne.KeyReturn}
	f.name.TypedKey(enter)
	if len(stored(t, ui).Points) != before || len(ui.win.Canvas().Overlays().List()) != 1 {
		t.Fatal("Enter saved a point without a category")
	}
	f.category.SetSelected("School")
	f.name.TypedKey(enter)
	if len(stored(t, ui).Points) != before+1 || len(ui.win.Canvas().Overlays().List()) != 0 {
		t.Error("Enter did not save the valid form")
	}
}

// A point of a hidden category keeps it when its form is saved.
func TestPointFormKeepsHiddenCategory(t *testing.T) {
	ui := newTestUI(t, 1)
	water, _ := ui.ws.Annotations().Category("water_kiosk")
	hidden := water
	hidden.Hidden = true
	ui.edit(annot.Change{OldCategory: &water, NewCategory: &hidden})
	var p annot.Point
	for _, q := range ui.ws.Annotations().Points {
		if q.Category == "water_kiosk" {
			p = q
		}
	}
	f := ui.showPointForm(&p, p.Location)
	if f.category.Selected != "Water kiosk or well" || f.form.save.Disabled() {
		t.Fatalf("the form of a hidden category's point shows %q (Save disabled %v)", f.category.Selected, f.form.save.Disabled())
	}
	test.Tap(f.form.save)
	if got, _ := stored(t, ui).Point(p.ID); got.Category != "water_kiosk" {
		t.Errorf("saved as %q", got.Category)
	}
}

// A form holds what an import would take: a name over 300 characters or
// notes over 10,000 are named under their field, in the words an import
// uses, and Save waits; cut back, the form saves.
func TestFormsBoundTexts(t *testing.T) {
	ui := newTestUI(t, 1)
	long := strings.Repeat("Ө", annot.MaxName+1)
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	f.category.SetSelected("School")
	f.name.SetText(long)
	f.notes.SetText(strings.Repeat("ү", annot.MaxNotes+1))
	f.recorder.SetText(long)
	for label, want := range map[string]string{
		"Name":        "the name is 301 characters long, more than the 300 a name may hold",
		"Notes":       "the notes are 10001 characters long, more than the 10000 notes may hold",
		"Recorded by": "the recorder's name is 301 characters long, more than the 300 a name may hold",
	} {
		if got := problemOf(t, &f.form, label); got != want {
			t.Errorf("under %s: %q, want %q", label, got, want)
		}
	}
	if !f.form.save.Disabled() {
		t.Fatal("Save is enabled with texts too long")
	}
	f.name.SetText(long[:len("Ө")*annot.MaxName])
	f.notes.SetText("ok")
	f.recorder.SetText("Батболд")
	if got := shownProblems(&f.form); f.form.save.Disabled() {
		t.Errorf("Save disabled with texts within bounds: %q", got)
	}
	g := ui.showGapForm(nil, orb.Point{106.92, 47.96})
	g.kind.SetSelected("Flooding")
	g.notes.SetText(strings.Repeat("a", annot.MaxNotes+1))
	g.raisedBy.SetText(long)
	if problemOf(t, &g.form, "Notes") == "" || problemOf(t, &g.form, "Raised by") == "" || !g.form.save.Disabled() {
		t.Errorf("the gap form takes texts too long: %q", shownProblems(&g.form))
	}
}
