package app

import (
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/storage"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/words"
)

// badFiles writes n GeoJSON files cut short, named as a leader's files
// are (lower case first), and returns their paths.
func badFiles(t *testing.T, n int) []string {
	t.Helper()
	dir := t.TempDir()
	var paths []string
	for i := range n {
		paths = append(paths, write(t, dir, fmt.Sprintf("sbd_%02d.geojson", i+1), `{"type":"FeatureCollection","features":[`))
	}
	return paths
}

// goodFile writes a GeoJSON file of one khoroo.
func goodFile(t *testing.T) string {
	t.Helper()
	return write(t, t.TempDir(), "khoroo.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Сургалт"},
"geometry":{"type":"Polygon","coordinates":[[[106.90,47.90],[106.91,47.90],[106.91,47.91],[106.90,47.90]]]}}]}`)
}

// errorDialogs counts the dialogs over ui's window that name a bad
// file, and gives the lines of the window's error dialog.
func errorDialogs(ui *UI) (n int, lines []string) {
	for _, o := range ui.win.Canvas().Overlays().List() {
		if strings.Contains(overlayText(o), "sbd_") {
			n++
		}
	}
	openDialogs.Lock()
	defer openDialogs.Unlock()
	if e := openDialogs.m[windowDialog{ui.win, "error"}]; e != nil {
		lines = e.lines
	}
	return n, lines
}

// The error dialog shows the error as written: a file name that begins
// it keeps its lower case (Fyne's own dialog made "Sbd.kml"), in both
// languages.
func TestErrorDialogAsWritten(t *testing.T) {
	for _, l := range []words.Lang{words.EN, words.MN} {
		t.Run(string(l), func(t *testing.T) {
			a := test.NewTempApp(t)
			prefsOf(a).SetString(prefLanguage, string(l))
			defer useLanguage(words.EN)
			ui := testUIOf(t, a, 1, nil)
			t.Chdir(filepath.Dir(badFiles(t, 1)[0]))
			ui.Open([]string{"sbd_01.geojson"}) // named as a leader types it
			n, lines := errorDialogs(ui)
			if n != 1 || len(lines) != 1 || !strings.HasPrefix(lines[0], "sbd_01.geojson: ") {
				t.Errorf("%d dialogs saying %q", n, lines)
			}
			if text := overlayText(ui.win.Canvas().Overlays().Top()); !strings.HasPrefix(text, "sbd_01.geojson: ") || !strings.Contains(text, "\n"+l.T("Error")+"\n") {
				t.Errorf("the dialog shows %q", text)
			}
		})
	}
}

// Several bad files added at once, dropped, or given on the command
// line give one dialog with a line for each, and the good file among
// them is still added.
func TestSeveralBadFilesOneDialog(t *testing.T) {
	for _, way := range []struct {
		name string
		open func(ui *UI, paths []string)
	}{
		{"Add layer", func(ui *UI, paths []string) { ui.Open(paths) }},
		{"dropped", func(ui *UI, paths []string) {
			var uris []fyne.URI
			for _, p := range paths {
				uris = append(uris, storage.NewFileURI(p))
			}
			ui.dropped(fyne.Position{}, uris)
		}},
		{"command line", func(ui *UI, paths []string) {
			ui.OpenIn(filepath.Join(filepath.Dir(paths[0]), "other.gpkg"), paths)
		}},
	} {
		t.Run(way.name, func(t *testing.T) {
			ui := newTestUI(t, 1)
			bad, good := badFiles(t, 6), goodFile(t)
			way.open(ui, append(bad[:3:3], append([]string{good}, bad[3:]...)...))
			n, lines := errorDialogs(ui)
			if n != 1 || len(lines) != len(bad) {
				t.Fatalf("%d error dialogs, saying %q", n, lines)
			}
			for i, p := range bad {
				if !strings.Contains(lines[i], filepath.Base(p)+": feature 1: line 1, column 41: unexpected end of file") {
					t.Errorf("line %d is %q, not %s's", i+1, lines[i], filepath.Base(p))
				}
			}
			if !slices.ContainsFunc(ui.layers.list, func(ml *mapLayer) bool { return ml.layer.Source == good }) {
				t.Error("the good file was not added")
			}
		})
	}
}

// A long list of errors scrolls inside a dialog that fits the window.
func TestManyErrorsScroll(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.Open(badFiles(t, 60))
	n, _ := errorDialogs(ui)
	win := ui.win.Canvas().Size()
	openDialogs.Lock()
	e := openDialogs.m[windowDialog{ui.win, "error"}]
	openDialogs.Unlock()
	if n != 1 || e == nil || len(e.lines) != 60 {
		t.Fatalf("%d dialogs", n)
	}
	if s := e.d.MinSize(); s.Height > win.Height || s.Width > win.Width {
		t.Errorf("the dialog (%v) does not fit the window (%v)", s, win)
	}
	if e.box.MinSize().Height <= e.scroll.Size().Height {
		t.Errorf("60 lines (%v high) do not scroll in %v", e.box.MinSize().Height, e.scroll.Size())
	}
	test.Tap(okButton(t, ui.win.Canvas().Overlays().Top()))
	if openDialogs.m[windowDialog{ui.win, "error"}] != nil {
		t.Error("the closed dialog is still the window's")
	}
	ui.Open(badFiles(t, 1)[:1])
	if n, lines := errorDialogs(ui); n != 1 || len(lines) != 1 {
		t.Errorf("after OK, a new error gave %d dialogs: %q", n, lines)
	}
}

// okButton finds the OK button of a dialog.
func okButton(t *testing.T, o fyne.CanvasObject) *widget.Button {
	t.Helper()
	for _, obj := range test.LaidOutObjects(o) {
		if b, ok := obj.(*widget.Button); ok && b.Text == "OK" {
			return b
		}
	}
	t.Fatal("no OK button")
	return nil
}

// Photos that cannot be read are named in the one summary of an import,
// which scrolls inside the window when they are many.
func TestPhotoSummaryOfManyRefusedScrolls(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := walkPhotos(t)
	for i := range 40 {
		write(t, dir, fmt.Sprintf("sbd_%02d.jpg", i+1), "хэсгийн тэмдэглэл")
	}
	pi := ui.newPhotoImporter()
	pi.show()
	pi.run([]string{dir})
	<-pi.done
	n, _ := errorDialogs(ui)
	top := ui.win.Canvas().Overlays().Top()
	text := overlayText(top)
	if n != 1 || strings.Count(text, "Not read: photo: sbd_") < 40 || !strings.Contains(text, "sbd_40.jpg") || !strings.Contains(text, "New service points: 2\n") {
		t.Fatalf("%d dialogs naming the photos, the last saying %q", n, text)
	}
	if s := top.MinSize(); s.Height > ui.win.Canvas().Size().Height {
		t.Errorf("the summary (%v) is taller than the window", s)
	}
	var scroll *container.Scroll
	for _, o := range test.LaidOutObjects(top) {
		if s, ok := o.(*container.Scroll); ok {
			scroll = s
		}
	}
	if scroll == nil || scroll.Content.MinSize().Height <= scroll.Size().Height {
		t.Errorf("40 lines do not scroll (%v)", scroll)
	}
}

// Two files of several layers added at once are reported in one dialog,
// each under its own summary.
func TestSeveralReportsOneDialog(t *testing.T) {
	ui := newTestUI(t, 1)
	ui.Open([]string{officeZip(t), officeZip(t)})
	var n int
	for _, o := range ui.win.Canvas().Overlays().List() {
		if strings.Contains(overlayText(o), "What became of each layer") {
			n++
		}
	}
	openDialogs.Lock()
	e := openDialogs.m[windowDialog{ui.win, "layers"}]
	openDialogs.Unlock()
	if n != 1 || e == nil {
		t.Fatalf("%d reports", n)
	}
	var heads, schools int
	for _, o := range e.box.Objects {
		if l := o.(*widget.Label); l.TextStyle.Bold {
			heads++
		} else if strings.Contains(l.Text, "Export/Schools: 1 point") {
			schools++
		}
	}
	if heads != 2 || schools != 2 {
		t.Errorf("%d summaries and %d lines for the schools in %q", heads, schools, e.lines)
	}
}
