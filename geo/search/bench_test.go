package search

import (
	"fmt"
	"math/rand"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
)

// benchLayers makes, seeded, the city's 204 khoroos (each district's
// count, named as the city's KML names them) and 10,000 service points
// with names, categories, notes and the places they lie in, as
// Annotations gives them.
func benchLayers() (khoroos, points []Item) {
	counts := []int{20, 43, 25, 24, 34, 43, 8, 5, 2}
	abbr := []string{"СБД", "БЗД", "ХУД", "ЧД", "БГД", "СХД", "НД", "БНД", "БХД"}
	for d, n := range counts {
		for k := 1; k <= n; k++ {
			name := fmt.Sprintf("%s_%02d", abbr[d], k)
			khoroos = append(khoroos, Item{Name: name, Props: geo.Props{
				{Key: "OBJECTID_1", Value: fmt.Sprint(len(khoroos) + 1)}, {Key: "DUUREG", Value: districts[d].name},
				{Key: "KHOROO_POP", Value: fmt.Sprint(3000 + 97*k)}, {Key: "Shape_STAr", Value: fmt.Sprintf("%.6f", 1e5*float64(k)+0.123)},
			}})
		}
	}
	rng := rand.New(rand.NewSource(1))
	kinds := []string{"Усны түгээх байр", "Цэцэрлэг", "Сургууль", "Өрхийн эрүүл мэндийн төв", "Автобусны буудал", "Хогийн цэг"}
	for i := 0; i < 10000; i++ {
		kind := kinds[rng.Intn(len(kinds))]
		points = append(points, Item{ID: fmt.Sprint(i), Name: fmt.Sprintf("%s №%d", kind, rng.Intn(300)), Props: geo.Props{
			{Key: "kind", Value: kind}, {Key: "notes", Value: fmt.Sprintf("%d-р гудамж, %d тоот", rng.Intn(90), rng.Intn(200))},
			{Key: "khoroo", Value: khoroos[rng.Intn(len(khoroos))].Name}, {Key: "kheseg", Value: fmt.Sprintf("%d-р хэсэг", 1+rng.Intn(12))}, {Key: "ger_area", Value: ""},
		}})
	}
	return khoroos, points
}

var benchQueries = []string{"sukhbaatar 6", "сүхбаатар 6-р хороо", "сургууль", "bzd 4"}

// BenchmarkIndex builds the index over 204 khoroos and 10,000 points, as
// the window does on each search.
func BenchmarkIndex(b *testing.B) {
	khoroos, points := benchLayers()
	b.ReportAllocs()
	for b.Loop() {
		ix := &Index{}
		ix.Add("khoroos", geo.RoleKhoroo, khoroos)
		ix.Add(AnnotationsTitle, geo.RolePoints, points)
	}
}

// BenchmarkFind searches a built index.
func BenchmarkFind(b *testing.B) {
	khoroos, points := benchLayers()
	ix := &Index{}
	ix.Add("khoroos", geo.RoleKhoroo, khoroos)
	ix.Add(AnnotationsTitle, geo.RolePoints, points)
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				ix.Find(q)
			}
		})
	}
}

// BenchmarkNaive is the search the window had before: geo.MatchFeature on
// every feature, folding every name and property again for each query.
func BenchmarkNaive(b *testing.B) {
	khoroos, points := benchLayers()
	all := append(khoroos, points...)
	for _, q := range benchQueries {
		b.Run(q, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				for i := range all {
					geo.MatchFeature(&geo.Feature{Name: all[i].Name, Props: all[i].Props}, q)
				}
			}
		})
	}
}
