package load

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// walk is a phone's GPX of a walk: a waypoint, a track of two segments
// (the phone lost the signal between them) and a route.
//
//	47.92 ─ wpt        trkseg 1: (106.90,47.90)─(106.91,47.91)
//	                   trkseg 2: (106.92,47.92)─(106.93,47.92)─(106.93,47.93)
//	                   rte:      (106.95,47.95)─(106.96,47.96)
const walk = `<?xml version="1.0"?><gpx version="1.1" creator="OsmAnd">
<wpt lat="47.92" lon="106.90"><name>Худаг</name></wpt>
<trk><name>Алхсан зам</name><trkseg>
 <trkpt lat="47.90" lon="106.90"><time>2026-01-12T02:30:00Z</time></trkpt><trkpt lat="47.91" lon="106.91"/></trkseg>
 <trkseg><trkpt lat="47.92" lon="106.92"/><trkpt lat="47.92" lon="106.93"/><trkpt lat="47.93" lon="106.93"/></trkseg>
 <trkseg><trkpt lat="47.94" lon="106.94"/></trkseg></trk>
<rte><name>Route</name><rtept lat="47.95" lon="106.95"/><rtept lat="47.96" lon="106.96"/></rte>
</gpx>`

func TestGPXTracks(t *testing.T) {
	for _, tc := range []struct {
		name    string
		in      string
		opt     Options
		kind    geo.Kind
		n       int
		warning string
	}{
		{"waypoints win by default", walk, Options{}, geo.Points, 1, "2 features of track or route lines beside waypoints"},
		{"lines when asked", walk, Options{Lines: true}, geo.Lines, 2, "1 feature of waypoints beside the tracks"},
		{"a track alone is a line layer", strings.Replace(walk, `<wpt lat="47.92" lon="106.90"><name>Худаг</name></wpt>`, "", 1), Options{}, geo.Lines, 2, ""},
	} {
		t.Run(tc.name, func(t *testing.T) {
			l, err := Read("walk.gpx", strings.NewReader(tc.in), tc.opt)
			if err != nil {
				t.Fatal(err)
			}
			if l.Kind != tc.kind || len(l.Features) != tc.n {
				t.Fatalf("%v with %d features, want %v with %d", l.Kind, len(l.Features), tc.kind, tc.n)
			}
			if got := strings.Join(l.Warnings, "; "); !strings.Contains(got, tc.warning) {
				t.Errorf("warnings %q, want %q", got, tc.warning)
			}
		})
	}
	l, _ := Read("walk.gpx", strings.NewReader(walk), Options{Lines: true})
	track := l.Features[0]
	want := orb.MultiLineString{{{106.90, 47.90}, {106.91, 47.91}}, {{106.92, 47.92}, {106.93, 47.92}, {106.93, 47.93}}}
	date, _ := track.Props.Get("date")
	if !orb.Equal(track.Geometry, want) || track.Name != "Алхсан зам" || date != "2026-01-12T02:30:00Z" {
		t.Errorf("track %q %v %v", track.Name, track.Props, track.Geometry)
	}
	if l.Bound.Max != (orb.Point{106.96, 47.96}) {
		t.Errorf("bound %v", l.Bound)
	}
}

func TestGPXTrackBadPoint(t *testing.T) {
	in := `<gpx><trk><trkseg><trkpt lat="47.9" lon="106.9"/><trkpt lat="95" lon="106.9"/></trkseg></trk></gpx>`
	_, err := Read("bad.gpx", strings.NewReader(in), Options{})
	if err == nil || !strings.Contains(err.Error(), `bad.gpx`) || !strings.Contains(err.Error(), `lat="95"`) {
		t.Errorf("error %v", err)
	}
}

func TestAllKeepsWaypointsAndTracks(t *testing.T) {
	dir := t.TempDir()
	for name, in := range map[string]string{"walk.gpx": walk, "favourites.gpx": `<gpx><wpt lat="47.9" lon="106.9"/></gpx>`} {
		path := filepath.Join(dir, name)
		if err := os.WriteFile(path, []byte(in), 0o644); err != nil {
			t.Fatal(err)
		}
		ls, err := All(path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var kinds []string
		for _, l := range ls {
			kinds = append(kinds, l.Kind.String())
		}
		want := map[string]string{"walk.gpx": "points lines", "favourites.gpx": "points"}[name]
		if got := strings.Join(kinds, " "); got != want {
			t.Errorf("%s: %s, want %s", name, got, want)
		}
	}
}
