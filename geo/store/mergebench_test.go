package store

import (
	"bytes"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
)

// editCopy copies the project at base to path and makes n random edits
// there, as participant who: a third change a point's notes, a third its
// status (so that copies sometimes agree), a third add a point of their
// own.
func editCopy(b *testing.B, base, path string, n int, who int) {
	data, err := os.ReadFile(base)
	must(b, err)
	must(b, os.WriteFile(path, data, 0o644))
	p, err := Open(path)
	must(b, err)
	defer p.Close()
	s, err := p.Load()
	must(b, err)
	rng := rand.New(rand.NewPCG(uint64(who), 14))
	var cs []annot.Change
	for i := range n {
		at := t0.Add(time.Duration(who*1000+i) * time.Second)
		old := s.Points[rng.IntN(len(s.Points))]
		q := old
		switch i % 3 {
		case 0:
			q.Notes = fmt.Sprintf("P%d: %d", who, i)
		case 1:
			q.Status = annot.Statuses[rng.IntN(len(annot.Statuses))]
		default:
			q = samplePoint(fmt.Sprintf("P%d's point %d", who, i), orb.Point{106.7 + float64(who)*0.01, 47.7 + float64(i)*0.001})
			cs = append(cs, annot.Touch(annot.Change{NewPoint: &q}, fmt.Sprint("P", who), at))
			continue
		}
		cs = append(cs, annot.Touch(annot.Change{OldPoint: &old, NewPoint: &q}, fmt.Sprint("P", who), at))
	}
	must(b, p.ApplyAll(cs))
}

// BenchmarkMerge10000 merges two copies of a project of 10,000
// annotations, each with 1,500 edits of its own (target: under 1 s), files
// read and the merged file written.
func BenchmarkMerge10000(b *testing.B) {
	dir := b.TempDir()
	base := filepath.Join(dir, "base.gpkg")
	p, err := Open(base)
	must(b, err)
	must(b, p.ApplyAll(bigProject()))
	p.Close()
	a, c := filepath.Join(dir, "a.gpkg"), filepath.Join(dir, "b.gpkg")
	editCopy(b, base, a, 1500, 1)
	editCopy(b, base, c, 1500, 2)
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MergeFiles(filepath.Join(dir, "m.gpkg"), []string{a, c}); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkMergeWorkshop merges 20 training copies with 50 edits each in
// one step (target: under 2 s).
func BenchmarkMergeWorkshop(b *testing.B) {
	dir := b.TempDir()
	base := filepath.Join(dir, "training.gpkg")
	createSample(b, base)
	var copies []string
	for i := range 20 {
		path := filepath.Join(dir, fmt.Sprintf("p%02d.gpkg", i))
		editCopy(b, base, path, 50, i)
		copies = append(copies, path)
	}
	b.ReportAllocs()
	for b.Loop() {
		if _, err := MergeFiles(filepath.Join(dir, "m.gpkg"), copies); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkImport10000 imports 10,000 points without IDs into the
// training project, as `khoroomap import -as points` does (compare with
// ogr2ogr -append in .ci/bench-workshop).
func BenchmarkImport10000(b *testing.B) {
	var buf bytes.Buffer
	buf.WriteString(`{"type":"FeatureCollection","features":[`)
	rng := rand.New(rand.NewPCG(7, 7))
	for i := range 10000 {
		if i > 0 {
			buf.WriteByte(',')
		}
		fmt.Fprintf(&buf, `{"type":"Feature","properties":{"name":"kiosk %d","category":"water_kiosk","status":"working"},"geometry":{"type":"Point","coordinates":[%.6f,%.6f]}}`,
			i, 106.75+rng.Float64()*0.35, 47.85+rng.Float64()*0.12)
	}
	buf.WriteString(`]}`)
	dir := b.TempDir()
	base := filepath.Join(dir, "training.gpkg")
	createSample(b, base)
	data, err := os.ReadFile(base)
	must(b, err)
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		path := filepath.Join(dir, "p.gpkg")
		must(b, os.WriteFile(path, data, 0o644))
		b.StartTimer()
		l, err := load.Read("points.geojson", bytes.NewReader(buf.Bytes()), load.Options{Points: true})
		must(b, err)
		p, err := Open(path)
		must(b, err)
		res, err := p.Import([]*geo.Layer{l}, nil, "")
		must(b, err)
		if res.Added != 10000 {
			b.Fatalf("%+v", res)
		}
		p.Close()
	}
}
