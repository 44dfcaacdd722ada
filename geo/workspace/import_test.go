package workspace

import (
	"strconv"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
)

// An import is one undoable step after the edits before it: a gap point
// is added, then a phone form brings a new kiosk with a photo and updates
// the school; undo takes the import back on disk (the kiosk gone, the
// school as it was), a second undo the gap point; redo brings both back,
// the kiosk with its photo. An import that changed nothing is no step.
func TestImportIsOneUndoableStep(t *testing.T) {
	w, path := openTemp(t)
	school := annot.Point{Meta: annot.NewMeta("", w.now()), Category: "school", Name: "Сургууль", Status: annot.Working, Location: orb.Point{106.92, 47.92}}
	gap := annot.Gap{Meta: annot.NewMeta("", w.now()), Kind: annot.Flooding, Severity: annot.Medium, Status: annot.Open, Geometry: orb.Point{106.93, 47.92}}
	for _, c := range []annot.Change{{NewPoint: &school}, {NewGap: &gap}} {
		if _, err := w.Edit(c, "Бат"); err != nil {
			t.Fatal(err)
		}
	}
	ph, err := photo.Reduce("IMG_1.jpg", phototest.JPEG(phototest.Quadrants(40, 30), phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	kiosk := annot.Point{Meta: annot.NewMeta("", w.now()), Category: "water_kiosk", Name: "Ус түгээх байр", Status: annot.Working, Location: orb.Point{106.91, 47.92}, Photos: []string{ph.ID}}
	renamed := school
	renamed.Name, renamed.Rev = "79-р сургууль", annot.NewID()
	imported := func() *annot.Set {
		if _, err := w.Project().ImportAnnotations([]annot.Point{kiosk, renamed}, nil, []photo.Photo{ph}); err != nil {
			t.Fatal(err)
		}
		s, err := w.Project().Load()
		if err != nil {
			t.Fatal(err)
		}
		return s
	}
	if c := w.Imported(imported(), "kobo.csv"); len(c.Flat()) != 2 {
		t.Fatalf("the import recorded %d steps, want 2 (kiosk added, school updated)", len(c.Flat()))
	}
	if c := w.Imported(imported(), "kobo.csv"); len(c.Steps) != 0 {
		t.Fatalf("the same import again recorded %d steps", len(c.Steps))
	}
	step := func(name string, do func(string) (annot.Change, bool, error), want string) {
		t.Helper()
		if _, ok, err := do("Бат"); !ok || err != nil {
			t.Fatalf("%s: ok %v, %v", name, ok, err)
		}
		if got := onDiskText(t, path); got != want {
			t.Errorf("%s: on disk %s, want %s", name, got, want)
		}
		if got := setText(w.Annotations()); got != want {
			t.Errorf("%s: in memory %s, want %s", name, got, want)
		}
	}
	step("undo the import", w.Undo, "Сургууль; 1 gap")
	step("undo the gap", w.Undo, "Сургууль; 0 gap")
	step("redo the gap", w.Redo, "Сургууль; 1 gap")
	step("redo the import", w.Redo, "79-р сургууль, Ус түгээх байр+1 photo; 1 gap")
}

func onDiskText(t *testing.T, path string) string { return setText(loadFile(t, path)) }

// loadFile reads the annotations of the project file at path.
func loadFile(t *testing.T, path string) *annot.Set {
	t.Helper()
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

// setText is the names of s's points, with their photos, and its gaps.
func setText(s *annot.Set) string {
	var out string
	for i, p := range s.Points {
		if i > 0 {
			out += ", "
		}
		out += p.Name
		if len(p.Photos) > 0 {
			out += "+1 photo"
		}
	}
	return out + "; " + strconv.Itoa(len(s.Gaps)) + " gap"
}
