package app

import (
	"errors"
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/atomicfile"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/words"
)

// save asks where to write the page and writes it in the background.
func (d *exportDialog) save(ext string) {
	o, extent := d.options()
	d.rememberSource()
	name := lang.L("map") + ext
	d.env.pickSave(name, ext, func(path string) { d.writePage(path, o, extent) })
}

// writePage writes a page as PNG (the summary as NAME-2.png when it has
// its own page) or PDF, whole or not at all.
func (d *exportDialog) writePage(path string, o printmap.Options, ext printmap.Extent) {
	p := d.env.project()
	d.status.SetText(lang.L("Saving…"))
	d.env.background(func() {
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
				showError(err, d.env.win)
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
		text += "\n" + errorText(err)
	}
	return text
}

// saveAtlas writes a page per khoroo (or kheseg) into one PDF, with a
// progress bar and a Cancel button.
func (d *exportDialog) saveAtlas() {
	o, ext := d.options()
	d.rememberSource()
	role := d.atlasRole()
	p := d.env.project()
	areas := p.Areas(role)
	if ext.Area != nil && ext.Area.Role == geo.RoleKhoroo && role == geo.RoleKheseg {
		areas = printmap.Inside(areas, *ext.Area) // the kheseg of the khoroo chosen in "Map of"
	}
	if len(areas) == 0 {
		showError(words.Errorf("The atlas needs a khoroo or kheseg layer."), d.env.win)
		return
	}
	d.env.pickSave(lang.L("atlas")+".pdf", ".pdf", func(path string) { d.writeAtlas(path, p, areas, o) })
}

func (d *exportDialog) writeAtlas(path string, p *printmap.Project, areas []printmap.Area, o printmap.Options) {
	bar := widget.NewProgressBar()
	var cancelled atomic.Bool
	prog := dialog.NewCustom(lang.L("Making the atlas"), lang.L("Cancel"), bar, d.env.win)
	prog.SetOnClosed(func() { cancelled.Store(true) })
	prog.Show()
	d.env.background(func() {
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
				showError(err, d.env.win)
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
