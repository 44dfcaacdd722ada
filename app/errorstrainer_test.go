package app

import (
	"context"
	"path/filepath"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
)

// newProject is a new, empty project in dir, closed when the test ends.
func newProject(t *testing.T, dir string) *store.Project {
	p, err := store.Open(filepath.Join(dir, "хороо6.gpkg"))
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}

// ubBox is a box around Ulaanbaatar's centre.
var ubBox = orb.Bound{Min: orb.Point{106.88, 47.90}, Max: orb.Point{106.95, 47.93}}

// The trainer's reset and copies, and the street map, refuse in
// Mongolian.
var trainerErrorCases = []namedErrorCase{
	{errorCase{"a reset of a project that is not the training one", func(t *testing.T, dir string) error {
		p := newProject(t, dir)
		p.Close()
		_, err := training.Reset(p.Path(), time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC))
		return err
	}, ""}, nil},
	{errorCase{"a participant's copy over the project itself", func(t *testing.T, dir string) error {
		p := newProject(t, dir)
		return p.SaveCopy(p.Path())
	}, ""}, nil},
	{errorCase{"a street map from a text file", func(t *testing.T, dir string) error {
		_, err := newProject(t, dir).PrepareStreets(context.Background(), write(t, dir, "хот.osm.pbf", "сайн байна уу, энэ бол газрын зураг биш"), ubBox, nil)
		return err
	}, ""}, nil},
	{errorCase{"a street map of another city", func(t *testing.T, dir string) error {
		osm := `<?xml version="1.0"?><osm version="0.6"><node id="1" lat="49.48" lon="105.94"/><node id="2" lat="49.49" lon="105.95"/>` +
			`<way id="3"><nd ref="1"/><nd ref="2"/><tag k="highway" v="residential"/><tag k="name" v="Сэлэнгийн гудамж"/></way></osm>`
		_, err := newProject(t, dir).PrepareStreets(context.Background(), write(t, dir, "дархан.osm", osm), ubBox, nil)
		return err
	}, ""}, nil},
}

// Each refusal of the trainer's tools and the street map reads in
// Mongolian.
func TestTrainerErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, trainerErrorCases)
}
