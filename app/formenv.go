package app

import (
	"fyne.io/fyne/v2"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// formEnv is what the point, gap and category forms need from the window:
// the workspace they edit, the window they open over, the language, who
// is editing, how an edit is made and what follows a saved annotation. It
// also remembers the category last given to a point in this session. Use
// it on the UI goroutine only.
type formEnv struct {
	ws     *workspace.Workspace
	win    fyne.Window
	lang   func() string
	author func() string
	edit   func(annot.Change) bool
	// saved is called with the ID of an annotation a form saved.
	saved func(id string)
	// background runs slow work (reducing a photo) off the UI goroutine.
	background func(func())
	// lastCategory is the ID of the category last saved on a point.
	lastCategory string
	// photoDir is the folder of the last photo added.
	photoDir string
	// picker is the open photo picker, for tests.
	picker *filePicker
}

// forms returns the window's form environment, made once.
func (ui *UI) forms() *formEnv {
	if ui.formEnv == nil {
		ui.formEnv = &formEnv{ws: ui.ws, win: ui.win, lang: func() string { return langCode(ui.app) },
			author: ui.author, edit: ui.edit, saved: ui.selectAnnotation, background: func(f func()) { ui.background(f) }}
	}
	return ui.formEnv
}

// visibleCategories are the categories a new point can take.
func (e *formEnv) visibleCategories() []annot.Category {
	if e.ws.Annotations() == nil {
		return nil
	}
	var out []annot.Category
	for _, c := range e.ws.Annotations().Categories {
		if !c.Hidden {
			out = append(out, c)
		}
	}
	return out
}

// categoriesWith are the visible categories, and the category id when
// it is hidden: an annotation keeps its category in its form.
func (e *formEnv) categoriesWith(id string) []annot.Category {
	out := e.visibleCategories()
	if e.ws.Annotations() == nil {
		return out
	}
	if c, ok := e.ws.Annotations().Category(id); ok && c.Hidden {
		out = append(out, c)
	}
	return out
}

// categoryName is the shown name of the category id, "" when there is
// none.
func (e *formEnv) categoryName(id string) string {
	if e.ws.Annotations() == nil {
		return ""
	}
	if c, ok := e.ws.Annotations().Category(id); ok {
		return c.Name(e.lang())
	}
	return ""
}

// categoryID finds a category by its shown name; "" when none has it.
func (e *formEnv) categoryID(name string) string {
	if e.ws.Annotations() == nil {
		return ""
	}
	for _, c := range e.ws.Annotations().Categories {
		if c.Name(e.lang()) == name {
			return c.ID
		}
	}
	return ""
}
