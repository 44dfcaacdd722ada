package app

import (
	"fmt"
	"image"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/words"
)

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
	return d.env.lang
}

// rememberSource stores the source line, and the texts in the project,
// once a page is saved (not at every key); the other choices are stored
// as they are made.
func (d *exportDialog) rememberSource() {
	d.keepTexts()
	if prefs := d.env.prefs; prefs.String(prefExportSource) != d.source.Text {
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
	if d.coverage.Checked {
		o.Coverage = d.env.coverage()
	}
	var ext printmap.Extent
	switch i := d.extentIndex(); {
	case i == 1:
		v := d.env.view()
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

// previewOptions are the options of the page as the preview draws it: at
// the resolution of the screen showing it.
func (d *exportDialog) previewOptions() (printmap.Options, printmap.Extent) {
	o, ext := d.options()
	width := max(d.preview.Size().Width, d.preview.MinSize().Width) * d.env.win.Canvas().Scale()
	o.DPI, o.Preview = o.PreviewDPI(width), true
	return o, ext
}

// refresh draws the preview anew in the background; a newer change drops
// an older preview, before it is drawn when it can, and the image shown
// is replaced, never kept beside the new one.
func (d *exportDialog) refresh() {
	if d.preview == nil || d.status == nil {
		return // still being built
	}
	d.typing.cancel()
	o, ext := d.previewOptions()
	p := d.env.project()
	gen := d.gen.Add(1)
	d.status.SetText(lang.L("Drawing the preview…"))
	d.env.background(func() {
		if d.gen.Load() != gen {
			return // a newer preview was asked for meanwhile
		}
		imgs, err := printmap.PageImages(p, ext, o, printFonts)
		fyne.Do(func() { d.showPreview(gen, imgs, o.Paper, err) })
	})
}

// showPreview shows a drawn preview unless a newer one was asked for.
func (d *exportDialog) showPreview(gen uint64, imgs []*image.RGBA, paper string, err error) {
	if d.gen.Load() != gen {
		return
	}
	if err != nil {
		d.status.SetText(errorText(err))
		return
	}
	d.drawn++
	d.preview.Image = imgs[0]
	d.preview.Refresh()
	d.status.SetText(fmt.Sprintf(lang.L("%d page(s), %s"), len(imgs), paper))
}
