// Package training is the training project: the fictional training khoroo
// that workshops start from, written the same on every laptop so that
// participants' copies merge cleanly, and reset when a workshop starts
// again. It reads the embedded sample files; geo/store only stores them.
package training

import (
	"bytes"
	"fmt"
	"time"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Time is when the training sample's annotations were made, on every
// laptop: with the IDs and revisions derived from the sample's content,
// two fresh training projects hold the same annotations.
var Time = time.Date(2026, 9, 1, 9, 0, 0, 0, time.UTC)

// SettingTraining marks the training project ("1"): only it is called
// "training" in the window, and it alone may be reset.
const SettingTraining = "training"

// title is the training project's title, which older versions wrote
// without SettingTraining.
const title = "Сургалтын хороо (training sample)"

// Layers reads the embedded sample files: the training khoroo's
// boundaries and its service points.
func Layers() ([]*geo.Layer, error) {
	var ls []*geo.Layer
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		if err != nil {
			return nil, fmt.Errorf("training: the training sample: %w", err)
		}
		ls = append(ls, l)
	}
	return ls, nil
}

// Create writes a fresh training project at path: the training khoroo's
// boundaries as layers and its service points as annotations, with the
// same IDs, revisions and times on every laptop. An existing file at path
// is replaced.
func Create(path string) error {
	ls, err := Layers()
	if err != nil {
		return err
	}
	return store.CreateFilled(path, func(p *store.Project) error {
		if err := p.SetSetting(store.SettingTitle, title); err != nil {
			return err
		}
		if err := p.SetSetting(SettingTraining, "1"); err != nil {
			return err
		}
		_, err := p.ImportAt(ls, nil, "", Time)
		return err
	})
}

// Is reports whether p is the training project.
func Is(p *store.Project) (bool, error) {
	if v, ok, err := p.Setting(SettingTraining); err != nil || ok {
		return v == "1", err
	}
	t, _, err := p.Setting(store.SettingTitle)
	return t == title, err
}
