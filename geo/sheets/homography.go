package sheets

import (
	"math"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Homography maps plane points (x, y) to (u, v) by a projective
// transform: u = (h0 x + h1 y + h2) / (h6 x + h7 y + 1), and v alike with
// h3, h4, h5. Here it takes page millimetres to photo pixels.
type Homography [8]float64

// errDegenerate is returned for points that fix no homography (fewer than
// four, or three of them on a line).
var errDegenerate = words.Errorf("the points do not fix a perspective: fewer than four, or three on a line")

// SolveHomography finds the homography taking each src point to its dst
// point: exactly for four pairs, in the least-squares sense of the linear
// equations for more.
func SolveHomography(src, dst [][2]float64) (Homography, error) {
	if len(src) < 4 || len(src) != len(dst) {
		return Homography{}, errDegenerate
	}
	// solved on points moved to their mean and scaled to unit spread, for
	// well-conditioned equations, then undone
	ns, ts := normalise(src)
	nd, td := normalise(dst)
	h, err := solveRaw(ns, nd)
	if err != nil {
		return h, err
	}
	m := mul(inverseSimilarity(td), mul(h.matrix(), ts))
	for i := range 8 {
		h[i] = m[i/3][i%3] / m[2][2]
	}
	return h, nil
}

// normalise moves points to their mean and scales them to a mean
// distance of √2, returning the similarity used.
func normalise(p [][2]float64) ([][2]float64, [3][3]float64) {
	var mx, my, d float64
	for _, q := range p {
		mx, my = mx+q[0], my+q[1]
	}
	mx, my = mx/float64(len(p)), my/float64(len(p))
	for _, q := range p {
		d += math.Hypot(q[0]-mx, q[1]-my)
	}
	s := math.Sqrt2 * float64(len(p)) / math.Max(d, 1e-12)
	out := make([][2]float64, len(p))
	for i, q := range p {
		out[i] = [2]float64{(q[0] - mx) * s, (q[1] - my) * s}
	}
	return out, [3][3]float64{{s, 0, -mx * s}, {0, s, -my * s}, {0, 0, 1}}
}

func inverseSimilarity(t [3][3]float64) [3][3]float64 {
	s := t[0][0]
	return [3][3]float64{{1 / s, 0, -t[0][2] / s}, {0, 1 / s, -t[1][2] / s}, {0, 0, 1}}
}

func (h Homography) matrix() [3][3]float64 {
	return [3][3]float64{{h[0], h[1], h[2]}, {h[3], h[4], h[5]}, {h[6], h[7], 1}}
}

func mul(a, b [3][3]float64) (c [3][3]float64) {
	for i := range 3 {
		for j := range 3 {
			for k := range 3 {
				c[i][j] += a[i][k] * b[k][j]
			}
		}
	}
	return c
}

// solveRaw solves for the homography on (normalised) points.
func solveRaw(src, dst [][2]float64) (Homography, error) {
	// normal equations A^T A h = A^T b of the 2n equations in 8 unknowns
	var ata [8][8]float64
	var atb [8]float64
	add := func(row [8]float64, b float64) {
		for i := range 8 {
			for j := range 8 {
				ata[i][j] += row[i] * row[j]
			}
			atb[i] += row[i] * b
		}
	}
	for i, s := range src {
		x, y, u, v := s[0], s[1], dst[i][0], dst[i][1]
		add([8]float64{x, y, 1, 0, 0, 0, -u * x, -u * y}, u)
		add([8]float64{0, 0, 0, x, y, 1, -v * x, -v * y}, v)
	}
	h, ok := solve8(ata, atb)
	if !ok {
		return Homography{}, errDegenerate
	}
	return h, nil
}

// solve8 solves a x = b by Gaussian elimination with partial pivoting.
func solve8(a [8][8]float64, b [8]float64) (Homography, bool) {
	scale := 0.0
	for i := range 8 {
		scale = math.Max(scale, math.Abs(a[i][i]))
	}
	for c := range 8 {
		p := c
		for r := c + 1; r < 8; r++ {
			if math.Abs(a[r][c]) > math.Abs(a[p][c]) {
				p = r
			}
		}
		if math.Abs(a[p][c]) <= 1e-12*scale {
			return Homography{}, false
		}
		a[c], a[p], b[c], b[p] = a[p], a[c], b[p], b[c]
		for r := c + 1; r < 8; r++ {
			f := a[r][c] / a[c][c]
			for k := c; k < 8; k++ {
				a[r][k] -= f * a[c][k]
			}
			b[r] -= f * b[c]
		}
	}
	var h Homography
	for r := 7; r >= 0; r-- {
		s := b[r]
		for k := r + 1; k < 8; k++ {
			s -= a[r][k] * h[k]
		}
		h[r] = s / a[r][r]
	}
	return h, true
}

// Apply maps point (x, y).
func (h Homography) Apply(x, y float64) (u, v float64) {
	w := h[6]*x + h[7]*y + 1
	return (h[0]*x + h[1]*y + h[2]) / w, (h[3]*x + h[4]*y + h[5]) / w
}

// scaled is h followed by u -> f*u + c on both output coordinates.
func (h Homography) scaled(f, c float64) Homography {
	return Homography{f*h[0] + c*h[6], f*h[1] + c*h[7], f*h[2] + c, f*h[3] + c*h[6], f*h[4] + c*h[7], f*h[5] + c, h[6], h[7]}
}

// Inverse is the homography undoing h (zero when h is singular).
func (h Homography) Inverse() Homography {
	m := h.matrix()
	var a [3][3]float64
	for i := range 3 {
		for j := range 3 {
			i1, i2, j1, j2 := (j+1)%3, (j+2)%3, (i+1)%3, (i+2)%3
			a[i][j] = m[i1][j1]*m[i2][j2] - m[i1][j2]*m[i2][j1]
		}
	}
	if a[2][2] == 0 {
		return Homography{}
	}
	var out Homography
	for i := range 8 {
		out[i] = a[i/3][i%3] / a[2][2]
	}
	return out
}
