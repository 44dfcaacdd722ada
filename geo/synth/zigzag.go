package synth

import (
	"bufio"
	"io"
	"math"
	"strconv"

	"github.com/paulmach/orb"
)

// Zigzag is the hostile boundary of the tests and benchmarks of big
// polygons: a closed ring of n vertices round (106.92, 47.96), 0.02° in
// radius, every other vertex pushed out by spike (0.3: the tester's 30 %
// zigzag, 2 km spikes 1.3 m apart at a million vertices; 0: a smooth
// circle).
func Zigzag(n int, spike float64) orb.Ring {
	r := make(orb.Ring, 0, n+1)
	for i := range n {
		a := 2 * math.Pi * float64(i) / float64(n)
		rr := 0.02 * (1 + spike*float64(i%2))
		r = append(r, orb.Point{106.92 + rr*math.Cos(a), 47.96 + rr*math.Sin(a)*0.67})
	}
	return append(r, r[0])
}

// WriteZigzag writes Zigzag(n, spike) as a GeoJSON FeatureCollection of
// one khoroo, "Зигзаг-р хороо", coordinates with seven decimals (25 MB
// for a million vertices).
func WriteZigzag(w io.Writer, n int, spike float64) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	bw.WriteString(`{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"Зигзаг-р хороо"},"geometry":{"type":"Polygon","coordinates":[[`)
	buf := make([]byte, 0, 32)
	for i, p := range Zigzag(n, spike) {
		buf = append(buf[:0], ',', '[')
		buf = strconv.AppendFloat(buf, p[0], 'f', 7, 64)
		buf = append(buf, ',')
		buf = strconv.AppendFloat(buf, p[1], 'f', 7, 64)
		buf = append(buf, ']')
		if i == 0 {
			buf = buf[1:]
		}
		bw.Write(buf)
	}
	bw.WriteString("]]}}]}\n")
	return bw.Flush()
}
