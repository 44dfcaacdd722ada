package app

import (
	"image"
	"image/color"
	"math"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/training"
)

// newTestUI builds the real main window on the training sample in a test
// app, at 1280x800 and the given canvas scale, with one frame drawn.
func newTestUI(t *testing.T, scale float32) *UI {
	t.Helper()
	return testUI(t, scale, nil)
}

// testUI builds the main window on files (none: the training sample).
func testUI(t *testing.T, scale float32, files []string) *UI {
	t.Helper()
	return testUIOf(t, test.NewTempApp(t), scale, files)
}

// testUIOf builds the main window of a test app a on files.
func testUIOf(t *testing.T, a fyne.App, scale float32, files []string) *UI {
	t.Helper()
	ui, err := New(a)
	if err != nil {
		t.Fatal(err)
	}
	ui.background = func(f func()) { f() }
	ui.Map.inline = true
	w := ui.Window()
	w.Canvas().(test.WindowlessCanvas).SetScale(scale)
	w.Resize(fyne.NewSize(1280, 800))
	ui.OpenIn(filepath.Join(t.TempDir(), "training.gpkg"), files) // the window's own paths, run inline
	if ui.ws.Project() == nil || ui.loading != 0 {
		t.Fatalf("the project did not open: %v", ui.win.Canvas().Overlays().Top())
	}
	t.Cleanup(ui.Close)
	w.Show()
	w.Canvas().Capture() // lays out and sizes the raster at the canvas scale
	ui.fitAll()
	ui.Map.RenderNow()
	return ui
}

// mapCentre is the middle of the map widget in its own coordinates.
func mapCentre(ui *UI) fyne.Position {
	s := ui.Map.Size()
	return fyne.NewPos(s.Width/2, s.Height/2)
}

// absolute turns a position in the map widget into one on the canvas.
func absolute(ui *UI, p fyne.Position) fyne.Position {
	return fyne.CurrentApp().Driver().AbsolutePositionForObject(ui.Map).Add(p)
}

// widgetPos is where a lon/lat is drawn, in map widget coordinates.
func widgetPos(ui *UI, ll orb.Point) fyne.Position {
	v := ui.Map.View()
	x, y := v.Pixel(ll)
	s := ui.Map.currentScale()
	return fyne.NewPos(float32(x/s), float32(y/s))
}

func TestDragPans(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		ui := newTestUI(t, scale)
		from := fyne.NewPos(200, 150)
		ll := ui.Map.LonLatAt(from)
		test.Drag(ui.Window().Canvas(), absolute(ui, from), 120, -40)
		if got := widgetPos(ui, ll); !near(got, from.Add(fyne.NewDelta(120, -40)), 0.01) {
			t.Errorf("scale %v: the spot dragged from %v is now at %v, want %v", scale, from, got, from.Add(fyne.NewDelta(120, -40)))
		}
	}
}

func TestScrollZoomsAboutPointer(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		ui := newTestUI(t, scale)
		zoom := ui.Map.View().Zoom
		at := fyne.NewPos(150, 300)
		ll := ui.Map.LonLatAt(at)
		ui.Map.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, 40)})
		if got := ui.Map.View().Zoom; math.Abs(got-zoom-1) > 1e-9 {
			t.Errorf("scale %v: zoom %v after one scroll up, want %v", scale, got, zoom+1)
		}
		if got := widgetPos(ui, ll); !near(got, at, 0.01) {
			t.Errorf("scale %v: the spot under the pointer moved from %v to %v", scale, at, got)
		}
		ui.Map.Scrolled(&fyne.ScrollEvent{PointEvent: fyne.PointEvent{Position: at}, Scrolled: fyne.NewDelta(0, -80)})
		if got := ui.Map.View().Zoom; math.Abs(got-zoom) > 1e-9 {
			t.Errorf("scale %v: zoom %v after scrolling back, want %v", scale, got, zoom)
		}
	}
}

// The map is wired as the canvas's scroll target.
func TestCanvasScrollReachesMap(t *testing.T) {
	ui := newTestUI(t, 1)
	zoom := ui.Map.View().Zoom
	test.Scroll(ui.Window().Canvas(), absolute(ui, mapCentre(ui)), 0, 20)
	if ui.Map.View().Zoom <= zoom {
		t.Error("scrolling over the map did not zoom in")
	}
}

func TestDoubleTapAndKeysZoom(t *testing.T) {
	ui := newTestUI(t, 1)
	zoom := ui.Map.View().Zoom
	ui.Map.DoubleTapped(&fyne.PointEvent{Position: mapCentre(ui)})
	if got := ui.Map.View().Zoom; math.Abs(got-zoom-1) > 1e-9 {
		t.Errorf("double tap: zoom %v, want %v", got, zoom+1)
	}
	ui.typedRune('-')
	ui.typedRune('-')
	if got := ui.Map.View().Zoom; math.Abs(got-zoom+1) > 1e-9 {
		t.Errorf("after '-' twice: zoom %v, want %v", got, zoom-1)
	}
	centre := ui.Map.View().Center
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyRight})
	if ui.Map.View().Center[0] <= centre[0] {
		t.Error("the right arrow did not move the view east")
	}
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyHome})
	if b, _ := ui.layers.bound(); !ui.Map.View().Bound().Contains(b.Center()) {
		t.Error("Home did not bring the layers back into view")
	}
}

// kheseg returns the index of the kheseg layer and its feature named name.
func kheseg(t *testing.T, ui *UI, name string) (int, int) {
	for i, ml := range ui.layers.list {
		if ml.role != geo.RoleKheseg {
			continue
		}
		for j, f := range ml.layer.Features {
			if f.Name == name {
				return i, j
			}
		}
	}
	t.Fatalf("no kheseg %q", name)
	return -1, -1
}

func TestTapSelectsPolygon(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		ui := newTestUI(t, scale)
		li, fi := kheseg(t, ui, "3-р хэсэг")
		poly := ui.layers.list[li].layer.Features[fi].Geometry.(orb.MultiPolygon)
		inside := geo.LabelPoint(poly[0], 1e-6)
		test.TapAt(ui.Map, widgetPos(ui, inside))
		if want := (render.Selection{Layer: li, Feature: fi}); ui.layers.selected != want {
			t.Errorf("scale %v: selected %v, want %v", scale, ui.layers.selected, want)
		}
		if ui.info.title.Text != "3-р хэсэг" || ui.info.area.Text == "" {
			t.Errorf("scale %v: the panel shows %q / %q", scale, ui.info.title.Text, ui.info.area.Text)
		}
		ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
		if ui.layers.selected != render.None || ui.info.title.Text == "3-р хэсэг" {
			t.Errorf("scale %v: Escape kept %v selected", scale, ui.layers.selected)
		}
		test.TapAt(ui.Map, widgetPos(ui, inside))
		// Tapping outside every boundary clears the selection.
		test.TapAt(ui.Map, fyne.NewPos(3, 3))
		if ui.layers.selected != render.None {
			t.Errorf("scale %v: tap on empty map kept %v selected", scale, ui.layers.selected)
		}
	}
}

func TestLayerToggleHidesFeatures(t *testing.T) {
	ui := newTestUI(t, 1)
	for i := range ui.ws.Annotations().Categories { // bus stops are blue too
		ui.ws.Annotations().Categories[i].Hidden = true
	}
	li, fi := kheseg(t, ui, "3-р хэсэг")
	inside := geo.LabelPoint(ui.layers.list[li].layer.Features[fi].Geometry.(orb.MultiPolygon)[0], 1e-6)
	row := ui.panel.rowFor(t, li)
	test.Tap(row.visible)
	if !ui.layers.list[li].hidden {
		t.Fatal("unticking the layer did not hide it")
	}
	test.TapAt(ui.Map, widgetPos(ui, inside))
	if ui.layers.selected.Layer == li {
		t.Error("a hidden layer's feature was selected")
	}
	// The kheseg outline no longer shows: no blue pixels along its edge.
	ui.selectFeature(render.None) // the highlight would tint the colours
	ui.Map.RenderNow()
	if n := bluePixels(ui.Map.shown); n > 0 {
		t.Errorf("%d kheseg-blue pixels remain with the layer hidden", n)
	}
	test.Tap(ui.panel.rowFor(t, li).visible)
	ui.Map.RenderNow()
	if n := bluePixels(ui.Map.shown); n == 0 {
		t.Error("the kheseg outlines did not come back")
	}
}

// bluePixels counts pixels of the kheseg outline colour.
func bluePixels(img *image.RGBA) int {
	n := 0
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			c := img.RGBAAt(x, y)
			if c.B > 150 && c.R < 80 && c.G < 140 {
				n++
			}
		}
	}
	return n
}

// rowFor finds the panel row showing layer i.
func (p *layerPanel) rowFor(t *testing.T, i int) *layerRow {
	t.Helper()
	p.win.Canvas().Capture() // lays the list out
	want := layerTitle(p.layers.list[i].layer)
	for _, r := range p.rows {
		if strings.HasPrefix(r.name.Text, want+" ") {
			return r
		}
	}
	t.Fatalf("no row shows %s", want)
	return nil
}

// The map of the training sample as the window draws it, at a fixed size
// so that the golden does not follow the window's layout.
func TestMapGolden(t *testing.T) {
	ui := newTestUI(t, 1)
	v := render.View{Center: orb.Point{106.925, 47.96}, Zoom: 14.5, Width: 700, Height: 700}
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	ui.Map.worker.drawLock.Lock() // one Draw at a time on the window's renderer
	ui.Map.renderer.Draw(img, v, ui.Map.Scene(), render.OnPaper)
	ui.Map.worker.drawLock.Unlock()
	test.AssertImageMatches(t, "map/training_z14.5.png", img)
}

// A fit asked for before the map has a size happens on its first frame.
func TestFitBeforeLayout(t *testing.T) {
	test.NewTempApp(t)
	ui := newTestUI(t, 1)
	m := NewMapView(ui.Map.renderer)
	m.inline = true
	m.SetScene(ui.layers.scene())
	b, _ := ui.layers.bound()
	m.FitBound(b) // no size yet
	w := test.NewTempWindow(t, m)
	w.Resize(fyne.NewSize(900, 700))
	w.Canvas().Capture()
	view := m.View()
	if !view.Bound().Contains(b.Min) || !view.Bound().Contains(b.Max) || view.Zoom < 13 {
		t.Errorf("the map shows %v at zoom %.1f, not the sample %v", view.Bound(), view.Zoom, b)
	}
}

// newTestUIOn builds the main window on a project file.
func newTestUIOn(t *testing.T, path string) *UI {
	t.Helper()
	return testUI(t, 1, []string{path})
}

// trainingCopy writes a fresh training project named name in dir: the one
// way the window tests start from the sample on disk.
func trainingCopy(t *testing.T, dir, name string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := training.Create(path); err != nil {
		t.Fatal(err)
	}
	return path
}

func geoLabel(mp orb.MultiPolygon) orb.Point { return geo.LabelPoint(mp[0], 1e-6) }

func orbDistance(a, b orb.Point) float64 { return math.Hypot(a[0]-b[0], a[1]-b[1]) }

// countColour counts the pixels of the last frame close to c.
func countColour(ui *UI, c color.NRGBA) int {
	n := 0
	img := ui.Map.shown
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y++ {
		for x := b.Min.X; x < b.Max.X; x++ {
			p := img.RGBAAt(x, y)
			if absDiff(p.R, c.R) < 12 && absDiff(p.G, c.G) < 12 && absDiff(p.B, c.B) < 12 {
				n++
			}
		}
	}
	return n
}

func absDiff(a, b uint8) int {
	if a > b {
		return int(a - b)
	}
	return int(b - a)
}
