package app

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/basemap"
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
	if ui.prefs().Bool(prefExportLandscape) != d.landscape.Checked {
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
	if b, _ := os.ReadFile(png); !bytes.Contains(b, []byte("pHYs")) {
		t.Error("the PNG does not say its resolution")
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

// A page printed over a basemap with broken tiles is saved without them,
// and the dialog says which tile could not be drawn, in one more line.
func TestExportSaysBrokenBasemapTiles(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	mb := filepath.Join(dir, "broken.mbtiles")
	tiles := map[basemap.Key][]byte{}
	for x := range 4 {
		for y := range 4 {
			tiles[basemap.Key{Z: 2, X: x, Y: y}] = []byte("garbage")
		}
	}
	if err := basemap.WriteMBTiles(mb, map[string]string{"minzoom": "2", "maxzoom": "2"}, tiles); err != nil {
		t.Fatal(err)
	}
	ui.base.use(mb)
	d := ui.showExport()
	o, ext := d.options()
	png := filepath.Join(dir, "m.png")
	d.writePage(png, o, ext)
	if _, err := os.Stat(png); err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(d.status.Text, "\n")
	if len(lines) != 2 || !strings.Contains(lines[1], mb+": the tile 2/") || !strings.Contains(lines[1], "not a PNG, JPEG or WebP image") {
		t.Errorf("the dialog says %q", d.status.Text)
	}
}

// Typing in the print dialog redraws the preview once the typing pauses,
// not at every key, and at the screen's resolution, not the page's.
func TestExportPreviewWaitsForTyping(t *testing.T) {
	ui := newTestUI(t, 1)
	clock := &fakeClock{}
	env := ui.printEnv()
	env.after = clock.after
	d := newExportDialog(env)
	if d.drawn != 1 {
		t.Fatalf("%d previews on opening, want 1", d.drawn)
	}
	for _, r := range "Гурав дахь хэсгийн усны хүртээмж, 2026 оны намар, хурлын зураг" {
		test.Type(d.title, string(r))
		clock.advance(80 * time.Millisecond)
	}
	if d.drawn != 1 {
		t.Errorf("%d previews while typing, want none more", d.drawn-1)
	}
	clock.advance(typingPause)
	if d.drawn != 2 {
		t.Errorf("%d previews after the typing paused, want 2 in all", d.drawn)
	}
	o, _ := d.options()
	if o.Title != "Гурав дахь хэсгийн усны хүртээмж, 2026 оны намар, хурлын зураг" {
		t.Errorf("title %q", o.Title)
	}
	if w := d.preview.Image.Bounds().Dx(); w > 700 {
		t.Errorf("the preview is %d px wide for a 520 px view: drawn at the page's resolution", w)
	}
	test.Type(d.notes, "х")
	d.landscape.SetChecked(!d.landscape.Checked) // a click redraws at once, dropping the typing's
	clock.advance(time.Second)
	if d.drawn != 3 {
		t.Errorf("%d previews after a key then a click, want 3", d.drawn)
	}
}
