package basemap

import (
	"bytes"
	"fmt"
	"image"
	"image/color"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/view"
)

var ub = orb.Point{106.92, 47.92}

// colourOf gives every tile its own colour, so a pixel tells which tile
// was drawn there.
func colourOf(k Key) color.NRGBA {
	return color.NRGBA{uint8(40 + 10*k.Z), uint8(k.X * 37 % 256), uint8(k.Y * 53 % 256), 255}
}

func tilePNG(t testing.TB, c color.NRGBA) []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 256, 256))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, c.A
	}
	var b bytes.Buffer
	if err := png.Encode(&b, img); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

// tilesAround makes the tiles of zooms lo..hi over UB's centre.
func tilesAround(t testing.TB, lo, hi int) map[Key][]byte {
	tiles := map[Key][]byte{}
	for z := lo; z <= hi; z++ {
		cx, cy := tileAt(ub, z)
		for x := cx - 3; x <= cx+3; x++ {
			for y := cy - 3; y <= cy+3; y++ {
				k := Key{z, x, y}
				tiles[k] = tilePNG(t, colourOf(k))
			}
		}
	}
	return tiles
}

func writeFolder(t testing.TB, dir string, tiles map[Key][]byte) {
	for k, b := range tiles {
		p := filepath.Join(dir, fmt.Sprint(k.Z), fmt.Sprint(k.X), fmt.Sprint(k.Y)+".png")
		os.MkdirAll(filepath.Dir(p), 0o755)
		if err := os.WriteFile(p, b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// The right tile lands in the right place, from an MBTiles file (rows
// counted from the south) and from a z/x/y folder (from the north) alike,
// at a whole zoom, between zooms and past the deepest level.
func TestTilesLandInPlace(t *testing.T) {
	dir := t.TempDir()
	tiles := tilesAround(t, 12, 14)
	mb := filepath.Join(dir, "ub.mbtiles")
	if err := WriteMBTiles(mb, map[string]string{"name": "Улаанбаатар", "format": "png", "minzoom": "12", "maxzoom": "14", "attribution": "test tiles"}, tiles); err != nil {
		t.Fatal(err)
	}
	writeFolder(t, filepath.Join(dir, "xyz"), tiles)
	for _, spec := range []string{mb, filepath.Join(dir, "xyz")} {
		src, err := Open(spec, OnlineOptions{})
		if err != nil {
			t.Fatal(err)
		}
		if info := src.Info(); info.MinZoom != 12 || info.MaxZoom != 14 {
			t.Errorf("%s: zooms %d..%d", spec, info.MinZoom, info.MaxZoom)
		}
		for _, zoom := range []float64{13, 13.4, 14, 16.5} {
			v := view.View{Center: ub, Zoom: zoom, Width: 400, Height: 300}
			dst := image.NewRGBA(image.Rect(0, 0, 400, 300))
			if _, err := Draw(dst, v, src, NewCache(16), Options{Opacity: 1, Smooth: true}); err != nil {
				t.Fatal(err)
			}
			z := min(14, int(zoom+0.5))
			for _, at := range []orb.Point{ub, {106.925, 47.921}, {106.915, 47.918}} {
				x, y := v.Pixel(at)
				if x < 0 || y < 0 || x >= 400 || y >= 300 {
					continue // off this view
				}
				tx, ty := tileAt(at, z)
				want := colourOf(Key{z, tx, ty})
				got := dst.RGBAAt(int(x), int(y))
				if got.R != want.R || got.G != want.G || got.B != want.B {
					t.Errorf("%s at zoom %v: %v shows %v, want tile %d/%d/%d %v", filepath.Base(spec), zoom, at, got, z, tx, ty, want)
				}
			}
		}
		src.Close()
	}
}

// While a tile loads, its parent is scaled up in its place; the loader
// then fills the cache.
func TestParentWhileLoading(t *testing.T) {
	dir := t.TempDir()
	writeFolder(t, dir, tilesAround(t, 12, 14))
	src, _ := OpenFolder(dir)
	c := NewCache(16)
	v := view.View{Center: ub, Zoom: 14, Width: 256, Height: 256}
	parentX, parentY := tileAt(ub, 13)
	Read(src, c, Key{13, parentX, parentY})
	var asked []Key
	dst := image.NewRGBA(image.Rect(0, 0, 256, 256))
	missing, _ := Draw(dst, v, src, c, Options{Opacity: 1, Load: func(k Key) { asked = append(asked, k) }})
	if !missing || len(asked) == 0 {
		t.Fatal("nothing was asked for")
	}
	want := colourOf(Key{13, parentX, parentY})
	if got := dst.RGBAAt(128, 128); got.R != want.R || got.G != want.G {
		t.Errorf("centre shows %v, want the parent's %v", got, want)
	}
	done := make(chan error, len(asked))
	l := NewLoader(c, func(err error) { done <- err })
	defer l.Close()
	for _, k := range asked {
		l.Request(src, k)
	}
	for range asked {
		if err := <-done; err != nil {
			t.Fatal(err)
		}
	}
	if missing, _ := Draw(dst, v, src, c, Options{Opacity: 1, Load: func(Key) {}}); missing {
		t.Error("still missing after loading")
	}
}

func TestBadFiles(t *testing.T) {
	dir := t.TempDir()
	notSQLite := filepath.Join(dir, "photo.mbtiles")
	os.WriteFile(notSQLite, []byte("\x89PNG not a database"), 0o644)
	noTiles := filepath.Join(dir, "empty.mbtiles")
	WriteMBTiles(noTiles, nil, nil)
	db := filepath.Join(dir, "notiles.mbtiles")
	os.WriteFile(db, nil, 0o644)
	corrupt := filepath.Join(dir, "corrupt.mbtiles")
	cx, cy := tileAt(ub, 13)
	WriteMBTiles(corrupt, map[string]string{"minzoom": "13", "maxzoom": "13", "format": "png"}, map[Key][]byte{{13, cx, cy}: []byte("\x89PNG\r\n\x1a\nbroken")})
	for _, tc := range []struct{ path, want string }{
		{notSQLite, "not an SQLite database"},
		{noTiles, "holds no tiles"},
		{db, "not an SQLite database"},
		{filepath.Join(dir, "missing.mbtiles"), "no such file"},
		{dir, "not a tile folder"},
	} {
		if _, err := Open(tc.path, OnlineOptions{}); err == nil || !strings.Contains(err.Error(), tc.want) {
			t.Errorf("%s: %v, want %q", filepath.Base(tc.path), err, tc.want)
		}
	}
	src, err := Open(corrupt, OnlineOptions{})
	if err != nil {
		t.Fatal(err)
	}
	dst := image.NewRGBA(image.Rect(0, 0, 300, 300))
	_, err = Draw(dst, view.View{Center: ub, Zoom: 13, Width: 300, Height: 300}, src, NewCache(4), Options{Opacity: 1})
	if err == nil || !strings.Contains(err.Error(), "is not a readable image") {
		t.Errorf("a corrupt tile: %v", err)
	}
	// a view far from the file's tiles draws nothing and is no error
	if _, err := Draw(dst, view.View{Center: orb.Point{0, 0}, Zoom: 13, Width: 300, Height: 300}, src, NewCache(4), Options{Opacity: 1}); err != nil {
		t.Errorf("outside the file: %v", err)
	}
}

func TestCacheIsBounded(t *testing.T) {
	c := NewCache(1) // 1 MB: four 256x256 tiles
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := range 20 {
		c.Put(nil, Key{1, i, 0}, img)
	}
	if c.Size() > 1<<20 {
		t.Errorf("cache holds %d bytes", c.Size())
	}
	if _, ok := c.Get(nil, Key{1, 19, 0}); !ok {
		t.Error("the newest tile was dropped")
	}
	if _, ok := c.Get(nil, Key{1, 0, 0}); ok {
		t.Error("the oldest tile was kept")
	}
}

func TestOnlineNeedsPermission(t *testing.T) {
	if _, err := NewOnline("https://tile.example.org/tiles.png", OnlineOptions{}); err == nil {
		t.Error("a URL without {z}/{x}/{y} was accepted")
	}
	o, err := NewOnline("https://tile.openstreetmap.org/{z}/{x}/{y}.png", OnlineOptions{CacheDir: t.TempDir()})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := o.Tile(1, 0, 0); err != ErrNoTile {
		t.Errorf("fetched without permission: %v", err)
	}
	if !strings.Contains(o.Info().Attribution, "OpenStreetMap") {
		t.Errorf("OSM tiles need their attribution: %q", o.Info().Attribution)
	}
}

// An MBTiles file made by GDAL (gdal_translate -of MBTILES, overviews by
// gdaladdo) is read, and its tiles land where the raster is.
func TestGDALMadeMBTiles(t *testing.T) {
	for _, tool := range []string{"gdal_create", "gdal_translate", "gdaladdo"} {
		if _, err := exec.LookPath(tool); err != nil {
			t.Skip("no " + tool)
		}
	}
	dir := t.TempDir()
	tif, mb := filepath.Join(dir, "r.tif"), filepath.Join(dir, "r.mbtiles")
	run := func(args ...string) {
		if out, err := exec.Command(args[0], args[1:]...).CombinedOutput(); err != nil {
			t.Fatalf("%v: %v\n%s", args, err, out)
		}
	}
	// a raster of UB's centre in solid orange
	run("gdal_create", "-of", "GTiff", "-outsize", "1024", "1024", "-bands", "3", "-burn", "230", "-burn", "120", "-burn", "20",
		"-a_srs", "EPSG:4326", "-a_ullr", "106.88", "47.95", "106.96", "47.89", tif)
	run("gdal_translate", "-q", "-of", "MBTILES", tif, mb)
	run("gdaladdo", "-q", "-r", "average", mb, "2", "4", "8")
	src, err := OpenMBTiles(mb)
	if err != nil {
		t.Fatal(err)
	}
	defer src.Close()
	info := src.Info()
	if info.MaxZoom < 12 || info.MinZoom > info.MaxZoom-2 || !info.Bounds.Contains(ub) {
		t.Errorf("info %+v", info)
	}
	for _, zoom := range []float64{float64(info.MaxZoom), float64(info.MaxZoom - 2), float64(info.MaxZoom + 2)} {
		v := view.View{Center: ub, Zoom: zoom, Width: 300, Height: 300}
		dst := image.NewRGBA(image.Rect(0, 0, 300, 300))
		if _, err := Draw(dst, v, src, NewCache(16), Options{Opacity: 1, Smooth: true}); err != nil {
			t.Fatal(err)
		}
		if c := dst.RGBAAt(150, 150); c.R < 200 || c.G < 100 || c.G > 140 || c.B > 50 {
			t.Errorf("zoom %v: centre is %v, not the raster's orange", zoom, c)
		}
	}
}

// BenchmarkPanCached is a redraw of a 1600x1000 map over an MBTiles
// basemap while panning, every tile already decoded in the cache, at a
// zoom between levels (tiles scaled) and at a whole one (copied). Target:
// under 16 ms.
func BenchmarkPanCached(b *testing.B) {
	dir := b.TempDir()
	mb := filepath.Join(dir, "ub.mbtiles")
	tiles := map[Key][]byte{}
	for z := 13; z <= 15; z++ {
		cx, cy := tileAt(ub, z)
		for x := cx - 6; x <= cx+6; x++ {
			for y := cy - 5; y <= cy+5; y++ {
				tiles[Key{z, x, y}] = tilePNG(b, colourOf(Key{z, x, y}))
			}
		}
	}
	if err := WriteMBTiles(mb, map[string]string{"minzoom": "13", "maxzoom": "15", "format": "png"}, tiles); err != nil {
		b.Fatal(err)
	}
	src, _ := OpenMBTiles(mb)
	defer src.Close()
	for _, zoom := range []float64{14.4, 14} {
		b.Run(fmt.Sprintf("zoom %v", zoom), func(b *testing.B) {
			c := NewCache(256)
			dst := image.NewRGBA(image.Rect(0, 0, 1600, 1000))
			v := view.View{Center: ub, Zoom: zoom, Width: 1600, Height: 1000}
			Draw(dst, v, src, c, Options{Opacity: 1}) // warm the cache
			b.ReportAllocs()
			i := 0
			for b.Loop() {
				pv := v.Pan(float64(i%7), float64(i%5))
				i++
				Draw(dst, pv, src, c, Options{Opacity: 1, Load: func(Key) {}})
			}
		})
	}
}
