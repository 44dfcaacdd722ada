package smalljpeg

import (
	"bytes"
	"image/jpeg"
	"os"
	"testing"
)

func BenchmarkQSmall(b *testing.B) {
	data, _ := os.ReadFile("/tmp/photospeed/DCIM/IMG_1.jpg")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Decode(data, 2, 1<<26); err != nil {
			b.Fatal(err)
		}
	}
}

func BenchmarkQGo(b *testing.B) {
	data, _ := os.ReadFile("/tmp/photospeed/DCIM/IMG_1.jpg")
	b.ReportAllocs()
	for b.Loop() {
		if _, err := jpeg.Decode(bytes.NewReader(data)); err != nil {
			b.Fatal(err)
		}
	}
}
