package app

import (
	"image"
	"image/color"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// writePNG writes a w×h picture to dir/name.
func writePNG(t *testing.T, dir, name string, w, h int) string {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, w, h))
	for x := range w {
		img.SetNRGBA(x, x*h/w, color.NRGBA{200, 30, 30, 255})
	}
	path := filepath.Join(dir, name)
	f, err := os.Create(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if err := png.Encode(f, img); err != nil {
		t.Fatal(err)
	}
	return path
}

// Photos are added to a point from its form through the photo picker,
// reduced, shown as thumbnails and stored with the edit; undo takes them
// off, redo puts them back; a file that is no photo is named in the form.
func TestPointFormPhotos(t *testing.T) {
	ui := newTestUI(t, 1)
	dir := t.TempDir()
	big := writePNG(t, dir, "худаг.png", 3000, 1500)
	if err := os.WriteFile(filepath.Join(dir, "broken.jpg"), []byte("\xff\xd8\xff\xe0 not really"), 0o644); err != nil {
		t.Fatal(err)
	}
	p := ui.ws.Annotations().Points[2]
	f := ui.showPointForm(&p, p.Location)
	test.Tap(f.photos.add)
	picker := ui.forms().picker
	if picker == nil {
		t.Fatal("no photo picker")
	}
	picker.enter(dir)
	if len(picker.items) != 2 {
		t.Fatalf("the photo picker lists %v", picker.items)
	}
	test.DoubleTap(rowAt(t, ui.win, 1)) // худаг.png, after broken.jpg
	f.photos.addFile(filepath.Join(dir, "broken.jpg"))
	if !f.photos.problem.Visible() || !strings.Contains(f.photos.problem.Text, "broken.jpg") {
		t.Errorf("a broken photo shows %q", f.photos.problem.Text)
	}
	if len(f.photos.ids) != 1 || len(f.photos.thumbs.Objects) != 1 {
		t.Fatalf("%d photos, %d thumbnails after adding one", len(f.photos.ids), len(f.photos.thumbs.Objects))
	}
	test.Tap(f.form.save)
	saved, _ := stored(t, ui).Point(p.ID)
	if len(saved.Photos) != 1 {
		t.Fatalf("saved with photos %v", saved.Photos)
	}
	ph, err := ui.ws.Project().Photo(saved.Photos[0])
	if err != nil || max(ph.Width, ph.Height) > photo.MaxSide || ph.Name != filepath.Base(big) {
		t.Errorf("stored photo %s %dx%d: %v", ph.Name, ph.Width, ph.Height, err)
	}
	shortcut(ui, shortcutUndo)
	if back, _ := stored(t, ui).Point(p.ID); len(back.Photos) != 0 {
		t.Errorf("undo left photos %v", back.Photos)
	}
	shortcut(ui, shortcutRedo)
	if again, _ := stored(t, ui).Point(p.ID); len(again.Photos) != 1 {
		t.Errorf("redo gave photos %v", again.Photos)
	}
	// the form of the point shows its photo, which can be taken off
	g := ui.showPointForm(&saved, saved.Location)
	if len(g.photos.thumbs.Objects) != 1 {
		t.Fatalf("the form of a point with a photo shows %d thumbnails", len(g.photos.thumbs.Objects))
	}
	g.photos.remove(saved.Photos[0])
	test.Tap(g.form.save)
	if off, _ := stored(t, ui).Point(p.ID); len(off.Photos) != 0 {
		t.Errorf("removing the photo left %v", off.Photos)
	}
}

// A gap takes photos from its form too.
func TestGapFormPhotos(t *testing.T) {
	ui := newTestUI(t, 1)
	f := ui.showGapForm(nil, orb.Point{106.92, 47.96})
	f.kind.SetSelected("Flooding")
	f.photos.addFile(writePNG(t, t.TempDir(), "үер.png", 640, 480))
	test.Tap(f.form.save)
	gaps := stored(t, ui).Gaps
	if len(gaps) == 0 || len(gaps[len(gaps)-1].Photos) != 1 {
		t.Fatalf("saved gaps %+v", gaps)
	}
	if _, err := ui.ws.Project().Photo(gaps[len(gaps)-1].Photos[0]); err != nil {
		t.Error(err)
	}
}
