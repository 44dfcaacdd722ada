package sheets

import (
	"image/jpeg"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestReadPhotos photographs a sheet under named conditions and reads it
// back: the code, all four markers, and the frame's corners within 0.5%
// of the sheet's ground width.
func TestReadPhotos(t *testing.T) {
	sh, sheet := sampleSheet(t, Options{})
	l, _ := NewLayout("A4")
	tests := []struct {
		name string
		s    shot
	}{
		{"straight", shot{w: 3264, h: 2448, fill: 0.8, blur: 1, quality: 60}},
		{"turned 100°, tilted 30°", shot{w: 4000, h: 3000, turn: 100, tilt: 30, tiltDir: 40, fill: 0.7, shade: 0.4, blur: 2, quality: 60}},
		{"turned 140°, tilted 25°: a marker found on the second search", shot{w: 3388, h: 2541, turn: 140.4, tilt: 25, tiltDir: 66.5, fill: 0.65, shade: 0.15, blur: 1, quality: 60}},
		{"upside down, tilted 25° away", shot{w: 3464, h: 2598, turn: 185, tilt: 25, tiltDir: 90, fill: 0.65, shade: 0.5, blur: 1, quality: 60}},
	}
	rng := rand.New(rand.NewPCG(1, 2))
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			photo, truth := photograph(t, sheet, 150, tt.s, rng)
			if dir := os.Getenv("SHEETS_OUT"); dir != "" {
				f, _ := os.Create(filepath.Join(dir, strings.Fields(tt.name)[0]+".jpg"))
				jpeg.Encode(f, photo, &jpeg.Options{Quality: 90})
				f.Close()
			}
			rd, err := Read(photo)
			if err != nil {
				t.Fatal(err)
			}
			if rd.Code != sh.Code || rd.Found() != 4 {
				t.Fatalf("code %+v, %d markers", rd.Code, rd.Found())
			}
			errM := cornerError(l, truth, rd.H) * metresPerMM(rd.Code, l)
			if limit := 0.005 * GroundWidth(rd.Code.Bound); errM > limit {
				t.Errorf("corners off by %.2f m, more than %.2f m", errM, limit)
			}
			t.Logf("corner error %.2f m, residual %.2f m", errM, rd.Residual)
		})
	}
}
