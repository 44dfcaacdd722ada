package render

import (
	"math"
	"testing"

	sm "github.com/flopp/go-staticmaps"
	"github.com/paulmach/orb"
)

func TestLatLngRoundTrip(t *testing.T) {
	for _, p := range []orb.Point{{106.92, 47.92}, {-70.5, -33.4}, {0, 0}, {179.9, 85}} {
		ll := LatLng(p)
		if math.Abs(ll.Lat.Degrees()-p[1]) > 1e-12 || math.Abs(ll.Lng.Degrees()-p[0]) > 1e-12 {
			t.Errorf("LatLng(%v) = %v: latitude and longitude swapped?", p, ll)
		}
		if q := Point(ll); math.Abs(q[0]-p[0]) > 1e-12 || math.Abs(q[1]-p[1]) > 1e-12 {
			t.Errorf("Point(LatLng(%v)) = %v", p, q)
		}
	}
}

// The screen and printed maps must agree: distances between points in our
// View equal those in go-staticmaps' transformer at the same zoom, offline.
func TestViewMatchesStaticMaps(t *testing.T) {
	centre := orb.Point{106.925, 47.96}
	for _, zoom := range []int{10, 14, 17} {
		ctx := sm.NewContext()
		ctx.SetTileProvider(sm.NewTileProviderNone())
		ctx.SetOnline(false)
		ctx.SetSize(800, 600)
		ctx.SetZoom(zoom)
		ctx.SetCenter(LatLng(centre))
		tr, err := ctx.Transformer()
		if err != nil {
			t.Fatal(err)
		}
		v := View{Center: centre, Zoom: float64(zoom), Width: 800, Height: 600}
		a, b := v.LonLat(120, 530), v.LonLat(700, 60) // both inside the image
		ax, ay := v.Pixel(a)
		bx, by := v.Pixel(b)
		sax, say := tr.LatLngToXY(LatLng(a))
		sbx, sby := tr.LatLngToXY(LatLng(b))
		if math.Abs((bx-ax)-(sbx-sax)) > 1e-6 || math.Abs((by-ay)-(sby-say)) > 1e-6 {
			t.Errorf("zoom %d: we put b at (%.3f, %.3f) from a, go-staticmaps at (%.3f, %.3f)", zoom, bx-ax, by-ay, sbx-sax, sby-say)
		}
	}
}
