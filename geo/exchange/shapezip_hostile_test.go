package exchange_test

import (
	"archive/zip"
	"bytes"
	"path"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
)

// TestShapefileZipHostileIDs: a hostile project's annotation IDs (they
// come from its rows unchecked) cannot name a zip entry outside photos/,
// and two annotations whose names and ID starts agree still give two
// entries, not one name twice.
func TestShapefileZipHostileIDs(t *testing.T) {
	ids := map[string]string{
		"slip":    "/../../../../tmp/evil",
		"back":    `..\..\..\x`,
		"nul":     "a\x00b/../c",
		"twin1":   "same-id-1",
		"twin2":   "same-id-2",
		"abs":     "/etc/passwd",
		"dotdots": "........",
	}
	var s annot.Set
	for ph, id := range ids {
		s.Points = append(s.Points, annot.Point{Meta: annot.Meta{ID: id}, Name: "X", Category: "school",
			Location: orb.Point{106.9, 47.9}, Photos: []string{ph}})
	}
	var buf bytes.Buffer
	data := func(id string) ([]byte, error) { return []byte(id), nil }
	if err := exchange.WriteShapefileZip(&buf, &s, exchange.WriteOptions{Lang: "en"}, data); err != nil {
		t.Fatal(err)
	}
	zr, err := zip.NewReader(bytes.NewReader(buf.Bytes()), int64(buf.Len()))
	if err != nil {
		t.Fatal(err)
	}
	seen := map[string]bool{}
	photos := 0
	for _, f := range zr.File {
		if seen[f.Name] {
			t.Errorf("%q is in the zip twice", f.Name)
		}
		seen[f.Name] = true
		if !strings.HasPrefix(f.Name, "photos/") {
			continue
		}
		photos++
		base := strings.TrimPrefix(f.Name, "photos/")
		if path.Clean(f.Name) != f.Name || strings.ContainsAny(base, "/\\\x00") || strings.Contains(base, "..") {
			t.Errorf("unsafe zip entry %q", f.Name)
		}
	}
	if photos != len(ids) {
		t.Errorf("%d photo entries, want %d", photos, len(ids))
	}
}
