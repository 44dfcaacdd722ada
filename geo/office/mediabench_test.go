package office

import (
	"bytes"
	"image"
	"image/color"
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strconv"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// benchPhotos are n photos as the import stores them (1600x1200 JPEG) of
// a phone's busy scene: a gradient with seeded noise, some 400 KB each.
func benchPhotos(b *testing.B, n int) []photo.Photo {
	rng := rand.New(rand.NewPCG(1, 2))
	out := make([]photo.Photo, n)
	for i := range out {
		img := image.NewNRGBA(image.Rect(0, 0, 1600, 1200))
		for y := range 1200 {
			for x := range 1600 {
				v := uint8(x/8+y/8+i) + uint8(rng.IntN(24))
				img.SetNRGBA(x, y, color.NRGBA{v, v / 2, 255 - v, 255})
			}
		}
		var buf bytes.Buffer
		if err := jpeg.Encode(&buf, img, &jpeg.Options{Quality: 85}); err != nil {
			b.Fatal(err)
		}
		out[i] = photo.Photo{ID: photo.ID(buf.Bytes()), Data: buf.Bytes(), ContentType: "image/jpeg", Name: "IMG.jpg", Width: 1600, Height: 1200}
	}
	return out
}

// leaderWithPhotos is a laptop with one kiosk per photo.
func leaderWithPhotos(b *testing.B, phs []photo.Photo) *laptop {
	l := newBenchLaptop(b, "leader")
	cs := make([]annot.Change, len(phs))
	for i := range phs {
		p := annot.Point{Meta: annot.NewMeta(l.who, l.now()), Category: "water_kiosk", Status: annot.Working,
			Location: [2]float64{106.9 + float64(i)*1e-4, 47.9}, Photos: []string{phs[i].ID}}
		cs[i] = annot.Change{NewPoint: &p}
	}
	if err := l.p.ApplyWithPhotos(phs, cs); err != nil {
		b.Fatal(err)
	}
	return l
}

// BenchmarkFirstSyncPhotos: a leader's first sync of 100 kiosks
// (KHOROOMAP_BENCH_PHOTOS) with a photo each (sent), then a second
// leader's first sync (received). With KHOROOMAP_BENCH_KEEP=DIR the
// sender's project is left there as photos.gpkg, for
// .ci/bench-syncphotos to hand to GDAL.
func BenchmarkFirstSyncPhotos(b *testing.B) {
	n := 100
	if s := os.Getenv("KHOROOMAP_BENCH_PHOTOS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("KHOROOMAP_BENCH_PHOTOS=%q: %v", s, err)
		}
	}
	phs := benchPhotos(b, n)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		db := initDB(b)
		a, c := leaderWithPhotos(b, phs), newBenchLaptop(b, "other")
		b.StartTimer()
		start := time.Now()
		sent := a.sync(db)
		mid := time.Now()
		got := c.sync(db)
		b.ReportMetric(mid.Sub(start).Seconds(), "s-send")
		b.ReportMetric(time.Since(mid).Seconds(), "s-receive")
		b.StopTimer()
		keep(b, a)
		b.StartTimer()
		if sent.PhotosSent != len(phs) || got.PhotosReceived != len(phs) {
			b.Fatalf("sent %d, received %d photos; want %d", sent.PhotosSent, got.PhotosReceived, len(phs))
		}
		b.ReportMetric(float64(sent.PhotoBytesSent)/1e6, "MB-sent")
		b.ReportMetric(float64(got.PhotoBytesReceived)/1e6, "MB-received")
	}
}

// keep copies l's project to $KHOROOMAP_BENCH_KEEP/photos.gpkg when set.
func keep(b *testing.B, l *laptop) {
	dir := os.Getenv("KHOROOMAP_BENCH_KEEP")
	if dir == "" {
		return
	}
	data, err := os.ReadFile(l.p.Path())
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, "photos.gpkg"), data, 0o644)
	}
	if err != nil {
		b.Fatal(err)
	}
}
