package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
)

// reviewChoice is one decision offered on an annotation marked for
// review: a button's label and the change it makes.
type reviewChoice struct {
	label  string
	change annot.Change
}

// reviewDecisions are the decisions a reason allows, in button order.
func reviewDecisions(code annot.ReasonCode) []struct {
	label  string
	decide func(*annot.Set, string) (annot.Change, error)
} {
	type d = struct {
		label  string
		decide func(*annot.Set, string) (annot.Change, error)
	}
	switch code {
	case annot.Conflict, annot.ConflictCopy:
		return []d{{lang.L("Keep this one"), (*annot.Set).KeepVersion}, {lang.L("Keep the other"), (*annot.Set).KeepOther}, {lang.L("Keep both"), (*annot.Set).KeepBoth}}
	case annot.Duplicate:
		return []d{{lang.L("They are the same (merge them)"), (*annot.Set).Same}, {lang.L("They are different"), (*annot.Set).Different}}
	case annot.DeletedChanged:
		return []d{{lang.L("Keep it"), (*annot.Set).Accept}, {lang.L("Delete it"), (*annot.Set).KeepOther}}
	}
	return []d{{lang.L("Mark reviewed"), (*annot.Set).Accept}}
}

// reviewChoices are the decisions that apply to annotation id of s; none
// when it is not marked for review. A decision that does not apply (keep
// the other, among three versions) is left out.
func reviewChoices(s *annot.Set, id string) []reviewChoice {
	m, ok := metaOf(s, id)
	if !ok || m.Review == "" {
		return nil
	}
	var out []reviewChoice
	for _, d := range reviewDecisions(annot.ParseReason(m.Review).Code) {
		if c, err := d.decide(s, id); err == nil {
			out = append(out, reviewChoice{d.label, c})
		}
	}
	return out
}

// metaOf is the Meta of the point or gap id.
func metaOf(s *annot.Set, id string) (annot.Meta, bool) {
	if p, ok := s.Point(id); ok {
		return p.Meta, true
	}
	if g, ok := s.Gap(id); ok {
		return g.Meta, true
	}
	return annot.Meta{}, false
}

// reasonText words why annotation id needs review in the language code,
// naming the other annotation it points at by its label.
func reasonText(s *annot.Set, id, code string) string {
	m, _ := metaOf(s, id)
	return annot.ParseReason(m.Review).Text(code, func(other string) string { return annotLabel(s, other, code) })
}

// annotLabel is the name an annotation is shown with, or "".
func annotLabel(s *annot.Set, id, code string) string {
	if p, ok := s.Point(id); ok {
		c, _ := s.Category(p.Category)
		return mapstyle.PointName(c, &p, code)
	}
	if g, ok := s.Gap(id); ok {
		return mapstyle.GapName(s, &g, code)
	}
	return ""
}

// reviewBox shows why an annotation needs review and a button per
// decision; decide makes the change chosen. Empty when nothing is to be
// reviewed.
func reviewBox(s *annot.Set, id, code string, decide func(annot.Change)) []fyne.CanvasObject {
	choices := reviewChoices(s, id)
	if len(choices) == 0 {
		return nil
	}
	why := widget.NewLabel(reasonText(s, id, code))
	why.Wrapping = fyne.TextWrapWord
	why.Importance = widget.WarningImportance
	objs := []fyne.CanvasObject{container.NewBorder(nil, nil, widget.NewIcon(theme.WarningIcon()), nil, why)}
	for _, ch := range choices {
		b := widget.NewButton(ch.label, func() { decide(ch.change) })
		b.Importance = widget.HighImportance
		objs = append(objs, b)
	}
	return objs
}
