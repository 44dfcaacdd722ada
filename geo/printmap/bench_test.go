package printmap

import (
	"fmt"
	"io"
	"math/rand/v2"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// with500 adds service points and gaps to the training khoroo up to 500
// annotations, spread over it.
func with500(b *testing.B) *Project {
	p := sample(b)
	s := p.Annotations
	r := rand.New(rand.NewPCG(5, 5))
	bound := p.Layers[len(p.Layers)-1].Layer.Bound
	at := func() orb.Point {
		return orb.Point{bound.Min[0] + r.Float64()*(bound.Max[0]-bound.Min[0]), bound.Min[1] + r.Float64()*(bound.Max[1]-bound.Min[1])}
	}
	for len(s.Points)+len(s.Gaps) < 500 {
		if r.IntN(10) == 0 {
			s.Gaps = append(s.Gaps, annot.Gap{Meta: annot.NewMeta("", day), Kind: annot.Unsafe, Severity: annot.High, Status: annot.Open, Geometry: at()})
			continue
		}
		c := s.Categories[r.IntN(len(s.Categories))]
		s.Points = append(s.Points, annot.Point{Meta: annot.NewMeta("", day), Category: c.ID, Name: fmt.Sprintf("цэг %d", len(s.Points)), Status: annot.Working, Location: at()})
	}
	return p
}

// BenchmarkPageA4At300 is one A4 page at 300 dpi (3508x2480) of a khoroo
// with 500 annotations, no basemap, drawn into an image (target: under
// 0.3 s).
func BenchmarkPageA4At300(b *testing.B) {
	p := with500(b)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := PageImages(p, Extent{}, Options{Landscape: true, DPI: 300, Date: day}, fonts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkPDFA4At300 is the same page as a PDF, the map embedded.
func BenchmarkPDFA4At300(b *testing.B) {
	p := with500(b)
	b.ReportAllocs()
	for b.Loop() {
		if err := PDF(io.Discard, p, Extent{}, Options{Landscape: true, DPI: 300, Date: day}, fonts); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkAtlas204 is an atlas of the 204 real khoroos at 150 dpi
// (target: under 60 s, peak memory under 1 GB: see .ci/bench-print).
func BenchmarkAtlas204(b *testing.B) {
	p := realProject(b)
	areas := p.Areas(geo.RoleKhoroo)
	b.ReportAllocs()
	for b.Loop() {
		if err := Atlas(io.Discard, p, areas, Options{Landscape: true, DPI: 150, Date: day}, fonts, nil); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkLayoutTestersPage lays out (without drawing) the tester's
// page of 26 legend entries in Mongolian, trying both orientations: the
// legend is wrapped at every width the layout weighs.
func BenchmarkLayoutTestersPage(b *testing.B) {
	p := testersKhoroo(b)
	f, err := fonts.parse()
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		newPage(p, Extent{}, Options{Paper: "A4", AutoOrientation: true, DPI: 150, Lang: "mn", Date: day}, f)
	}
}
