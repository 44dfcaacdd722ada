package load

import (
	"encoding/xml"
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// geometry reads the element just started, if it is a KML geometry, into
// pm; any other element is skipped whole.
func (k *kmlReader) geometry(local string, pm *placemark) error {
	switch local {
	case "Polygon":
		return k.polygon(pm)
	case "Point":
		pts, err := k.coordinatesIn()
		if err != nil {
			return err
		}
		if len(pts) == 0 {
			pm.empty = true
		} else {
			pm.points = append(pm.points, pts[0])
		}
		return nil
	case "LineString", "LinearRing", "Track", "MultiTrack", "Model":
		pm.lines++
		return k.skip()
	case "MultiGeometry":
		return k.multiGeometry(pm)
	}
	return k.skip()
}

// multiGeometry reads the members of a MultiGeometry.
func (k *kmlReader) multiGeometry(pm *placemark) error {
	for {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := k.geometry(t.Name.Local, pm); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// polygon reads a Polygon: one outer ring and any inner rings.
func (k *kmlReader) polygon(pm *placemark) error {
	var outer []orb.Point
	var inner [][]orb.Point
	for {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "outerBoundaryIs", "innerBoundaryIs":
				pts, err := k.coordinatesIn()
				if err != nil {
					return err
				}
				if t.Name.Local == "outerBoundaryIs" {
					outer = pts
				} else {
					inner = append(inner, pts)
				}
			default:
				if err := k.skip(); err != nil {
					return err
				}
			}
		case xml.EndElement:
			if len(outer) == 0 {
				pm.empty = true
				return nil
			}
			if p := k.b.polygon(append([][]orb.Point{outer}, inner...)); p != nil {
				pm.polys = append(pm.polys, p)
			}
			return nil
		}
	}
}

// coordinatesIn reads the <coordinates> found anywhere inside the current
// element, up to its end.
func (k *kmlReader) coordinatesIn() ([]orb.Point, error) {
	var pts []orb.Point
	depth := 1
	for depth > 0 {
		tok, err := k.token()
		if err != nil {
			return nil, eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if t.Name.Local != "coordinates" {
				depth++
				continue
			}
			text, err := k.text()
			if err != nil {
				return nil, err
			}
			more, threeD, err := parseKMLCoords(text)
			if err != nil {
				return nil, &Error{File: k.b.file, Feature: k.index, Msg: err.Error()}
			}
			k.b.threeD = k.b.threeD || threeD
			pts = append(pts, more...)
		case xml.EndElement:
			depth--
		}
	}
	return pts, nil
}

// parseKMLCoords reads "lon,lat[,alt] lon,lat[,alt] ..." tuples. Tuples are
// separated by white space; a comma (with or without spaces around it)
// continues a tuple.
func parseKMLCoords(text string) (pts []orb.Point, threeD bool, err error) {
	var tuple []float64
	flush := func() error {
		if len(tuple) == 0 {
			return nil
		}
		if len(tuple) < 2 {
			return fmt.Errorf("a <coordinates> tuple needs longitude,latitude; found %q", strconv.FormatFloat(tuple[0], 'f', -1, 64))
		}
		threeD = threeD || len(tuple) > 2
		pts = append(pts, orb.Point{tuple[0], tuple[1]})
		tuple = tuple[:0]
		return nil
	}
	afterComma := false
	for _, field := range strings.Fields(strings.ReplaceAll(text, ",", " , ")) {
		if field == "," {
			if len(tuple) == 0 {
				return nil, false, fmt.Errorf("a <coordinates> tuple starts with a comma")
			}
			afterComma = true
			continue
		}
		v, perr := strconv.ParseFloat(field, 64)
		if perr != nil {
			return nil, false, fmt.Errorf("invalid number %q in <coordinates>", field)
		}
		if !afterComma {
			if err := flush(); err != nil {
				return nil, false, err
			}
		}
		tuple = append(tuple, v)
		afterComma = false
	}
	return pts, threeD, flush()
}
