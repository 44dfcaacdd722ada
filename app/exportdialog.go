package app

import (
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/app/settings"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Preference keys of the export dialog: the last choices.
const (
	prefExportPaper     = "exportPaper"
	prefExportLandscape = "exportLandscape"
	prefExportDPI       = "exportDPI"
	prefExportSummary   = "exportSummary"
	prefExportSource    = "exportSource"
	prefExportBy        = "exportAtlasByRole" // a role code: "khoroo" or "kheseg"
)

// printLanguages are the print dialog's language choices, in words.All's
// order; a page is printed in the window's language unless one is picked.
var printLanguages = []string{"Монгол", "English"}

var printFonts = func() printmap.Fonts {
	regular, bold := TextFonts()
	return printmap.Fonts{Regular: regular, Bold: bold}
}()

// typingPause is how long the typing in a text field of the print dialog
// must pause before the preview is drawn again.
const typingPause = 300 * time.Millisecond

// printEnv is what the print dialog needs from the window, and no more.
type printEnv struct {
	win    fyne.Window
	prefs  *settings.Store
	lang   words.Lang // the window's: the page's unless another is picked
	author string
	// project is what the window shows, as printmap draws it, a snapshot.
	project func() *printmap.Project
	// view is the map's current view.
	view func() render.View
	// coverage is the Coverage tab's last analysis, or nil.
	coverage   func() *printmap.Coverage
	background func(func())
	pickSave   func(name, ext string, chosen func(string))
	after      afterFunc
	// setting and saveSetting read and keep a setting of the open
	// project (see keepTexts); nil keeps nothing
	setting     func(key string) string
	saveSetting func(key, value string)
}

// exportDialog is the print dialog: the options on the left, a live
// preview of the page on the right, and buttons to save a PNG, a PDF or
// an atlas. Its widgets are kept for tests.
type exportDialog struct {
	env       printEnv
	paper     *widget.RadioGroup
	landscape *widget.Check
	dpi       *widget.RadioGroup
	language  *widget.RadioGroup
	extent    *formSelect
	title     *formEntry
	subtitle  *formEntry
	notes     *formEntry
	source    *formEntry
	summary   *widget.Check
	coverage  *widget.Check
	by        *widget.RadioGroup
	preview   *canvas.Image
	status    *widget.Label
	dialog    dialog.Dialog
	gen       atomic.Uint64 // previews asked for; older ones are dropped
	typing    debouncer     // redraws once the typing pauses
	drawn     int           // previews drawn, for tests
	areas     []printmap.Area
}

// printProject is what the window shows, as printmap draws it.
func (ui *UI) printProject() *printmap.Project {
	p := &printmap.Project{Annotations: ui.ws.Snapshot(), Title: lang.L("Khoroo Map")} // a snapshot: pages are drawn off the UI goroutine
	if ui.ws.Project() != nil {
		base := filepath.Base(ui.ws.Project().Path())
		p.Title = strings.TrimSuffix(base, filepath.Ext(base))
		if t, ok, _ := ui.ws.Project().Setting(store.SettingTitle); ok && t != "" {
			p.Title = t
		}
		p.Training, _ = training.Is(ui.ws.Project())
	}
	for _, ml := range ui.layers.list {
		p.Layers = append(p.Layers, render.DrawLayer{Layer: ml.layer, Role: ml.role, Style: ml.style, Hidden: ml.hidden})
	}
	if ui.sheets != nil {
		p.Sheets = ui.sheets.pictures()
	}
	if ui.base != nil && ui.base.src != nil {
		p.Basemap, p.BasemapOpacity = ui.base.src, ui.base.opacity.Value
	}
	return p
}

// showExport opens the print dialog with the last choices; ui.export is
// the dialog while it is open.
func (ui *UI) showExport() *exportDialog {
	d := newExportDialog(ui.printEnv())
	d.dialog.SetOnClosed(func() { d.closed(); ui.closedExport(d) })
	ui.export = d
	return d
}

// printEnv is what the print dialog gets from the window.
func (ui *UI) printEnv() printEnv {
	return printEnv{win: ui.win, prefs: ui.prefs(), lang: langOf(ui.app), author: ui.author(),
		project: ui.printProject, view: ui.Map.View, coverage: ui.cover.printed,
		background: ui.background, pickSave: ui.pickSave, after: afterOnUI, setting: ui.projectSetting, saveSetting: ui.saveSetting}
}

// newExportDialog builds and shows the print dialog.
func newExportDialog(env printEnv) *exportDialog {
	d := &exportDialog{env: env, typing: debouncer{wait: typingPause, after: env.after}}
	d.buildChoices()
	d.buildTexts()
	d.preview = canvas.NewImageFromImage(nil)
	d.preview.FillMode = canvas.ImageFillContain
	d.preview.SetMinSize(fyne.NewSize(520, 380))
	d.status = widget.NewLabel("")
	left := container.NewBorder(nil, d.buttons(), nil, nil, container.NewVScroll(d.form()))
	content := container.NewHSplit(left, container.NewBorder(nil, d.status, nil, nil, d.preview))
	d.dialog = dialog.NewCustom(lang.L("Print or export a map"), lang.L("Close"), content, env.win)
	d.dialog.SetOnClosed(d.closed)
	d.dialog.Resize(fyne.NewSize(1100, 680))
	d.dialog.Show()
	d.refresh()
	return d
}

// buildChoices makes the clicked choices, each redrawing the preview at
// once and remembered as it is made.
func (d *exportDialog) buildChoices() {
	prefs := d.env.prefs
	d.paper = widget.NewRadioGroup([]string{"A4", "A3"}, func(s string) { prefs.SetString(prefExportPaper, s); d.refresh() })
	d.paper.Horizontal = true
	d.paper.SetSelected(prefs.StringWithFallback(prefExportPaper, "A4"))
	d.landscape = widget.NewCheck(lang.L("Landscape"), func(b bool) { prefs.SetBool(prefExportLandscape, b); d.refresh() })
	d.landscape.SetChecked(prefs.BoolWithFallback(prefExportLandscape, true))
	d.dpi = widget.NewRadioGroup([]string{"150", "300"}, func(s string) { prefs.SetString(prefExportDPI, s) }) // the preview is at screen resolution
	d.dpi.Horizontal = true
	d.dpi.SetSelected(prefs.StringWithFallback(prefExportDPI, "150"))
	d.language = widget.NewRadioGroup(printLanguages, func(string) { d.refresh() })
	d.language.Horizontal = true
	d.language.SetSelected(printLanguages[slices.Index(words.All, d.env.lang)])
	d.areas = printableAreas(d.env.project())
	d.extent = newChoice(d.extentOptions(), func(string) { d.refresh() })
	d.extent.SetSelectedIndex(0)
	d.summary = widget.NewCheck(lang.L("Summary table"), func(b bool) { prefs.SetBool(prefExportSummary, b); d.refresh() })
	d.summary.SetChecked(prefs.Bool(prefExportSummary))
	d.coverage = widget.NewCheck(lang.L("Shade who lives too far (from the Coverage tab)"), func(bool) { d.refresh() })
	if d.env.coverage() == nil {
		d.coverage.Disable()
	} else {
		d.coverage.SetChecked(true)
	}
	d.by = widget.NewRadioGroup([]string{lang.L("Khoroo"), lang.L("Kheseg")}, func(string) { prefs.SetString(prefExportBy, d.atlasRole().String()) })
	d.by.Horizontal = true
	if prefs.String(prefExportBy) == geo.RoleKheseg.String() {
		d.by.SetSelected(d.by.Options[1])
	} else {
		d.by.SetSelected(d.by.Options[0])
	}
}

// buildTexts makes the text fields; typing in them redraws the preview
// once the typing pauses.
func (d *exportDialog) buildTexts() {
	typed := func(string) { d.typing.call(d.refresh) }
	d.title = newEntry(nil)
	d.title.SetPlaceHolder(lang.L("(the area's or the project's name)"))
	d.subtitle = newEntry(nil)
	d.subtitle.SetPlaceHolder(lang.L("(the district and the date)"))
	d.notes = newLinesEntry()
	d.notes.SetMinRowsVisible(3)
	d.source = newEntry(nil)
	d.source.SetText(d.env.prefs.StringWithFallback(prefExportSource, d.env.author))
	d.loadTexts()
	for _, e := range []*formEntry{d.title, d.subtitle, d.notes, d.source} {
		e.OnChanged = typed
	}
}

// closed stops a redraw waiting for the typing to pause and keeps the
// texts in the project.
func (d *exportDialog) closed() {
	d.typing.cancel()
	d.keepTexts()
}

func (d *exportDialog) form() *widget.Form {
	return widget.NewForm(
		widget.NewFormItem(lang.L("Paper"), container.NewHBox(d.paper, d.landscape)),
		widget.NewFormItem(lang.L("Resolution (dpi)"), d.dpi),
		widget.NewFormItem(lang.L("Language"), d.language),
		widget.NewFormItem(lang.L("Map of"), d.extent),
		widget.NewFormItem(lang.L("Title"), d.title),
		widget.NewFormItem(lang.L("Subtitle"), d.subtitle),
		widget.NewFormItem(lang.L("Notes"), d.notes),
		widget.NewFormItem(lang.L("Source"), d.source),
		widget.NewFormItem("", d.summary),
		widget.NewFormItem("", d.coverage),
		widget.NewFormItem(lang.L("Atlas: a page per"), d.by), // per kheseg: of the khoroo chosen above, if one is
	)
}

func (d *exportDialog) buttons() fyne.CanvasObject {
	return container.NewHBox(
		widget.NewButton(lang.L("Save PNG…"), func() { d.save(".png") }),
		widget.NewButton(lang.L("Save PDF…"), func() { d.save(".pdf") }),
		widget.NewButton(lang.L("Save atlas PDF…"), d.saveAtlas),
	)
}

// printableAreas lists the khoroos, kheseg and ger areas a page can be
// about.
func printableAreas(p *printmap.Project) []printmap.Area {
	var out []printmap.Area
	for _, r := range []geo.Role{geo.RoleKhoroo, geo.RoleKheseg, geo.RoleGerArea} {
		out = append(out, p.Areas(r)...)
	}
	return out
}

func (d *exportDialog) extentOptions() []string {
	opts := []string{lang.L("The whole project"), lang.L("The current view")}
	for _, a := range d.areas {
		opts = append(opts, strings.TrimSpace(a.Name+" "+a.District))
	}
	return opts
}
