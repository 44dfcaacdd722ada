package printmap

import (
	"image/color"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
)

// withTrack adds a red GPS track across the training khoroo, the way a
// project keeps an imported GPX track: a layer of lines, role other.
func withTrack(p *Project) {
	l := &geo.Layer{Source: "/tmp/walk.gpx", Format: "GPX", Kind: geo.Lines, NameField: "name", Features: []geo.Feature{{Name: "Алхсан зам",
		Geometry: orb.MultiLineString{{{106.912, 47.952}, {106.92, 47.958}, {106.928, 47.953}}}}}}
	l.ComputeBound()
	p.Layers = append(p.Layers, render.DrawLayer{Layer: l, Role: geo.RoleOther, Style: render.Style{Stroke: color.NRGBA{0xe0, 0, 0, 0xff}, StrokeWidth: 1.5}})
}

func TestTrackPrintedWithLegend(t *testing.T) {
	plain, track := sample(t), sample(t)
	withTrack(track)
	var found bool
	for _, it := range legendFor(track, track.Layers[len(track.Layers)-1].Layer.Bound, nil, "mn") {
		found = found || it.kind == keyLine && it.label == "Алхсан зам" && it.style.StrokeWidth == render.LineWidth(it.style)
	}
	if !found {
		t.Errorf("no legend entry for the track: %+v", legendFor(track, track.Layers[len(track.Layers)-1].Layer.Bound, nil, "mn"))
	}
	reds := func(p *Project) int {
		imgs, err := PageImages(p, Extent{}, Options{Paper: "A4", Date: day}, fonts)
		if err != nil {
			t.Fatal(err)
		}
		n := 0
		for i := 0; i < len(imgs[0].Pix); i += 4 {
			if px := imgs[0].Pix[i : i+3]; px[0] > 200 && px[1] < 40 && px[2] < 40 {
				n++
			}
		}
		return n
	}
	if a, b := reds(plain), reds(track); b < a+500 {
		t.Errorf("%d red pixels with the track, %d without: the track is not printed", b, a)
	}
}

func TestLineName(t *testing.T) {
	for _, tc := range []struct {
		l    geo.Layer
		want string
	}{
		{geo.Layer{Title: "Өглөөний алхалт", Source: "/a/walk.gpx"}, "Өглөөний алхалт"},
		{geo.Layer{Source: "/a/walk.gpx", NameField: "name", Features: []geo.Feature{{Name: "Зам"}}}, "Зам"},
		{geo.Layer{Source: "/a/walk.gpx", NameField: "name", Features: []geo.Feature{{Name: "1"}, {Name: "2"}}}, "walk"},
		{geo.Layer{Source: "/a/Track_2026-01-12.gpx", Features: []geo.Feature{{Name: "1"}}}, "Track_2026-01-12"},
	} {
		if got := lineName(&tc.l); got != tc.want {
			t.Errorf("%+v: %q, want %q", tc.l, got, tc.want)
		}
	}
}
