package exchange_test

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/exchange"
)

// TestUnreadablePhotoLeftOut: one photo of three cannot be read (a
// project's JPEG declaring 60000x60000 pixels). The KMZ and the
// Shapefile zip are written without it, naming it nowhere, with one line
// saying so; the other two are there.
func TestUnreadablePhotoLeftOut(t *testing.T) {
	jpeg := map[string][]byte{"a": []byte("A"), "c": []byte("C")}
	photos := func(id string) ([]byte, error) {
		if id == "b" {
			return nil, errors.New("store: v_media.gpkg: photo b: photo: 60000x60000 pixels is too large")
		}
		return jpeg[id], nil
	}
	for _, f := range []exchange.Format{exchange.KMZ, exchange.ShapefileZip} {
		t.Run(string(f), func(t *testing.T) {
			var buf bytes.Buffer
			var told []string
			opt := exchange.WriteOptions{Lang: "en", Photos: photos, LeftOut: func(err error) { told = append(told, err.Error()) }}
			if err := exchange.Write(&buf, shapeSet(), f, opt); err != nil {
				t.Fatal(err)
			}
			if len(told) != 1 || !strings.Contains(told[0], "60000x60000") || !strings.Contains(told[0], "photos/") {
				t.Errorf("told %q, want one line naming the photo and why", told)
			}
			name := told[0][strings.Index(told[0], "photos/"):]
			name = name[:strings.Index(name, " ")]
			zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
			if err != nil {
				t.Fatal(err)
			}
			var photosIn int
			for _, zf := range zr.File {
				r, _ := zf.Open()
				data, _ := io.ReadAll(r)
				if strings.Contains(string(data), name) || zf.Name == name {
					t.Errorf("%s names the photo left out, %s", zf.Name, name)
				}
				if strings.HasPrefix(zf.Name, "photos/") {
					photosIn++
				}
			}
			if photosIn != 2 {
				t.Errorf("%d photos in the archive, want 2", photosIn)
			}
		})
	}
}
