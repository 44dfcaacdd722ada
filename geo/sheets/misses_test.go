package sheets

import (
	"math/rand/v2"
	"testing"
)

// TestReadFormerMisses reads the two photos of the 50-photo accuracy run
// that an earlier version missed, each with three shadows:
//   - photo 6: a blurred code that the photo's pixels could not read,
//     found by the markers, but the shaded code's finder patterns were
//     taken for the fourth marker, and the code was straightened out of
//     the shrunk photo; now the four targets spanning the widest
//     quadrilateral are the markers and the box comes from every pixel;
//   - photo 29: the top-left marker half cut off by the photo's edge,
//     its centre taken as the centroid of what was left, 12 m off; now
//     the centre of a cut marker is its core's, which the cut spares.
func TestReadFormerMisses(t *testing.T) {
	if testing.Short() {
		t.Skip("photos of 8–12 MP")
	}
	sh, sheet := sampleSheet(t, Options{})
	l, _ := NewLayout("A4")
	limit := 0.005 * GroundWidth(sh.Code.Bound)
	for name, s := range map[string]shot{
		"photo 6":  {w: 3328, h: 2496, turn: 226.8124750514114, tilt: 14.930253249990002, tiltDir: 40.21873176990488, fill: 0.6651389689393588, shade: 0.12893045742042003, blur: 2, quality: 60},
		"photo 29": {w: 3548, h: 2661, turn: 223.218675842761, tilt: 19.660414302829583, tiltDir: 191.19265497802772, fill: 0.8091617083900966, shade: 0.15029310788578565, blur: 2, quality: 60},
	} {
		for seed := range 3 {
			photo, truth := photograph(t, sheet, 150, s, rand.New(rand.NewPCG(uint64(seed), 9)))
			rd, err := Read(photo)
			if err != nil || rd.Code != sh.Code {
				t.Errorf("%s, shadow %d: %v", name, seed, err)
				continue
			}
			if e := cornerError(l, truth, rd.H) * metresPerMM(rd.Code, l); e > limit || rd.Found() != 4 {
				t.Errorf("%s, shadow %d: corners off by %.2f m (limit %.2f m), %d markers", name, seed, e, limit, rd.Found())
			}
		}
	}
}
