package app

import (
	"bytes"
	"image"
	"image/color"
	"image/png"
	"math"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/store"
)

// solidMBTiles writes an MBTiles of one colour over the training khoroo.
func solidMBTiles(t *testing.T, c color.NRGBA) string {
	tiles := map[basemap.Key][]byte{}
	img := image.NewRGBA(image.Rect(0, 0, 256, 256))
	for i := 0; i < len(img.Pix); i += 4 {
		img.Pix[i], img.Pix[i+1], img.Pix[i+2], img.Pix[i+3] = c.R, c.G, c.B, 255
	}
	var b bytes.Buffer
	png.Encode(&b, img)
	for z := 12; z <= 15; z++ {
		n := math.Exp2(float64(z))
		lat := 47.96 * math.Pi / 180
		cx, cy := int((106.925+180)/360*n), int((1-math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi)/2*n)
		r := 2 << (z - 12)
		for x := cx - r; x <= cx+r; x++ {
			for y := cy - r; y <= cy+r; y++ {
				tiles[basemap.Key{Z: z, X: x, Y: y}] = b.Bytes()
			}
		}
	}
	path := filepath.Join(t.TempDir(), "imagery.mbtiles")
	if err := basemap.WriteMBTiles(path, map[string]string{"name": "Сургалтын агаар зураг", "minzoom": "12", "maxzoom": "15", "format": "png", "attribution": "© test"}, tiles); err != nil {
		t.Fatal(err)
	}
	return path
}

// An MBTiles basemap shows under the boundaries, is kept in the project
// and comes back when the project is opened again; a bad file is refused
// with a message and the map goes on without a basemap.
func TestBasemapInTheWindow(t *testing.T) {
	green := color.NRGBA{0x33, 0x99, 0x44, 0xff}
	path := trainingCopy(t, t.TempDir(), "p.gpkg")
	ui := newTestUIOn(t, path)
	ui.base.use(solidMBTiles(t, green))
	if ui.base.src == nil || ui.Map.Underlay == nil {
		t.Fatal("no basemap")
	}
	// tiles load in the background: wait for them, then draw
	for i := 0; i < 100 && ui.base.cache.Size() < 1<<18; i++ {
		ui.Map.RenderNow()
		waitABit()
	}
	ui.Map.RenderNow()
	if n := countColour(ui, green); n < 1000 {
		t.Errorf("only %d basemap pixels on the map", n)
	}
	if !strings.Contains(ui.aboutText(), "© test") {
		t.Error("About does not give the basemap's attribution")
	}
	if v, _, _ := ui.ws.Project().Setting(store.SettingBasemap); filepath.Base(v) != "imagery.mbtiles" {
		t.Errorf("the project keeps basemap %q", v)
	}
	ui.win.Close()
	again := newTestUIOn(t, path)
	if again.base.src == nil || again.base.src.Info().Name != "Сургалтын агаар зураг" {
		t.Error("the basemap did not come back with the project")
	}
	bad := filepath.Join(t.TempDir(), "x.mbtiles")
	os.WriteFile(bad, []byte("nope"), 0o644)
	again.base.use(bad)
	if again.base.src != nil || again.Map.Underlay != nil {
		t.Error("a bad file was kept as the basemap")
	}
	if again.win.Canvas().Overlays().Top() == nil {
		t.Error("no message about the bad file")
	}
}

func waitABit() { time.Sleep(20 * time.Millisecond) }
