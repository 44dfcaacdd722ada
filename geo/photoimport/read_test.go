package photoimport

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadPhotoOneBuffer: a 6 MB photo is read into one buffer of its
// size, not grown again and again (io.ReadAll's way: 34 allocations and
// several times its size in all), and its bytes are all there.
func TestReadPhotoOneBuffer(t *testing.T) {
	p := filepath.Join(t.TempDir(), "IMG_1.jpg")
	data := bytes.Repeat([]byte("0123456789abcdef"), 6<<20/16+3)
	if err := os.WriteFile(p, data, 0o644); err != nil {
		t.Fatal(err)
	}
	got, err := readPhoto(p)
	if err != nil || !bytes.Equal(got, data) {
		t.Fatalf("read %d bytes, %v; want the %d written", len(got), err, len(data))
	}
	if n := testing.AllocsPerRun(5, func() { readPhoto(p) }); n > 5 {
		t.Errorf("%.0f allocations to read a photo, want one buffer (and the file's own few)", n)
	}
}

// TestReadPhotoTooLarge: a file over the limit is refused in one line
// naming it, from its size, before it is read.
func TestReadPhotoTooLarge(t *testing.T) {
	p := filepath.Join(t.TempDir(), "huge.jpg")
	f, err := os.Create(p)
	if err != nil {
		t.Fatal(err)
	}
	f.Truncate(maxFileSize + 1) // sparse: nothing written
	f.Close()
	_, err = readPhoto(p)
	if err == nil || !strings.Contains(err.Error(), p) || !strings.Contains(err.Error(), "larger than 64 MB") {
		t.Errorf("got %v", err)
	}
}
