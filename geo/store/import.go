package store

import (
	"bytes"
	"fmt"
	"time"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
)

// ImportResult says what an import did.
type ImportResult struct {
	// Layers are the tables of the boundary layers added.
	Layers []string
	// Added and Updated count service points.
	Added, Updated int
}

// Import adds loaded layers to the project: point layers become service
// points (updating those with the same UUID), polygon layers become
// boundary layers with the role as, or the one inferred when as is nil.
// All conversion happens before anything is written; afterwards every
// annotation's khoroo, kheseg and ger area are worked out again.
func (p *Project) Import(ls []*geo.Layer, as *geo.Role, author string) (ImportResult, error) {
	var res ImportResult
	s, err := p.Load()
	if err != nil {
		return res, err
	}
	var changes []annot.Change
	var boundaries []*geo.Layer
	for _, l := range ls {
		asPoints := l.Kind == geo.Points && (as == nil || *as == geo.RolePoints)
		if as != nil && *as == geo.RolePoints && l.Kind != geo.Points {
			return res, fmt.Errorf("store: %s holds areas, not service points", l.Source)
		}
		if !asPoints {
			boundaries = append(boundaries, l)
			continue
		}
		pts, err := exchange.Points(l, exchange.Options{Categories: s.Categories, Author: author, Now: time.Now()})
		if err != nil {
			return res, err
		}
		for i := range pts {
			c := annot.Change{NewPoint: &pts[i]}
			if old, ok := s.Point(pts[i].ID); ok {
				c.OldPoint = &old
				pts[i].Created = old.Created
				res.Updated++
			} else {
				res.Added++
			}
			changes = append(changes, c)
		}
	}
	for _, l := range boundaries {
		role := geo.InferRole(l)
		if as != nil {
			role = *as
		}
		table, err := p.AddLayer(l, role)
		if err != nil {
			return res, err
		}
		res.Layers = append(res.Layers, table)
	}
	if err := p.ApplyAll(changes); err != nil {
		return res, err
	}
	return res, p.RefreshPlaces()
}

// Assigner returns an assigner over the project's boundary layers.
func Assigner(layers []Layer) *annot.Assigner {
	var bs []annot.Boundary
	for _, l := range layers {
		bs = append(bs, annot.Boundary{Layer: l.Layer, Role: l.Role})
	}
	return annot.NewAssigner(bs)
}

// RefreshPlaces works out again which khoroo, kheseg and ger area every
// annotation lies in, from the project's boundary layers, and saves the
// ones that changed.
func (p *Project) RefreshPlaces() error {
	layers, err := p.Layers()
	if err != nil {
		return err
	}
	s, err := p.Load()
	if err != nil {
		return err
	}
	if Assigner(layers).Assign(s) == 0 {
		return nil
	}
	return p.UpdatePlaces(s)
}

// CreateSample writes the training project at path: the fictional
// training khoroo's boundaries as layers and its service points as
// annotations.
func CreateSample(path string) error {
	var ls []*geo.Layer
	for _, f := range assets.Sample() {
		l, err := load.Read(f.Name, bytes.NewReader(f.Data), load.Options{})
		if err != nil {
			return fmt.Errorf("store: the training sample: %w", err)
		}
		ls = append(ls, l)
	}
	return writeAtomically(path, func(tmp string) error {
		if err := Create(tmp); err != nil {
			return err
		}
		p, err := Open(tmp)
		if err != nil {
			return err
		}
		defer p.Close()
		if err := p.SetSetting(SettingTitle, "Сургалтын хороо (training sample)"); err != nil {
			return err
		}
		_, err = p.Import(ls, nil, "")
		return err
	})
}
