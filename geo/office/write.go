package office

import (
	"context"
	"encoding/json"
	"fmt"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// placeOf puts a row in the khoroo whose boundary holds it, or the sync's
// area when the database has no boundary there.
const placeOf = ` FROM (SELECT ST_SetSRID(ST_GeomFromWKB($1), 4326) AS g) v
	LEFT JOIN LATERAL (SELECT district, number FROM khoroos k WHERE ST_Contains(k.geom, ST_PointOnSurface(v.g)) LIMIT 1) k ON true`

const upsertMeta = ` ON CONFLICT (id) DO UPDATE SET rev = excluded.rev, district = excluded.district, khoroo = excluded.khoroo,
	khoroo_name = excluded.khoroo_name, kheseg = excluded.kheseg, ger_area = excluded.ger_area, created = excluded.created,
	modified = excluded.modified, author = excluded.author, review = excluded.review, deleted = false, geom = excluded.geom, `

const putPointSQL = `INSERT INTO service_points (geom, district, khoroo, id, rev, khoroo_name, kheseg, ger_area, created, modified, author, review,
	category, name, status, notes, observed, recorded_by)
	SELECT v.g, coalesce(k.district, $2), coalesce(k.number, nullif($3, 0)), $4, $5, $6, $7, $8, $9, $10, $11, $12,
	$13, $14, $15, $16, nullif($17, '')::date, $18` + placeOf + upsertMeta + `category = excluded.category, name = excluded.name,
	status = excluded.status, notes = excluded.notes, observed = excluded.observed, recorded_by = excluded.recorded_by`

const putGapSQL = `INSERT INTO %s (geom, district, khoroo, id, rev, khoroo_name, kheseg, ger_area, created, modified, author, review,
	kind, service, severity, status, notes, raised_by, raised)
	SELECT v.g, coalesce(k.district, $2), coalesce(k.number, nullif($3, 0)), $4, $5, $6, $7, $8, $9, $10, $11, $12,
	$13, $14, $15, $16, $17, $18, nullif($19, '')::date` + placeOf + upsertMeta + `kind = excluded.kind, service = excluded.service,
	severity = excluded.severity, status = excluded.status, notes = excluded.notes, raised_by = excluded.raised_by, raised = excluded.raised`

// metaArgs are $1…$12 of an upsert.
func metaArgs(g orb.Geometry, a Area, m annot.Meta, pl annot.Places) []any {
	b, _ := wkb.Marshal(g) // orb's points and polygons always encode
	return []any{b, a.District, a.Khoroo, m.ID, m.Rev, pl.Khoroo, pl.Kheseg, pl.GerArea, m.Created, m.Modified, m.Author, m.Review}
}

// push queues the writes that make the server hold merged: changed and new
// rows, tombstones for rows merged away, and every revision it lacks.
// It returns how many annotations it writes.
func push(b *pgx.Batch, srv *serverCopy, merged *annot.Set, revs annot.Revisions, a Area) int {
	n := 0
	live := map[string]bool{}
	for _, p := range merged.Points {
		live[p.ID] = true
		if srv.rows[p.ID] == p.Rev && !srv.dead[p.ID] && sameReview(srv, p.Meta) {
			continue
		}
		b.Queue(putPointSQL, append(metaArgs(p.Location, a, p.Meta, p.Places), p.Category, p.Name, p.Status, p.Notes, p.Observed, p.RecordedBy)...)
		queueRevision(b, p.ID, p.Rev, p)
		n++
	}
	for _, g := range merged.Gaps {
		live[g.ID] = true
		if srv.rows[g.ID] == g.Rev && !srv.dead[g.ID] && sameReview(srv, g.Meta) {
			continue
		}
		table := "gap_points"
		if g.IsArea() {
			table = "gap_areas"
		}
		sql := sprintfTable(putGapSQL, table)
		b.Queue(sql, append(metaArgs(g.Geometry, a, g.Meta, g.Places), g.Kind, g.Service, g.Severity, g.Status, g.Notes, g.RaisedBy, g.Raised)...)
		queueRevision(b, g.ID, g.Rev, g)
		n++
	}
	for id := range srv.rows {
		if !live[id] && !srv.dead[id] {
			for _, t := range []string{"service_points", "gap_points", "gap_areas"} {
				b.Queue("UPDATE "+t+" SET deleted = true WHERE id = $1", id)
			}
			n++
		}
	}
	for id, set := range revs {
		for rev := range set {
			if !srv.revs[id][rev] {
				b.Queue("INSERT INTO revisions (id, rev) VALUES ($1, $2) ON CONFLICT DO NOTHING", id, rev)
			}
		}
	}
	return n
}

// sameReview reports whether the server's copy already carries m's
// review reason.
func sameReview(srv *serverCopy, m annot.Meta) bool {
	r, ok := srv.review[m.ID]
	return ok && r == m.Review
}

// queueRevision records the version pushed, with its content.
func queueRevision(b *pgx.Batch, id, rev string, v any) {
	body, _ := json.Marshal(v) // annotations are plain data
	b.Queue(`INSERT INTO revisions (id, rev, body) VALUES ($1, $2, $3) ON CONFLICT (id, rev) DO UPDATE SET body = coalesce(revisions.body, excluded.body)`, id, rev, body)
}

// runBatch sends b and reads every result, stopping at the first error.
func runBatch(ctx context.Context, tx pgx.Tx, b *pgx.Batch) error {
	res := tx.SendBatch(ctx, b)
	for range b.Len() {
		if _, err := res.Exec(); err != nil {
			res.Close()
			return err
		}
	}
	return res.Close()
}

func sprintfTable(sql, table string) string { return fmt.Sprintf(sql, table) }
