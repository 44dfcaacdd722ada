package store

import (
	"bytes"
	"database/sql"
	"os/exec"
	"path/filepath"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// validateGPKG runs GDAL's GeoPackage validator with its extra checks,
// warnings counted as errors; it skips without python3-gdal.
func validateGPKG(t *testing.T, path string) {
	t.Helper()
	if exec.Command("/usr/bin/python3", "-c", "import osgeo_utils.samples.validate_gpkg").Run() != nil {
		t.Skip("no python3-gdal on this machine")
	}
	out, err := exec.Command("/usr/bin/python3", "-m", "osgeo_utils.samples.validate_gpkg",
		"-k", "--extra", "--warning-as-error", path).CombinedOutput()
	if err != nil || len(bytes.TrimSpace(out)) > 0 {
		t.Errorf("GDAL's validator on %s: %v\n%s", filepath.Base(path), err, out)
	}
}

// TestGDALValidatesProjects: a created, an edited and a merged project
// pass GDAL's validator with no error and no warning.
func TestGDALValidatesProjects(t *testing.T) {
	created := gdalProject(t)
	validateGPKG(t, created)

	p := newProjectAt(t, created)
	s, err := p.Load()
	must(t, err)
	old, moved := s.Points[0], s.Points[0]
	moved.Location = orb.Point{106.95, 47.97}
	must(t, p.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &moved}, "Б", t0.Add(1))))
	gone := s.Points[1]
	must(t, p.Apply(annot.Change{OldPoint: &gone}))
	ls, err := p.Layers()
	must(t, err)
	must(t, p.RemoveLayer(ls[len(ls)-1].Table))
	cat := annot.Category{ID: "well", NameMN: "Худаг", NameEN: "Well", Symbol: annot.DefaultCategories()[0].Symbol,
		Colour: annot.DefaultCategories()[0].Colour}
	must(t, p.Apply(annot.Change{NewCategory: &cat}))
	copyPath := filepath.Join(t.TempDir(), "copy.gpkg")
	must(t, p.copyTo(copyPath))
	p.Close()
	validateGPKG(t, created)

	merged := filepath.Join(t.TempDir(), "merged.gpkg")
	_, err = Merge(merged, []string{gdalProject(t), copyPath})
	must(t, err)
	validateGPKG(t, merged)
}

// TestUnknownTimesAreNull: revisions merged in and categories without a
// time store NULL, not an empty text; both, and the empty text of earlier versions, read
// back as the zero time.
func TestUnknownTimesAreNull(t *testing.T) {
	dir := t.TempDir()
	a := craft(t, dir, "a.gpkg")
	b := filepath.Join(dir, "b.gpkg")
	p := newProjectAt(t, a)
	must(t, p.copyTo(b))
	p.Close()
	p = newProjectAt(t, b)
	s, err := p.Load()
	must(t, err)
	old, renamed := s.Points[0], s.Points[0]
	renamed.Name = "шинэ нэр"
	must(t, p.Apply(annot.Touch(annot.Change{OldPoint: &old, NewPoint: &renamed}, "Б", t0.Add(1))))
	p.Close()
	merged := filepath.Join(dir, "m.gpkg")
	_, err = Merge(merged, []string{a, b})
	must(t, err)
	db, err := sql.Open("sqlite", merged)
	must(t, err)
	var empty, null int
	must(t, db.QueryRow(`SELECT count(*) FILTER (WHERE modified = ''), count(*) FILTER (WHERE modified IS NULL) FROM revisions`).Scan(&empty, &null))
	if empty != 0 || null == 0 {
		t.Errorf("merged revisions: %d with '' and %d NULL as modified", empty, null)
	}
	_, err = db.Exec(`UPDATE categories SET modified = CASE WHEN position % 2 = 0 THEN '' ELSE NULL END`)
	must(t, err)
	db.Close()
	p = newProjectAt(t, merged)
	defer p.Close()
	cats, err := p.Categories()
	must(t, err)
	for _, c := range cats {
		if !c.Modified.IsZero() {
			t.Errorf("category %s modified at %v", c.ID, c.Modified)
		}
	}
}
