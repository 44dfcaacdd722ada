package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// newSelect makes a choice among options, empty until one is chosen, that
// says so in the window's language.
func newSelect(options []string, changed func(string)) *formSelect {
	s := newChoice(options, changed)
	s.PlaceHolder = lang.L("(Select one)")
	return s
}

// newEntry makes a one-line entry that calls changed as it is typed in.
func newEntry(changed func(string)) *formEntry {
	e := &formEntry{}
	e.ExtendBaseWidget(e)
	e.OnChanged = changed
	return e
}

// newNotesEntry makes a several-line entry whose lines wrap at words.
func newNotesEntry() *formEntry {
	e := &formEntry{}
	e.MultiLine = true
	e.Wrapping = fyne.TextWrapWord
	e.ExtendBaseWidget(e)
	return e
}

// formEntry is an entry of a form, a dialog or a panel: Escape typed in
// it does what Escape does where no field has focus (see escape).
type formEntry struct {
	widget.Entry
	focusText string // the text when it took the focus, put back by Escape
	pinned    bool   // focusText is set by the dialog, not by the focus
}

// TypedKey handles Escape (escape.go); other keys edit.
func (e *formEntry) TypedKey(k *fyne.KeyEvent) {
	if k.Name == fyne.KeyEscape && e.escape() {
		return
	}
	e.Entry.TypedKey(k)
}

// visibleCategories are the categories a new point can take.
func (ui *UI) visibleCategories() []annot.Category { return ui.forms().visibleCategories() }

func categoryNames(cats []annot.Category, code string) []string {
	out := make([]string, len(cats))
	for i, c := range cats {
		out[i] = c.Name(code)
	}
	return out
}

// categoryID finds a category by its shown name; "other" when none has it.
func categoryID(cats []annot.Category, code, name string) string {
	for _, c := range cats {
		if c.Name(code) == name {
			return c.ID
		}
	}
	return annot.Other
}
