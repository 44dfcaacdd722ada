package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// The status bar says what was undone and redone, in both languages.
func TestUndoSaysWhat(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	f := ui.showPointForm(nil, orb.Point{106.92, 47.96})
	f.category.SetSelected("Water kiosk or well")
	test.Type(f.name, "Water kiosk 3")
	test.Tap(f.form.save)
	shortcut(ui, shortcutUndo)
	if got := ui.status.Text; got != "Undone: add point «Water kiosk 3»" {
		t.Errorf("after undo: %q", got)
	}
	shortcut(ui, shortcutRedo)
	if got := ui.status.Text; got != "Redone: add point «Water kiosk 3»" {
		t.Errorf("after redo: %q", got)
	}
	ui.setLanguage("mn")
	shortcut(ui, shortcutUndo)
	if got := ui.status.Text; got != "Буцаалаа: «Water kiosk 3» цэг нэмсэн" {
		t.Errorf("after undo in Mongolian: %q", got)
	}
}

// changeText names each kind of edit.
func TestChangeText(t *testing.T) {
	test.NewTempApp(t)
	kiosk := &annot.Point{Name: "Kiosk", Category: "water_kiosk", Location: orb.Point{1, 2}}
	moved := &annot.Point{Name: "Kiosk", Category: "water_kiosk", Location: orb.Point{1, 3}}
	renamed := &annot.Point{Name: "Kiosk 2", Category: "water_kiosk", Location: orb.Point{1, 2}}
	unnamed := &annot.Point{Category: "water_kiosk"}
	gap := &annot.Gap{Kind: annot.Flooding}
	cat := &annot.Category{ID: "x", NameMN: "Эмийн сан", NameEN: "Drugstore"}
	catName := func(id string) string { return map[string]string{"water_kiosk": "Water kiosk"}[id] }
	for _, tc := range []struct {
		name string
		c    annot.Change
		want string
	}{
		{"add", annot.Change{NewPoint: kiosk}, "add point «Kiosk»"},
		{"edit", annot.Change{OldPoint: kiosk, NewPoint: renamed}, "edit point «Kiosk 2»"},
		{"move", annot.Change{OldPoint: kiosk, NewPoint: moved}, "move point «Kiosk»"},
		{"delete", annot.Change{OldPoint: kiosk}, "delete point «Kiosk»"},
		{"unnamed", annot.Change{NewPoint: unnamed}, "add point «Water kiosk»"},
		{"gap", annot.Change{OldGap: gap}, "delete gap «Flooding»"},
		{"missing", annot.Change{NewGap: &annot.Gap{Kind: annot.MissingService, Service: "water_kiosk"}}, "add gap «Missing service: Water kiosk»"},
		{"category", annot.Change{NewCategory: cat}, "add category «Drugstore»"},
		{"steps", annot.Change{Steps: []annot.Change{{NewPoint: kiosk}, {OldGap: gap}}}, "2 changes"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := changeText(tc.c, "en", catName); got != tc.want {
				t.Errorf("got %q, want %q", got, tc.want)
			}
		})
	}
}

// Every edit's words are translated and take their one name.
func TestVerbTextsTranslated(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	ui.setLanguage("mn")
	for verb, whats := range verbTexts {
		for what, key := range whats {
			if got := lang.L(key); got == key || !strings.Contains(fmt.Sprintf(got, "Х"), "«Х»") {
				t.Errorf("%s %s: %q", verb, what, got)
			}
		}
	}
}
