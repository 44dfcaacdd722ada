package app

import (
	"fmt"
	"image/color"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// annotList lists every annotation, filtered by category (or gaps),
// status, khoroo and whether it needs review; tapping a row selects the
// annotation and zooms to it. Above it, how many are to review and a
// button marking them all reviewed. It is built from what it needs: the
// workspace it lists, the window its questions show in, the interface
// language, what a tap does and how an edit is made.
type annotList struct {
	ws       *workspace.Workspace
	win      fyne.Window
	lang     func() string
	onPick   func(id string, at orb.Geometry)
	edit     func(annot.Change) bool
	toReview *widget.Label
	allDone  *widget.Button
	category *widget.Select
	status   *widget.Select
	khoroo   *widget.Select
	review   *widget.Check
	count    *widget.Label
	list     *widget.List
	rows     map[fyne.CanvasObject]*annotRow
	shown    []annotEntry
}

// annotEntry is one row: an annotation's ID, label, detail and colour.
type annotEntry struct {
	id, label, detail string
	colour            color.NRGBA
	at                orb.Geometry
}

type annotRow struct {
	swatch *canvas.Rectangle
	label  *widget.Label
	detail *widget.Label
}

func newAnnotList(ws *workspace.Workspace, win fyne.Window, code func() string, onPick func(id string, at orb.Geometry), edit func(annot.Change) bool) *annotList {
	l := &annotList{ws: ws, win: win, lang: code, onPick: onPick, edit: edit, rows: map[fyne.CanvasObject]*annotRow{}}
	l.toReview = widget.NewLabelWithStyle("", fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	l.allDone = widget.NewButton(lang.L("Mark all reviewed…"), l.confirmAcceptAll)
	l.category = widget.NewSelect(nil, func(string) { l.refresh() })
	l.status = widget.NewSelect(nil, func(string) { l.refresh() })
	l.khoroo = widget.NewSelect(nil, func(string) { l.refresh() })
	l.review = widget.NewCheck(lang.L("Needs review"), func(bool) { l.refresh() })
	l.count = widget.NewLabel("")
	l.list = widget.NewList(func() int { return len(l.shown) }, l.createRow, l.updateRow)
	l.list.OnSelected = func(id widget.ListItemID) {
		if id < len(l.shown) {
			e := l.shown[id]
			l.onPick(e.id, e.at)
		}
		l.list.UnselectAll()
	}
	return l
}

func (l *annotList) content() fyne.CanvasObject {
	filters := container.NewVBox(widget.NewForm(
		widget.NewFormItem(lang.L("Category"), l.category),
		widget.NewFormItem(lang.L("Status"), l.status),
		widget.NewFormItem(lang.L("Khoroo"), l.khoroo),
	), container.NewHBox(l.review, l.count), container.NewHBox(l.toReview, l.allDone))
	return container.NewBorder(filters, nil, nil, nil, l.list)
}

func (l *annotList) createRow() fyne.CanvasObject {
	r := &annotRow{swatch: canvas.NewRectangle(color.Black), label: widget.NewLabel(""), detail: widget.NewLabel("")}
	r.swatch.SetMinSize(fyne.NewSize(12, 12))
	r.swatch.CornerRadius = 6
	r.label.Truncation = fyne.TextTruncateEllipsis
	r.detail.Truncation = fyne.TextTruncateEllipsis
	r.detail.Importance = widget.LowImportance
	obj := container.NewBorder(nil, nil, container.NewCenter(r.swatch), nil, container.NewVBox(r.label, r.detail))
	l.rows[obj] = r
	return obj
}

func (l *annotList) updateRow(id widget.ListItemID, obj fyne.CanvasObject) {
	r, ok := l.rows[obj]
	if !ok || id >= len(l.shown) {
		return
	}
	e := l.shown[id]
	r.swatch.FillColor = e.colour
	r.swatch.Refresh()
	r.label.SetText(e.label)
	r.detail.SetText(e.detail)
}

// all is the filter value meaning "any".
func all() string { return lang.L("(all)") }

// refresh updates the filter choices and the rows.
func (l *annotList) refresh() {
	s := l.ws.Annotations()
	if s == nil {
		l.shown = nil
		l.showToReview(0)
		l.list.Refresh()
		return
	}
	code := l.lang()
	l.setOptions(l.category, append([]string{all(), lang.L("Gaps")}, categoryNames(s.Categories, code)...))
	l.setOptions(l.status, append(append([]string{all()}, labelsOf(annot.Statuses, statusLabel)...), labelsOf(annot.GapStatuses, gapStatusLabel)...))
	l.setOptions(l.khoroo, append([]string{all()}, khoroos(s)...))
	l.shown = l.filter(s, code)
	l.count.SetText(formatCount(len(l.shown), len(s.Points)+len(s.Gaps)))
	l.showToReview(len(s.NeedsReview()))
	l.list.Refresh()
}

// setOptions replaces a filter's choices, keeping the choice made when it
// is still offered.
func (l *annotList) setOptions(sel *widget.Select, opts []string) {
	keep := sel.Selected
	if !slices.Contains(opts, keep) {
		keep = opts[0]
	}
	sel.Options = opts
	if sel.Selected != keep {
		cb := sel.OnChanged
		sel.OnChanged = nil
		sel.SetSelected(keep)
		sel.OnChanged = cb
	}
	sel.Refresh()
}

// filter lists the annotations the filters let through: points then gaps.
func (l *annotList) filter(s *annot.Set, code string) []annotEntry {
	var out []annotEntry
	cat, status, khoroo := l.category.Selected, l.status.Selected, l.khoroo.Selected
	who := func(detail string, m annot.Meta) string { // tells conflicting versions apart
		if m.Review != "" && m.Author != "" {
			return m.Author + " · " + detail
		}
		return detail
	}
	pass := func(statusText, kh string, m annot.Meta) bool {
		return (status == all() || status == statusText) && (khoroo == all() || khoroo == kh) && (!l.review.Checked || m.Review != "")
	}
	if cat != lang.L("Gaps") {
		for i := range s.Points {
			p := &s.Points[i]
			c, _ := s.Category(p.Category)
			if (cat == all() || cat == c.Name(code)) && pass(statusLabel(p.Status), p.KhorooLabel(), p.Meta) {
				out = append(out, annotEntry{p.ID, mapstyle.PointName(c, p, code), who(c.Name(code)+" · "+statusLabel(p.Status)+" · "+placesText(p.Places), p.Meta), c.Colour, p.Location})
			}
		}
	}
	if cat == all() || cat == lang.L("Gaps") {
		for i := range s.Gaps {
			g := &s.Gaps[i]
			if pass(gapStatusLabel(g.Status), g.KhorooLabel(), g.Meta) {
				out = append(out, annotEntry{g.ID, mapstyle.GapName(s, g, code), who(severityLabel(g.Severity)+" · "+gapStatusLabel(g.Status)+" · "+placesText(g.Places), g.Meta), mapstyle.GapColour(g), g.Geometry})
			}
		}
	}
	return out
}

// khoroos lists the khoroos annotations lie in, sorted, each once with
// its district ("СБД 1-р хороо", "БГД 1-р хороо").
func khoroos(s *annot.Set) []string {
	seen := map[string]bool{}
	for _, p := range s.Points {
		seen[p.KhorooLabel()] = p.Khoroo != ""
	}
	for _, g := range s.Gaps {
		seen[g.KhorooLabel()] = g.Khoroo != ""
	}
	var out []string
	for k, ok := range seen {
		if ok {
			out = append(out, k)
		}
	}
	slices.Sort(out)
	return out
}

func formatCount(shown, total int) string {
	return fmt.Sprintf("%s: %d / %d", lang.L("Shown"), shown, total)
}
