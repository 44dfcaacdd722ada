package basemap

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"runtime"
	"sync"

	xdraw "golang.org/x/image/draw"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/view"
)

// tileZoom is the source zoom level to draw a view with: the view's,
// within what the source has (past its deepest level, tiles are scaled
// up), and within 0..MaxTileZoom whatever the source says.
func tileZoom(v view.View, info Info) int {
	z := int(math.Round(v.Zoom))
	z = max(info.MinZoom, min(info.MaxZoom, z))
	return max(0, min(MaxTileZoom, z))
}

// maxFinerZoom is how many levels finer than the view a source's
// shallowest tiles may be and still be drawn: each level more quadruples
// the tiles to read, and they would be specks.
const maxFinerZoom = 2

// tilesOf lists the tiles covering a view, none when the source starts
// more than maxFinerZoom levels deeper than the view.
func tilesOf(v view.View, info Info) []Key {
	z := tileZoom(v, info)
	if z > int(math.Round(v.Zoom))+maxFinerZoom {
		return nil
	}
	x0, y0 := tileAt(v.LonLat(0, 0), z)
	x1, y1 := tileAt(v.LonLat(float64(v.Width), float64(v.Height)), z)
	keys := make([]Key, 0, max(0, (x1-x0+1)*(y1-y0+1)))
	for y := y0; y <= y1; y++ {
		for x := x0; x <= x1; x++ {
			keys = append(keys, Key{z, x, y})
		}
	}
	return keys
}

// tileRect is where tile k lands in the view, in pixels.
func tileRect(v view.View, k Key) image.Rectangle {
	x0, y0 := v.Pixel(tileCorner(k.Z, k.X, k.Y))
	x1, y1 := v.Pixel(tileCorner(k.Z, k.X+1, k.Y+1))
	return image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
}

// tileCorner is the north-west corner of tile (x, y) at zoom z.
func tileCorner(z, x, y int) orb.Point {
	n := math.Exp2(float64(z))
	lon := float64(x)/n*360 - 180
	lat := math.Atan(math.Sinh(math.Pi*(1-2*float64(y)/n))) * 180 / math.Pi
	return orb.Point{lon, lat}
}

// tileAt is the tile containing p at zoom z.
func tileAt(p orb.Point, z int) (int, int) {
	n := math.Exp2(float64(z))
	lat := math.Max(-85.05, math.Min(85.05, p[1])) * math.Pi / 180
	x := int(math.Floor((p[0] + 180) / 360 * n))
	y := int(math.Floor((1 - math.Log(math.Tan(lat)+1/math.Cos(lat))/math.Pi) / 2 * n))
	m := int(n) - 1
	return max(0, min(m, x)), max(0, min(m, y))
}

// Options say how Draw draws.
type Options struct {
	// Opacity from 0 (invisible) to 1.
	Opacity float64
	// Load, when set, is asked for the tiles not in the cache (to read
	// them in the background) while a cached tile of a lower zoom is scaled
	// up in their place. When nil every tile is read now (for printing).
	Load func(Key)
	// Smooth scales tiles bilinearly (for print); otherwise by nearest
	// pixel, several times faster, for the window.
	Smooth bool
}

// Draw paints a source into dst (the view's pixels). It reports whether
// any tile was still missing (being loaded) and the first tile that could
// not be read.
func Draw(dst *image.RGBA, v view.View, src Source, c *Cache, o Options) (missing bool, err error) {
	opacity, load := o.Opacity, o.Load
	info := src.Info()
	keys := tilesOf(v, info)
	mask := image.NewUniform(color.Alpha{uint8(math.Round(255 * math.Max(0, math.Min(1, opacity))))})
	// tiles land on disjoint rectangles: draw them on every core
	var mu sync.Mutex
	var wg sync.WaitGroup
	next := make(chan Key)
	for w := 0; w < min(runtime.GOMAXPROCS(0), len(keys)); w++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range next {
				img, known := c.Get(src, k)
				if !known && load != nil {
					mu.Lock()
					missing = true
					load(k)
					mu.Unlock()
					drawParent(dst, v, src, c, k, mask, o.Smooth)
					continue
				}
				if !known {
					var rerr error
					if img, rerr = Read(src, c, k); rerr != nil {
						mu.Lock()
						if err == nil {
							err = rerr
						}
						mu.Unlock()
					}
				}
				if img != nil {
					place(dst, tileRect(v, k), img, img.Bounds(), mask, o.Smooth)
				}
			}
		}()
	}
	for _, k := range keys {
		next <- k
	}
	close(next)
	wg.Wait()
	return missing, err
}

// drawParent fills a missing tile's place with the part of the nearest
// cached ancestor that covers it, scaled up.
func drawParent(dst *image.RGBA, v view.View, src Source, c *Cache, k Key, mask image.Image, smooth bool) {
	for up := 1; up <= 6 && k.Z-up >= 0; up++ {
		pk := Key{k.Z - up, k.X >> up, k.Y >> up}
		img, ok := c.Get(src, pk)
		if !ok || img == nil {
			continue
		}
		b := img.Bounds()
		n := 1 << up
		w, h := b.Dx()/n, b.Dy()/n
		sx, sy := b.Min.X+(k.X%n)*w, b.Min.Y+(k.Y%n)*h
		place(dst, tileRect(v, k), img, image.Rect(sx, sy, sx+w, sy+h), mask, smooth)
		return
	}
}

// place draws src's part sr into dst's rectangle r: copied when the sizes
// match, else scaled.
func place(dst *image.RGBA, r image.Rectangle, src image.Image, sr image.Rectangle, mask image.Image, smooth bool) {
	if !r.Overlaps(dst.Bounds()) {
		return
	}
	op, m := draw.Src, image.Image(nil)
	if t, ok := src.(translucent); ok { // drawn over what is below, never punching holes
		src, op = t.RGBA, draw.Over
	}
	if mask.(*image.Uniform).C.(color.Alpha).A < 255 {
		op, m = draw.Over, mask
	}
	if r.Dx() == sr.Dx() && r.Dy() == sr.Dy() {
		draw.DrawMask(dst, r, src, sr.Min, m, image.Point{}, op)
		return
	}
	opt := &xdraw.Options{SrcMask: m}
	var scaler xdraw.Scaler = xdraw.NearestNeighbor
	if smooth {
		scaler = xdraw.ApproxBiLinear
	}
	scaler.Scale(dst, r, src, sr, op, opt)
}
