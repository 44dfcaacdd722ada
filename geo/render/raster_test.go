package render

import (
	"bytes"
	"image"
	"image/color"
	"image/draw"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// blitOver must give what draw.Draw with draw.Over gives, within rounding.
func TestBlitOverMatchesDraw(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	var sc spriteCache
	sp := sc.get(Circle, color.NRGBA{0, 0x89, 0x7b, 0xff}, color.NRGBA{255, 255, 255, 200}, 5, 1.5)
	for trial := 0; trial < 20; trial++ {
		bg := image.NewRGBA(image.Rect(0, 0, 40, 30))
		for i := range bg.Pix {
			bg.Pix[i] = uint8(rng.IntN(256))
		}
		for i := 0; i < len(bg.Pix); i += 4 { // keep it a valid premultiplied image
			a := bg.Pix[i+3]
			bg.Pix[i], bg.Pix[i+1], bg.Pix[i+2] = min(bg.Pix[i], a), min(bg.Pix[i+1], a), min(bg.Pix[i+2], a)
		}
		want := image.NewRGBA(bg.Bounds())
		copy(want.Pix, bg.Pix)
		at := image.Pt(rng.IntN(50)-10, rng.IntN(40)-10) // partly outside too
		rect := sp.img.Bounds().Add(at)
		draw.Draw(want, rect, sp.img, image.Point{}, draw.Over)
		blitOver(bg, sp, sp.offsets(bg.Stride), rect)
		for i := range bg.Pix {
			if d := int(bg.Pix[i]) - int(want.Pix[i]); d > 1 || d < -1 {
				t.Fatalf("trial %d at %v: byte %d is %d, draw.Draw gives %d", trial, at, i, bg.Pix[i], want.Pix[i])
			}
		}
	}
}

// A line is solid in its middle, fades at its edges, and the mask is clean
// again after it is drawn.
func TestLineMask(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 20, 10))
	var m lineMask
	m.reset(20, 10)
	m.segment(2, 5, 18, 5, 1.5) // 3 px wide: rows 4 and 5 full, 3 and 6 half
	m.segment(10, 5, 10, 5, 1.5)
	m.flush(dst, color.NRGBA{255, 0, 0, 255})
	for _, tc := range []struct {
		x, y int
		want uint8
	}{{10, 5, 255}, {10, 4, 255}, {10, 6, 127}, {10, 3, 127}, {10, 1, 0}, {0, 5, 127}} {
		if got := int(dst.RGBAAt(tc.x, tc.y).R); got < int(tc.want)-25 || got > int(tc.want)+25 {
			t.Errorf("pixel (%d,%d) red %d, want about %d", tc.x, tc.y, got, tc.want)
		}
	}
	if !m.empty() {
		t.Error("the mask is dirty after flush")
	}
	for _, v := range m.cov {
		if v != 0 {
			t.Fatal("coverage left behind after flush")
		}
	}
}

// Picking prefers points, then the smallest area under the spot.
func TestPick(t *testing.T) {
	s := testScene()
	r := NewRenderer(testFonts(t))
	v := Fit(s.Layers[0].Layer.Bound, 400, 300, 20)
	px := func(p orb.Point) (float64, float64) { return v.Pixel(p) }
	x, y := px(orb.Point{106.925, 47.915}) // in the ger area, inside the khoroo
	if got := r.Pick(v, s, x, y, 1); got != (Selection{1, 0}) {
		t.Errorf("inside the ger area: got %v, want the ger area", got)
	}
	x, y = px(orb.Point{106.905, 47.905}) // in the khoroo only
	if got := r.Pick(v, s, x, y, 1); got != (Selection{0, 0}) {
		t.Errorf("inside the khoroo: got %v", got)
	}
	x, y = px(orb.Point{106.91, 47.935})
	if got := r.Pick(v, s, x+4, y-3, 1); got != (Selection{2, 0}) {
		t.Errorf("next to the water point: got %v", got)
	}
	x, y = px(orb.Point{106.85, 47.95}) // outside everything
	if got := r.Pick(v, s, x, y, 1); got != None {
		t.Errorf("outside: got %v", got)
	}
	s.Layers[1].Hidden = true
	x, y = px(orb.Point{106.925, 47.915})
	if got := r.Pick(v, s, x, y, 1); got != (Selection{0, 0}) {
		t.Errorf("with the ger areas hidden: got %v", got)
	}
}

func TestMortonOrder(t *testing.T) {
	for _, tc := range []struct {
		p    orb.Point
		want uint64
	}{
		{orb.Point{0, 0}, 0},
		{orb.Point{1.0 / (1 << 24), 0}, 1},
		{orb.Point{0, 1.0 / (1 << 24)}, 2},
		{orb.Point{3.0 / (1 << 24), 3.0 / (1 << 24)}, 15},
	} {
		if got := morton(tc.p); got != tc.want {
			t.Errorf("morton(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

// Two khoroos sharing a border: the second one's copy of the border
// belongs to the first, and is skipped only once the first was outlined.
//
//	+----+----+
//	| A  | B  |
//	+----+----+
func TestSharedBorders(t *testing.T) {
	a := orb.MultiPolygon{{{{0, 0}, {1, 0}, {1, 1}, {0, 1}, {0, 0}}}}
	b := orb.MultiPolygon{{{{1, 0}, {2, 0}, {2, 1}, {1, 1}, {1, 0}}}}
	l := &geo.Layer{Features: []geo.Feature{{Geometry: a}, {Geometry: b}}}
	p := project(l)
	owners := p.features[1].owner[0][0]
	want := []int32{-1, -1, -1, 0} // B's last segment, (1,1)-(1,0), is A's
	for n := range want {
		if owners[n] != want[n] {
			t.Fatalf("owners of B's segments: %v, want %v", owners, want)
		}
	}
	bd := &band{outlined: []bool{true, false}}
	f := newFrame(View{Center: orb.Point{0, 0}, Zoom: 20, Width: 800, Height: 600}, 1)
	bd.pixels(f, p.features[1].polys[0][0], owners)
	if len(bd.skip) != 4 || !bd.skip[3] || bd.skip[0] {
		t.Errorf("skip = %v, want only the shared border skipped", bd.skip)
	}
	bd.outlined[0] = false // A was drawn as a dot, or culled: B draws the border
	bd.pixels(f, p.features[1].polys[0][0], owners)
	if bd.skip[3] {
		t.Error("the shared border is skipped though A was not outlined")
	}
}

// An area's name steps past a symbol, and covers symbols only when it
// has no other place; a point's name never covers symbols.
func TestPlace(t *testing.T) {
	lbl := &label{text: image.NewAlpha(image.Rect(0, 0, 40, 10)), ox: 20, oy: 5}
	pl := placer{bound: image.Rect(0, 0, 200, 200), symbols: []image.Rectangle{image.Rect(95, 95, 105, 105)}}
	if dy, ok := place(&pl, lbl, 100, 100, false); !ok || dy != -10 {
		t.Errorf("past one symbol: dy %d, ok %v; want -10, true", dy, ok)
	}
	pl = placer{bound: image.Rect(0, 0, 200, 200), symbols: []image.Rectangle{
		image.Rect(95, 85, 105, 115)}} // blocks the spot, above and below
	if dy, ok := place(&pl, lbl, 100, 100, false); !ok || dy != 0 {
		t.Errorf("boxed in: dy %d, ok %v; want the spot itself", dy, ok)
	}
	if _, ok := place(&pl, lbl, 100, 150, true); !ok {
		t.Error("a point's name with nothing in its way was not placed")
	}
	if _, ok := place(&pl, lbl, 100, 100, true); ok {
		t.Error("a point's name covered a symbol and a label")
	}
}

// dilate's fast way gives exactly what the direct way gives.
func TestDilateMatchesNaive(t *testing.T) {
	rng := rand.New(rand.NewPCG(9, 9))
	for _, r := range []int{1, 2, 3, 6} {
		src := image.NewAlpha(image.Rect(0, 0, 37, 23))
		for i := range src.Pix {
			if rng.IntN(9) == 0 {
				src.Pix[i] = uint8(rng.IntN(256))
			}
		}
		if got, want := dilate(src, r), dilateNaive(src, r); !bytes.Equal(got.Pix, want.Pix) {
			t.Errorf("radius %d: the fast dilation differs", r)
		}
	}
}

// Filling a ring that crosses the strip's edge must not move its points:
// the same ring is stroked next (the clip works in place), and strokes
// drawn from clipped points show as stray straight lines.
func TestFillLeavesRingIntact(t *testing.T) {
	dst := image.NewRGBA(image.Rect(0, 0, 50, 50))
	p := newPainter(dst, 2)
	ring := orb.Ring{{-40, 10}, {30, 10}, {30, 90}, {-40, 90}, {-40, 10}}
	before := append(orb.Ring(nil), ring...)
	p.ring(ring)
	for i := range ring {
		if ring[i] != before[i] {
			t.Fatalf("the fill moved point %d: %v, was %v", i, ring[i], before[i])
		}
	}
}
