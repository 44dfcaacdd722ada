package app

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/words"
)

// koboExport writes a KoBoToolbox export of a trainer's own form: its
// select_one codes are numbers, its questions in a group "place", two
// submissions inside the training khoroo and one without a position.
func koboExport(t *testing.T) string {
	dir := t.TempDir()
	path := filepath.Join(dir, "kobo.csv")
	data := "start;place/name;place/other_name;place/category;place/gps;photo;_uuid;_xform_id_string\n" +
		"2026-01-12;Ус түгээх 3-р байр;Худаг;1;47.955 106.92 1350 4.5;1705030200000.jpg;u-1;aBcD123\n" +
		"2026-01-12;45-р сургууль;Сургууль;2;47.958 106.925 1350 4.5;;u-2;aBcD123\n" +
		"2026-01-13;Гэрэлгүй;Гудамж;2;;;u-3;aBcD123\n"
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	os.Mkdir(filepath.Join(dir, "attachments"), 0o755)
	photo := phototest.JPEG(phototest.Quadrants(40, 30), phototest.Tags{})
	if err := os.WriteFile(filepath.Join(dir, "attachments", "1705030200000.jpg"), photo, 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// previewText is what the preview shows, row by row.
func previewText(fi *formImporter) string {
	var lines []string
	for _, o := range fi.rows.Objects {
		lines = append(lines, o.(*widget.Label).Text)
	}
	return strings.Join(lines, "\n")
}

// File > Import service points… on a phone form's export opens the
// column-mapping dialog; a changed select changes the preview, Import
// lands the points with the mapped categories, and the next import of the
// same form opens with that mapping.
func TestPhoneFormDialog(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	path := koboExport(t)
	fi := openFormDialog(t, ui, path)
	if fi.origin.Text != "Guessed from the column names" || fi.selects[phoneform.Name].Selected != "place/name" {
		t.Errorf("opened with %q, name %q", fi.origin.Text, fi.selects[phoneform.Name].Selected)
	}
	if got := fi.counts.Text; !strings.Contains(got, "2 service points and 0 gaps") || !strings.Contains(got, "Left out: 1, no position (the first in row 3)") ||
		!strings.Contains(got, "Photos found beside the file: 1 of 1") {
		t.Errorf("counts %q", got)
	}
	if strings.Contains(fi.counts.Text, "in the project already") {
		t.Errorf("a first import: %q", fi.counts.Text)
	}
	first := previewText(fi)
	fi.selects[phoneform.Name].SetSelected("place/other_name")
	if second := previewText(fi); second == first || !strings.HasPrefix(second, "Худаг · ") {
		t.Errorf("the name's column changed; the preview went from %q to %q", first, second)
	}
	fi.codes["2"].SetSelected("Kindergarten")
	if !strings.Contains(previewText(fi), "Сургууль · Kindergarten") {
		t.Errorf("the code's category changed; the preview is %q", previewText(fi))
	}
	test.Tap(fi.importBtn)
	<-fi.done
	if ui.loading != 0 {
		t.Errorf("the progress bar is left at %d", ui.loading)
	}
	pts := ui.ws.Annotations().Points
	if len(pts) != before+2 {
		t.Fatalf("%d points, want %d", len(pts), before+2)
	}
	i := slices.IndexFunc(pts, func(p annot.Point) bool { return p.Name == "Сургууль" })
	if i < 0 || pts[i].Category != "kindergarten" || pts[i].Places.Khoroo == "" {
		t.Errorf("imported %+v", pts[len(pts)-2:])
	}
	if i := slices.IndexFunc(pts, func(p annot.Point) bool { return p.Name == "Худаг" }); i < 0 || len(pts[i].Photos) != 1 {
		t.Errorf("the kiosk's photo did not come: %+v", pts[len(pts)-2:])
	}
	again := openFormDialog(t, ui, path)
	if again.origin.Text != "As imported before for this form" || again.selects[phoneform.Name].Selected != "place/other_name" || again.codes["2"].Selected != "Kindergarten" {
		t.Errorf("the second import opened with %q, name %q, code 2 %q", again.origin.Text, again.selects[phoneform.Name].Selected, again.codes["2"].Selected)
	}
	// the same export again adds nothing, and the preview says so
	if got := again.counts.Text; !strings.Contains(got, "2 of them are in the project already") {
		t.Errorf("the second import's counts: %q", got)
	}
}

// openFormDialog imports path from the window and returns the dialog it
// opened.
func openFormDialog(t *testing.T, ui *UI, path string) *formImporter {
	t.Helper()
	var fi *formImporter
	formOpened = func(f *formImporter) { fi = f }
	defer func() { formOpened = nil }()
	ui.ImportPoints(path)
	if fi == nil {
		t.Fatal("no column-mapping dialog opened")
	}
	return fi
}

// Escape cancels the dialog: nothing is imported.
func TestPhoneFormDialogEscape(t *testing.T) {
	ui := newTestUI(t, 1)
	before := len(ui.ws.Annotations().Points)
	openFormDialog(t, ui, koboExport(t))
	press(ui, fyne.KeyEscape)
	if ui.win.Canvas().Overlays().Top() != nil || len(ui.ws.Annotations().Points) != before {
		t.Errorf("after Escape: %v, %d points (%d before)", ui.win.Canvas().Overlays().Top(), len(ui.ws.Annotations().Points), before)
	}
}

// The Mongolian dialog shows no English but the file's own column names
// (names, as a file's name is) in the selects.
func TestNoEnglishInPhoneFormDialog(t *testing.T) {
	a := test.NewTempApp(t)
	prefsOf(a).SetString(prefLanguage, "mn")
	defer useLanguage(words.EN)
	ui := testUIOf(t, a, 1, nil)
	fi := openFormDialog(t, ui, koboExport(t))
	ui.win.Canvas().Capture()
	texts := shownTexts(ui.win.Canvas().Overlays().Top())
	if !slices.Contains(texts, "Утасны маягтын баганууд") || !slices.Contains(texts, "start") {
		t.Fatalf("the walk found %q", texts)
	}
	for _, text := range texts {
		if bad := latinWords(text); len(bad) > 0 && !slices.Contains(fi.tab.Header, text) {
			t.Errorf("the dialog shows %q: %v", text, bad)
		}
	}
	fi.selects[phoneform.Geopoint].SetSelectedIndex(0) // no position: the problem is worded
	if fi.problems.Hidden || !fi.importBtn.Disabled() || len(latinWords(fi.problems.Text)) > 0 {
		t.Errorf("without a position: %q (hidden %v), Import enabled %v", fi.problems.Text, fi.problems.Hidden, !fi.importBtn.Disabled())
	}
}

// A phone form's export given with the window (on the command line, or
// dropped while the project is still opening) opens its dialog once the
// project is open, when it is read before the project is.
func TestPhoneFormDialogAtStart(t *testing.T) {
	var fi *formImporter
	formOpened = func(f *formImporter) { fi = f }
	defer func() { formOpened = nil }()
	ui, err := New(test.NewTempApp(t))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(ui.Close)
	var jobs []func()
	ui.background = func(f func()) { jobs = append(jobs, f) }
	ui.Map.inline = true
	ui.openProject(filepath.Join(t.TempDir(), "training.gpkg"), true)
	ui.Open([]string{koboExport(t)})
	if len(jobs) != 2 {
		t.Fatalf("%d jobs", len(jobs))
	}
	jobs[1]() // the export is read first
	if fi != nil {
		t.Fatal("a dialog opened before the project")
	}
	jobs[0]() // then the project
	for len(jobs) > 2 {
		job := jobs[2]
		jobs = append(jobs[:2], jobs[3:]...)
		job()
	}
	if fi == nil || fi.ws.Project() == nil || !strings.Contains(fi.counts.Text, "2 service points") {
		t.Fatalf("no dialog for the export given at the start: %v", fi)
	}
}

// A free-text column chosen as the category gives a select to the first
// values only; the rest are matched by ID or name, and the dialog says so.
func TestPhoneFormManyCodes(t *testing.T) {
	ui := newTestUI(t, 1)
	var b strings.Builder
	b.WriteString("name;category;gps;_uuid\n")
	for i := range maxCodes + 5 {
		fmt.Fprintf(&b, "x%d;code %d;47.955 106.92;u%d\n", i, i, i)
	}
	path := filepath.Join(t.TempDir(), "many.csv")
	os.WriteFile(path, []byte(b.String()), 0o644)
	fi := openFormDialog(t, ui, path)
	last := fi.codeBox.Objects[len(fi.codeBox.Objects)-1].(*widget.Label)
	if len(fi.codes) != maxCodes || len(fi.codeBox.Objects) != maxCodes+1 || last.Text != "5 more values: matched by category ID or name" {
		t.Errorf("%d selects, %d rows, last %q", len(fi.codes), len(fi.codeBox.Objects), last.Text)
	}
}
