package main

import (
	"bytes"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/synth"
)

// A refused photo imported into a project holding a zigzag khoroo of
// 200,000 vertices does not read the khoroo (at a million vertices that
// took 4.7 GB and a minute, for nothing).
func TestRefusedPhotoDoesNotReadBoundaries(t *testing.T) {
	dir := t.TempDir()
	zig, project := filepath.Join(dir, "zigzag.geojson"), filepath.Join(dir, "p.gpkg")
	f, err := os.Create(zig)
	must(t, err)
	must(t, synth.WriteZigzag(f, 200_000, 0.3))
	must(t, f.Close())
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", project, zig}, &out, &errOut); code != 0 {
		t.Fatalf("importing the zigzag: exit %d, %s", code, errOut.String())
	}
	heic := filepath.Join(dir, "IMG_1.HEIC")
	must(t, os.WriteFile(heic, append([]byte{0, 0, 0, 24}, "ftypheic\x00\x00\x00\x00mif1heic"...), 0o644))
	var before, after runtime.MemStats
	runtime.ReadMemStats(&before)
	code := runImport([]string{"-project", project, heic}, &out, &errOut)
	runtime.ReadMemStats(&after)
	if code != 1 || !strings.Contains(errOut.String(), "HEIC photos are not supported") {
		t.Errorf("HEIC: exit %d, %q", code, errOut.String())
	}
	if got := after.TotalAlloc - before.TotalAlloc; got > 4<<20 {
		t.Errorf("refusing one photo allocated %d MB", got>>20)
	}
}
