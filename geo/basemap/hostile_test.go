package basemap

import (
	"bytes"
	"database/sql"
	"encoding/binary"
	"hash/crc32"
	"image"
	"image/color"
	"image/jpeg"
	"net/url"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/view"
)

// rawTile is one row of an MBTiles tiles table, as stored (TMS rows);
// data may be nil for NULL.
type rawTile struct {
	z, x, row int
	data      any
}

// rawMBTiles writes an MBTiles file row by row, without the checks
// WriteMBTiles makes: for files a stranger could make.
func rawMBTiles(t testing.TB, path string, meta map[string]string, tiles []rawTile) {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath())
	if err != nil {
		t.Fatal(err)
	}
	defer db.Close()
	for _, s := range []string{
		`CREATE TABLE metadata (name TEXT, value TEXT)`,
		`CREATE TABLE tiles (zoom_level INTEGER, tile_column INTEGER, tile_row INTEGER, tile_data BLOB)`,
	} {
		if _, err := db.Exec(s); err != nil {
			t.Fatal(err)
		}
	}
	for k, v := range meta {
		db.Exec(`INSERT INTO metadata VALUES (?, ?)`, k, v)
	}
	for _, r := range tiles {
		if _, err := db.Exec(`INSERT INTO tiles VALUES (?, ?, ?, ?)`, r.z, r.x, r.row, r.data); err != nil {
			t.Fatal(err)
		}
	}
}

// drawAll draws src over UB at every zoom from three levels above its
// shallowest to three below its deepest, and at 24, through one cache,
// and returns the first error.
func drawAll(t testing.TB, src Source) error {
	var first error
	info, c := src.Info(), NewCache(256)
	for z := max(0, info.MinZoom-3); z <= 24; z++ {
		if z > info.MaxZoom+3 && z < 24 {
			continue
		}
		dst := image.NewRGBA(image.Rect(0, 0, 300, 200))
		_, err := Draw(dst, view.View{Center: ub, Zoom: float64(z), Width: 300, Height: 200}, src, c, Options{Opacity: 1})
		if first == nil {
			first = err
		}
	}
	return first
}

// Tiles stored at negative zooms, past zoom 24, or outside the grid of
// their zoom are never asked for, whatever the metadata says.
func TestTilesOutsideTheGrid(t *testing.T) {
	png1 := tilePNG(t, color.NRGBA{200, 0, 0, 255})
	for _, tc := range []struct {
		name string
		meta map[string]string
		rows []rawTile
	}{
		{"negative zoom", nil, []rawTile{{-3, 0, 0, png1}, {-1, 0, 0, png1}}},
		{"negative zoom in the metadata", map[string]string{"minzoom": "-5", "maxzoom": "-1"}, []rawTile{{-5, 0, 0, png1}, {13, 6412, 5281, png1}}},
		{"zoom 40", map[string]string{"minzoom": "40", "maxzoom": "63"}, []rawTile{{40, 1, 1, png1}, {2, 3, 1, png1}}},
		{"huge columns", nil, []rawTile{{2, -9, 1, png1}, {2, 1 << 40, -7, png1}, {3, 2, 2, png1}}},
		{"min zoom over max", map[string]string{"minzoom": "20", "maxzoom": "3"}, []rawTile{{3, 6, 5, png1}}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "x.mbtiles")
			rawMBTiles(t, path, tc.meta, tc.rows)
			src, err := OpenMBTiles(path)
			if err != nil {
				if !strings.Contains(err.Error(), "holds no tiles at zoom levels 0 to 24") {
					t.Fatal(err)
				}
				return
			}
			defer src.Close()
			if i := src.Info(); i.MinZoom < 0 || i.MaxZoom > MaxTileZoom || i.MinZoom > i.MaxZoom {
				t.Errorf("zooms %d..%d", i.MinZoom, i.MaxZoom)
			}
			for _, k := range []Key{{-1, 0, 0}, {-64, 0, 0}, {63, 0, 0}, {2, 4, 0}, {2, 0, -1}} {
				if _, err := src.Tile(k.Z, k.X, k.Y); err != ErrNoTile {
					t.Errorf("tile %v: %v, want none", k, err)
				}
			}
			if err := drawAll(t, src); err != nil {
				t.Error(err)
			}
		})
	}
}

// pngClaiming is a small PNG whose header claims w x h pixels.
func pngClaiming(t testing.TB, w, h uint32) []byte {
	b := tilePNG(t, color.NRGBA{1, 2, 3, 255})
	ihdr := 8 // the IHDR chunk: length, "IHDR", width, height, ...
	binary.BigEndian.PutUint32(b[ihdr+8:], w)
	binary.BigEndian.PutUint32(b[ihdr+12:], h)
	binary.BigEndian.PutUint32(b[ihdr+8+13:], crc32.ChecksumIEEE(b[ihdr+4:ihdr+8+13]))
	return b
}

// jpegClaiming is a small JPEG whose frame header claims w x h pixels.
func jpegClaiming(t testing.TB, w, h uint16) []byte {
	var buf bytes.Buffer
	if err := jpeg.Encode(&buf, image.NewGray(image.Rect(0, 0, 16, 16)), nil); err != nil {
		t.Fatal(err)
	}
	b := buf.Bytes()
	sof := bytes.Index(b, []byte{0xff, 0xc0})
	binary.BigEndian.PutUint16(b[sof+5:], h)
	binary.BigEndian.PutUint16(b[sof+7:], w)
	return b
}

// webpClaiming is a lossless WebP header claiming w x h pixels.
func webpClaiming(w, h uint32) []byte {
	bits := (w - 1) | (h-1)<<14
	vp8l := []byte{0x2f, byte(bits), byte(bits >> 8), byte(bits >> 16), byte(bits >> 24), 0, 0, 0}
	b := []byte("RIFF\x00\x00\x00\x00WEBPVP8L")
	b = binary.LittleEndian.AppendUint32(b, uint32(len(vp8l)))
	b = append(b, vp8l...)
	binary.LittleEndian.PutUint32(b[4:], uint32(len(b)-8))
	return b
}

// A small tile claiming a huge size is refused from its header, before
// anything is allocated for its pixels.
func TestTileClaimingHugeSize(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
	}{
		{"PNG 100000x100000", pngClaiming(t, 100000, 100000)},
		{"PNG 5000x1", pngClaiming(t, 5000, 1)},
		{"JPEG 65500x65500", jpegClaiming(t, 65500, 65500)},
		{"WebP 16384x16384", webpClaiming(16384, 16384)},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var before, after runtimeMem
			before.read()
			_, err := decode(tc.data)
			after.read()
			if err == nil || !strings.Contains(err.Error(), "a tile has at most 4096 a side") {
				t.Errorf("%v, want the size refused", err)
			}
			if grew := after.total - before.total; grew > 64<<20 {
				t.Errorf("decoding allocated %d MB", grew>>20)
			}
		})
	}
}

// runtimeMem is a snapshot of the bytes allocated so far.
type runtimeMem struct{ total uint64 }

func (m *runtimeMem) read() {
	var s runtime.MemStats
	runtime.ReadMemStats(&s)
	m.total = s.TotalAlloc
}

// Broken tiles (garbage, empty, NULL, a bad WebP) are left out, the rest
// is drawn, and the problem is said once, in one line naming the file,
// the tile and what is wrong, however often the tiles are drawn.
func TestBrokenTilesSaidOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.mbtiles")
	cx, cy := tileAt(ub, 13)
	row := (1 << 13) - 1 - cy
	good := color.NRGBA{10, 200, 30, 255}
	rawMBTiles(t, path, map[string]string{"minzoom": "13", "maxzoom": "13"}, []rawTile{
		{13, cx, row, tilePNG(t, good)},
		{13, cx + 1, row, []byte("garbage, not an image")},
		{13, cx - 1, row, []byte{}},
		{13, cx, row + 1, nil},
		{13, cx, row - 1, []byte("RIFF\x10\x00\x00\x00WEBPVP8 \x04\x00\x00\x00\xff\xff")},
	})
	src, err := OpenMBTiles(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	v := view.View{Center: ub, Zoom: 13, Width: 1024, Height: 1024}
	for range 3 { // three pages of an atlas, each with its own cache
		dst := image.NewRGBA(image.Rect(0, 0, 1024, 1024))
		if _, err := Draw(dst, v, src, NewCache(8), Options{Opacity: 1}); err == nil {
			t.Error("Draw said nothing of the broken tiles")
		}
		x, y := v.Pixel(ub)
		if got := dst.RGBAAt(int(x), int(y)); got.G != good.G {
			t.Errorf("the good tile was not drawn: %v", got)
		}
	}
	err = Problems(src)
	if err == nil {
		t.Fatal("no problems reported")
	}
	msg := err.Error()
	if strings.Contains(msg, "\n") || !strings.Contains(msg, path) || !strings.Contains(msg, "the tile 13/") || !strings.Contains(msg, "3 more tiles were left out") {
		t.Errorf("%q: want one line naming the file, the first tile and 3 more", msg)
	}
	for _, want := range []string{"is empty", "is not a PNG, JPEG or WebP image", "is not a readable image ("} {
		found := false
		for _, k := range []Key{{13, cx - 1, cy}, {13, cx + 1, cy}, {13, cx, cy - 1}, {13, cx, cy + 1}} {
			_, err := Read(src, NewCache(1), k)
			found = found || (err != nil && strings.Contains(err.Error(), want))
		}
		if !found {
			t.Errorf("no tile said %q", want)
		}
	}
}

// The window's loader reports a broken tile the first time only, even
// when it is dropped from the cache and read again.
func TestLoaderSaysOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "broken.mbtiles")
	rawMBTiles(t, path, nil, []rawTile{{3, 1, 1, []byte("garbage")}})
	src, err := OpenMBTiles(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	done := make(chan error)
	l := NewLoader(NewCache(1), func(err error) { done <- err })
	defer l.Close()
	var said []error
	for range 3 {
		l.Request(src, Key{3, 1, 6})
		if err := <-done; err != nil {
			said = append(said, err)
		}
		l.cache.Forget(src)
	}
	if len(said) != 1 || !strings.Contains(said[0].Error(), "3/1/6") {
		t.Errorf("said %v, want the tile 3/1/6 once", said)
	}
}

// Transparent parts of tiles (GDAL's MBTiles are transparent outside the
// data) leave what is below them, at a whole zoom (tiles copied) and
// between zooms (scaled), opaque or not.
func TestTransparentTilesDrawnOver(t *testing.T) {
	dir := t.TempDir()
	tiles := tilesAround(t, 13, 13)
	for k := range tiles {
		tiles[k] = tilePNG(t, color.NRGBA{255, 0, 0, 0}) // transparent everywhere
	}
	path := filepath.Join(dir, "clear.mbtiles")
	if err := WriteMBTiles(path, map[string]string{"minzoom": "13", "maxzoom": "13"}, tiles); err != nil {
		t.Fatal(err)
	}
	src, err := OpenMBTiles(path)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	paper := color.RGBA{240, 230, 200, 255}
	for _, zoom := range []float64{13, 13.3} {
		for _, opacity := range []float64{1, 0.5} {
			dst := image.NewRGBA(image.Rect(0, 0, 200, 200))
			for i := 0; i < len(dst.Pix); i += 4 {
				dst.Pix[i], dst.Pix[i+1], dst.Pix[i+2], dst.Pix[i+3] = paper.R, paper.G, paper.B, paper.A
			}
			Draw(dst, view.View{Center: ub, Zoom: zoom, Width: 200, Height: 200}, src, NewCache(8), Options{Opacity: opacity, Smooth: true})
			if got := dst.RGBAAt(100, 100); got != paper {
				t.Errorf("zoom %v, opacity %v: %v where the tile is transparent, want the background %v", zoom, opacity, got, paper)
			}
		}
	}
}
