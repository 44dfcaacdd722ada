package main

import (
	"bytes"
	"crypto/sha256"
	"database/sql"
	"encoding/binary"
	"encoding/hex"
	"encoding/json"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// gpPoint is a GeoPackage point blob as a stranger may write one: the
// "GP" header (little-endian, EPSG:4326, no envelope) and WKB.
func gpPoint(x, y float64) []byte {
	b := []byte{'G', 'P', 0, 1, 0xe6, 0x10, 0, 0, 1, 1, 0, 0, 0}
	b = binary.LittleEndian.AppendUint64(b, math.Float64bits(x))
	return binary.LittleEndian.AppendUint64(b, math.Float64bits(y))
}

// strangerProject is the training project with service point 2 at
// (NaN, 1e308), point 3 at (+Inf, 47.9), and point 1 showing a 25-byte
// JPEG that declares 60000x60000 pixels.
func strangerProject(t *testing.T) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "stranger.gpkg")
	var out, errOut bytes.Buffer
	if code := runTraining([]string{"-o", path}, &out, &errOut); code != 0 {
		t.Fatalf("training: %s", errOut.String())
	}
	db, err := sql.Open("sqlite", path)
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	bomb := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	sum := sha256.Sum256(bomb)
	for _, s := range []struct {
		q    string
		args []any
	}{
		{`UPDATE service_points SET geom = ? WHERE fid = 2`, []any{gpPoint(math.NaN(), 1e308)}},
		{`UPDATE service_points SET geom = ? WHERE fid = 3`, []any{gpPoint(math.Inf(1), 47.9)}},
		{`INSERT INTO media (data, content_type, uuid, name, width, height) VALUES (?, 'image/jpeg', ?, 'huge.jpg', 60000, 60000)`, []any{bomb, hex.EncodeToString(sum[:])}},
		{`INSERT INTO service_points_media (base_id, related_id, position) VALUES (1, last_insert_rowid(), 0)`, nil},
	} {
		if _, err := db.Exec(s.q, s.args...); err != nil {
			t.Fatalf("%s: %v", s.q, err)
		}
	}
	return path
}

// TestExportLeavesOutHostileRows: exports of a stranger's project leave
// out its rows at no longitude/latitude and its photo too large to
// decode, each said in one warning line; the GeoJSON is valid JSON, the
// KMZ and the zip are written.
func TestExportLeavesOutHostileRows(t *testing.T) {
	project := strangerProject(t)
	for _, ext := range []string{".geojson", ".csv", ".kmz", ".zip"} {
		t.Run(ext, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "x"+ext)
			var stdout, stderr bytes.Buffer
			if code := runExport([]string{"-project", project, "-o", out}, &stdout, &stderr); code != 0 {
				t.Fatalf("exit %d: %s", code, stderr.String())
			}
			want := map[string]int{"row 2: coordinate (NaN, 1e+308) is not a finite number": 1, "row 3: coordinate (+Inf, 47.9) is not a finite number": 1}
			if ext == ".kmz" || ext == ".zip" {
				want["60000x60000 pixels is too large"] = 1
			}
			lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
			for w, n := range want {
				if got := strings.Count(stderr.String(), w); got != n {
					t.Errorf("%q said %d times, want %d:\n%s", w, got, n, stderr.String())
				}
			}
			if len(lines) != len(want) || !strings.HasPrefix(lines[0], "khoroomap export: warning: ") {
				t.Errorf("stderr:\n%s\nwant %d warning lines", stderr.String(), len(want))
			}
			data, _ := os.ReadFile(out)
			if ext == ".geojson" && !json.Valid(data) {
				t.Errorf("the GeoJSON is not valid JSON")
			}
			if bytes.Contains(data, []byte("Inf")) || bytes.Contains(data, []byte("NaN")) {
				t.Errorf("the export holds Inf or NaN")
			}
		})
	}
}

// TestMergeSaysWhatItLeftOut: merging a stranger's project says, one
// warning line each, which rows and which photo the merged file leaves
// out.
func TestMergeSaysWhatItLeftOut(t *testing.T) {
	stranger := strangerProject(t)
	dir := t.TempDir()
	friend := filepath.Join(dir, "friend.gpkg")
	var stdout, stderr bytes.Buffer
	if code := runTraining([]string{"-o", friend}, &stdout, &stderr); code != 0 {
		t.Fatal(stderr.String())
	}
	stderr.Reset()
	if code := runMerge([]string{"-o", filepath.Join(dir, "merged.gpkg"), stranger, friend}, &stdout, &stderr); code != 0 {
		t.Fatalf("exit %d: %s", code, stderr.String())
	}
	lines := strings.Split(strings.TrimSpace(stderr.String()), "\n")
	if len(lines) != 3 || !strings.Contains(lines[0], "table service_points, row 2") || !strings.Contains(lines[2], "huge.jpg") ||
		!strings.HasPrefix(lines[2], "khoroomap merge: warning: ") {
		t.Errorf("stderr:\n%s\nwant 3 warning lines: two rows and the photo", stderr.String())
	}
}

// TestFindSaysWhatItLeftOut: a search of a stranger's project says which
// rows it could not search, one warning line each.
func TestFindSaysWhatItLeftOut(t *testing.T) {
	project := strangerProject(t)
	var stdout, stderr bytes.Buffer
	runFind([]string{"-project", project, "ус"}, &stdout, &stderr)
	if got := strings.Count(stderr.String(), "khoroomap find: warning: "); got != 2 || !strings.Contains(stderr.String(), "row 3: coordinate (+Inf, 47.9)") {
		t.Errorf("stderr:\n%s\nwant 2 warning lines", stderr.String())
	}
}
