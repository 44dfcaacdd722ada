package app

import (
	"archive/zip"
	"bytes"
	"context"
	"database/sql"
	"encoding/binary"
	"errors"
	"hash/crc32"
	"image"
	"image/jpeg"
	"io/fs"
	"net"
	"os"
	"path/filepath"
	"strings"
	"syscall"
	"testing"

	"fyne.io/fyne/v2/test"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/atomicfile"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/words"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// errorCase makes one error a leader can meet, for real, in dir; cause is
// the text of a library's own cause that may stay as it is, and a cause
// beginning with "(" is the start of one that runs to the end.
type errorCase struct {
	name  string
	make  func(t *testing.T, dir string) error
	cause string
}

// write puts data in dir/name and returns the path.
func write(t *testing.T, dir, name, data string) string {
	t.Helper()
	path := filepath.Join(dir, name)
	if err := os.WriteFile(path, []byte(data), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

// loadErr is the error of adding the file name holding data as a layer.
func loadErr(name, data string) func(*testing.T, string) error {
	return func(t *testing.T, dir string) error {
		if data != "" {
			name = write(t, dir, name, data)
		} else {
			name = filepath.Join(dir, name)
		}
		_, err := load.File(name, load.Options{})
		return err
	}
}

var errorCases = []errorCase{
	{"project in another window", func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "сургалт.gpkg")
		p, err := store.Open(path)
		if err != nil || p.Claim() != nil {
			t.Fatal(err)
		}
		t.Cleanup(func() { p.Close() })
		q, err := store.Open(path)
		if err != nil {
			t.Fatal(err)
		}
		defer q.Close()
		return q.Claim()
	}, ""},
	{"not a project", func(t *testing.T, dir string) error {
		_, err := store.Open(write(t, dir, "тэмдэглэл.gpkg", "сайн байна уу\n"))
		return err
	}, ""},
	{"a database of another program", func(t *testing.T, dir string) error {
		path := filepath.Join(dir, "other.gpkg")
		db, err := sql.Open("sqlite", path)
		if err == nil {
			_, err = db.Exec("CREATE TABLE t (x)")
			db.Close()
		}
		if err != nil {
			t.Fatal(err)
		}
		_, err = store.Open(path)
		return err
	}, ""},
	{"layer file missing", loadErr("хороо.geojson", ""), ""},
	{"layer is a folder", func(t *testing.T, dir string) error {
		_, err := load.File(dir, load.Options{})
		return err
	}, ""},
	{"no features", loadErr("a.geojson", `{"type":"FeatureCollection","features":[]}`), ""},
	{"truncated GeoJSON", loadErr("a.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[{\"type\":\"Feature\","), ""},
	{"broken GeoJSON", loadErr("a.geojson", "{\"type\":\"FeatureCollection\",\n\"features\":[}"), ""},
	{"truncated KML", loadErr("a.kml", "<kml><Document>\n<Placemark>"), ""},
	{"not KML", loadErr("a.kml", "<?xml version=\"1.0\"?>\n<хүснэгт/>"), ""},
	{"broken KMZ", loadErr("a.kmz", "PK\x03\x04 сайн"), "zip: not a valid zip file"},
	{"unknown format", loadErr("тайлан.txt", "\x00\x01\x02 1 2 3"), ""},
	{"text of an unknown format", loadErr("тайлан.dat", "Хороо 6: 12 цэг"), ""},
	{"a .prj refused", func(t *testing.T, dir string) error {
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		for name, data := range map[string]string{"хороо.shp": "\x00\x00\x27\x0a", "хороо.dbf": "\x03", "хороо.prj": `PROJCS["Mongolia_Lambert",GEOGCS["GCS_Clarke_1866"]]`} {
			w, _ := z.Create(name)
			w.Write([]byte(data))
		}
		z.Close()
		return loadErr("хороо.zip", b.String())(t, dir)
	}, ""},
	{"KMZ too large unpacked", func(t *testing.T, dir string) error {
		var b bytes.Buffer
		z := zip.NewWriter(&b)
		w, err := z.CreateRaw(&zip.FileHeader{Name: "doc.kml", Method: zip.Deflate, CompressedSize64: 2, UncompressedSize64: 2 << 30})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte{3, 0})
		z.Close()
		return loadErr("том.kmz", b.String())(t, dir)
	}, ""},
	{"project in a missing folder", func(t *testing.T, dir string) error {
		_, err := store.Open(filepath.Join(dir, "алга", "төсөл.gpkg"))
		return err
	}, ""},
	{"an edit with no project", func(*testing.T, string) error {
		_, err := new(workspace.Workspace).Edit(annot.Change{}, "Бат")
		return err
	}, ""},
	{"HEIC photo", photoErr(func() []byte { return []byte("\x00\x00\x00\x18ftypheic\x00\x00\x00\x00") }), ""},
	{"not a photo", photoErr(func() []byte { return []byte("сайн байна уу") }), "image: unknown format"},
	{"damaged photo", photoErr(func() []byte { b := smallJPEG(); return b[:len(b)-30] }), "invalid JPEG format: short Huffman data"},
	{"photo too large", photoErr(hugePNG), ""},
	{"export into a missing folder", func(t *testing.T, dir string) error {
		return atomicfile.Check(filepath.Join(dir, "алга", "зураг.png"))
	}, ""},
	{"export onto a folder", func(t *testing.T, dir string) error {
		return atomicfile.Check(dir)
	}, ""},
	{"sync area refused", func(*testing.T, string) error {
		_, err := office.ParseArea("Сүхбаатар/зургаа")
		return err
	}, ""},
	{"office not reached", func(t *testing.T, dir string) error {
		l, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			t.Fatal(err)
		}
		addr := l.Addr().String()
		l.Close() // nothing listens there now
		_, err = office.Connect(context.Background(), "postgres://leader@"+addr+"/office?connect_timeout=5")
		return err
	}, "(failed to connect"},
}

// photoErr is the error of adding the photo data makes.
func photoErr(data func() []byte) func(*testing.T, string) error {
	return func(*testing.T, string) error {
		_, err := photo.Reduce("зураг.jpg", data())
		return err
	}
}

// smallJPEG is a 64x64 JPEG.
func smallJPEG() []byte {
	var b bytes.Buffer
	jpeg.Encode(&b, image.NewGray(image.Rect(0, 0, 64, 64)), nil)
	return b.Bytes()
}

// hugePNG is a PNG's header declaring 60000x60000 pixels.
func hugePNG() []byte {
	ihdr := binary.BigEndian.AppendUint32([]byte("IHDR"), 60000)
	ihdr = binary.BigEndian.AppendUint32(ihdr, 60000)
	ihdr = append(ihdr, 8, 2, 0, 0, 0)
	out := append([]byte("\x89PNG\r\n\x1a\n"), 0, 0, 0, 13)
	out = append(out, ihdr...)
	return binary.BigEndian.AppendUint32(out, crc32.ChecksumIEEE(ihdr))
}

// osCause lists the parts of err that are the system's own words: they
// may stay as they are, in brackets.
func osCause(err error) []string {
	var out []string
	var pe *fs.PathError
	if errors.As(err, &pe) {
		out = append(out, pe.Op, pe.Err.Error())
	}
	var no syscall.Errno
	if errors.As(err, &no) {
		out = append(out, no.Error())
	}
	return out
}

// Each error a leader meets first reads in Mongolian: no Latin words but
// names, paths, units and the system's own cause in brackets; in English
// it is the error's own text.
func TestErrorsWordedInMongolian(t *testing.T) {
	for _, c := range errorCases {
		t.Run(c.name, func(t *testing.T) { checkWorded(t, c.make(t, t.TempDir()), c.cause) })
	}
}

// checkWorded checks that err reads in English as its own text and in
// Mongolian with the files the English names and no Latin words but
// names, paths, units, the system's cause, cause (see errorCase) and
// names (a table's, a column's: the file's own words).
func checkWorded(t *testing.T, err error, cause string, names ...string) {
	t.Helper()
	if err == nil {
		t.Fatal("no error")
	}
	if got := words.EN.Explain(err); got != err.Error() {
		t.Errorf("English %q, not the error's %q", got, err.Error())
	}
	mn := words.MN.Explain(err)
	t.Log(mn)
	rest := mn
	if i := strings.Index(rest, cause); strings.HasPrefix(cause, "(") && i >= 0 {
		rest = rest[:i]
	}
	for _, s := range append(append(osCause(err), cause), names...) {
		if s != "" {
			rest = strings.ReplaceAll(rest, s, "")
		}
	}
	if bad := latinWords(rest); len(bad) > 0 || strings.Contains(mn, "%!") || strings.Contains(mn, "<nil>") {
		t.Errorf("%q has %v\n(English: %s)", mn, bad, err)
	}
	for _, tok := range strings.Fields(err.Error()) {
		if tok = strings.Trim(tok, ":;,()"); filepath.IsAbs(tok) && !strings.Contains(mn, tok) {
			t.Errorf("%q lacks the file %s", mn, tok)
		}
	}
}

// Opening a project another window holds, in the Mongolian window, shows
// the refusal in Mongolian.
func TestInUseDialogInMongolian(t *testing.T) {
	a := test.NewTempApp(t)
	prefsOf(a).SetString(prefLanguage, "mn")
	defer useLanguage(words.EN)
	ui := testUIOf(t, a, 1, nil)
	path := filepath.Join(t.TempDir(), "training.gpkg")
	other, err := store.Open(path)
	if err != nil || other.Claim() != nil {
		t.Fatal(err)
	}
	defer other.Close()
	ui.OpenProject(path)
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog")
	}
	if text := overlayText(top); !strings.Contains(text, "өөр цонхонд нээлттэй") {
		t.Errorf("dialog says %q", text)
	}
	latinIn(t, ui, "the in-use dialog")
}
