package load

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"io"
	"runtime"
	"strings"
	"testing"
)

// repeat is an endless stream of one byte.
type repeat byte

func (r repeat) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(r)
	}
	return len(p), nil
}

// stream is a document made of parts, some of them long runs of a byte.
func stream(parts ...io.Reader) io.Reader { return io.MultiReader(parts...) }

func text(s string) io.Reader { return strings.NewReader(s) }

func run(b byte, n int64) io.Reader { return io.LimitReader(repeat(b), n) }

// kmzClaiming is a KMZ whose doc.kml declares it unpacks to size bytes,
// its packed data being a little honest deflate.
func kmzClaiming(t *testing.T, size uint64) []byte {
	var packed bytes.Buffer
	fw, _ := flate.NewWriter(&packed, flate.BestCompression)
	io.Copy(fw, run(' ', 1<<20))
	fw.Close()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateRaw(&zip.FileHeader{Name: "doc.kml", Method: zip.Deflate, CompressedSize64: uint64(packed.Len()), UncompressedSize64: size})
	if err != nil {
		t.Fatal(err)
	}
	w.Write(packed.Bytes())
	zw.Close()
	return buf.Bytes()
}

// kmzOf packs a KML document streamed from r.
func kmzOf(t *testing.T, r io.Reader) []byte {
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	w, err := zw.CreateHeader(&zip.FileHeader{Name: "doc.kml", Method: zip.Deflate})
	if err != nil {
		t.Fatal(err)
	}
	io.Copy(w, r)
	zw.Close()
	return buf.Bytes()
}

const kmlHead = `<?xml version="1.0"?><kml><Document><Placemark>`

// Archives and documents that would unpack or grow without bound are
// refused in one line, holding a bounded amount of memory.
func TestBombsRefused(t *testing.T) {
	for _, tc := range []struct {
		name, file string
		in         func(t *testing.T) io.Reader
		want       string
	}{
		{"KMZ declaring 4 GiB", "bomb.kmz", func(t *testing.T) io.Reader { return bytes.NewReader(kmzClaiming(t, 4<<30)) },
			"doc.kml inside the archive unpacks to 4.0 GiB, more than the 1.0 GiB Khoroo Map reads"},
		{"a KMZ archive of 2 MiB", "big.kmz", func(t *testing.T) io.Reader { return stream(bytes.NewReader(kmzClaiming(t, 1<<20)), run(0, 2<<20)) },
			"big.kmz: a KMZ archive larger than 1.0 MiB"},
		{"KMZ declaring 100 MiB from 1 KiB", "spaces.kmz", func(t *testing.T) io.Reader { return bytes.NewReader(kmzClaiming(t, 100<<20)) },
			"times its size: a zip bomb, refused"},
		{"KMZ of 3 MiB of spaces in a text", "text.kmz", func(t *testing.T) io.Reader {
			return bytes.NewReader(kmzOf(t, stream(text(kmlHead+"<name>"), run(' ', 3<<20), text(`</name></Placemark></Document></kml>`))))
		}, "longer than 1 MiB"},
		{"a 3 MiB name", "name.kml", func(*testing.T) io.Reader {
			return stream(text(kmlHead+"<name>"), run('a', 3<<20), text("</name></Placemark></Document></kml>"))
		}, "longer than 1 MiB"},
		{"a 3 MiB comment full of <>", "comment.kml", func(*testing.T) io.Reader {
			return stream(text(kmlHead+"<!--"), run('<', 3<<19), run('>', 3<<19), text("--></Placemark></Document></kml>"))
		}, "an element, text or comment longer than 1 MiB"},
		{"a 3 MiB attribute", "attr.kml", func(*testing.T) io.Reader {
			return stream(text(kmlHead+`<Data name="`), run('>', 3<<20), text(`"/></Placemark></Document></kml>`))
		}, "an element, text or comment longer than 1 MiB"},
		{"a name of 20 small CDATA sections", "cdata.kml", func(*testing.T) io.Reader {
			parts := []io.Reader{text(kmlHead + "<name>")}
			for range 20 {
				parts = append(parts, text("<![CDATA["), run('x', 100<<10), text("]]>"))
			}
			return stream(append(parts, text("</name></Placemark></Document></kml>"))...)
		}, "feature 1: a text longer than 1 MiB"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			defer func(token, packed int64, text int) { maxToken, maxPacked, maxText = token, packed, text }(maxToken, maxPacked, maxText)
			maxToken, maxPacked, maxText = 1<<20, 1<<20, 1<<20 // the limits, made small with the files
			var before, after runtime.MemStats
			in := tc.in(t)
			runtime.GC()
			runtime.ReadMemStats(&before)
			_, err := Read(tc.file, in, Options{})
			runtime.ReadMemStats(&after)
			if err == nil || !strings.Contains(err.Error(), tc.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("%v, want one line with %q", err, tc.want)
			}
			if grew := after.TotalAlloc - before.TotalAlloc; grew > 64<<20 {
				t.Errorf("reading allocated %d MiB", grew>>20)
			}
		})
	}
}

// runtimeMemStats is a snapshot of the bytes allocated so far.
type runtimeMemStats struct{ total uint64 }

func (m *runtimeMemStats) read() {
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	m.total = s.TotalAlloc
}
