package app

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"slices"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/atomicfile"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
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

var printFonts = printmap.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold}

// exportDialog is the print dialog: the options on the left, a live
// preview of the page on the right, and buttons to save a PNG, a PDF or
// an atlas. Its widgets are kept for tests.
type exportDialog struct {
	ui        *UI
	paper     *widget.RadioGroup
	landscape *widget.Check
	dpi       *widget.RadioGroup
	language  *widget.RadioGroup
	extent    *widget.Select
	title     *widget.Entry
	subtitle  *widget.Entry
	notes     *widget.Entry
	source    *widget.Entry
	summary   *widget.Check
	coverage  *widget.Check
	by        *widget.RadioGroup
	preview   *canvas.Image
	status    *widget.Label
	dialog    dialog.Dialog
	gen       atomic.Uint64 // previews asked for; older ones are dropped
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
	}
	for _, ml := range ui.layers.list {
		p.Layers = append(p.Layers, render.DrawLayer{Layer: ml.layer, Role: ml.role, Style: ml.style, Hidden: ml.hidden})
	}
	if ui.base != nil && ui.base.src != nil {
		p.Basemap, p.BasemapOpacity = ui.base.src, ui.base.opacity.Value
	}
	return p
}

// showExport opens the print dialog with the last choices.
func (ui *UI) showExport() *exportDialog {
	prefs := ui.app.Preferences()
	d := &exportDialog{ui: ui}
	d.paper = widget.NewRadioGroup([]string{"A4", "A3"}, func(s string) { prefs.SetString(prefExportPaper, s); d.refresh() })
	d.paper.Horizontal = true
	d.paper.SetSelected(prefs.StringWithFallback(prefExportPaper, "A4"))
	d.landscape = widget.NewCheck(lang.L("Landscape"), func(b bool) { prefs.SetBool(prefExportLandscape, b); d.refresh() })
	d.landscape.SetChecked(prefs.BoolWithFallback(prefExportLandscape, true))
	d.dpi = widget.NewRadioGroup([]string{"150", "300"}, func(s string) { prefs.SetString(prefExportDPI, s); d.refresh() })
	d.dpi.Horizontal = true
	d.dpi.SetSelected(prefs.StringWithFallback(prefExportDPI, "150"))
	d.language = widget.NewRadioGroup(printLanguages, func(string) { d.refresh() })
	d.language.Horizontal = true
	d.language.SetSelected(printLanguages[slices.Index(words.All, langOf(ui.app))])
	d.areas = ui.printableAreas()
	d.extent = widget.NewSelect(d.extentOptions(), func(string) { d.refresh() })
	d.extent.SetSelectedIndex(0)
	d.title = widget.NewEntry()
	d.title.SetPlaceHolder(lang.L("(the area's or the project's name)"))
	d.title.OnChanged = func(string) { d.refresh() }
	d.subtitle = widget.NewEntry()
	d.subtitle.SetPlaceHolder(lang.L("(the district and the date)"))
	d.subtitle.OnChanged = func(string) { d.refresh() }
	d.notes = widget.NewMultiLineEntry()
	d.notes.SetMinRowsVisible(3)
	d.notes.OnChanged = func(string) { d.refresh() }
	d.source = widget.NewEntry()
	d.source.SetText(prefs.StringWithFallback(prefExportSource, ui.author()))
	d.source.OnChanged = func(string) { d.refresh() }
	d.summary = widget.NewCheck(lang.L("Summary table"), func(b bool) { prefs.SetBool(prefExportSummary, b); d.refresh() })
	d.summary.SetChecked(prefs.Bool(prefExportSummary))
	d.coverage = widget.NewCheck(lang.L("Shade who lives too far (from the Coverage tab)"), func(bool) { d.refresh() })
	if ui.cover == nil || ui.cover.catID == "" {
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
	d.preview = canvas.NewImageFromImage(nil)
	d.preview.FillMode = canvas.ImageFillContain
	d.preview.SetMinSize(fyne.NewSize(520, 380))
	d.status = widget.NewLabel("")
	form := widget.NewForm(
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
	buttons := container.NewHBox(
		widget.NewButton(lang.L("Save PNG…"), func() { d.save(".png") }),
		widget.NewButton(lang.L("Save PDF…"), func() { d.save(".pdf") }),
		widget.NewButton(lang.L("Save atlas PDF…"), d.saveAtlas),
	)
	left := container.NewBorder(nil, buttons, nil, nil, container.NewVScroll(form))
	content := container.NewHSplit(left, container.NewBorder(nil, d.status, nil, nil, d.preview))
	d.dialog = dialog.NewCustom(lang.L("Print or export a map"), lang.L("Close"), content, ui.win)
	d.dialog.Resize(fyne.NewSize(1100, 680))
	d.dialog.Show()
	ui.export = d
	d.refresh()
	return d
}

// printableAreas lists the khoroos, kheseg and ger areas a page can be
// about.
func (ui *UI) printableAreas() []printmap.Area {
	p := ui.printProject()
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

// atlasRole is what an atlas has a page per: khoroo or kheseg.
func (d *exportDialog) atlasRole() geo.Role {
	if d.by.Selected == d.by.Options[1] {
		return geo.RoleKheseg
	}
	return geo.RoleKhoroo
}

// printLang is the language the page is printed in.
func (d *exportDialog) printLang() words.Lang {
	if i := slices.Index(printLanguages, d.language.Selected); i >= 0 {
		return words.All[i]
	}
	return langOf(d.ui.app)
}

// rememberSource stores the source line, once a page is saved (not at
// every key); the other choices are stored as they are made.
func (d *exportDialog) rememberSource() {
	if prefs := d.ui.app.Preferences(); prefs.String(prefExportSource) != d.source.Text {
		prefs.SetString(prefExportSource, d.source.Text)
	}
}

// options reads the dialog.
func (d *exportDialog) options() (printmap.Options, printmap.Extent) {
	o := printmap.Options{Paper: d.paper.Selected, Landscape: d.landscape.Checked, DPI: 150, Lang: string(d.printLang()),
		Title: d.title.Text, Subtitle: d.subtitle.Text, Notes: d.notes.Text, Source: d.source.Text, Summary: d.summary.Checked}
	if d.dpi.Selected == "300" {
		o.DPI = 300
	}
	if c := d.ui.cover; d.coverage.Checked && c != nil && c.catID != "" {
		o.Coverage = &printmap.Coverage{Category: c.catID, Distance: c.metres, By: c.role()}
	}
	var ext printmap.Extent
	switch i := d.extentIndex(); {
	case i == 1:
		v := d.ui.Map.View()
		ext.View = &v
	case i >= 2:
		ext.Area = &d.areas[i-2]
	}
	return o, ext
}

func (d *exportDialog) extentIndex() int {
	for i, o := range d.extent.Options {
		if o == d.extent.Selected {
			return i
		}
	}
	return 0
}

// refresh draws the preview anew in the background (at 150 dpi, shown
// scaled down); a newer change drops an older preview.
func (d *exportDialog) refresh() {
	if d.preview == nil || d.status == nil {
		return // still being built
	}
	o, ext := d.options()
	o.DPI = 150
	p := d.ui.printProject()
	gen := d.gen.Add(1)
	d.status.SetText(lang.L("Drawing the preview…"))
	d.ui.background(func() {
		imgs, err := printmap.PageImages(p, ext, o, printFonts)
		fyne.Do(func() {
			if d.gen.Load() != gen {
				return
			}
			if err != nil {
				d.status.SetText(err.Error())
				return
			}
			d.preview.Image = imgs[0]
			d.preview.Refresh()
			d.status.SetText(fmt.Sprintf(lang.L("%d page(s), %s"), len(imgs), o.Paper))
		})
	})
}

// save asks where to write the page and writes it in the background.
func (d *exportDialog) save(ext string) {
	o, extent := d.options()
	d.rememberSource()
	name := lang.L("map") + ext
	d.ui.pickSave(name, ext, func(path string) { d.writePage(path, o, extent) })
}

// writePage writes a page as PNG (the summary as NAME-2.png when it has
// its own page) or PDF, whole or not at all.
func (d *exportDialog) writePage(path string, o printmap.Options, ext printmap.Extent) {
	p := d.ui.printProject()
	d.status.SetText(lang.L("Saving…"))
	d.ui.background(func() {
		err := writeFileAtomically(path, func(w io.Writer) error {
			if strings.EqualFold(filepath.Ext(path), ".pdf") {
				return printmap.PDF(w, p, ext, o, printFonts)
			}
			imgs, err := printmap.PageImages(p, ext, o, printFonts)
			if err != nil {
				return err
			}
			for i, img := range imgs[1:] {
				second := strings.TrimSuffix(path, filepath.Ext(path)) + fmt.Sprintf("-%d.png", i+2)
				if err := writeFileAtomically(second, func(w io.Writer) error { return printmap.WritePNG(w, img, o.DPI) }); err != nil {
					return err
				}
			}
			return printmap.WritePNG(w, imgs[0], o.DPI)
		})
		fyne.Do(func() {
			if err != nil {
				dialog.ShowError(err, d.ui.win)
				d.status.SetText("")
				return
			}
			d.status.SetText(savedText(path, p))
		})
	})
}

// savedText says where a page went and, in one more line, which basemap
// tiles could not be drawn on it.
func savedText(path string, p *printmap.Project) string {
	text := lang.L("Saved as") + " " + path
	if err := basemap.Problems(p.Basemap); err != nil {
		text += "\n" + err.Error()
	}
	return text
}

// saveAtlas writes a page per khoroo (or kheseg) into one PDF, with a
// progress bar and a Cancel button.
func (d *exportDialog) saveAtlas() {
	o, ext := d.options()
	d.rememberSource()
	role := d.atlasRole()
	p := d.ui.printProject()
	areas := p.Areas(role)
	if ext.Area != nil && ext.Area.Role == geo.RoleKhoroo && role == geo.RoleKheseg {
		areas = printmap.Inside(areas, *ext.Area) // the kheseg of the khoroo chosen in "Map of"
	}
	if len(areas) == 0 {
		dialog.ShowError(errors.New(lang.L("The atlas needs a khoroo or kheseg layer.")), d.ui.win)
		return
	}
	d.ui.pickSave(lang.L("atlas")+".pdf", ".pdf", func(path string) { d.writeAtlas(path, p, areas, o) })
}

func (d *exportDialog) writeAtlas(path string, p *printmap.Project, areas []printmap.Area, o printmap.Options) {
	bar := widget.NewProgressBar()
	var cancelled atomic.Bool
	prog := dialog.NewCustom(lang.L("Making the atlas"), lang.L("Cancel"), bar, d.ui.win)
	prog.SetOnClosed(func() { cancelled.Store(true) })
	prog.Show()
	d.ui.background(func() {
		err := writeFileAtomically(path, func(w io.Writer) error {
			return printmap.Atlas(w, p, areas, o, printFonts, func(done, total int) bool {
				fyne.Do(func() { bar.SetValue(float64(done) / float64(total)) })
				return !cancelled.Load()
			})
		})
		fyne.Do(func() {
			if !cancelled.Load() {
				prog.Hide()
			}
			switch {
			case errors.Is(err, printmap.ErrCancelled):
				d.status.SetText(lang.L("The atlas was cancelled."))
			case err != nil:
				dialog.ShowError(err, d.ui.win)
			default:
				d.status.SetText(savedText(path, p))
			}
		})
	})
}

// writeFileAtomically writes a file whole or not at all: a failed or
// cancelled export leaves nothing half-written.
func writeFileAtomically(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, write)
}
