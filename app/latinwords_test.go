package app

import (
	"regexp"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// latinAllowed are the Latin words the Mongolian window may show: names
// of formats, programs, standards and licences, the sample's column name, and Enter,
// the name printed on the key (the file dialog's location field).
var latinAllowed = []string{"OpenStreetMap", "MBTiles", "GeoJSON", "KML", "KMZ", "CSV", "GPKG", "GeoPackage",
	"PDF", "PNG", "WebP", "QR", "osm", "pbf", "Noto", "Sans", "MIT", "SIL", "OFL", "Fyne", "Go", "name", "dpi", "dev", "English", "Enter", "GPS",
	"XML", "ZIP", "JSON", "TopoJSON", "Shapefile", "UTF", "WGS", "EPSG", "UTM", "QGIS", "ArcMap", "MiB", "GiB", "FIFO",
	"PostgreSQL", "JPEG", "jpeg", "png", "HEIC", "iPhone", "MB"}

// latinNames are names of several words, taken out before the words are
// looked at.
var latinNames = []string{"Open Font License", "Khoroo Map", "Most Compatible", "Google Earth"}

// paperSize is a paper size: "A4".
var paperSize = regexp.MustCompile(`^A[0-9]$`)

// latinWord finds a word of two or more Latin letters not inside a file
// name, path or address (those are names, whatever their letters).
var latinWord = regexp.MustCompile(`[A-Za-z]+`)

// driveLetter is a Windows disk: "C:".
var driveLetter = regexp.MustCompile(`^[A-Z]:$`)

// latinWords lists the words in text that are Latin and not allowed.
func latinWords(text string) []string {
	var out []string
	for _, n := range latinNames {
		text = strings.ReplaceAll(text, n, "")
	}
	for _, tok := range strings.Fields(text) {
		if strings.ContainsAny(strings.TrimSuffix(tok, ":"), "./\\_@:") || driveLetter.MatchString(tok) || paperSize.MatchString(strings.Trim(tok, ",.")) {
			continue // a file, a path, an address, a disk
		}
		for _, w := range latinWord.FindAllString(tok, -1) {
			if !slices.Contains(latinAllowed, w) {
				out = append(out, w)
			}
		}
	}
	return out
}

// shownTexts lists the text drawn in o: every visible canvas.Text.
func shownTexts(o fyne.CanvasObject) []string {
	var out []string
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if o == nil || !o.Visible() {
			return
		}
		if t, ok := o.(*canvas.Text); ok && strings.TrimSpace(t.Text) != "" {
			out = append(out, t.Text)
		}
		switch v := o.(type) {
		case *fyne.Container:
			for _, k := range v.Objects {
				walk(k)
			}
		case fyne.Widget:
			for _, k := range test.WidgetRenderer(v).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return out
}

// latinIn reports the Latin words drawn in the window and its top dialog.
func latinIn(t *testing.T, ui *UI, where string) {
	t.Helper()
	ui.win.Canvas().Capture() // lay everything out
	if bad := latinWords(ui.win.Title()); len(bad) > 0 {
		t.Errorf("%s: the title %q has %v", where, ui.win.Title(), bad)
	}
	objs := []fyne.CanvasObject{ui.win.Content()}
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		objs = []fyne.CanvasObject{top}
	}
	for _, o := range objs {
		for _, text := range shownTexts(o) {
			if bad := latinWords(text); len(bad) > 0 {
				t.Errorf("%s shows %q: %v", where, text, bad)
			}
		}
	}
}

func TestLatinWords(t *testing.T) {
	for _, tc := range []struct {
		text string
		want []string
	}{
		{"Сургалтын 1-р хороо", nil},
		{"12.5 ha", []string{"ha"}},
		{"(Select one)", []string{"Select", "one"}},
		{"khoroo.geojson (1)", nil},
		{"OpenStreetMap-ийн файл", nil},
		{"C:\\Users\\Bat", nil},
	} {
		if got := latinWords(tc.text); !slices.Equal(got, tc.want) {
			t.Errorf("%q: %v, want %v", tc.text, got, tc.want)
		}
	}
}

// The Mongolian window, its forms and its Open dialog show no English.
func TestNoEnglishInMongolianWindow(t *testing.T) {
	a := test.NewTempApp(t)
	prefsOf(a).SetString(prefLanguage, "mn")
	defer useLanguage(words.EN)
	ui := testUIOf(t, a, 1, nil)
	latinIn(t, ui, "the main window")
	if texts := shownTexts(ui.win.Content()); len(texts) < 30 || !slices.Contains(texts, "Давхаргууд") {
		t.Fatalf("the walk found only %q", texts)
	}
	for _, m := range ui.win.MainMenu().Items {
		for _, label := range menuLabels(m) {
			if bad := latinWords(label); len(bad) > 0 {
				t.Errorf("the menu %q has %q: %v", m.Label, label, bad)
			}
		}
	}
	ui.selectAnnotation(ui.ws.Annotations().Points[0].ID)
	latinIn(t, ui, "the main window with a point selected")
	for _, open := range []struct {
		name string
		show func() *checkedForm
	}{
		{"the point form", func() *checkedForm { return &ui.showPointForm(nil, orb.Point{106.92, 47.96}).form }},
		{"the gap form", func() *checkedForm { return &ui.showGapForm(nil, orb.Point{106.92, 47.96}).form }},
		{"the category form", func() *checkedForm { return &ui.showCategoryForm(nil).form }},
	} {
		f := open.show()
		latinIn(t, ui, open.name)
		f.dialog.Hide()
	}
	g := ui.showGapForm(nil, orb.Polygon{{{106.92, 47.96}, {106.93, 47.96}, {106.93, 47.97}, {106.92, 47.96}}})
	g.service.SetSelectedIndex(0)
	test.Tap(g.form.save)
	ui.selectAnnotation(ui.ws.Annotations().Gaps[0].ID)
	latinIn(t, ui, "the main window with a gap selected")
	ui.showSaveAs()
	ui.picker.enter(t.TempDir())
	ui.picker.spots = placesFor("windows", `C:\Users\Бат`, "Бат")
	ui.picker.places.Refresh()
	latinIn(t, ui, "the Save dialog")
	ui.picker.dialog.Hide()
	ui.showExportAnnotations()
	ui.picker.enter(t.TempDir())
	ui.picker.spots = placesFor("windows", `C:\Users\Бат`, "Бат")
	ui.picker.places.Refresh()
	for _, o := range ui.picker.format.Options {
		if bad := latinWords(o); len(bad) > 0 {
			t.Errorf("the export format %q has %v", o, bad)
		}
	}
	latinIn(t, ui, "the Export annotations dialog")
	ui.picker.dialog.Hide()
	ui.showSettings()
	latinIn(t, ui, "the settings")
	ui.win.Canvas().Overlays().Top().Hide()
	ui.showExport()
	latinIn(t, ui, "the print dialog")
	ui.win.Canvas().Overlays().Top().Hide()
	ui.showAbout()
	latinIn(t, ui, "the About dialog")
	ui.win.Canvas().Overlays().Top().Hide()
	ui.pickFile([]string{".json"}, func(string) {})
	ui.picker.enter(t.TempDir()) // this machine's folder names are names
	ui.picker.spots = placesFor("windows", `C:\Users\Бат`, "Бат")
	ui.picker.places.Refresh()
	latinIn(t, ui, "the Open dialog")
}

// menuLabels lists the labels of a menu and its sub-menus.
func menuLabels(m *fyne.Menu) []string {
	out := []string{m.Label}
	for _, it := range m.Items {
		out = append(out, it.Label)
		if it.ChildMenu != nil {
			out = append(out, menuLabels(it.ChildMenu)...)
		}
	}
	return out
}

// A window built in English and switched to Mongolian shows no English:
// every panel, the basemap's list and sentence too, is worded again.
func TestNoEnglishAfterSwitchToMongolian(t *testing.T) {
	ui := newTestUI(t, 1)
	defer useLanguage(words.EN)
	ui.setLanguage("mn")
	latinIn(t, ui, "the window switched to Mongolian")
	if texts := shownTexts(ui.win.Content()); len(texts) < 30 || !slices.Contains(texts, "Давхаргууд") {
		t.Fatalf("the walk found only %q", texts)
	}
	ui.selectAnnotation(ui.ws.Annotations().Points[0].ID)
	latinIn(t, ui, "the switched window with a point selected")
}
