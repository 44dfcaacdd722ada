package app

import (
	"os"
	"path/filepath"
	"slices"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
)

// pickerTree makes a folder holding a USB folder with two files, a
// boundary file, a text file and a hidden folder.
func pickerTree(t *testing.T) string {
	t.Helper()
	root := t.TempDir()
	for _, p := range []string{"USB/mongoliahealth.json", "USB/khoroo.geojson", "sbd.KML", "notes.txt", ".cache/x.json"} {
		path := filepath.Join(root, p)
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte("{}"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return root
}

// rowAt is the picker row showing row id, as drawn.
func rowAt(t *testing.T, w fyne.Window, id int) *pickRow {
	t.Helper()
	for _, o := range test.LaidOutObjects(w.Canvas().Overlays().Top()) {
		if r, ok := o.(*pickRow); ok && r.id == id && r.Visible() {
			return r
		}
	}
	t.Fatalf("no row %d drawn", id)
	return nil
}

func TestListFolder(t *testing.T) {
	root := pickerTree(t)
	items, err := listFolder(root, []string{".json", ".kml"})
	if err != nil {
		t.Fatal(err)
	}
	want := []pickItem{{"USB", true}, {"sbd.KML", false}}
	if !slices.Equal(items, want) {
		t.Errorf("listed %v, want %v", items, want)
	}
	if _, err := listFolder(filepath.Join(root, "gone"), nil); err == nil {
		t.Error("a missing folder was listed")
	}
}

// A click on a folder selects it; only a double click enters it, and the
// click after entering selects the file under the pointer without
// opening it (double-clicking a USB folder used to load the file that
// took its place).
func TestPickerDoubleClickFolder(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	root := pickerTree(t)
	var opened []string
	p := newFilePicker([]string{".json", ".geojson", ".kml"}, root, func(s string) { opened = append(opened, s) })
	p.show(w)
	usb := rowAt(t, w, 0)
	test.Tap(usb)
	test.Tap(usb)
	if p.dir != root || len(opened) != 0 || p.sel != 0 {
		t.Fatalf("two clicks on the folder: in %s, selected %d, opened %v", p.dir, p.sel, opened)
	}
	test.DoubleTap(usb)
	if p.dir != filepath.Join(root, "USB") || len(opened) != 0 {
		t.Fatalf("after a double click: in %s, opened %v", p.dir, opened)
	}
	under := rowAt(t, w, 0)
	test.Tap(under)
	if len(opened) != 0 || p.items[p.sel].name != "khoroo.geojson" {
		t.Fatalf("a click in the new folder opened %v (selected %d)", opened, p.sel)
	}
	test.Tap(p.up)
	test.DoubleTap(rowAt(t, w, 1))
	if !slices.Equal(opened, []string{filepath.Join(root, "sbd.KML")}) {
		t.Errorf("double-clicking a file opened %v", opened)
	}
	if w.Canvas().Overlays().Top() != nil {
		t.Error("the picker stays open after a file was opened")
	}
}

// The Open button acts on the selection; a folder that cannot be read is
// named and the picker stays where it was.
func TestPickerOpenButton(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	root := pickerTree(t)
	var opened string
	p := newFilePicker([]string{".geojson"}, filepath.Join(root, "USB"), func(s string) { opened = s })
	p.show(w)
	if !p.open.Disabled() {
		t.Error("Open is enabled with nothing selected")
	}
	test.Tap(rowAt(t, w, 0))
	test.Tap(p.open)
	if opened != filepath.Join(root, "USB", "khoroo.geojson") {
		t.Errorf("Open opened %q", opened)
	}
	p.enter(filepath.Join(root, "gone"))
	if p.dir != filepath.Join(root, "USB") || !p.problem.Visible() {
		t.Errorf("entering a missing folder: in %s, problem shown %v", p.dir, p.problem.Visible())
	}
}

func TestPlacesForWindows(t *testing.T) {
	test.NewTempApp(t)
	ps := placesFor("windows", `C:\Users\Bat`, "Bat")
	if ps[1].path != `C:\Users\Bat\Desktop` || ps[4].path != `C:\` || ps[4].name != "Disk C:" {
		t.Errorf("Windows places begin %v", ps[:5])
	}
}

// The Save dialog adds the extension, asks before replacing a file, and
// takes a listed file's name on a click.
func TestSavePicker(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	root := pickerTree(t)
	var saved []string
	p := newSavePicker(".kml", root, "шинэ", func(s string) { saved = append(saved, s) })
	p.show(w)
	if len(p.items) != 2 || p.open.Disabled() {
		t.Fatalf("the Save dialog lists %v (Save disabled %v)", p.items, p.open.Disabled())
	}
	test.Tap(p.open)
	if !slices.Equal(saved, []string{filepath.Join(root, "шинэ.kml")}) {
		t.Fatalf("saved %v", saved)
	}
	p = newSavePicker(".kml", root, "", func(s string) { saved = append(saved, s) })
	p.show(w)
	if !p.open.Disabled() {
		t.Error("Save is enabled without a name")
	}
	test.Tap(rowAt(t, w, 1))
	if p.name.Text != "sbd.KML" {
		t.Errorf("a click on a file typed %q", p.name.Text)
	}
	test.Tap(p.open)
	if len(saved) != 1 {
		t.Fatalf("a file was replaced without asking: %v", saved)
	}
	tapButton(t, &UI{win: w}, "Yes")
	if len(saved) != 2 || saved[1] != filepath.Join(root, "sbd.KML") {
		t.Errorf("after agreeing to replace: %v", saved)
	}
	p.name.SetText("a/b")
	p.saveTyped()
	if !p.problem.Visible() || len(saved) != 2 {
		t.Errorf("a name with a slash: problem shown %v, saved %v", p.problem.Visible(), saved)
	}
}

// The folder dialog lists folders only and chooses the one shown.
func TestFolderPicker(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	root := pickerTree(t)
	var chosen string
	p := newFolderPicker(root, func(s string) { chosen = s })
	p.show(w)
	if !slices.Equal(p.items, []pickItem{{"USB", true}}) {
		t.Fatalf("the folder dialog lists %v", p.items)
	}
	test.DoubleTap(rowAt(t, w, 0))
	test.Tap(p.open)
	if chosen != filepath.Join(root, "USB") {
		t.Errorf("chose %q", chosen)
	}
}

// A place on the left can be chosen again after leaving it.
func TestPickerPlaceTwice(t *testing.T) {
	test.NewTempApp(t)
	root := pickerTree(t)
	p := newFilePicker(nil, root, func(string) {})
	p.spots = []place{{"root", root}}
	p.places.Select(0)
	p.enter(filepath.Join(root, "USB"))
	p.places.Select(0)
	if p.dir != root {
		t.Errorf("choosing the place again left the picker in %s", p.dir)
	}
}
