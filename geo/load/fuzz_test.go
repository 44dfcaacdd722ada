package load

import (
	"reflect"
	"strings"
	"testing"
	"testing/iotest"

	"github.com/khoroomap/khoroomap/geo"
)

// readBoth reads data whole and one byte at a time; the streaming readers
// must give the same answer however the input arrives.
func readBoth(t *testing.T, file string, data []byte) (*geo.Layer, error) {
	l, err := Read(file, strings.NewReader(string(data)), Options{})
	l1, err1 := Read(file, iotest.OneByteReader(strings.NewReader(string(data))), Options{})
	if (err == nil) != (err1 == nil) || (err != nil && err.Error() != err1.Error()) {
		t.Fatalf("whole read: %v; byte-at-a-time read: %v", err, err1)
	}
	if err == nil && !reflect.DeepEqual(l, l1) {
		t.Fatalf("whole and byte-at-a-time reads differ")
	}
	return l, err
}

// checkLayer asserts what every successfully loaded layer promises.
func checkLayer(t *testing.T, l *geo.Layer, err error) {
	if err != nil {
		if strings.Contains(err.Error(), "\n") {
			t.Errorf("multi-line error: %q", err)
		}
		return
	}
	if len(l.Features) == 0 {
		t.Fatal("a layer with no features was returned without an error")
	}
	for i := range l.Features {
		if l.Features[i].Name == "" {
			t.Errorf("feature %d has no name", i+1)
		}
		checkLonLat(t, l.Features[i].Geometry)
	}
}

func TestChunkedReads(t *testing.T) {
	for _, cases := range [][]loadCase{geojsonCases, kmlCases, topoCases} {
		for _, tc := range cases {
			t.Run(tc.name, func(t *testing.T) {
				file := tc.file
				if file == "" {
					file = "test.geojson"
				}
				l, err := readBoth(t, file, []byte(tc.in))
				checkLayer(t, l, err)
			})
		}
	}
}

func fuzzCases(f *testing.F, file string, cases []loadCase) {
	for _, tc := range cases {
		f.Add([]byte(tc.in))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		l, err := readBoth(t, file, data)
		checkLayer(t, l, err)
	})
}

func FuzzGeoJSON(f *testing.F)  { fuzzCases(f, "fuzz.geojson", geojsonCases) }
func FuzzKML(f *testing.F)      { fuzzCases(f, "fuzz.kml", kmlCases) }
func FuzzTopoJSON(f *testing.F) { fuzzCases(f, "fuzz.topojson", topoCases) }
