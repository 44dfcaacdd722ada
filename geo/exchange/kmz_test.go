package exchange_test

import (
	"archive/zip"
	"bytes"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/exchange"
)

// TestKMZWithPhotos: the KMZ holds doc.kml and every photo its balloons
// show; GDAL reads the placemarks with their Cyrillic names.
func TestKMZWithPhotos(t *testing.T) {
	var buf bytes.Buffer
	jpeg := map[string][]byte{"a": []byte("A"), "b": []byte("B"), "c": []byte("C")}
	if err := exchange.WriteKMZ(&buf, shapeSet(), exchange.WriteOptions{Lang: "mn"}, func(id string) ([]byte, error) { return jpeg[id], nil }); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	files := map[string]bool{}
	var doc []byte
	for _, f := range zr.File {
		files[f.Name] = true
		if f.Name == "doc.kml" {
			r, _ := f.Open()
			doc, _ = io.ReadAll(r)
		}
	}
	srcs := regexp.MustCompile(`img src=&#34;([^&]+)&#34;`).FindAllStringSubmatch(string(doc), -1)
	if len(srcs) != 3 {
		t.Fatalf("%d images in the balloons, want 3:\n%s", len(srcs), doc)
	}
	for _, m := range srcs {
		if !files[m[1]] {
			t.Errorf("the balloon shows %s, which is not in the KMZ", m[1])
		}
	}
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	path := filepath.Join(t.TempDir(), "out.kmz")
	os.WriteFile(path, buf.Bytes(), 0o644)
	out, err := exec.Command("ogrinfo", "-ro", "-al", "-q", path).CombinedOutput()
	if err != nil || !strings.Contains(string(out), "Ус түгээх 3-р байр") || strings.Count(string(out), "OGRFeature(") != 4 {
		t.Errorf("ogrinfo: %v\n%s", err, out)
	}
}
