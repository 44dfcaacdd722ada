package sheets

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// codePrefix starts every sheet's QR text, with the format's version.
const codePrefix = "KHM1"

// maxProject is the longest project name or page id (in bytes) a code
// keeps, so that the QR code stays small enough (version 5, 37 modules)
// to read from a phone photo.
const maxProject = 24

// Code is what a sheet's QR code holds: the project it was printed from,
// the page id and the lon/lat corners of its map frame (west, south, east,
// north; the frame is a Web Mercator rectangle).
type Code struct {
	Project, Page string
	Bound         orb.Bound
}

// String is the QR text: "KHM1|project|page|w,s,e,n" with six decimals
// (about 10 cm). A "|" in the project or page becomes "/", and a project
// name or page longer than 24 bytes is cut at a character boundary.
func (c Code) String() string {
	b := c.Bound
	return fmt.Sprintf("%s|%s|%s|%.6f,%.6f,%.6f,%.6f", codePrefix, clean(c.Project, maxProject), clean(c.Page, maxProject),
		b.Min[0], b.Min[1], b.Max[0], b.Max[1])
}

func clean(s string, n int) string {
	s = strings.ReplaceAll(s, "|", "/")
	for len(s) > n {
		_, size := lastRune(s)
		s = s[:len(s)-size]
	}
	return s
}

func lastRune(s string) (rune, int) {
	for i := len(s) - 1; i >= 0; i-- {
		if s[i]&0xC0 != 0x80 {
			return rune(s[i]), len(s) - i
		}
	}
	return 0, len(s)
}

// ParseCode reads a QR text written by Code.String. Text from a photo is
// hostile: anything else, corners that are not numbers, outside lon/lat
// or not a rectangle with area, is refused with a reason.
func ParseCode(text string) (Code, error) {
	parts := strings.Split(text, "|")
	if len(parts) != 4 || parts[0] != codePrefix {
		return Code{}, words.Errorf("sheets: the QR code %.40q is not a Khoroo Map field sheet's", text)
	}
	nums := strings.Split(parts[3], ",")
	if len(nums) != 4 {
		return Code{}, words.Errorf("sheets: the sheet code %.40q has %d corner values, not 4", text, len(nums))
	}
	var v [4]float64
	for i, n := range nums {
		f, err := strconv.ParseFloat(n, 64)
		if err != nil || f != f {
			return Code{}, words.Errorf("sheets: the sheet code's corner value %.20q is not a number", n)
		}
		v[i] = f
	}
	if v[0] < -180 || v[2] > 180 || v[1] < -85.06 || v[3] > 85.06 || v[0] >= v[2] || v[1] >= v[3] {
		return Code{}, words.Errorf("sheets: the sheet code's corners %s are not a west,south,east,north box on Earth", parts[3])
	}
	return Code{Project: parts[1], Page: parts[2], Bound: orb.Bound{Min: orb.Point{v[0], v[1]}, Max: orb.Point{v[2], v[3]}}}, nil
}
