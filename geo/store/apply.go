package store

import (
	"fmt"
	"strings"
	"sync"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Apply writes one edit in its own transaction: once it returns nil the
// edit is on disk. A change that fails validation writes nothing.
func (p *Project) Apply(c annot.Change) error {
	return p.ApplyAll([]annot.Change{c})
}

// ApplyAll writes several edits in one transaction: all or none.
func (p *Project) ApplyAll(changes []annot.Change) error {
	var cs []annot.Change
	for _, c := range changes {
		cs = append(cs, c.Flat()...)
	}
	for _, c := range cs {
		if err := validate(c); err != nil {
			return err
		}
	}
	return p.write(func(w *writer) error {
		for _, c := range cs {
			if err := apply(w, c); err != nil {
				return err
			}
		}
		return nil
	})
}

func validate(c annot.Change) error {
	switch {
	case c.NewPoint != nil:
		return c.NewPoint.Validate()
	case c.NewGap != nil:
		return c.NewGap.Validate()
	case c.NewCategory != nil:
		return c.NewCategory.Validate()
	}
	return nil
}

func apply(w *writer, c annot.Change) error {
	switch {
	case c.NewPoint != nil:
		return putPoint(w, c.NewPoint)
	case c.OldPoint != nil:
		return deleteByUUID(w, c.OldPoint.ID, tablePoints)
	case c.NewGap != nil:
		return putGap(w, c.NewGap)
	case c.OldGap != nil:
		return deleteByUUID(w, c.OldGap.ID, tableGapPoints, tableGapAreas)
	case c.NewCategory != nil:
		pos, err := nextPosition(w.tx)
		if err != nil {
			return words.Errorf("store: %w", err)
		}
		return putCategory(w.tx, *c.NewCategory, pos)
	case c.OldCategory != nil:
		if _, err := w.tx.Exec(`DELETE FROM categories WHERE id = ?`, c.OldCategory.ID); err != nil {
			return words.Errorf("store: deleting category %q: %w", c.OldCategory.ID, err)
		}
	}
	return nil
}

func deleteByUUID(w *writer, id string, tables ...string) error {
	for _, t := range tables {
		if err := archive(w, t, id); err != nil {
			return err
		}
		if err := setPhotos(w, t, id, nil); err != nil {
			return err
		}
		if err := w.exec(`DELETE FROM `+t+` WHERE uuid = ?`, id); err != nil {
			return words.Errorf("store: deleting %s from %s: %w", id, t, err)
		}
	}
	return nil
}

// upsert inserts a row into table or, when its uuid is there, updates it.
// It is a plain UPDATE then INSERT, not SQLite's INSERT ... ON CONFLICT:
// an upsert's conflict policy would override the R-tree triggers' own
// INSERT OR REPLACE and fail them. Both statements are built once per
// table and prepared once per transaction.
func upsert(w *writer, table, names string, values []any) error {
	cols := strings.Split(strings.ReplaceAll(names, " ", ""), ",")
	args := make([]any, 0, len(values))
	var id any
	for i, c := range cols {
		if c == "uuid" {
			id = values[i]
			continue
		}
		args = append(args, values[i])
	}
	n, err := w.execCount(updateSQL(table, names), append(args, id)...)
	if err != nil || n > 0 {
		return err
	}
	return w.exec(insertSQL(table, names), values...)
}

// updateSQL is upsert's UPDATE, with the uuid last.
var updateSQL = cached(func(table, names string) string {
	var set []string
	for _, c := range strings.Split(strings.ReplaceAll(names, " ", ""), ",") {
		if c != "uuid" {
			set = append(set, c+" = ?")
		}
	}
	return `UPDATE ` + table + ` SET ` + strings.Join(set, ", ") + ` WHERE uuid = ?`
})

// insertSQL is upsert's INSERT.
var insertSQL = cached(func(table, names string) string {
	n := len(strings.Split(names, ","))
	return fmt.Sprintf(`INSERT INTO %s (%s) VALUES (%s)`, table, names, strings.TrimSuffix(strings.Repeat("?, ", n), ", "))
})

// cached remembers f's results by arguments; safe for concurrent use.
func cached(f func(a, b string) string) func(a, b string) string {
	var mu sync.Mutex
	m := map[[2]string]string{}
	return func(a, b string) string {
		mu.Lock()
		defer mu.Unlock()
		k := [2]string{a, b}
		if s, ok := m[k]; ok {
			return s
		}
		m[k] = f(a, b)
		return m[k]
	}
}

// putPoint inserts or replaces a service point, its past revision kept.
func putPoint(w *writer, pt *annot.Point) error {
	if err := archive(w, tablePoints, pt.ID); err != nil {
		return err
	}
	return storePoint(w, pt)
}

// storePoint writes a service point over any with its ID, keeping no
// revision: for points known to be new.
func storePoint(w *writer, pt *annot.Point) error { return savePoint(w, pt, false) }

// savePoint writes a service point over any with its ID or, when fresh
// (its ID known to be absent from the project), inserts it alone.
func savePoint(w *writer, pt *annot.Point, fresh bool) error {
	geom, err := encodeGeometry(pt.Location)
	if err != nil {
		return err
	}
	values := append([]any{geom, pt.ID, pt.Category, null(pt.Name), string(pt.Status), null(pt.Notes), null(pt.Observed), null(pt.RecordedBy)}, metaValues(pt.Meta, pt.Places)...)
	if err := saveRow(w, tablePoints, pointNames, pt.ID, values, pt.Photos, fresh); err != nil {
		return words.Errorf("store: saving service point %q: %w", pt.Name, err)
	}
	w.grow(tablePoints, pt.Location.Bound())
	return nil
}

func putGap(w *writer, g *annot.Gap) error { return saveGap(w, g, false) }

// saveGap writes a gap over any with its ID, its past revision kept, or,
// when fresh (its ID known to be absent from the project), inserts it
// alone.
func saveGap(w *writer, g *annot.Gap, fresh bool) error {
	geom, err := encodeGeometry(g.Geometry)
	if err != nil {
		return err
	}
	table, other := tableGapPoints, tableGapAreas
	if _, ok := g.Geometry.(orb.Polygon); ok {
		table, other = other, table
	}
	if !fresh {
		if err := deleteByUUID(w, g.ID, other); err != nil { // a point gap redrawn as an area
			return err
		}
		if err := archive(w, table, g.ID); err != nil {
			return err
		}
	}
	values := append([]any{geom, g.ID, string(g.Kind), null(g.Service), string(g.Severity), string(g.Status), null(g.Notes), null(g.RaisedBy), null(g.Raised)}, metaValues(g.Meta, g.Places)...)
	if err := saveRow(w, table, gapNames, g.ID, values, g.Photos, fresh); err != nil {
		return words.Errorf("store: saving gap %s: %w", g.ID, err)
	}
	w.grow(table, g.Geometry.Bound())
	return nil
}

// archive records the revision the annotation id has in table, if any,
// before it is replaced or deleted: the revisions table holds every past
// revision (the current ones are in the annotation tables), for merging.
func archive(w *writer, table, id string) error {
	if err := w.exec(archiveSQL(table, ""), id); err != nil {
		return words.Errorf("store: recording a revision: %w", err)
	}
	return nil
}

var archiveSQL = cached(func(table, _ string) string {
	return `INSERT OR IGNORE INTO revisions (uuid, rev, modified) SELECT uuid, rev, modified FROM ` + table + ` WHERE uuid = ?`
})

// UpdatePlaces writes the computed khoroo, kheseg and ger area of every
// annotation in s, in one transaction. Places are derived from the
// boundaries, so this is no edit: times and revisions stay.
func (p *Project) UpdatePlaces(s *annot.Set) error {
	return p.write(func(w *writer) error { return updatePlaces(w, s) })
}

func updatePlaces(w *writer, s *annot.Set) error {
	set := func(table, id string, pl annot.Places) error {
		return w.exec(`UPDATE `+table+` SET `+placeSet+` WHERE uuid = ?`, append(placeValues(pl), id)...)
	}
	for _, pt := range s.Points {
		if err := set(tablePoints, pt.ID, pt.Places); err != nil {
			return words.Errorf("store: %w", err)
		}
	}
	for _, g := range s.Gaps {
		table := tableGapPoints
		if g.IsArea() {
			table = tableGapAreas
		}
		if err := set(table, g.ID, g.Places); err != nil {
			return words.Errorf("store: %w", err)
		}
	}
	return nil
}
