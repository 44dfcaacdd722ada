//go:build unix

package basemap

import (
	"image"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"

	"github.com/khoroomap/khoroomap/geo/view"
)

// A named pipe or a device given as a basemap is refused without being
// opened.
func TestSpecialFilesRefused(t *testing.T) {
	fifo := filepath.Join(t.TempDir(), "imagery.mbtiles")
	if err := syscall.Mkfifo(fifo, 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	for _, tc := range []struct{ path, want string }{
		{fifo, "is a named pipe (FIFO), not a file"},
		{"/dev/zero", "is a device, not a file"},
	} {
		_, err := Open(tc.path, OnlineOptions{})
		if err == nil || !strings.HasPrefix(err.Error(), "basemap: "+tc.path+": "+tc.want) {
			t.Errorf("%s: %v, want %q", tc.path, err, tc.want)
		}
	}
}

// In a tile folder, a tile that is a named pipe or a file too large to be
// a tile is left out and said, never read: the drawing goes on.
func TestSpecialTilesInAFolder(t *testing.T) {
	dir := t.TempDir()
	tiles := tilesAround(t, 13, 13)
	writeFolder(t, dir, tiles)
	cx, cy := tileAt(ub, 13)
	tile := func(x, y int) string { return filepath.Join(dir, "13", strconv.Itoa(x), strconv.Itoa(y)+".png") }
	os.Remove(tile(cx, cy))
	if err := syscall.Mkfifo(tile(cx, cy), 0o644); err != nil {
		t.Skip("no named pipes here:", err)
	}
	if err := os.Truncate(tile(cx+1, cy), MaxTileBytes+1); err != nil { // sparse: costs no disk
		t.Fatal(err)
	}
	src, err := OpenFolder(dir)
	if err != nil {
		t.Fatal(err)
	}
	dst := image.NewRGBA(image.Rect(0, 0, 800, 600))
	Draw(dst, view.View{Center: ub, Zoom: 13, Width: 800, Height: 600}, src, NewCache(8), Options{Opacity: 1})
	for _, want := range []string{"is a named pipe (FIFO), not a file", "is 16.0 MiB; a tile is at most 16 MiB"} {
		found := false
		for _, k := range []Key{{13, cx, cy}, {13, cx + 1, cy}} {
			_, err := Read(src, NewCache(1), k)
			found = found || (err != nil && strings.Contains(err.Error(), want))
		}
		if !found {
			t.Errorf("no tile said %q", want)
		}
	}
	if err := Problems(src); err == nil || !strings.Contains(err.Error(), "1 more tiles were left out") {
		t.Errorf("problems: %v", err)
	}
}

// An MBTiles tile larger than a tile can be is refused without being
// read whole.
func TestHugeTileInMBTiles(t *testing.T) {
	path := filepath.Join(t.TempDir(), "huge.mbtiles")
	rawMBTiles(t, path, nil, []rawTile{{3, 1, 1, make([]byte, MaxTileBytes+1)}})
	src, err := OpenMBTiles(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	if _, err := Read(src, NewCache(1), Key{3, 1, 6}); err == nil || !strings.HasSuffix(err.Error(), "the tile 3/1/6 is 16.0 MiB; a tile is at most 16 MiB") {
		t.Errorf("%v", err)
	}
}
