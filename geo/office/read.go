package office

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// serverCopy is the office database's state for one sync: the live
// annotations of the area and of the project's own IDs, the current
// revision of every row (tombstones included) and every revision known.
type serverCopy struct {
	set  *annot.Set
	revs annot.Revisions
	// rows maps an ID to its row's revision; dead marks tombstones.
	rows map[string]string
	dead map[string]bool
	// review is each row's review reason.
	review map[string]string
	// fetched counts the annotation rows read from the server.
	fetched int
	// writesCategories is whether the role syncing may write categories
	// (an office's role only reads them).
	writesCategories bool
	// links are the photos the server links to each annotation read.
	links map[string][]string
}

// unseen selects the rows that the cursor's snapshot ($4) did not see and
// its transaction ($5) did not write; inArea those of the area ($1, $2).
const (
	unseen = `change_xid >= pg_snapshot_xmin($4::pg_snapshot) AND NOT pg_visible_in_snapshot(change_xid, $4::pg_snapshot)
	AND change_xid <> $5::xid8`
	inArea = `($1 = '' OR (district = $1 AND ($2 = 0 OR khoroo = $2)))`
)

// scope selects the rows with the given IDs ($3) and the area's unseen
// ones.
const scope = ` WHERE (id = ANY($3::uuid[]) OR (` + unseen + ` AND ` + inArea + `))`

const metaCols = `id::text, rev::text, kheseg, ger_area, khoroo_name, created, modified, author, review, deleted, ST_AsBinary(geom)`

// readServer reads what the sync needs of the server. On a first sync
// that is every row of the area and of the project's IDs. After one, it
// is the rows the project changed and those of the area or the project's
// written since; the project's other annotations stand for the server's
// rows, which hold the same revisions.
func readServer(ctx context.Context, tx pgx.Tx, in *syncInput) (*serverCopy, error) {
	q := rowQuery{area: in.area, ids: in.ids()}
	q.snap, q.own = horizon(in.cur.since)
	if in.cur.since != "" {
		elsewhere, err := unseenElsewhere(ctx, tx, q, in.cur.seen)
		if err != nil {
			return nil, err
		}
		q.ids = append(in.changedSince(in.cur.seen), elsewhere...)
	}
	c, err := readRows(ctx, tx, q)
	if err != nil {
		return nil, err
	}
	if err := readPhotoLinks(ctx, tx, c, in.local); err != nil {
		return nil, err
	}
	if in.cur.since != "" {
		c.addUnchanged(in, q.ids)
	}
	return c, nil
}

// rowQuery is what readRows reads: see scope.
type rowQuery struct {
	area      Area
	ids       []string
	snap, own string
}

func (q rowQuery) args() []any {
	return []any{q.area.District, q.area.Khoroo, q.ids, q.snap, q.own}
}

// elsewhere selects the unseen rows outside the area, numbered
// $1 district, $2 khoroo, $3 snapshot, $4 transaction.
var elsewhere = strings.NewReplacer("$4", "$3", "$5", "$4").Replace(unseen) + ` AND ` + inArea + ` IS NOT TRUE`

// unseenElsewhere lists the annotations the project shared with the
// server (seen) that changed since, outside the area: someone else's
// edit of a leader's own point in another khoroo. Only IDs come back, so
// the list of shared IDs never goes to the server; the three tables are
// asked in one query.
func unseenElsewhere(ctx context.Context, tx pgx.Tx, q rowQuery, seen map[string]rowState) ([]string, error) {
	rows, err := tx.Query(ctx, unseenElsewhereSQL, q.area.District, q.area.Khoroo, q.snap, q.own)
	if err != nil {
		return nil, fmt.Errorf("reading the rows changed elsewhere: %w", err)
	}
	var out []string
	var id string
	if _, err := pgx.ForEachRow(rows, []any{&id}, func() error {
		if _, ok := seen[id]; ok {
			out = append(out, id)
		}
		return nil
	}); err != nil {
		return nil, fmt.Errorf("reading the rows changed elsewhere: %w", err)
	}
	return out, nil
}

var unseenElsewhereSQL = `SELECT id::text FROM service_points WHERE ` + elsewhere + `
	UNION ALL SELECT id::text FROM gap_points WHERE ` + elsewhere + `
	UNION ALL SELECT id::text FROM gap_areas WHERE ` + elsewhere

// readRows reads the rows of q, the categories and whether the role may
// write them in one round trip, then the revisions of every row read and
// of q's IDs in a second.
func readRows(ctx context.Context, tx pgx.Tx, q rowQuery) (*serverCopy, error) {
	c := &serverCopy{set: &annot.Set{}, revs: annot.Revisions{}, rows: map[string]string{}, dead: map[string]bool{}, review: map[string]string{}}
	b := &pgx.Batch{}
	c.queuePoints(b, q)
	c.queueGaps(b, "gap_points", q)
	c.queueGaps(b, "gap_areas", q)
	b.Queue(categoriesSQL).Query(func(rows pgx.Rows) (err error) {
		c.set.Categories, err = scanCategories(rows)
		return err
	})
	b.Queue("SELECT has_table_privilege('categories', 'INSERT')").QueryRow(func(row pgx.Row) error {
		return row.Scan(&c.writesCategories)
	})
	if err := tx.SendBatch(ctx, b).Close(); err != nil {
		return nil, err
	}
	all := make([]string, 0, len(c.rows)+len(q.ids))
	for id := range c.rows {
		all = append(all, id)
	}
	rows, err := tx.Query(ctx, "SELECT id::text, rev::text FROM revisions WHERE id = ANY($1::uuid[])", append(all, q.ids...))
	if err != nil {
		return nil, fmt.Errorf("reading revisions: %w", err)
	}
	var id, rev string
	_, err = pgx.ForEachRow(rows, []any{&id, &rev}, func() error { c.revs.Add(id, rev); return nil })
	return c, err
}

// metaRow holds the columns every annotation row has.
type metaRow struct {
	m       annot.Meta
	pl      annot.Places
	deleted bool
	geom    []byte
}

func (r *metaRow) targets() []any {
	return []any{&r.m.ID, &r.m.Rev, &r.pl.Kheseg, &r.pl.GerArea, &r.pl.Khoroo, &r.m.Created, &r.m.Modified, &r.m.Author, &r.m.Review, &r.deleted, &r.geom}
}

// keep records the row and says whether it is live.
func (c *serverCopy) keep(r *metaRow) (orb.Geometry, bool, error) {
	r.m.Created, r.m.Modified = utc(r.m.Created), utc(r.m.Modified)
	c.fetched++
	c.rows[r.m.ID], c.review[r.m.ID] = r.m.Rev, r.m.Review
	c.revs.Add(r.m.ID, r.m.Rev)
	if r.deleted {
		c.dead[r.m.ID] = true
		return nil, false, nil
	}
	g, err := wkb.Unmarshal(r.geom)
	if err != nil {
		return nil, false, fmt.Errorf("annotation %s: geometry: %w", r.m.ID, err)
	}
	return g, true, nil
}

func utc(t time.Time) time.Time { return t.UTC() }

// queuePoints queues the read of q's service points into c.
func (c *serverCopy) queuePoints(b *pgx.Batch, q rowQuery) {
	b.Queue(`SELECT category, name, status, notes, coalesce(to_char(observed, 'YYYY-MM-DD'), ''), recorded_by, `+
		metaCols+` FROM service_points`+scope, q.args()...).Query(func(rows pgx.Rows) error {
		if err := c.scanPoints(rows); err != nil {
			return fmt.Errorf("reading service_points: %w", err)
		}
		return nil
	})
}

func (c *serverCopy) scanPoints(rows pgx.Rows) error {
	var p annot.Point
	var r metaRow
	dst := append([]any{&p.Category, &p.Name, &p.Status, &p.Notes, &p.Observed, &p.RecordedBy}, r.targets()...)
	_, err := pgx.ForEachRow(rows, dst, func() error {
		g, live, err := c.keep(&r)
		if loc, ok := g.(orb.Point); live && ok {
			p.Meta, p.Places, p.Location = r.m, r.pl, loc
			c.set.Points = append(c.set.Points, p)
		}
		return err
	})
	return err
}

// queueGaps queues the read of q's gaps in table into c.
func (c *serverCopy) queueGaps(b *pgx.Batch, table string, q rowQuery) {
	b.Queue(`SELECT kind, service, severity, status, notes, raised_by, coalesce(to_char(raised, 'YYYY-MM-DD'), ''), `+
		metaCols+` FROM `+table+scope, q.args()...).Query(func(rows pgx.Rows) error {
		if err := c.scanGaps(rows); err != nil {
			return fmt.Errorf("reading %s: %w", table, err)
		}
		return nil
	})
}

func (c *serverCopy) scanGaps(rows pgx.Rows) error {
	var g annot.Gap
	var r metaRow
	dst := append([]any{&g.Kind, &g.Service, &g.Severity, &g.Status, &g.Notes, &g.RaisedBy, &g.Raised}, r.targets()...)
	_, err := pgx.ForEachRow(rows, dst, func() error {
		geom, live, err := c.keep(&r)
		if live {
			g.Meta, g.Places, g.Geometry = r.m, r.pl, geom
			c.set.Gaps = append(c.set.Gaps, g)
		}
		return err
	})
	return err
}
