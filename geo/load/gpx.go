package load

import (
	"encoding/xml"
	"errors"
	"io"
	"strconv"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// whyTrack is why GPX tracks and routes are left out: the map does not
// draw lines yet.
const whyTrack = "of track or route lines (the route walked: not drawn yet)"

// gpxPoint is a GPX 1.0/1.1 waypoint, as phones' apps write them (OsmAnd's
// favourites keep their group in <type>).
type gpxPoint struct {
	Lat  string `xml:"lat,attr"`
	Lon  string `xml:"lon,attr"`
	Name string `xml:"name"`
	Desc string `xml:"desc"`
	Cmt  string `xml:"cmt"`
	Type string `xml:"type"`
	Time string `xml:"time"`
}

// readGPX reads a GPX file's waypoints as points; tracks and routes are
// counted as skipped.
func readGPX(r io.Reader, b *builder) error {
	d := xml.NewDecoder(r)
	b.crsName = "EPSG:4326" // GPX is always WGS84
	index := 0
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if err != nil {
			line, _ := d.InputPos()
			return &Error{File: b.file, Line: line, Msg: "invalid GPX: " + err.Error()}
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "wpt":
			index++
			var w gpxPoint
			if err := d.DecodeElement(&w, &se); err != nil {
				line, _ := d.InputPos()
				return &Error{File: b.file, Feature: index, Line: line, Msg: "invalid GPX waypoint: " + err.Error()}
			}
			if err := b.addWaypoint(index, w); err != nil {
				return err
			}
		case "trk", "rte":
			index++
			b.skip(whyTrack)
			if err := d.Skip(); err != nil {
				return &Error{File: b.file, Feature: index, Msg: "invalid GPX: " + err.Error()}
			}
		}
	}
}

func (b *builder) addWaypoint(index int, w gpxPoint) error {
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(w.Lat), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(w.Lon), 64)
	if err1 != nil || err2 != nil || !geo.ValidLonLat(orb.Point{lon, lat}) {
		return &Error{File: b.file, Feature: index, Msg: "the waypoint's lat=" + strconv.Quote(w.Lat) + " lon=" + strconv.Quote(w.Lon) + " is not a position"}
	}
	var props geo.Props
	for _, kv := range [][2]string{{"name", w.Name}, {"description", first(w.Desc, w.Cmt)}, {"category", w.Type}, {"date", w.Time}} {
		if v := strings.TrimSpace(kv[1]); v != "" {
			props.Set(kv[0], v)
		}
	}
	b.addPoint(index, props, orb.Point{lon, lat})
	return nil
}

func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
