package app

import (
	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// undoneText is the status line after an undo: what the undone edit did,
// given the change the undo made (its inverse).
func undoneText(made annot.Change, code string, catName func(string) string) string {
	return fmt.Sprintf(lang.L("Undone: %s"), changeText(made.Inverse(), code, catName))
}

// redoneText is the status line after a redo of the edit c.
func redoneText(c annot.Change, code string, catName func(string) string) string {
	return fmt.Sprintf(lang.L("Redone: %s"), changeText(c, code, catName))
}

// changeText says in a few words what an edit did: "add point «Water
// kiosk 3»"; an action of several edits is counted, an import named
// ("import of «DCIM» (7 changes)").
func changeText(c annot.Change, code string, catName func(string) string) string {
	flat := c.Flat()
	if c.Import != "" {
		return fmt.Sprintf(lang.L("import of «%s» (%d changes)"), c.Import, len(flat))
	}
	if len(flat) != 1 {
		return fmt.Sprintf(lang.L("%d changes"), len(flat))
	}
	c = flat[0]
	switch {
	case c.OldPoint != nil || c.NewPoint != nil:
		p := pick(c.OldPoint, c.NewPoint)
		name := p.Name
		if name == "" {
			name = catName(p.Category)
		}
		moved := c.OldPoint != nil && c.NewPoint != nil && c.OldPoint.Location != c.NewPoint.Location
		return fmt.Sprintf(verbText(c.OldPoint != nil, c.NewPoint != nil, moved, "point"), name)
	case c.OldGap != nil || c.NewGap != nil:
		g := pick(c.OldGap, c.NewGap)
		what := gapKindLabel(g.Kind)
		if g.Kind == annot.MissingService && g.Service != "" {
			what += ": " + catName(g.Service)
		}
		return fmt.Sprintf(verbText(c.OldGap != nil, c.NewGap != nil, false, "gap"), what)
	default:
		k := pick(c.OldCategory, c.NewCategory)
		return fmt.Sprintf(verbText(c.OldCategory != nil, c.NewCategory != nil, false, "category"), k.Name(code))
	}
}

// pick is after when there is one, else before.
func pick[T any](before, after *T) T {
	if after != nil {
		return *after
	}
	return *before
}

// verbTexts are the translation keys of verbText, by verb and then by
// what was edited.
var verbTexts = map[string]map[string]string{
	"add":    {"point": "add point «%s»", "gap": "add gap «%s»", "category": "add category «%s»"},
	"edit":   {"point": "edit point «%s»", "gap": "edit gap «%s»", "category": "edit category «%s»"},
	"move":   {"point": "move point «%s»"},
	"delete": {"point": "delete point «%s»", "gap": "delete gap «%s»", "category": "delete category «%s»"},
}

// verbText is the translated "add/edit/move/delete <what> «%s»".
func verbText(before, after, moved bool, what string) string {
	verb := "edit"
	switch {
	case !before:
		verb = "add"
	case !after:
		verb = "delete"
	case moved:
		verb = "move"
	}
	return lang.L(verbTexts[verb][what])
}
