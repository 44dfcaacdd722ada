package app

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// A form with two photo questions: the one named as photos are is ticked,
// the other (its cells name photo files) is offered; ticking both brings
// both photos of the row, and unticking one keeps the other.
func TestPhoneFormPhotoColumns(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	path := filepath.Join(dir, "two photos.csv")
	os.WriteFile(path, []byte("name;category;gps;photo;place/front;_uuid\n"+
		"Ус түгээх;water_kiosk;47.955 106.92;1.jpg;2.jpg;u-1\n"), 0o644)
	for i, name := range []string{"1.jpg", "2.jpg"} {
		os.WriteFile(filepath.Join(dir, name), phototest.JPEG(phototest.Quadrants(32+8*i, 24), phototest.Tags{}), 0o644)
	}
	fi := openFormDialog(t, ui, path)
	if !slices.Equal(fi.photos.Options, []string{"photo", "place/front"}) || !slices.Equal(fi.photos.Selected, []string{"photo"}) {
		t.Fatalf("photo columns %q, ticked %q", fi.photos.Options, fi.photos.Selected)
	}
	for _, tc := range []struct {
		tap, want string
	}{
		{"place/front", "2 of 2"},
		{"photo", "1 of 1"},
		{"photo", "2 of 2"},
	} {
		tapCheck(t, fi.photos, tc.tap)
		if !strings.Contains(fi.counts.Text, "Photos found beside the file: "+tc.want) {
			t.Errorf("%q tapped: %q", tc.tap, fi.counts.Text)
		}
	}
	if !slices.Equal(fi.m.Photos, []string{"photo", "place/front"}) {
		t.Errorf("the mapping takes photos from %q", fi.m.Photos)
	}
	test.Tap(fi.importBtn)
	<-fi.done
	pts := ui.ws.Annotations().Points
	if i := slices.IndexFunc(pts, func(p annot.Point) bool { return p.Name == "Ус түгээх" }); i < 0 || len(pts[i].Photos) != 2 {
		t.Errorf("the point's photos did not all come: %v", i)
	}
	if again := openFormDialog(t, ui, path); !slices.Equal(again.photos.Selected, []string{"photo", "place/front"}) {
		t.Errorf("the next import ticks %q", again.photos.Selected)
	}
}

// tapCheck taps the check of a group that reads text.
func tapCheck(t *testing.T, g *widget.CheckGroup, text string) {
	t.Helper()
	for _, o := range test.WidgetRenderer(g).Objects() {
		if c, ok := o.(*widget.Check); ok && c.Text == text {
			test.Tap(c)
			return
		}
	}
	t.Fatalf("no check %q", text)
}
