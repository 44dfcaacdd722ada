package store

import (
	"fmt"
	"slices"
	"time"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// ImportResult says what an import did.
type ImportResult struct {
	// Layers are the tables of the boundary layers added.
	Layers []string
	// NewLayers are the same layers as stored (table, layer and role), in
	// the order of the layers imported, for a window to show.
	NewLayers []Layer
	// Added, Updated and Unchanged count service points: a point already
	// imported (the same key, see exchange.Points) is updated when the
	// file says something else of it, else left as it is.
	Added, Updated, Unchanged int
	// Gaps count the gaps brought back from an export (a KMZ, a
	// Shapefile zip, a GeoJSON), kept by their uuid as points are.
	Gaps GapCounts
	// Guessed counts the points whose category was told from their tags
	// or name, by rule (see exchange.Options.Guessed).
	Guessed map[string]int
}

// Import adds loaded layers to the project: point layers become service
// points (updating those imported before), polygon layers become boundary
// layers with the role as, or the one inferred when as is nil. The points
// are written with their khoroo, kheseg and ger area; when boundaries were
// added, every annotation's places are worked out again. It is one
// transaction: all of it is written, or, when anything fails (a file, the
// disk, a damaged project), nothing is.
func (p *Project) Import(ls []*geo.Layer, as *geo.Role, author string) (ImportResult, error) {
	return p.importAt(ls, as, author, time.Now(), nil)
}

// ImportAt is Import with the time the new annotations are made at: a
// fixed time gives the same IDs and revisions on every laptop (the
// training sample).
func (p *Project) ImportAt(ls []*geo.Layer, as *geo.Role, author string, now time.Time) (ImportResult, error) {
	return p.importAt(ls, as, author, now, nil)
}

// ImportWithPhotos is Import for files that carry photos (a KMZ export,
// see exchange.ArchivePhotos): the photos are stored in the same
// transaction, and each point gets those its "photos" attribute names by
// file.
func (p *Project) ImportWithPhotos(ls []*geo.Layer, as *geo.Role, author string, photos []photo.Photo) (ImportResult, error) {
	for i := range photos {
		if err := validPhoto(&photos[i]); err != nil {
			return ImportResult{}, err
		}
	}
	return p.importAt(ls, as, author, time.Now(), photos)
}

func (p *Project) importAt(ls []*geo.Layer, as *geo.Role, author string, now time.Time, photos []photo.Photo) (ImportResult, error) {
	ids := map[string]string{}
	for _, ph := range photos {
		ids[ph.Name] = ph.ID
	}
	for _, l := range ls {
		if role, b := load.Take(l, as); role == load.RoleBoundary && b == geo.RolePoints {
			return ImportResult{}, words.Errorf("store: %s holds areas, not service points", l.Source)
		}
	}
	var res ImportResult
	err := p.write(func(w *writer) error {
		res = ImportResult{Guessed: map[string]int{}}
		s, err := readSet(w.tx, nil)
		if err != nil {
			return fmt.Errorf("store: %s: %w", p.path, err)
		}
		for i := range photos {
			if err := putPhoto(w.tx, &photos[i]); err != nil {
				return err
			}
		}
		var pts []annot.Point
		var gaps []annot.Gap
		for _, l := range ls {
			opt := exchange.Options{Categories: s.Categories, Author: author, Now: now, Guessed: res.Guessed, PhotoIDs: ids}
			role, boundary := load.Take(l, as)
			if role == load.RoleServicePoints || role == load.RoleGapAreas {
				var more []annot.Point
				if l.Kind == geo.Points {
					more, err = exchange.Points(l, opt)
				}
				if err != nil {
					return err
				}
				moreGaps, err := exchange.Gaps(l, opt)
				if err != nil {
					return err
				}
				pts, gaps = append(pts, more...), append(gaps, moreGaps...)
			} else if err := importBoundary(w, l, boundary, &res); err != nil {
				return err
			}
			if afterImportFile != nil {
				if err := afterImportFile(l); err != nil {
					return err
				}
			}
		}
		if err := importPoints(w, s, pts, &res); err != nil {
			return err
		}
		if err := importGaps(w, s, gaps, &res); err != nil || len(res.Layers) == 0 {
			return err
		}
		return refreshPlaces(w)
	})
	if err != nil {
		return ImportResult{}, err
	}
	return res, nil
}

// afterImportFile, when set (by tests), runs after each file of an import
// is read or written, inside its transaction; an error makes the import
// fail.
var afterImportFile func(*geo.Layer) error

// importBoundary adds one file of an import as a boundary layer with
// the role load.Take gave it.
func importBoundary(w *writer, l *geo.Layer, role geo.Role, res *ImportResult) error {
	table, err := addLayer(w.tx, l, role)
	if err != nil {
		return fmt.Errorf("store: adding %s: %w", l.Source, err)
	}
	res.Layers = append(res.Layers, table)
	res.NewLayers = append(res.NewLayers, Layer{Table: table, Layer: l, Role: role})
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
	return p.write(refreshPlaces)
}

func refreshPlaces(w *writer) error {
	layers, err := readLayers(w.tx, nil, placeRoles...)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	s, err := readSet(w.tx, nil)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	before := *s
	before.Points = slices.Clone(s.Points)
	before.Gaps = slices.Clone(s.Gaps)
	if Assigner(layers).Assign(s) == 0 {
		return nil
	}
	changed := &annot.Set{}
	for i := range s.Points {
		if s.Points[i].Places != before.Points[i].Places {
			changed.Points = append(changed.Points, s.Points[i])
		}
	}
	for i := range s.Gaps {
		if s.Gaps[i].Places != before.Gaps[i].Places {
			changed.Gaps = append(changed.Gaps, s.Gaps[i])
		}
	}
	return updatePlaces(w, changed)
}
