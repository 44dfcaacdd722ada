package office

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Boundaries says what a sync did with the project's khoroo and district
// boundary layers.
type Boundaries struct {
	// Written counts the khoroo and district rows the server took new or
	// changed (none when it held them already).
	Written int
	// Refused is set when the role syncing may not write boundaries (a
	// leader's): the layers were left alone.
	Refused bool
	// LeftOut names each feature that has no place key, with the reason.
	LeftOut []string
}

// putDistrictSQL writes a district's outline, touching a row already
// there only when it differs.
const putDistrictSQL = `INSERT INTO districts (code, name, geom) VALUES ($1, $2, ST_Multi(ST_SetSRID(ST_GeomFromWKB($3), 4326)))
	ON CONFLICT (code) DO UPDATE SET name = excluded.name, geom = excluded.geom
	WHERE districts.geom IS NULL OR districts.name IS DISTINCT FROM excluded.name OR NOT ST_OrderingEquals(districts.geom, excluded.geom)`

// pushBoundaries writes the project's khoroo and district layers to the
// server, keyed as db-init -boundaries keys them, in one transaction of
// their own before the annotations (which the server then files in them).
// A role without the right to write them skips them and says so.
func pushBoundaries(ctx context.Context, conn *pgx.Conn, p *store.Project) (Boundaries, error) {
	var out Boundaries
	layers, err := p.LayersOf(geo.RoleKhoroo, geo.RoleDistrict)
	if err != nil {
		return out, err
	}
	b, res := &pgx.Batch{}, &BoundaryResult{}
	for _, sl := range layers {
		switch sl.Role {
		case geo.RoleKhoroo:
			queueKhoroos(b, sl.Layer, res)
		case geo.RoleDistrict:
			queueDistricts(b, sl.Layer, res)
		}
	}
	if out.LeftOut = res.Skipped; b.Len() == 0 {
		return out, nil
	}
	if err := conn.QueryRow(ctx, "SELECT NOT has_table_privilege('khoroos', 'INSERT')").Scan(&out.Refused); err != nil || out.Refused {
		return out, err
	}
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		out.Written, err = countBatch(ctx, tx, b)
		return err
	})
	if err != nil {
		return out, fmt.Errorf("writing the project's boundaries: %w", err)
	}
	return out, nil
}

// queueDistricts queues the writes of l's districts, known by name,
// attributes or file name as place knows them.
func queueDistricts(b *pgx.Batch, l *geo.Layer, res *BoundaryResult) {
	for i := range l.Features {
		f := &l.Features[i]
		d := place.KhorooOf(f, l.Source).District
		if found, ok := place.FindDistrict(f.Name); ok {
			d = found
		}
		poly, ok := areaOf(f.Geometry)
		switch {
		case d.Short == "":
			res.Skipped = append(res.Skipped, fmt.Sprintf("district feature %d (%q): not a district of the city", i+1, f.Name))
			continue
		case !ok:
			res.Skipped = append(res.Skipped, fmt.Sprintf("district feature %d (%q): not an area", i+1, f.Name))
			continue
		}
		geom, _ := wkb.Marshal(poly) // polygons always encode
		b.Queue(putDistrictSQL, d.Short, d.Name, geom)
	}
}

// countBatch sends b and returns how many rows its statements changed.
func countBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) (int, error) {
	res := tx.SendBatch(ctx, b)
	n := 0
	for range b.Len() {
		tag, err := res.Exec()
		if err != nil {
			res.Close()
			return n, err
		}
		n += int(tag.RowsAffected())
	}
	return n, res.Close()
}
