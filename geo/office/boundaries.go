package office

import (
	"context"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
)

// BoundaryResult says what LoadBoundaries did: how many khoroos it wrote,
// and each feature it left out, with the reason.
type BoundaryResult struct {
	Khoroos int
	Skipped []string
}

// putKhorooSQL writes a khoroo, touching a row already there only when
// its name or outline differ, so that loading the same file again changes
// nothing.
const putKhorooSQL = `INSERT INTO khoroos (district, number, name, geom)
	VALUES ($1, $2, $3, ST_Multi(ST_SetSRID(ST_GeomFromWKB($4), 4326)))
	ON CONFLICT (district, number) DO UPDATE SET name = excluded.name, geom = excluded.geom
	WHERE khoroos.name IS DISTINCT FROM excluded.name OR NOT ST_OrderingEquals(khoroos.geom, excluded.geom)`

const addDistrictSQL = `INSERT INTO districts (code, name) VALUES ($1, $2) ON CONFLICT DO NOTHING`

// LoadBoundaries writes the khoroo boundaries of l into the khoroos table,
// keyed as geo/place knows them: the district's abbreviation ("СБД", as
// areas and leaders name it) and the number. A khoroo already there is
// replaced; a feature without a district, a number or an area is left out
// and reported. All or nothing, in one transaction.
func LoadBoundaries(ctx context.Context, connString string, l *geo.Layer) (*BoundaryResult, error) {
	res := &BoundaryResult{}
	b := &pgx.Batch{}
	queueKhoroos(b, l, res)
	conn, err := Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	err = pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error { return runBatch(ctx, tx, b) })
	if err != nil {
		return nil, fmt.Errorf("office: writing the khoroos of %s to %s: %w", l.Source, Redact(connString), err)
	}
	return res, nil
}

// queueKhoroos queues the writes of l's khoroos (and their districts'
// keys), counting them in res and naming there each feature left out.
func queueKhoroos(b *pgx.Batch, l *geo.Layer, res *BoundaryResult) {
	for i := range l.Features {
		f := &l.Features[i]
		k := place.KhorooOf(f, l.Source)
		poly, ok := areaOf(f.Geometry)
		switch {
		case k.District.Short == "" || k.Number == 0:
			res.Skipped = append(res.Skipped, fmt.Sprintf("feature %d (%q): no district and number (СБД_06, or district and khoroo columns)", i+1, f.Name))
			continue
		case !ok:
			res.Skipped = append(res.Skipped, fmt.Sprintf("feature %d (%q): not an area", i+1, f.Name))
			continue
		}
		geom, _ := wkb.Marshal(poly) // polygons always encode
		b.Queue(addDistrictSQL, k.District.Short, k.District.Name)
		b.Queue(putKhorooSQL, k.District.Short, k.Number, k.Name, geom)
		res.Khoroos++
	}
}

// areaOf is g as a polygon or multipolygon, or false.
func areaOf(g orb.Geometry) (orb.Geometry, bool) {
	switch g := g.(type) {
	case orb.Polygon:
		return orb.MultiPolygon{g}, len(g) > 0
	case orb.MultiPolygon:
		return g, len(g) > 0
	}
	return nil, false
}
