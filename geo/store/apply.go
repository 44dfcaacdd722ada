package store

import (
	"database/sql"
	"fmt"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
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
	return p.tx(func(tx *sql.Tx) error {
		for _, c := range cs {
			if err := apply(tx, c); err != nil {
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

func apply(tx *sql.Tx, c annot.Change) error {
	switch {
	case c.NewPoint != nil:
		return putPoint(tx, c.NewPoint)
	case c.OldPoint != nil:
		return deleteByUUID(tx, c.OldPoint.ID, tablePoints)
	case c.NewGap != nil:
		return putGap(tx, c.NewGap)
	case c.OldGap != nil:
		return deleteByUUID(tx, c.OldGap.ID, tableGapPoints, tableGapAreas)
	case c.NewCategory != nil:
		pos, err := nextPosition(tx)
		if err != nil {
			return fmt.Errorf("store: %w", err)
		}
		return putCategory(tx, *c.NewCategory, pos)
	case c.OldCategory != nil:
		if _, err := tx.Exec(`DELETE FROM categories WHERE id = ?`, c.OldCategory.ID); err != nil {
			return fmt.Errorf("store: deleting category %q: %w", c.OldCategory.ID, err)
		}
	}
	return nil
}

func deleteByUUID(tx *sql.Tx, id string, tables ...string) error {
	for _, t := range tables {
		if _, err := tx.Exec(`DELETE FROM `+t+` WHERE uuid = ?`, id); err != nil {
			return fmt.Errorf("store: deleting %s from %s: %w", id, t, err)
		}
	}
	return nil
}

// upsert inserts a row into table or, when its uuid is there, updates it.
func upsert(tx *sql.Tx, table, names string, values []any) error {
	cols := strings.Split(strings.ReplaceAll(names, " ", ""), ",")
	var set []string
	for _, c := range cols {
		if c != "uuid" {
			set = append(set, c+" = excluded."+c)
		}
	}
	q := fmt.Sprintf(`INSERT INTO %s (%s) VALUES (%s) ON CONFLICT (uuid) DO UPDATE SET %s`,
		table, names, strings.TrimSuffix(strings.Repeat("?, ", len(cols)), ", "), strings.Join(set, ", "))
	_, err := tx.Exec(q, values...)
	return err
}

func putPoint(tx *sql.Tx, pt *annot.Point) error {
	geom, err := encodeGeometry(pt.Location)
	if err != nil {
		return err
	}
	values := append([]any{geom, pt.ID, pt.Category, null(pt.Name), string(pt.Status), null(pt.Notes), null(pt.Observed), null(pt.RecordedBy)}, metaValues(pt.Meta, pt.Places)...)
	if err := upsert(tx, tablePoints, pointNames, values); err != nil {
		return fmt.Errorf("store: saving service point %q: %w", pt.Name, err)
	}
	if err := grow(tx, tablePoints, pt.Location.Bound()); err != nil {
		return err
	}
	return addRevision(tx, pt.Meta)
}

func putGap(tx *sql.Tx, g *annot.Gap) error {
	geom, err := encodeGeometry(g.Geometry)
	if err != nil {
		return err
	}
	table, other := tableGapPoints, tableGapAreas
	if _, ok := g.Geometry.(orb.Polygon); ok {
		table, other = other, table
	}
	if err := deleteByUUID(tx, g.ID, other); err != nil { // a point gap redrawn as an area
		return err
	}
	values := append([]any{geom, g.ID, string(g.Kind), null(g.Service), string(g.Severity), string(g.Status), null(g.Notes), null(g.RaisedBy), null(g.Raised)}, metaValues(g.Meta, g.Places)...)
	if err := upsert(tx, table, gapNames, values); err != nil {
		return fmt.Errorf("store: saving gap %s: %w", g.ID, err)
	}
	if err := grow(tx, table, g.Geometry.Bound()); err != nil {
		return err
	}
	return addRevision(tx, g.Meta)
}

// addRevision records that an annotation reached a revision, for merging.
func addRevision(tx *sql.Tx, m annot.Meta) error {
	if _, err := tx.Exec(`INSERT OR IGNORE INTO revisions (uuid, rev, modified) VALUES (?, ?, ?)`, m.ID, m.Rev, formatTime(m.Modified)); err != nil {
		return fmt.Errorf("store: recording a revision: %w", err)
	}
	return nil
}

// grow widens a table's extent in gpkg_contents to take in b and stamps
// its last change.
func grow(tx *sql.Tx, table string, b orb.Bound) error {
	_, err := tx.Exec(`UPDATE gpkg_contents SET
		min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),
		max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4),
		last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?5`,
		b.Min[0], b.Min[1], b.Max[0], b.Max[1], table)
	if err != nil {
		return fmt.Errorf("store: updating %s's extent: %w", table, err)
	}
	return nil
}

// UpdatePlaces writes the computed khoroo, kheseg and ger area of every
// annotation in s, in one transaction. Places are derived from the
// boundaries, so this is no edit: times and revisions stay.
func (p *Project) UpdatePlaces(s *annot.Set) error {
	return p.tx(func(tx *sql.Tx) error {
		set := func(table, id string, pl annot.Places) error {
			_, err := tx.Exec(`UPDATE `+table+` SET khoroo = ?, kheseg = ?, ger_area = ? WHERE uuid = ?`, null(pl.Khoroo), null(pl.Kheseg), null(pl.GerArea), id)
			return err
		}
		for _, pt := range s.Points {
			if err := set(tablePoints, pt.ID, pt.Places); err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		for _, g := range s.Gaps {
			table := tableGapPoints
			if g.IsArea() {
				table = tableGapAreas
			}
			if err := set(table, g.ID, g.Places); err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		return nil
	})
}
