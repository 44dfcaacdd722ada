package sheets

import (
	"bytes"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/png"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// hugePNG is a PNG whose header claims w x h pixels and whose data is a
// 1x1 picture's: a decoder that trusted the header would allocate it all.
func hugePNG(w, h uint32) []byte {
	var buf bytes.Buffer
	png.Encode(&buf, image.NewGray(image.Rect(0, 0, 1, 1)))
	b := buf.Bytes()
	binary.BigEndian.PutUint32(b[16:], w) // IHDR data starts after the signature, length and type
	binary.BigEndian.PutUint32(b[20:], h)
	binary.BigEndian.PutUint32(b[29:], crc32.ChecksumIEEE(b[12:29]))
	return b
}

// TestReadPhotoRefuses: what is not a photo of a sheet is refused in one
// line naming the file.
func TestReadPhotoRefuses(t *testing.T) {
	dir := t.TempDir()
	blank := new(bytes.Buffer)
	png.Encode(blank, image.NewGray(image.Rect(0, 0, 300, 200)))
	for _, c := range []struct {
		name, file string
		data       []byte
		want       string
	}{
		{"200 MP header", "huge.png", hugePNG(20000, 10000), "20000x10000 pixels is too large (at most 64 megapixels)"},
		{"81 MP header", "big.png", hugePNG(9000, 9000), "9000x9000 pixels is too large (at most 64 megapixels)"},
		{"text", "notes.jpg", []byte("хэсгийн тэмдэглэл"), "not a JPEG or PNG image"},
		{"blank page", "blank.png", blank.Bytes(), "no field sheet found"},
	} {
		t.Run(c.name, func(t *testing.T) {
			path := filepath.Join(dir, c.file)
			os.WriteFile(path, c.data, 0o644)
			_, _, err := ReadPhoto(path)
			if err == nil || !strings.Contains(err.Error(), c.want) || !strings.Contains(err.Error(), path) || strings.Contains(err.Error(), "\n") {
				t.Errorf("got %v, want one line with %s and %q", err, path, c.want)
			}
			if c.name == "blank page" && !errors.Is(err, ErrNoSheet) {
				t.Errorf("%v does not wrap ErrNoSheet", err)
			}
		})
	}
}

// TestPhotoLimitIsTheImports: a field sheet's photo is refused above the
// size an imported photo is, with the same words: one limit, one message.
func TestPhotoLimitIsTheImports(t *testing.T) {
	dir := t.TempDir()
	for _, c := range []struct {
		w, h    uint32
		refused bool
	}{{9000, 9000, true}, {8000, 8000, false}, {20000, 10000, true}} {
		path := filepath.Join(dir, "sbd.png")
		data := hugePNG(c.w, c.h)
		os.WriteFile(path, data, 0o644)
		_, serr := DecodePhoto(path)
		_, perr := photo.Reduce(path, data)
		tooLarge := func(err error) bool { return err != nil && strings.Contains(err.Error(), "too large") }
		if tooLarge(serr) != c.refused || tooLarge(perr) != c.refused {
			t.Errorf("%dx%d: sheet %v, import %v; refused for its size: %v", c.w, c.h, serr, perr, c.refused)
		}
		if c.refused && (serr == nil || perr == nil || serr.Error() != perr.Error()) {
			t.Errorf("%dx%d: the sheet says %v, the import %v", c.w, c.h, serr, perr)
		}
	}
}
