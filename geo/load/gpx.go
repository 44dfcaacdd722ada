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

// Why a GPX file's lines or points are left out of its layer.
const (
	whyTrack       = "of track or route lines beside waypoints (read on their own as a line layer)"
	whyBesideLines = "of waypoints beside the tracks (read on their own as points)"
)

// gpxPoint is a GPX 1.0/1.1 waypoint, track point or route point, as
// phones' apps write them (OsmAnd's favourites keep their group in <type>).
type gpxPoint struct {
	Lat  string `xml:"lat,attr"`
	Lon  string `xml:"lon,attr"`
	Name string `xml:"name"`
	Desc string `xml:"desc"`
	Cmt  string `xml:"cmt"`
	Type string `xml:"type"`
	Time string `xml:"time"`
}

// gpxLine is a track (its segments) or a route (its points).
type gpxLine struct {
	Name     string `xml:"name"`
	Desc     string `xml:"desc"`
	Type     string `xml:"type"`
	Segments []struct {
		Points []gpxPoint `xml:"trkpt"`
	} `xml:"trkseg"`
	Points []gpxPoint `xml:"rtept"`
}

// readGPX reads a GPX file's waypoints as points and its tracks and
// routes as lines (finish keeps one or the other).
func readGPX(r io.Reader, b *builder) error {
	lim := &rowLimit{r: r}
	d := xml.NewDecoder(lim)
	b.crsName = "EPSG:4326" // GPX is always WGS84
	index := 0
	for {
		lim.start, lim.most = lim.read, maxRow // a tag, a comment, a text between features
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			return nil
		}
		if errors.Is(err, errLongRow) {
			return errorf(b.file, "an element longer than %d MiB; the file is refused (is it really GPX?)", maxRow>>20)
		} else if err != nil {
			line, _ := d.InputPos()
			return worded(Error{File: b.file, Line: line}, "invalid GPX: %w", err)
		}
		se, ok := tok.(xml.StartElement)
		if !ok {
			continue
		}
		switch se.Name.Local {
		case "wpt":
			index++
			var w gpxPoint
			lim.most = maxRow // a waypoint's texts are a row's
			if err := d.DecodeElement(&w, &se); errors.Is(err, errLongRow) {
				return worded(Error{File: b.file, Feature: index}, "a waypoint longer than %d MiB, the most a feature's attributes may hold; the file is refused", maxRow>>20)
			} else if err != nil {
				line, _ := d.InputPos()
				return worded(Error{File: b.file, Feature: index, Line: line}, "invalid GPX waypoint: %w", err)
			}
			if err := b.addWaypoint(index, w); err != nil {
				return err
			}
		case "trk", "rte":
			index++
			var l gpxLine
			lim.most = maxToken // a long walk's track
			if err := d.DecodeElement(&l, &se); errors.Is(err, errLongRow) {
				return worded(Error{File: b.file, Feature: index}, "an element longer than %d MiB; the file is refused (is it really GPX?)", maxToken>>20)
			} else if err != nil {
				line, _ := d.InputPos()
				return worded(Error{File: b.file, Feature: index, Line: line}, "invalid GPX %s: %w", se.Name.Local, err)
			}
			if err := b.addGPXLine(index, l); err != nil {
				return err
			}
		}
	}
}

func (b *builder) addWaypoint(index int, w gpxPoint) error {
	at, err := b.gpxPosition(index, w)
	if err != nil {
		return err
	}
	var props geo.Props
	for _, kv := range [][2]string{{"name", w.Name}, {"description", first(w.Desc, w.Cmt)}, {"category", w.Type}, {"date", w.Time}} {
		if v := strings.TrimSpace(kv[1]); v != "" {
			props.Set(kv[0], v)
		}
	}
	b.addPoint(index, props, at)
	return nil
}

// gpxPosition reads a point's lat and lon attributes.
func (b *builder) gpxPosition(index int, w gpxPoint) (orb.Point, error) {
	lat, err1 := strconv.ParseFloat(strings.TrimSpace(w.Lat), 64)
	lon, err2 := strconv.ParseFloat(strings.TrimSpace(w.Lon), 64)
	if err1 != nil || err2 != nil || !geo.ValidLonLat(orb.Point{lon, lat}) {
		return orb.Point{}, worded(Error{File: b.file, Feature: index}, "the point's lat=%q lon=%q is not a position", geo.Shorten(w.Lat, geo.MessageChars), geo.Shorten(w.Lon, geo.MessageChars))
	}
	return orb.Point{lon, lat}, nil
}

func first(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
