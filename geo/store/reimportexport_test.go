package store

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/internal/realdata"
	"github.com/khoroomap/khoroomap/geo/load"
)

// phoneWalk is a leader's walk as a phone records it: positions with
// every digit a double holds (a photo's GPS), a gap point, a gap area and
// one whose corners go clockwise (dragged across in the window).
//
//	clockwise:  a ──> b      the export writes it a ──> d
//	            ^     |                             |     ^
//	            d <── c      turned round:          b ──> c
func phoneWalk() []annot.Change {
	a := samplePoint("", orb.Point{106.91234567891234, 47.91876543219876})
	b := samplePoint("Худаг", orb.Point{106.93333333333333, 47.95555555555556})
	gp := sampleGap(false)
	gp.Geometry = orb.Point{106.90111111111111, 47.94222222222222}
	ga := sampleGap(true)
	ga.Geometry = annot.NewArea([]orb.Point{{106.92012345678912, 47.95098765432198}, {106.9251111111111, 47.95033333333333}, {106.92533333333333, 47.95577777777777}})
	cw := sampleGap(true)
	cw.ID, cw.Kind = annot.NewID(), annot.NoLighting
	cw.Geometry = orb.Polygon{{{106.94, 47.96}, {106.94512345678912, 47.96}, {106.94512345678912, 47.95387654321}, {106.94, 47.95387654321}, {106.94, 47.96}}}
	return []annot.Change{{NewPoint: &a}, {NewPoint: &b}, {NewGap: &gp}, {NewGap: &ga}, {NewGap: &cw}}
}

// exportAs writes the project's annotations to a file of each format.
func exportAs(t *testing.T, p *Project, exts ...string) []string {
	s, err := p.Load()
	must(t, err)
	var paths []string
	for _, ext := range exts {
		path := filepath.Join(t.TempDir(), "walk."+ext)
		f, err := os.Create(path)
		must(t, err)
		format, err := exchange.FormatOf(path)
		must(t, err)
		must(t, exchange.Write(f, s, format, exchange.WriteOptions{Lang: "mn"}))
		must(t, f.Close())
		paths = append(paths, path)
	}
	return paths
}

// importFile imports a file as the import command does.
func importFile(t *testing.T, p *Project, path string) ImportResult {
	ls, err := load.All(path, load.Options{})
	must(t, err)
	res, err := p.Import(ls, nil, "Б")
	must(t, err)
	return res
}

// TestReimportedExportsUnchanged: the tester's round trip. A project's
// export as a Shapefile zip imported into a new project, then its KMZ,
// GeoJSON, CSV and KML into the same project, change nothing, though
// each format rounds positions its own way; so does each imported into
// the project itself. A merge of the project with the new one finds
// nothing to add, update, review or flag as a duplicate.
func TestReimportedExportsUnchanged(t *testing.T) {
	t.Run("phone walk", func(t *testing.T) {
		src := newProject(t)
		must(t, src.ApplyAll(phoneWalk()))
		reimportEverywhere(t, src)
	})
	t.Run("real health points", func(t *testing.T) {
		l, err := load.File(realdata.File(t, "c2m2_mobile/mongoliahealth.json"), load.Options{Points: true})
		must(t, err)
		src := newProject(t)
		_, err = src.Import([]*geo.Layer{l}, nil, "Б")
		must(t, err)
		must(t, src.ApplyAll(phoneWalk()))
		reimportEverywhere(t, src)
	})
}

func reimportEverywhere(t *testing.T, src *Project) {
	files := exportAs(t, src, "zip", "kmz", "geojson", "csv", "kml")
	s, err := src.Load()
	must(t, err)
	for _, first := range files[:2] { // the Shapefile keeps doubles, the KMZ 7 decimals
		dst := newProjectAt(t, filepath.Join(t.TempDir(), "new.gpkg"))
		if res := importFile(t, dst, first); res.Added != len(s.Points) || res.Gaps.Added != len(s.Gaps) {
			t.Fatalf("%s into a new project: %+v, want %d points and %d gaps added", filepath.Base(first), res, len(s.Points), len(s.Gaps))
		}
		reimport(t, dst, files)
		dst.Close()
		sum, err := MergeFiles(filepath.Join(t.TempDir(), "merged.gpkg"), []string{src.path, dst.path})
		must(t, err)
		tot := sum.Total()
		if n := len(tot.Added) + len(tot.Updated) + len(tot.Conflicts) + len(tot.Duplicates); n != 0 || len(sum.NeedsReview) != 0 {
			t.Errorf("merged with its export re-imported from %s:\n%s", filepath.Base(first), tot)
		}
	}
	reimport(t, src, files)
}

// reimport imports each file into p and expects nothing to change.
func reimport(t *testing.T, p *Project, files []string) {
	for _, f := range files {
		if res := importFile(t, p, f); res.Added+res.Updated+res.Gaps.Added+res.Gaps.Updated != 0 {
			t.Errorf("%s into %s: %d points added, %d updated; gaps %+v", filepath.Base(f), filepath.Base(p.path), res.Added, res.Updated, res.Gaps)
		}
	}
}
