// Package synth writes synthetic boundary files for benchmarks: many small
// fenced plots like a ger area's, plus a few large detailed polygons, as a
// GeoJSON FeatureCollection. The output depends only on the seed.
package synth

import (
	"bufio"
	"fmt"
	"io"
	"math"
	"math/rand/v2"
	"strconv"
)

// Options size the file.
type Options struct {
	Plots       int // small polygons (fenced plots, 6–9 vertices)
	Large       int // large polygons
	LargePoints int // vertices of each large polygon
	Seed        uint64
}

// About100MB is the mix the issue asks for: 300,000 plots and 200 large
// polygons of 2,000 vertices, about 110 MB.
var About100MB = Options{Plots: 300000, Large: 200, LargePoints: 2000, Seed: 1}

// Write writes the FeatureCollection to w. Coordinates have six decimals,
// as real exports do, around Ulaanbaatar.
func Write(w io.Writer, o Options) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	rng := rand.New(rand.NewPCG(o.Seed, 42))
	bw.WriteString(`{"type":"FeatureCollection","name":"synthetic plots","features":[` + "\n")
	for i := 0; i < o.Plots+o.Large; i++ {
		if i > 0 {
			bw.WriteString(",\n")
		}
		cx, cy := 106.6+rng.Float64()*0.7, 47.8+rng.Float64()*0.25
		n, r := 6+rng.IntN(4), 0.0002+rng.Float64()*0.0003
		props := fmt.Sprintf(`{"plot_id":%d,"name":"Хашаа %d","kheseg":"%d-р хэсэг","area_m2":%.1f}`, i+1, i+1, 1+rng.IntN(12), 300+rng.Float64()*700)
		if i >= o.Plots {
			n, r = o.LargePoints, 0.02+rng.Float64()*0.03
			props = fmt.Sprintf(`{"id":%d,"name":"Том талбай %d"}`, i+1, i+1)
		}
		bw.WriteString(`{"type":"Feature","properties":` + props + `,"geometry":{"type":"Polygon","coordinates":[[`)
		writeRing(bw, rng, cx, cy, r, n)
		bw.WriteString(`]]}}`)
	}
	bw.WriteString("\n]}\n")
	return bw.Flush()
}

// writeRing writes a closed, roughly circular ring, counter-clockwise.
func writeRing(bw *bufio.Writer, rng *rand.Rand, cx, cy, r float64, n int) {
	var first string
	buf := make([]byte, 0, 32)
	for k := 0; k < n; k++ {
		a := 2 * math.Pi * float64(k) / float64(n)
		rr := r * (0.85 + 0.3*rng.Float64())
		buf = buf[:0]
		buf = append(buf, '[')
		buf = strconv.AppendFloat(buf, cx+rr*math.Cos(a)/math.Cos(cy*math.Pi/180), 'f', 6, 64)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, cy+rr*math.Sin(a), 'f', 6, 64)
		buf = append(buf, ']')
		if k == 0 {
			first = string(buf)
		} else {
			bw.WriteByte(',')
		}
		bw.Write(buf)
	}
	bw.WriteString("," + first)
}
