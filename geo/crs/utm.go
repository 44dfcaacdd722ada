package crs

import (
	"math"

	"github.com/paulmach/orb"
)

// UTM is one zone of the Universal Transverse Mercator projection on the
// WGS84 ellipsoid. The series (Krüger's, to third order in n) are accurate
// to well under a millimetre within a zone. The zero value is not a valid
// zone; Zone runs from 1 to 60.
type UTM struct {
	Zone  int
	South bool
}

// WGS84 ellipsoid and UTM constants, and the Krüger series coefficients.
var (
	utmK0 = 0.9996
	utmE0 = 500000.0
	utmN  = func() float64 { f := 1 / 298.257223563; return f / (2 - f) }()
	utmA  = 6378137.0 / (1 + utmN) * (1 + utmN*utmN/4 + utmN*utmN*utmN*utmN/64)
	alpha = [3]float64{
		utmN/2 - 2*utmN*utmN/3 + 5*utmN*utmN*utmN/16,
		13*utmN*utmN/48 - 3*utmN*utmN*utmN/5,
		61 * utmN * utmN * utmN / 240,
	}
	beta = [3]float64{
		utmN/2 - 2*utmN*utmN/3 + 37*utmN*utmN*utmN/96,
		utmN*utmN/48 + utmN*utmN*utmN/15,
		17 * utmN * utmN * utmN / 480,
	}
	delta = [3]float64{
		2*utmN - 2*utmN*utmN/3 - 2*utmN*utmN*utmN,
		7*utmN*utmN/3 - 8*utmN*utmN*utmN/5,
		56 * utmN * utmN * utmN / 15,
	}
)

// ForZone returns the UTM zone whose central meridian is nearest lon.
func ForZone(lon, lat float64) UTM {
	z := int(math.Floor((lon+180)/6)) + 1
	z = min(max(z, 1), 60)
	return UTM{Zone: z, South: lat < 0}
}

func (u UTM) centralMeridian() float64 {
	return float64(u.Zone*6-183) * math.Pi / 180
}

func (u UTM) falseNorthing() float64 {
	if u.South {
		return 10000000
	}
	return 0
}

// ToLonLat converts easting/northing in metres to WGS84 lon/lat.
func (u UTM) ToLonLat(p orb.Point) orb.Point {
	xi := (p[1] - u.falseNorthing()) / (utmK0 * utmA)
	eta := (p[0] - utmE0) / (utmK0 * utmA)
	xi1, eta1 := xi, eta
	for j := 1; j <= 3; j++ {
		b := beta[j-1]
		xi1 -= b * math.Sin(2*float64(j)*xi) * math.Cosh(2*float64(j)*eta)
		eta1 -= b * math.Cos(2*float64(j)*xi) * math.Sinh(2*float64(j)*eta)
	}
	chi := math.Asin(math.Sin(xi1) / math.Cosh(eta1))
	phi := chi
	for j := 1; j <= 3; j++ {
		phi += delta[j-1] * math.Sin(2*float64(j)*chi)
	}
	lam := u.centralMeridian() + math.Atan2(math.Sinh(eta1), math.Cos(xi1))
	return orb.Point{lam * 180 / math.Pi, phi * 180 / math.Pi}
}

// FromLonLat converts WGS84 lon/lat to easting/northing in metres.
func (u UTM) FromLonLat(p orb.Point) orb.Point {
	phi := p[1] * math.Pi / 180
	dl := p[0]*math.Pi/180 - u.centralMeridian()
	c := 2 * math.Sqrt(utmN) / (1 + utmN)
	t := math.Sinh(math.Atanh(math.Sin(phi)) - c*math.Atanh(c*math.Sin(phi)))
	xi1 := math.Atan2(t, math.Cos(dl))
	eta1 := math.Atanh(math.Sin(dl) / math.Sqrt(1+t*t))
	e, n := eta1, xi1
	for j := 1; j <= 3; j++ {
		a := alpha[j-1]
		e += a * math.Cos(2*float64(j)*xi1) * math.Sinh(2*float64(j)*eta1)
		n += a * math.Sin(2*float64(j)*xi1) * math.Cosh(2*float64(j)*eta1)
	}
	return orb.Point{utmE0 + utmK0*utmA*e, u.falseNorthing() + utmK0*utmA*n}
}
