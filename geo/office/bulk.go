package office

import (
	"strconv"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// A sync writes each table in one statement, whatever the number of rows:
// the rows go to the server as arrays (one parameter per column, in
// pgx's binary form) and INSERT … SELECT FROM unnest(…) … ON CONFLICT
// upserts them. One statement per table, in the batch that carries the
// rest of the sync, is one round trip, one plan and one evaluation of the
// row-level security subqueries, where a statement per row paid each
// 5,000 times. The policies, triggers and merge rules apply to every row
// exactly as before.

// column is one column an upsert writes beyond metaColumns: its name
// and how it is made from the unnest row r (text, or cast from it).
type column struct{ name, value string }

// metaColumns are the text columns every annotation table has, in the
// order rows.add takes them.
var metaColumns = []column{{"id", "r.id::uuid"}, {"rev", "r.rev::uuid"}, {"khoroo_name", "r.khoroo_name"},
	{"kheseg", "r.kheseg"}, {"ger_area", "r.ger_area"}, {"author", "r.author"}, {"review", "r.review"}}

// bulkUpsert is the statement that upserts table's rows: $1 and $2 are
// the sync's area (where no khoroo boundary holds a row), $3 the WKB
// geometries, $4 and $5 created and modified, then one text array per
// metaColumns and extra column. A row the server had is updated and
// brought back from a tombstone.
func bulkUpsert(table string, extra []column) string {
	cols := append(append([]column{}, metaColumns...), extra...)
	names, values, sets, arrays := make([]string, len(cols)), make([]string, len(cols)), make([]string, len(cols)), make([]string, len(cols))
	for i, c := range cols {
		names[i], values[i], arrays[i] = c.name, c.value, "$"+strconv.Itoa(i+6)+"::text[]"
		sets[i] = c.name + " = excluded." + c.name
	}
	sets = append(sets[1:], "district = excluded.district", "khoroo = excluded.khoroo", "created = excluded.created",
		"modified = excluded.modified", "deleted = false", "geom = excluded.geom")
	return `INSERT INTO ` + table + ` (geom, district, khoroo, created, modified, ` + strings.Join(names, ", ") + `)
	SELECT v.g, coalesce(k.district, $1), coalesce(k.number, nullif($2::int, 0)), r.created, r.modified, ` + strings.Join(values, ", ") + `
	FROM unnest($3::bytea[], $4::timestamptz[], $5::timestamptz[], ` + strings.Join(arrays, ", ") + `)
		AS r(wkb, created, modified, ` + strings.Join(names, ", ") + `)
	CROSS JOIN LATERAL (SELECT ST_SetSRID(ST_GeomFromWKB(r.wkb), 4326) AS g) v
	LEFT JOIN LATERAL (SELECT district, number FROM khoroos k WHERE ST_Contains(k.geom, ST_PointOnSurface(v.g)) LIMIT 1) k ON true
	ON CONFLICT (id) DO UPDATE SET ` + strings.Join(sets, ", ")
}

var (
	putPointsSQL = bulkUpsert("service_points", []column{{"category", "r.category"}, {"name", "r.name"}, {"status", "r.status"},
		{"notes", "r.notes"}, {"observed", "nullif(r.observed, '')::date"}, {"recorded_by", "r.recorded_by"}})
	gapColumns = []column{{"kind", "r.kind"}, {"service", "r.service"}, {"severity", "r.severity"}, {"status", "r.status"},
		{"notes", "r.notes"}, {"raised_by", "r.raised_by"}, {"raised", "nullif(r.raised, '')::date"}}
	putGapPointsSQL = bulkUpsert("gap_points", gapColumns)
	putGapAreasSQL  = bulkUpsert("gap_areas", gapColumns)
)

// rows are one table's upserts, column by column. An ID added twice (a
// hostile project may hold two rows with one ID) keeps its last version,
// as a statement per row would have left it: one INSERT … ON CONFLICT
// may not touch a row twice.
type rows struct {
	at             map[string]int
	geom           [][]byte
	created, later []time.Time
	text           [][]string
}

// add puts one annotation's row: its geometry, meta and then the table's
// own text columns in bulkUpsert's order.
func (r *rows) add(g orb.Geometry, m annot.Meta, pl annot.Places, own ...string) {
	b, _ := wkb.Marshal(g) // orb's points and polygons always encode
	text := append([]string{m.ID, m.Rev, pl.Khoroo, pl.Kheseg, pl.GerArea, m.Author, m.Review}, own...)
	if r.at == nil {
		r.at, r.text = map[string]int{}, make([][]string, len(text))
	}
	i, seen := r.at[m.ID]
	if !seen {
		i, r.at[m.ID] = len(r.geom), len(r.geom)
		r.geom, r.created, r.later = append(r.geom, nil), append(r.created, time.Time{}), append(r.later, time.Time{})
		for c := range r.text {
			r.text[c] = append(r.text[c], "")
		}
	}
	r.geom[i], r.created[i], r.later[i] = b, m.Created, m.Modified
	for c, v := range text {
		r.text[c][i] = v
	}
}

// queue adds the upsert of the rows to b, when there are any.
func (r *rows) queue(b *pgx.Batch, sql string, a Area) {
	if len(r.geom) == 0 {
		return
	}
	args := []any{a.District, a.Khoroo, r.geom, r.created, r.later}
	for _, c := range r.text {
		args = append(args, c)
	}
	b.Queue(sql, args...)
}
