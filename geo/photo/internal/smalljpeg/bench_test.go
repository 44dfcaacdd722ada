package smalljpeg

import (
	"bytes"
	"image"
	"image/jpeg"
	"math/rand/v2"
	"sync"
	"testing"

	"github.com/khoroomap/khoroomap/geo/internal/cpuclock"
)

// phone12MP is a 4032x3024 JPEG (4:2:0, quality 90) with noisy content
// (flat colours would decode unrealistically fast).
var phone12MP = sync.OnceValue(func() []byte {
	img := image.NewNRGBA(image.Rect(0, 0, 4032, 3024))
	rng := rand.New(rand.NewPCG(1, 2))
	for i := range img.Pix {
		img.Pix[i] = byte(i/4%4032/16*8) + byte(rng.IntN(24))
	}
	var buf bytes.Buffer
	jpeg.Encode(&buf, img, &jpeg.Options{Quality: 90})
	return buf.Bytes()
})

// BenchmarkDecodeHalf12MP decodes a 12 MP photo at 1/2.
func BenchmarkDecodeHalf12MP(b *testing.B) {
	data := phone12MP()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuclock.Used()
	for b.Loop() {
		if _, err := Decode(data, 2, 64<<20); err != nil {
			b.Fatal(err)
		}
	}
	cpuclock.Report(b, start)
}

// BenchmarkDecodeFull12MP is the baseline: image/jpeg's full decode of
// the same photo, which a reduction then shrinks.
func BenchmarkDecodeFull12MP(b *testing.B) {
	data := phone12MP()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	start := cpuclock.Used()
	for b.Loop() {
		if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
	cpuclock.Report(b, start)
}
