package store

import (
	"bytes"
	"database/sql"
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
// boundary layers with the role as, or the one inferred when as is nil;
// afterwards every annotation's khoroo, kheseg and ger area are worked out
// again. It is one transaction: all of it is written, or, when anything
// fails (a file, the disk, a damaged project), nothing is.
func (p *Project) Import(ls []*geo.Layer, as *geo.Role, author string) (ImportResult, error) {
	for _, l := range ls {
		if as != nil && *as == geo.RolePoints && l.Kind != geo.Points {
			return ImportResult{}, fmt.Errorf("store: %s holds areas, not service points", l.Source)
		}
	}
	var res ImportResult
	err := p.tx(func(tx *sql.Tx) error {
		res = ImportResult{}
		s, err := readSet(tx)
		if err != nil {
			return fmt.Errorf("store: %s: %w", p.path, err)
		}
		for _, l := range ls {
			if err := importLayer(tx, s, l, as, author, &res); err != nil {
				return err
			}
			if afterImportFile != nil {
				if err := afterImportFile(l); err != nil {
					return err
				}
			}
		}
		return refreshPlaces(tx)
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// afterImportFile, when set (by tests), runs after each file of an import
// is written, inside its transaction; an error makes the import fail.
var afterImportFile func(*geo.Layer) error

// importLayer writes one file of an import: a boundary layer, or service
// points added to s (later files see them).
func importLayer(tx *sql.Tx, s *annot.Set, l *geo.Layer, as *geo.Role, author string, res *ImportResult) error {
	if l.Kind != geo.Points || (as != nil && *as != geo.RolePoints) {
		role := geo.InferRole(l)
		if as != nil {
			role = *as
		}
		table, err := addLayer(tx, l, role)
		if err != nil {
			return fmt.Errorf("store: adding %s: %w", l.Source, err)
		}
		res.Layers = append(res.Layers, table)
		return nil
	}
	pts, err := exchange.Points(l, exchange.Options{Categories: s.Categories, Author: author, Now: time.Now()})
	if err != nil {
		return err
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
		if err := validate(c); err != nil {
			return err
		}
		if err := apply(tx, c); err != nil {
			return err
		}
	}
	s.Points = append(s.Points, pts...)
	return nil
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
	return p.tx(refreshPlaces)
}

func refreshPlaces(tx *sql.Tx) error {
	layers, err := readLayers(tx)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	s, err := readSet(tx)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	if Assigner(layers).Assign(s) == 0 {
		return nil
	}
	return updatePlaces(tx, s)
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
