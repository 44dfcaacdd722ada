package workspace

import (
	"fmt"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// BenchmarkUndoImport10000: Ctrl+Z and Ctrl+Y of a phone form's import of
// 10,000 points, written to the file in one transaction each.
func BenchmarkUndoImport10000(b *testing.B) {
	w, _ := openTemp(b)
	var pts []annot.Point
	for i := range 10000 {
		pts = append(pts, annot.Point{Meta: annot.NewMeta("Б", w.now()), Category: "water_kiosk", Name: fmt.Sprintf("%d-р худаг", i),
			Status: annot.Working, Location: orb.Point{106.9 + float64(i%100)/1000, 47.9 + float64(i/100)/1000}})
	}
	if _, err := w.Project().ImportAnnotations(pts, nil, nil); err != nil {
		b.Fatal(err)
	}
	s, err := w.Project().Load()
	if err != nil {
		b.Fatal(err)
	}
	w.Imported(s, "kobo.csv")
	b.ReportAllocs()
	for b.Loop() {
		if _, _, err := w.Undo("Б"); err != nil {
			b.Fatal(err)
		}
		if _, _, err := w.Redo("Б"); err != nil {
			b.Fatal(err)
		}
	}
}
