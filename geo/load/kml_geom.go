package load

import (
	"encoding/xml"
)

// geometry reads the element just started, if it is a KML geometry, into
// pm; any other element is skipped whole.
func (k *kmlReader) geometry(local string, pm *placemark) error {
	switch local {
	case "Polygon":
		return k.polygon(pm)
	case "Point":
		start := len(k.cp.pts)
		if err := k.coordinatesIn(); err != nil {
			return err
		}
		if len(k.cp.pts) == start {
			pm.empty = true
		} else {
			pm.points = append(pm.points, k.cp.pts[start])
		}
		k.cp.pts = k.cp.pts[:start]
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

// polygon reads a Polygon: one outer ring and any inner rings. Their
// points are read into k.cp.pts, then stored by the builder.
func (k *kmlReader) polygon(pm *placemark) error {
	base := len(k.cp.pts)
	defer func() { k.cp.pts = k.cp.pts[:base] }()
	outer := [2]int{base, base}
	k.inner = k.inner[:0]
	for {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if name != "outerBoundaryIs" && name != "innerBoundaryIs" {
				if err := k.skip(); err != nil {
					return err
				}
				continue
			}
			start := len(k.cp.pts)
			if err := k.coordinatesIn(); err != nil {
				return err
			}
			if name == "outerBoundaryIs" {
				outer = [2]int{start, len(k.cp.pts)}
			} else {
				k.inner = append(k.inner, [2]int{start, len(k.cp.pts)})
			}
		case xml.EndElement:
			k.addPolygon(pm, outer)
			return nil
		}
	}
}

// addPolygon stores the rings read for a polygon, outer first.
func (k *kmlReader) addPolygon(pm *placemark, outer [2]int) {
	if outer[0] == outer[1] {
		pm.empty = true
		return
	}
	rings := append(k.rings[:0], k.cp.pts[outer[0]:outer[1]])
	for _, r := range k.inner {
		rings = append(rings, k.cp.pts[r[0]:r[1]])
	}
	k.rings = rings
	k.b.feature = k.index
	n := len(pm.polys)
	if pm.polys = k.b.polygon(pm.polys, rings); len(pm.polys) == n {
		pm.noArea = true
	}
}

// coordinatesIn reads the <coordinates> found anywhere inside the current
// element, up to its end, appending their points to k.cp.pts.
func (k *kmlReader) coordinatesIn() error {
	depth, in := 1, false
	for depth > 0 {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			in = in || t.Name.Local == "coordinates"
		case xml.CharData:
			if in {
				err = k.cp.feed(t)
			}
		case xml.EndElement:
			depth--
			if in && t.Name.Local == "coordinates" {
				in, err = false, k.cp.end()
			}
		}
		if err != nil {
			return because(Error{File: k.b.file, Feature: k.index}, err)
		}
	}
	k.b.threeD = k.b.threeD || k.cp.threeD
	return nil
}
