package load

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/words"
)

// TestNotAZip: a .zip or .kmz that is no zip archive (a renamed text, a
// failed download's web page) says so in both languages, instead of
// what text formats it is not; a misnamed image still says what it is.
func TestNotAZip(t *testing.T) {
	for _, tc := range []struct {
		name, file, in, en, mn string
	}{
		{"text named .zip", "notzip.zip", "this is not a zip\n", "notzip.zip: not a zip archive (Shapefile zip or KMZ expected)", "notzip.zip: ZIP архив биш"},
		{"web page named .kmz", "walk.KMZ", "<!DOCTYPE html><html><body>404</body></html>", "walk.KMZ: not a zip archive", "walk.KMZ: ZIP архив биш"},
		{"binary named .zip", "a.zip", "\x00\x01\x02", "a.zip: not a zip archive", "a.zip: ZIP архив биш"},
		{"PNG named .zip", "a.zip", "\x89PNG\r\n\x1a\n", "a.zip: a PNG image", ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Read(tc.file, strings.NewReader(tc.in), Options{})
			if err == nil || !strings.HasPrefix(err.Error(), tc.en) {
				t.Fatalf("got %v, want %q", err, tc.en)
			}
			if mn := words.MN.Explain(err); tc.mn != "" && !strings.HasPrefix(mn, tc.mn) {
				t.Errorf("in Mongolian: %q, want %q", mn, tc.mn)
			}
		})
	}
}
