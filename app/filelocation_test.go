package app

import (
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/words"
)

// typePath pastes path into the picker's location field as a user does
// (the field has the keyboard when the dialog opens) and presses Enter.
func typePath(t *testing.T, w fyne.Window, p *filePicker, path string) {
	t.Helper()
	if w.Canvas().Focused() != p.loc {
		t.Fatal("the location field does not have the keyboard")
	}
	p.loc.SetText("")
	test.Type(p.loc, path)
	p.loc.TypedKey(&fyne.KeyEvent{Name: fyne.KeyReturn})
}

// A path typed or pasted in the Open dialog goes to a folder or opens a
// file of the dialog's kinds; anything else is one line in the dialog,
// in the window's language, and nothing is opened.
func TestPickerLocation(t *testing.T) {
	for _, l := range []struct {
		code, missing, kind string
	}{
		{"en", "No such folder or file:", "cannot be opened here"},
		{"mn", "Ийм хавтас эсвэл файл алга:", "энд нээх боломжгүй"},
	} {
		t.Run(l.code, func(t *testing.T) {
			a := test.NewTempApp(t)
			prefsOf(a).SetString(prefLanguage, l.code)
			setupLanguage(a)
			defer useLanguage(words.EN)
			w := test.NewTempWindow(t, nil)
			w.Resize(fyne.NewSize(1000, 700))
			root := pickerTree(t)
			var opened []string
			p := newFilePicker([]string{".geojson", ".kml"}, root, func(s string) { opened = append(opened, s) })
			p.show(w)
			gone := filepath.Join(root, "gone", "sbd.kml")
			typePath(t, w, p, gone)
			if p.dir != root || !p.problem.Visible() || p.problem.Text != l.missing+" "+gone || p.loc.Text != gone {
				t.Fatalf("a missing path: in %s, problem %q (shown %v), field %q", p.dir, p.problem.Text, p.problem.Visible(), p.loc.Text)
			}
			typePath(t, w, p, filepath.Join(root, "notes.txt"))
			if !strings.Contains(p.problem.Text, l.kind) || len(opened) != 0 {
				t.Fatalf("a text file: problem %q, opened %v", p.problem.Text, opened)
			}
			typePath(t, w, p, "USB")
			if p.dir != filepath.Join(root, "USB") || p.problem.Visible() || p.loc.Text != "" {
				t.Fatalf("the relative folder USB: in %s, problem shown %v, field %q", p.dir, p.problem.Visible(), p.loc.Text)
			}
			typePath(t, w, p, ` "`+filepath.Join(root, "sbd.KML")+`" `) // Explorer's "Copy as path"
			if len(opened) != 1 || opened[0] != filepath.Join(root, "sbd.KML") || w.Canvas().Overlays().Top() != nil {
				t.Errorf("a quoted file path: opened %v, picker open %v", opened, w.Canvas().Overlays().Top() != nil)
			}
		})
	}
}

// In the folder dialog a file's path is refused; in the Save dialog it
// names the file to write, asking before it is replaced.
func TestPickerLocationFolderAndSave(t *testing.T) {
	test.NewTempApp(t)
	w := test.NewTempWindow(t, nil)
	w.Resize(fyne.NewSize(1000, 700))
	root := pickerTree(t)
	var chosen string
	p := newFolderPicker(root, func(s string) { chosen = s })
	p.show(w)
	typePath(t, w, p, filepath.Join(root, "sbd.KML"))
	if !p.problem.Visible() || chosen != "" {
		t.Fatalf("a file in the folder dialog: problem shown %v, chosen %q", p.problem.Visible(), chosen)
	}
	s := newSavePicker(".kml", root, "", func(s string) { chosen = s })
	s.show(w)
	w.Canvas().Focus(s.loc)
	typePath(t, w, s, filepath.Join(root, "USB", "new.kml"))
	if chosen != filepath.Join(root, "USB", "new.kml") {
		t.Errorf("a new file's path in the Save dialog saved %q", chosen)
	}
}
