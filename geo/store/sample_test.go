package store

import (
	"bytes"
	"testing"
	"time"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// createSample writes a training-like project at path for the merge tests:
// the embedded sample imported at one fixed time, as geo/training does
// (which store's tests cannot import).
func createSample(tb testing.TB, path string) {
	tb.Helper()
	var ls []*geo.Layer
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		must(tb, err)
		ls = append(ls, l)
	}
	must(tb, CreateFilled(path, func(p *Project) error {
		_, err := p.ImportAt(ls, nil, "", time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC))
		return err
	}))
}
