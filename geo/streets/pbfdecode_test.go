package streets

import (
	"bytes"
	"context"
	"encoding/binary"
	"errors"
	"math"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

// pbVarint, pbBytes and pbPacked write protobuf fields; zz is zigzag.
func pbVarint(num int, v uint64) []byte {
	return binary.AppendUvarint(binary.AppendUvarint(nil, uint64(num)<<3), v)
}

func pbBytes(num int, parts ...[]byte) []byte {
	b := bytes.Join(parts, nil)
	h := binary.AppendUvarint(binary.AppendUvarint(nil, uint64(num)<<3|2), uint64(len(b)))
	return append(h, b...)
}

func pbPacked(num int, vs ...uint64) []byte {
	var b []byte
	for _, v := range vs {
		b = binary.AppendUvarint(b, v)
	}
	return pbBytes(num, b)
}

func zz(v int64) uint64 { return uint64(v<<1) ^ uint64(v>>63) }

// pbStrings is a string table.
func pbStrings(s ...string) []byte {
	var b [][]byte
	for _, x := range s {
		b = append(b, pbBytes(1, []byte(x)))
	}
	return pbBytes(1, b...)
}

// pbfFile is an .osm.pbf file of raw (not zlib) blocks of type typ.
func pbfFile(typ string, blocks ...[]byte) []byte {
	var out []byte
	for _, data := range blocks {
		blob := append(pbBytes(1, data), pbVarint(2, uint64(len(data)))...)
		out = append(out, pbfBlock(typ, int64(len(blob)), blob)...)
	}
	return out
}

// A place node in Ulaanbaatar: place=village, name=Жаргалант.
var (
	placeStrings = pbStrings("", "place", "village", "name", "Жаргалант")
	placeLat     = zz(479200000) // 47.92 at the default granularity (100 nanodegrees)
	placeLon     = zz(1069000000)
)

// The forms the format allows beside the usual one, each read alike:
//
//	sparse     a node in the plain form (the old decoder panicked on it)
//	unpacked   dense nodes and a way's refs as one field a value, the
//	           string table after the groups, granularity and offsets set
func TestReadPBFForms(t *testing.T) {
	cases := map[string]struct {
		block []byte
		want  []Feature
	}{
		"sparse.osm.pbf": {
			slices.Concat(placeStrings, pbBytes(2, pbBytes(1, pbVarint(1, zz(7)), pbPacked(2, 1, 3), pbPacked(3, 2, 4),
				pbVarint(8, placeLat), pbVarint(9, placeLon)))),
			[]Feature{{ID: 7, Class: Place, Name: "Жаргалант", Geometry: orb.Point{106.9, 47.92}}},
		},
		"unpacked.osm.pbf": {
			slices.Concat(
				pbBytes(2,
					pbBytes(2, pbVarint(1, zz(5)), pbVarint(1, zz(1)), pbVarint(8, zz(47920)), pbVarint(8, zz(1)),
						pbVarint(9, zz(106900)), pbVarint(9, zz(2)), pbPacked(10, 0, 0)),
					pbBytes(3, pbVarint(1, 9), pbPacked(2, 1), pbPacked(3, 2), pbVarint(8, zz(5)), pbVarint(8, zz(1)))),
				pbVarint(17, 1000000), pbVarint(19, uint64(1000)), pbStrings("", "highway", "residential")),
			[]Feature{{ID: 9, Class: Street, Geometry: orb.LineString{{106.9, 47.920001}, {106.902, 47.921001}}}},
		},
	}
	dir := t.TempDir()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			os.WriteFile(p, pbfFile("OSMData", c.block), 0o644)
			s, err := Read(context.Background(), p, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if len(s.Features) != len(c.want) {
				t.Fatalf("%+v, want %+v", s.Features, c.want)
			}
			for i, f := range s.Features {
				if d := sameFeature(f, c.want[i]); d != "" {
					t.Errorf("%+v, want %+v: %s", f, c.want[i], d)
				}
			}
		})
	}
}

// sameFeature says how two features differ ("" when they do not),
// coordinates within a millionth of a degree.
func sameFeature(a, b Feature) string {
	if a.ID != b.ID || a.Class != b.Class || a.Name != b.Name || a.NameMN != b.NameMN || a.NameEN != b.NameEN || a.Number != b.Number {
		return "another feature"
	}
	pa, pb := points(a.Geometry), points(b.Geometry)
	if len(pa) != len(pb) {
		return "another shape"
	}
	for i := range pa {
		if math.Abs(pa[i][0]-pb[i][0]) > 1e-6 || math.Abs(pa[i][1]-pb[i][1]) > 1e-6 {
			return "other coordinates"
		}
	}
	return ""
}

// points lists a geometry's points, ring after ring.
func points(g orb.Geometry) []orb.Point {
	switch v := g.(type) {
	case orb.Point:
		return []orb.Point{v}
	case orb.LineString:
		return v
	case orb.Polygon:
		var p []orb.Point
		for _, r := range v {
			p = append(p, r...)
		}
		return p
	}
	return nil
}

// Damaged or unreadable blocks are refused in one line naming the file,
// the block and the problem, never a panic:
//
//	string-index  a tag naming string 9 of a table of 5
//	short-lats    three node ids, two latitudes
//	member-type   a relation member of type 7 (0-2 exist)
//	feature       a header requiring a feature no tool writes
//	lzma          a blob packed with lzma
func TestReadPBFDamaged(t *testing.T) {
	rel := pbBytes(4, pbVarint(1, 3), pbPacked(8, 0), pbPacked(9, zz(1)), pbPacked(10, 7))
	cases := map[string]struct {
		file []byte
		want string
	}{
		"string-index.osm.pbf": {pbfFile("OSMData", slices.Concat(placeStrings, pbBytes(2, pbBytes(1, pbVarint(1, 2),
			pbPacked(2, 9), pbPacked(3, 2))))), "block 1: its data is damaged"},
		"short-lats.osm.pbf": {pbfFile("OSMData", slices.Concat(placeStrings, pbBytes(2, pbBytes(2, pbPacked(1, 2, 2, 2),
			pbPacked(8, placeLat, 0), pbPacked(9, placeLon, 0, 0))))), "block 1: its data is damaged"},
		"member-type.osm.pbf": {pbfFile("OSMData", slices.Concat(placeStrings, pbBytes(2, rel))), "block 1: its data is damaged"},
		"feature.osm.pbf":     {pbfFile("OSMHeader", pbBytes(4, []byte("Teleport-V1"))), "block 1: it needs Teleport-V1"},
		"lzma.osm.pbf": {pbfBlock("OSMData", int64(len(pbBytes(4, []byte("xz")))), pbBytes(4, []byte("xz"))),
			"block 1: its blob is packed with lzma"},
	}
	dir := t.TempDir()
	for name, c := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			os.WriteFile(p, c.file, 0o644)
			_, err := Read(context.Background(), p, Options{})
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.Contains(msg, p) || !strings.Contains(msg, c.want) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming the file and %q", msg, c.want)
			}
		})
	}
}

// The same extract written by osmium as .osm and as .osm.pbf reads to the
// same features, one by one (ids, classes, names, coordinates).
func TestReadPBFLikeXML(t *testing.T) {
	xml, pbf := osmsynth.Extract(t, 5, 3)
	if pbf == "" {
		t.Skip("osmium not installed: no .osm.pbf")
	}
	a, err := Read(context.Background(), xml, Options{})
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read(context.Background(), pbf, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if len(a.Features) != len(b.Features) || len(a.Features) < 100 {
		t.Fatalf("%d features from .osm, %d from .osm.pbf", len(a.Features), len(b.Features))
	}
	for i := range a.Features {
		if d := sameFeature(a.Features[i], b.Features[i]); d != "" {
			t.Errorf("feature %d: %+v from .osm, %+v from .osm.pbf: %s", i, a.Features[i], b.Features[i], d)
		}
	}
}

// Cancelling a read of an .osm.pbf, before it starts or from its
// progress (called from the reading goroutine), ends it with the
// context's error, and its reading and decoding goroutines end with it.
func TestReadPBFCancel(t *testing.T) {
	_, pbf := osmsynth.Extract(t, 20, 4)
	if pbf == "" {
		t.Skip("osmium not installed: no .osm.pbf")
	}
	for _, during := range []bool{false, true} {
		before := runtime.NumGoroutine()
		ctx, cancel := context.WithCancel(context.Background())
		var calls atomic.Int32
		o := Options{Progress: func(float64) { calls.Add(1); cancel() }}
		if !during {
			cancel()
		}
		if _, err := Read(ctx, pbf, o); !errors.Is(err, context.Canceled) {
			t.Fatalf("cancelled (during the read: %v): %v, want context.Canceled", during, err)
		}
		if during && calls.Load() == 0 {
			t.Error("no progress reported")
		}
		for i := 0; runtime.NumGoroutine() > before && i < 100; i++ {
			time.Sleep(10 * time.Millisecond) // goroutines of the test runner may still be ending
		}
		if n := runtime.NumGoroutine(); n > before {
			t.Errorf("%d goroutines after the read, %d before", n, before)
		}
	}
}
