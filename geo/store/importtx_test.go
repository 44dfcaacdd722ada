package store

import (
	"bytes"
	"database/sql"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// sampleLayers reads the training sample's files: khoroo, kheseg, ger
// areas, then the service points.
func sampleLayers(t testing.TB) []*geo.Layer {
	t.Helper()
	var ls []*geo.Layer
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		must(t, err)
		ls = append(ls, l)
	}
	return ls
}

// importFails imports ls into the project at path, expects a failure and
// checks the file is byte for byte as before.
func importFails(t *testing.T, path string, ls []*geo.Layer, want string) {
	t.Helper()
	before, err := os.ReadFile(path)
	must(t, err)
	p := newProjectAt(t, path)
	_, err = p.Import(ls, nil, "")
	p.Close()
	if err == nil || !strings.Contains(err.Error(), want) {
		t.Fatalf("import: %v, want an error about %q", err, want)
	}
	if after, _ := os.ReadFile(path); !bytes.Equal(before, after) {
		t.Error("the failed import changed the project")
	}
}

// TestImportIsAllOrNothing: a failure after the first file (a full disk,
// say) leaves the project as it was, and a retry adds boundary_khoroo,
// not boundary_khoroo_2.
func TestImportIsAllOrNothing(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.gpkg")
	p := newProjectAt(t, path)
	p.Close()
	ls := sampleLayers(t)
	afterImportFile = func(l *geo.Layer) error {
		if l == ls[0] {
			return errors.New("disk full")
		}
		return nil
	}
	importFails(t, path, ls, "disk full")
	afterImportFile = nil
	p = newProjectAt(t, path)
	defer p.Close()
	res, err := p.Import(ls, nil, "")
	must(t, err)
	if res.Layers[0] != "boundary_khoroo" || res.Added != 36 {
		t.Errorf("the retry: %+v", res)
	}
}

// TestImportIntoDamagedProject: when a layer's geometry is unreadable,
// working out the points' places fails, and no point is added.
func TestImportIntoDamagedProject(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.gpkg")
	p := newProjectAt(t, path)
	ls := sampleLayers(t)
	_, err := p.AddLayer(ls[0], geo.RoleKhoroo)
	must(t, err)
	p.Close()
	db, err := sql.Open("sqlite", path)
	must(t, err)
	_, err = db.Exec(`UPDATE boundary_khoroo SET geom = x'47500001e610000000'`)
	must(t, err)
	db.Close()
	importFails(t, path, ls[3:], "boundary_khoroo")
}
