package photo_test

import (
	"image"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/khoroomap/khoroomap/geo/internal/cpuclock"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// phonePhoto is a 12 MP (4032x3024) JPEG with a phone's EXIF and noisy
// content (flat colours would compress and decode unrealistically fast).
var phonePhoto = sync.OnceValue(func() []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 4032, 3024))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = byte(i/4%4032/16*8) + byte(rng.IntN(24))
	}
	for i := 3; i < len(img.Pix); i += 4 {
		img.Pix[i] = 255
	}
	return phototest.JPEG(img, phototest.Tags{Orientation: 6, GPS: true, Lat: 47.9, Lon: 106.9})
})

// BenchmarkReduce12MP reduces one 12 MP phone photo (decode, turn,
// scale, encode) on one goroutine.
func BenchmarkReduce12MP(b *testing.B) {
	data := phonePhoto()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuclock.Used()
	for b.Loop() {
		if _, err := photo.Reduce("p.jpg", data); err != nil {
			b.Fatal(err)
		}
	}
	cpuclock.Report(b, start)
}
