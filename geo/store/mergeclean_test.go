package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// evilTable is a layer table name a stranger chose.
const evilTable = `x"; DROP TABLE service_points; --`

// craftStranger is craftLeftOut's project with, besides, a photo of its
// first point whose bytes declare 60000x60000 pixels (its ID theirs), and
// a layer "evil" in a table named evilTable, as another program could
// write them.
func craftStranger(t *testing.T, friend string) string {
	t.Helper()
	path, _ := craftLeftOut(t, friend)
	p, err := Open(path)
	must(t, err)
	defer p.Close()
	s, err := p.Load()
	must(t, err)
	phs := testPhotos(t, 1)
	pt := s.Points[0]
	withPhoto := pt
	withPhoto.Photos = []string{phs[0].ID}
	must(t, p.ApplyWithPhotos(phs, []annot.Change{annot.Touch(annot.Change{OldPoint: &pt, NewPoint: &withPhoto}, "Б", t0.Add(1))}))
	bomb := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	_, err = p.db.Exec(`UPDATE media SET data = ?, uuid = ? WHERE uuid = ?`, bomb, photo.ID(bomb), phs[0].ID)
	must(t, err)
	must(t, p.tx(func(tx *sql.Tx) error {
		l := twoFirstKhoroos()
		if err := createFeatureTable(tx, evilTable, "MULTIPOLYGON", "evil", columnsSQL(nil, false)); err != nil {
			return err
		}
		if err := insertFeatures(tx, evilTable, l, nil, false); err != nil {
			return err
		}
		_, err := tx.Exec(`INSERT INTO layers (table_name, title, kind, role, hidden, position) VALUES (?, 'evil', 'polygons', 'kheseg', 0, 9)`, evilTable)
		return err
	}))
	return path
}

// TestMergeLeavesOutWhatItWouldRefuse: merged first or second with a
// friend's copy made before, a stranger's project passes on none of its
// rows at no longitude/latitude (the friend's intact ones come through),
// not its photo of 60000x60000 pixels, and its layer "evil" only in a
// table named as Khoroo Map names tables; the report says what was left
// out, one line each. GDAL's validator finds nothing in the result.
func TestMergeLeavesOutWhatItWouldRefuse(t *testing.T) {
	friend := filepath.Join(t.TempDir(), "friend.gpkg")
	stranger := craftStranger(t, friend)
	for _, order := range [][]string{{stranger, friend}, {friend, stranger}} {
		name := filepath.Base(order[0]) + " first"
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "merged.gpkg")
			sum, err := MergeFiles(out, order)
			must(t, err)
			var lines []string
			for _, e := range sum.LeftOut {
				lines = append(lines, e.Error())
			}
			report := strings.Join(lines, "\n")
			if len(lines) != 6 || !strings.Contains(report, "(+Inf, 47.9) is not a finite number") ||
				!strings.Contains(report, "60000x60000 pixels is too large") {
				t.Errorf("the report says:\n%s\nwant 5 rows and the photo", report)
			}
			checkMergedClean(t, out)
			validateGPKG(t, out)
		})
	}
}

// checkMergedClean finds in a merged file no row at no longitude/latitude,
// no photo, and the layer "evil" in a table boundary_evil, whole.
func checkMergedClean(t *testing.T, out string) {
	t.Helper()
	m, err := Open(out)
	must(t, err)
	defer m.Close()
	s, err := m.Load()
	must(t, err)
	ls, err := m.Layers()
	must(t, err)
	if lo := m.LeftOut(); len(lo) != 0 {
		t.Errorf("the merged file holds rows at no longitude/latitude: %v", lo)
	}
	if len(s.Points) != 3 || len(s.Gaps) != 2 {
		t.Errorf("the merged file shows %d points and %d gaps, want the friend's 3 and 2", len(s.Points), len(s.Gaps))
	}
	var n int
	must(t, m.db.QueryRow(`SELECT count(*) FROM media`).Scan(&n))
	if n != 0 || len(s.PhotoIDs()) != 0 {
		t.Errorf("the merged file holds %d photos, its points show %v", n, s.PhotoIDs())
	}
	var tables []string
	for _, l := range ls {
		tables = append(tables, fmt.Sprintf("%s=%s/%d", l.Layer.Title, l.Table, len(l.Layer.Features)))
	}
	if got := strings.Join(tables, " "); !strings.Contains(got, "evil=boundary_evil/2") || strings.Contains(got, "DROP") {
		t.Errorf("layers %s, want evil in boundary_evil with its 2 khoroos", got)
	}
	var raw int
	must(t, m.db.QueryRow(`SELECT count(*) FROM sqlite_master WHERE name LIKE '%DROP%'`).Scan(&raw))
	if raw != 0 {
		t.Errorf("%d tables, indexes or triggers keep the stranger's name", raw)
	}
}

// TestSafeTable: the names AddLayer gives are safe, a stranger's not.
func TestSafeTable(t *testing.T) {
	for _, src := range []string{"sbd.kml", "Сүхбаатар дүүрэг.geojson", `x"; DROP TABLE service_points; --`, ""} {
		if s := "boundary_" + slug(&geo.Layer{Source: src}); !safeTable.MatchString(s) {
			t.Errorf("AddLayer's name %q for %q is not safe", s, src)
		}
	}
	for _, name := range []string{evilTable, "boundary_", "Boundary_x", "service_points", "boundary_x\"", "boundary_" + strings.Repeat("a", 61)} {
		if safeTable.MatchString(name) {
			t.Errorf("%q is taken as safe", name)
		}
	}
}
