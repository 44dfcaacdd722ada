package app

import (
	"image"
	"image/draw"
	"image/png"
	"os"
	"path/filepath"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// sheetsFixture is a sheets panel over the training project, in a test
// window, with the first kheseg's sheet scanned at 150 dpi.
type sheetsFixture struct {
	panel  *sheetsPanel
	proj   *store.Project
	sheet  sheets.Sheet
	scan   *image.RGBA
	dir    string
	redraw int
}

func newSheetsFixture(t *testing.T) *sheetsFixture {
	test.NewTempApp(t)
	f := &sheetsFixture{dir: t.TempDir()}
	path := filepath.Join(f.dir, "training.gpkg")
	mustOK(t, training.Create(path))
	var err error
	f.proj, err = store.Open(path)
	mustOK(t, err)
	set, err := f.proj.Load()
	mustOK(t, err)
	ws := &workspace.Workspace{}
	ws.Open(f.proj, set)
	t.Cleanup(func() { ws.Close() })
	layers, err := f.proj.Layers()
	mustOK(t, err)
	pl := make([]printmap.Layer, len(layers))
	for i, l := range layers {
		pl[i] = printmap.Layer{Layer: l.Layer, Role: l.Role}
	}
	pp := printmap.FromLayers("training", pl, set)
	fonts, err := render.ParseFonts(assets.FontRegular, assets.FontBold)
	mustOK(t, err)
	plan, err := sheets.Plan(pp.Title, pp.Areas(geo.RoleKheseg), "A4")
	mustOK(t, err)
	f.sheet = plan[0]
	f.scan, err = sheets.Draw(pp, f.sheet, sheets.Options{}, fonts)
	mustOK(t, err)
	w := test.NewTempWindow(t, nil)
	f.panel = newSheetsPanel(sheetsEnv{ws: ws, win: w, redraw: func() { f.redraw++ }, fit: func(orb.Bound) {},
		pick: func([]string, func(string)) {}, save: func(name, _ string, chosen func(string)) { chosen(filepath.Join(f.dir, "saved-"+name)) }, background: func(g func()) { g() }, status: func(string) {},
		pages: func() []sheets.Sheet { return sheets.Pages(pp) }})
	w.SetContent(f.panel.content())
	w.Resize(fyne.NewSize(1000, 800))
	return f
}

// save writes img as a PNG photo in the fixture's folder.
func (f *sheetsFixture) save(t *testing.T, name string, img image.Image) string {
	path := filepath.Join(f.dir, name)
	out, err := os.Create(path)
	mustOK(t, err)
	defer out.Close()
	mustOK(t, png.Encode(out, img))
	return path
}

// onMap draws the panel's sheets into a frame showing the sheet's map and
// returns the share of its pixels that are not white.
func (f *sheetsFixture) onMap() float64 {
	v := render.Fit(f.sheet.Code.Bound, 300, 400, 0)
	img := image.NewRGBA(image.Rect(0, 0, 300, 400))
	draw.Draw(img, img.Rect, image.White, image.Point{}, draw.Src)
	f.panel.draw(img, v)
	n := 0
	for i := 0; i < len(img.Pix); i += 4 {
		if img.Pix[i] < 250 || img.Pix[i+1] < 250 || img.Pix[i+2] < 250 {
			n++
		}
	}
	return float64(n) / float64(300*400)
}

// TestSheetsPanelReadsAPhoto: a scan read from the panel is kept in the
// project, listed with its page and photo, drawn on the map, its opacity
// slider shows and keeps it, its save button writes it with a world file,
// and its remove button takes it away.
func TestSheetsPanelReadsAPhoto(t *testing.T) {
	f := newSheetsFixture(t)
	if f.onMap() != 0 {
		t.Fatal("sheets drawn before any was read")
	}
	f.panel.readPhoto(f.save(t, "IMG_0001.png", f.scan))
	kept, err := f.proj.Overlays()
	mustOK(t, err)
	if len(kept) != 1 || kept[0].Page != f.sheet.Code.Page || kept[0].Source != "IMG_0001.png" || kept[0].Bound != f.sheet.Code.Bound {
		t.Fatalf("kept %+v", kept)
	}
	if len(f.panel.rows) != 1 || f.panel.rows[0].name.Text != "S01 · IMG_0001.png" {
		t.Fatalf("rows %v", f.panel.rows)
	}
	shown := f.onMap()
	if shown < 0.05 {
		t.Errorf("%.3f of the map shows the sheet", shown)
	}
	r := f.panel.rows[0]
	r.opacity.SetValue(0.2)
	r.opacity.OnChangeEnded(0.2)
	if faint := f.onMap(); faint >= shown || faint == 0 {
		t.Errorf("at opacity 0.2, %.3f of the map differs from white (%.3f at 0.7)", faint, shown)
	}
	if kept, _ = f.proj.Overlays(); kept[0].Opacity != 0.2 {
		t.Errorf("opacity kept %g", kept[0].Opacity)
	}
	test.Tap(r.export)
	pgw, err := os.ReadFile(filepath.Join(f.dir, "saved-S01.pgw"))
	img := f.panel.pictures()[0].Image.Bounds()
	if err != nil || string(pgw) != sheets.WorldFile(kept[0].Bound, img.Dx(), img.Dy()) {
		t.Errorf("the sheet saved for GDAL: %v, world file %q", err, pgw)
	}
	f.panel.remove(kept[0])
	if kept, _ = f.proj.Overlays(); len(kept) != 0 || len(f.panel.rows) != 0 || f.onMap() != 0 {
		t.Errorf("after removing: %d kept, %d rows", len(kept), len(f.panel.rows))
	}
}

// TestSheetPlacedByHand: a photo whose QR code is gone opens the manual
// placement; four clicks on the corner markers and a page place it where
// the page's map lies; Place waits for all four and the page.
func TestSheetPlacedByHand(t *testing.T) {
	f := newSheetsFixture(t)
	l, _ := sheets.NewLayout("A4")
	px := 150 / 25.4
	// keep the map frame and the markers, paint the rest (the code) white
	wiped := image.NewRGBA(f.scan.Rect)
	draw.Draw(wiped, wiped.Rect, image.White, image.Point{}, draw.Src)
	x, y, w, h := l.MapFrame()
	keep := []image.Rectangle{image.Rect(int(x*px), int(y*px), int((x+w)*px), int((y+h)*px))}
	for _, m := range l.Markers {
		s := l.Marker * px
		keep = append(keep, image.Rect(int(m[0]*px-s), int(m[1]*px-s), int(m[0]*px+s), int(m[1]*px+s)))
	}
	for _, r := range keep {
		draw.Draw(wiped, r, f.scan, r.Min, draw.Src)
	}
	f.panel.readPhoto(f.save(t, "IMG_0002.png", wiped))
	m := f.panel.manual
	if m == nil {
		t.Fatal("no manual placement opened")
	}
	m.picker.Resize(fyne.NewSize(600, 800))
	o, k := m.picker.shown()
	for i, c := range l.Markers {
		if !m.place.Disabled() {
			t.Fatalf("Place enabled after %d clicks", i)
		}
		test.TapAt(m.picker, fyne.NewPos(o.X+k*float32(c[0]*px+1), o.Y+k*float32(c[1]*px-1)))
	}
	if len(m.picker.clicks) != 4 || !m.place.Disabled() {
		t.Fatalf("%d clicks; Place enabled before the page is chosen: %v", len(m.picker.clicks), !m.place.Disabled())
	}
	m.page.SetSelectedIndex(0)
	test.Tap(m.place)
	kept, err := f.proj.Overlays()
	mustOK(t, err)
	if len(kept) != 1 || kept[0].Page != f.sheet.Code.Page || kept[0].Bound != f.sheet.Code.Bound {
		t.Fatalf("kept %+v", kept)
	}
	if f.onMap() < 0.05 {
		t.Error("the sheet placed by hand is not drawn")
	}
}

func mustOK(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
