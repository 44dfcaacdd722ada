package photoimport_test

import (
	"context"
	"fmt"
	"image"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo/internal/cpuclock"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/photoimport"
)

// BenchmarkImport12MP imports 8 geotagged 12 MP (4032x3024) phone photos
// with noisy content, on every core (-cpu 1 for one).
func BenchmarkImport12MP(b *testing.B) {
	dir := b.TempDir()
	img := image.NewNRGBA(image.Rect(0, 0, 4032, 3024))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = byte(i/4%4032/16*8) + byte(rng.IntN(24))
	}
	for i := range 8 {
		for y := range 64 { // a mark that survives the reduction: no photo is a copy of another
			for x := range 64 {
				img.Pix[y*img.Stride+4*(x+64*i)] = 255
			}
		}
		data := phototest.JPEG(img, phototest.Tags{Orientation: 6, GPS: true, Lat: 47.9, Lon: 106.9 + float64(i)/1000})
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("IMG_%d.jpg", i)), data, 0o644); err != nil {
			b.Fatal(err)
		}
	}
	files, err := photoimport.Files([]string{dir})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	start := cpuclock.Used()
	for b.Loop() {
		res, err := photoimport.Run(context.Background(), files, project(), photoimport.Options{Category: "school"})
		if err != nil || res.Added != 8 {
			b.Fatal(err, res.Added)
		}
	}
	cpuclock.Report(b, start)
}
