package store

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"
)

// testSheet is a small rectified sheet over a kheseg of Sükhbaatar.
func testSheet(t testing.TB, page string) Overlay {
	t.Helper()
	img := image.NewNRGBA(image.Rect(0, 0, 40, 30))
	for i := range img.Pix {
		img.Pix[i] = byte(i * int(page[len(page)-1]))
	}
	img.Set(0, 0, color.NRGBA{200, 0, 0, 255})
	var buf bytes.Buffer
	must(t, png.Encode(&buf, img))
	o, err := NewOverlay(page, "IMG_"+page+".jpg", buf.Bytes(), orb.Bound{Min: orb.Point{106.91, 47.92}, Max: orb.Point{106.93, 47.93}})
	must(t, err)
	return o
}

// TestOverlaysRoundTrip: a sheet is stored with its image, corners,
// source photo and page; it survives closing; its opacity changes and it
// is removed; the same sheet added twice is stored once.
func TestOverlaysRoundTrip(t *testing.T) {
	p := newProject(t)
	a, b := testSheet(t, "5-1"), testSheet(t, "5-2")
	must(t, p.AddOverlay(a))
	must(t, p.AddOverlay(b))
	must(t, p.AddOverlay(a))
	must(t, p.SetOverlayOpacity(b.ID, 0.25))
	path := p.Path()
	p.Close()
	p = newProjectAt(t, path)
	defer p.Close()
	got, err := p.Overlays()
	must(t, err)
	if len(got) != 2 {
		t.Fatalf("%d sheets, want 2", len(got))
	}
	if g := got[0]; g.Page != "5-1" || g.Source != "IMG_5-1.jpg" || g.Bound != a.Bound || !bytes.Equal(g.Image, a.Image) ||
		g.Width != 40 || g.Height != 30 || g.Opacity != DefaultOpacity || g.Added.IsZero() {
		t.Errorf("read back %+v", g)
	}
	if got[1].Opacity != 0.25 {
		t.Errorf("opacity %g, want 0.25", got[1].Opacity)
	}
	must(t, p.RemoveOverlay(a.ID))
	if got, _ := p.Overlays(); len(got) != 1 || got[0].ID != b.ID {
		t.Errorf("after removing: %d sheets", len(got))
	}
	if err := p.RemoveOverlay(a.ID); err == nil || !strings.Contains(err.Error(), path) {
		t.Errorf("removing it twice: %v", err)
	}
	var n int
	must(t, p.db.QueryRow(`SELECT count(*) FROM rtree_sheet_overlays_geom`).Scan(&n))
	if n != 1 {
		t.Errorf("the R-tree holds %d sheets, want 1", n)
	}
}

// TestOverlayRefused: a sheet that could not be shown is not stored.
func TestOverlayRefused(t *testing.T) {
	p := newProject(t)
	for _, c := range []struct {
		name   string
		change func(*Overlay)
		want   string
	}{
		{"not a PNG", func(o *Overlay) { o.Image = []byte("\xff\xd8\xff") }, "not a PNG"},
		{"wrong size", func(o *Overlay) { o.Width = 41 }, "40x30 pixels, not 41x30"},
		{"wrong ID", func(o *Overlay) { o.ID = "x" }, "SHA-256"},
		{"NaN corner", func(o *Overlay) { o.Bound.Min[0] = math.NaN() }, "not a box"},
		{"flipped box", func(o *Overlay) { o.Bound.Min, o.Bound.Max = o.Bound.Max, o.Bound.Min }, "not a box"},
		{"opacity 2", func(o *Overlay) { o.Opacity = 2 }, "opacity 2"},
		{"no page", func(o *Overlay) { o.Page = "" }, "no page id"},
	} {
		t.Run(c.name, func(t *testing.T) {
			o := testSheet(t, "5-1")
			c.change(&o)
			if err := p.AddOverlay(o); err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v, want %q", err, c.want)
			}
		})
	}
	if err := p.SetOverlayOpacity("x", math.NaN()); err == nil {
		t.Error("opacity NaN accepted")
	}
	if got, _ := p.Overlays(); len(got) != 0 {
		t.Errorf("%d sheets stored", len(got))
	}
}

// TestOverlayTableAddedToOlderProject: a project made before field sheets
// gets the table, indexed, on opening.
func TestOverlayTableAddedToOlderProject(t *testing.T) {
	path := craft(t, t.TempDir(), "old.gpkg", `DROP TABLE sheet_overlays`, `DROP TABLE rtree_sheet_overlays_geom`,
		`DELETE FROM gpkg_contents WHERE table_name = 'sheet_overlays'`, `DELETE FROM gpkg_geometry_columns WHERE table_name = 'sheet_overlays'`,
		`DELETE FROM gpkg_extensions WHERE table_name = 'sheet_overlays'`)
	p := newProjectAt(t, path)
	defer p.Close()
	must(t, p.AddOverlay(testSheet(t, "1-1")))
	if got, err := p.Overlays(); err != nil || len(got) != 1 {
		t.Fatalf("%d sheets, %v", len(got), err)
	}
}

// TestRefusedOverlayTable: an overlay table not as this program writes it
// is refused in one line, the file untouched.
func TestRefusedOverlayTable(t *testing.T) {
	for _, c := range []struct {
		name  string
		stmts []string
		want  string
	}{
		{"a view", []string{`DROP TABLE sheet_overlays`, `CREATE VIEW sheet_overlays AS SELECT 1 AS fid`}, "sheet_overlays is a view"},
		{"image column missing", []string{`ALTER TABLE sheet_overlays DROP COLUMN image`}, "table sheet_overlays has no column image"},
		{"a stranger's trigger", []string{`CREATE TRIGGER spin AFTER INSERT ON sheet_overlays BEGIN DELETE FROM categories; END`},
			"table sheet_overlays has a trigger (spin)"},
		{"layer names it", []string{`INSERT INTO layers (table_name, kind, role, position) VALUES ('sheet_overlays', 'polygons', 'other', 1)`},
			"one of the project's own tables"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := craft(t, t.TempDir(), "stranger.gpkg", c.stmts...)
			before, _ := os.ReadFile(path)
			p, err := Open(path)
			if err == nil {
				p.Close()
				t.Fatal("opened")
			}
			if msg := err.Error(); !strings.Contains(msg, c.want) || !strings.Contains(msg, path) || strings.Contains(msg, "\n") {
				t.Errorf("got %q, want one line with the file and %q", msg, c.want)
			}
			if after, _ := os.ReadFile(path); !bytes.Equal(after, before) {
				t.Error("the refused file was changed")
			}
		})
	}
}

// TestMergeKeepsEveryonesSheets: two leaders read their sheets into their
// copies; the merged file holds each sheet once.
func TestMergeKeepsEveryonesSheets(t *testing.T) {
	dir := t.TempDir()
	a, b := filepath.Join(dir, "a.gpkg"), filepath.Join(dir, "b.gpkg")
	for path, pages := range map[string][]string{a: {"5-1", "5-2"}, b: {"5-2", "5-3"}} {
		p := newProjectAt(t, path)
		for _, pg := range pages {
			must(t, p.AddOverlay(testSheet(t, pg)))
		}
		p.Close()
	}
	out := filepath.Join(dir, "merged.gpkg")
	_, err := Merge(out, []string{a, b})
	must(t, err)
	p := newProjectAt(t, out)
	defer p.Close()
	got, err := p.Overlays()
	must(t, err)
	var pages []string
	for _, o := range got {
		pages = append(pages, o.Page)
	}
	if strings.Join(pages, " ") != "5-1 5-2 5-3" {
		t.Errorf("merged sheets %v, want 5-1 5-2 5-3", pages)
	}
}
