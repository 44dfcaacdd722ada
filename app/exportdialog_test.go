package app

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo"
)

// The print dialog previews the page, follows the options, remembers them,
// and saves a PNG, a PDF and an atlas.
func TestExportDialog(t *testing.T) {
	ui := newTestUI(t, 1)
	d := ui.showExport()
	if d.preview.Image == nil {
		t.Fatal("no preview")
	}
	first := d.preview.Image.Bounds()
	d.landscape.SetChecked(!d.landscape.Checked)
	if d.preview.Image.Bounds().Dx() == first.Dx() {
		t.Error("turning the page did not change the preview")
	}
	d.extent.SetSelected("3-р хэсэг")
	test.Type(d.title, "Гурав дахь хэсэг")
	o, ext := d.options()
	if ext.Area == nil || ext.Area.Name != "3-р хэсэг" || o.Title != "Гурав дахь хэсэг" {
		t.Errorf("options %+v, area %+v", o, ext.Area)
	}
	if ui.app.Preferences().Bool(prefExportLandscape) != d.landscape.Checked {
		t.Error("the choice was not remembered")
	}
	dir := t.TempDir()
	png, pdf, atlas := filepath.Join(dir, "m.png"), filepath.Join(dir, "m.pdf"), filepath.Join(dir, "a.pdf")
	d.writePage(png, o, ext)
	d.writePage(pdf, o, ext)
	areas := ui.printProject().Areas(geo.RoleKheseg)
	d.writeAtlas(atlas, ui.printProject(), areas, o)
	for _, f := range []struct{ path, magic string }{{png, "\x89PNG"}, {pdf, "%PDF-"}, {atlas, "%PDF-"}} {
		b, err := os.ReadFile(f.path)
		if err != nil || !bytes.HasPrefix(b, []byte(f.magic)) {
			t.Errorf("%s: %v", f.path, err)
		}
	}
	// with coverage worked out, the page shows it
	ui.cover.category.SetSelected("Water kiosk or well")
	ui.cover.by.SetSelected("Kheseg")
	ui.cover.compute()
	withCov := ui.showExport()
	if o, _ := withCov.options(); o.Coverage == nil || o.Coverage.Category != "water_kiosk" || o.Coverage.By != geo.RoleKheseg {
		t.Errorf("coverage option %+v", o.Coverage)
	}
	// a second dialog starts from the remembered choices
	again := ui.showExport()
	if again.landscape.Checked != d.landscape.Checked || again.dpi.Selected != d.dpi.Selected {
		t.Error("the dialog forgot the last choices")
	}
}
