package printmap

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/streets"
)

// A page of a project with a street map draws the streets under the
// boundaries and credits OpenStreetMap in the footer, beside any basemap's
// credit.
func TestPageWithStreets(t *testing.T) {
	p := sample(t)
	f, _ := fonts.parse()
	opt := Options{Landscape: true, DPI: 150, Date: day, Lang: "en"}
	opt.Validate()
	plain := newPage(p, Extent{}, opt, f)
	if err := plain.render(); err != nil {
		t.Fatal(err)
	}
	// a primary road across the whole map, a third of the way down
	v := plain.view
	y := float64(v.Height) / 3
	p.Streets = streets.NewSet([]streets.Feature{{Class: streets.Primary, Name: "Энхтайваны өргөн чөлөө",
		Geometry: orb.LineString{v.LonLat(-100, y), v.LonLat(float64(v.Width)+100, y)}}})
	pg := newPage(p, Extent{}, opt, f)
	if !strings.Contains(pg.credits, "© OpenStreetMap contributors") {
		t.Errorf("credits %q: no OpenStreetMap credit", pg.credits)
	}
	if err := pg.render(); err != nil {
		t.Fatal(err)
	}
	for _, x := range []int{6, v.Width - 6} { // beside the khoroo, nothing above the road
		before, got := plain.mapImg.RGBAAt(x, int(y)), pg.mapImg.RGBAAt(x, int(y))
		if got == before || int(got.R)-int(got.B) < 40 {
			t.Errorf("at (%d, %.0f) the map shows %v (without streets %v): want the primary road's warm fill", x, y, got, before)
		}
		if above := pg.mapImg.RGBAAt(x, int(y)-40); above != plain.mapImg.RGBAAt(x, int(y)-40) {
			t.Errorf("40 pixels above the road the map changed: %v", above)
		}
	}
	p.Basemap, p.Attribution = nil, "© Сургалт"
	if pg := newPage(p, Extent{}, opt, f); !strings.Contains(pg.credits, "© Сургалт") || !strings.Contains(pg.credits, "© OpenStreetMap contributors") {
		t.Errorf("credits %q: want both", pg.credits)
	}
}
