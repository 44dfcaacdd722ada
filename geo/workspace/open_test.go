package workspace

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/training"
)

// What opening does with a missing file, for each Missing.
func TestOpenFileMissing(t *testing.T) {
	dir := t.TempDir()
	for _, tc := range []struct {
		name    string
		file    string
		missing Missing
		err     string
		points  bool
	}{
		{"refused", "a.gpkg", Refuse, "no such project file", false},
		{"created", "b.gpkg", Create, "", false},
		{"not a project name", "c.geojson", Create, "must end in .gpkg", false},
		{"sample in a new folder", "new/training.gpkg", Sample, "", true},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(dir, tc.file)
			r, err := ReadFile(path, tc.missing)
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), path) {
					t.Fatalf("error %v, want one naming %s and %q", err, path, tc.err)
				}
				if _, err := os.Stat(path); err == nil {
					t.Errorf("%s was created", path)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			defer r.Close()
			if got := len(r.Annotations.Points) > 0; got != tc.points {
				t.Errorf("%d points", len(r.Annotations.Points))
			}
			if is, _ := training.Is(r.Project); is != tc.points {
				t.Errorf("training: %v", is)
			}
		})
	}
}

// With no project named, a command reads a fresh sample, and closing
// removes it; the same file opened again is read, not replaced.
func TestReadOrSample(t *testing.T) {
	r, err := ReadOrSample("")
	if err != nil {
		t.Fatal(err)
	}
	path := r.Project.Path()
	if len(r.Layers) == 0 || len(r.Annotations.Points) == 0 {
		t.Errorf("the sample: %d layers, %d points", len(r.Layers), len(r.Annotations.Points))
	}
	if err := r.Close(); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(filepath.Dir(path)); !os.IsNotExist(err) {
		t.Errorf("the sample's folder is left behind: %v", err)
	}
	if _, err := ReadOrSample(path); err == nil {
		t.Errorf("a removed sample read again")
	}
}
