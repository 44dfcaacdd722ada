package office

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"slices"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Result says what one sync did.
type Result struct {
	// Pushed is how many annotations were written to the server (new,
	// changed or deleted); Pulled how many changed in the project.
	Pushed, Pulled int
	// Fetched is how many annotation rows were read from the server: all
	// of the area's on a first sync, after it only those written since
	// the last one and those the project changed.
	Fetched int
	// Categories is how many categories were written to the server.
	Categories int
	// PhotosSent and PhotosReceived count the photos that went to the
	// server and came into the project; the bytes are their data's.
	PhotosSent, PhotosReceived         int
	PhotoBytesSent, PhotoBytesReceived int64
	// Unsent are the photos left on the laptop (see UnsentPhoto), one per
	// annotation showing one.
	Unsent []UnsentPhoto
	// Refused are the photos on the server that the laptop's pulls
	// refused (see RefusedPhoto), one per annotation showing one: this
	// sync's and those of earlier syncs that still stand.
	Refused []RefusedPhoto
	// MappingsSent and MappingsReceived count the phone forms' column
	// mappings written to the server and remembered in the project (see
	// syncMappings); MappingsRefused says, one line each, why one from
	// the server was not taken.
	MappingsSent, MappingsReceived int
	MappingsRefused                []string
	// Boundaries is what became of the project's boundary layers.
	Boundaries Boundaries
	// Report is the merge of the project into the server's copy: what was
	// added, updated, deleted, and what is kept for review.
	Report *annot.MergeReport
	// Tries is how many times the server transaction ran (more than one
	// when another leader's sync overlapped).
	Tries int
}

// maxTries bounds the retries of a sync that overlaps others.
const maxTries = 20

// Sync exchanges the project's annotations with the office database: the
// project and the server's annotations in area (plus the project's own,
// wherever they are) are merged with annot.Merge's rules, the server gets
// the result in one serializable transaction, then the project does, in
// one of its own. Interrupted anywhere, it leaves each side as it was or
// merged; run again it finishes the work, and run on a synced project it
// changes nothing. Photos travel with their annotations: those the server
// lacks go first, in transactions of their own (see pushPhotos), those
// the project lacks come in its transaction (see pullPhotos). The
// project's khoroo and district layers go to the server before the
// annotations when the role may write them (see pushBoundaries). A photo
// not fit to send stays on the laptop (Result.Unsent). The phone forms'
// column mappings go both ways first, in a transaction of their own (see
// syncMappings). opts may ask for
// progress (OnProgress). Not safe for concurrent use on one project.
func Sync(ctx context.Context, p *store.Project, connString string, area Area, opts ...Option) (*Result, error) {
	ctx = withOptions(ctx, opts)
	in, err := readProject(p, area)
	if err != nil {
		return nil, err
	}
	conn, err := Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	where := func(err error) error {
		return fmt.Errorf("office: syncing %s with %s: %w", p.Path(), Redact(connString), err)
	}
	if err := in.resolve(ctx, conn, p); err != nil {
		return nil, where(err)
	}
	sent := &Result{}
	skip, err := pushPhotos(ctx, conn, p, in.local, sent)
	if err != nil {
		return nil, where(err)
	}
	progress(ctx, Progress{Stage: StageBoundaries})
	bounds, err := pushBoundaries(ctx, conn, p)
	if err != nil {
		return nil, where(err)
	}
	forms := &Result{}
	if err := syncMappings(ctx, conn, p, forms); err != nil {
		return nil, where(err)
	}
	progress(ctx, Progress{Stage: StageAnnotations})
	res, merged, mergedRevs, next, err := pushMerged(ctx, conn, in, skip)
	if err != nil {
		return nil, where(err)
	}
	res.PhotosSent, res.PhotoBytesSent, res.Boundaries, res.Unsent = sent.PhotosSent, sent.PhotoBytesSent, bounds, sent.Unsent
	res.MappingsSent, res.MappingsReceived, res.MappingsRefused = forms.MappingsSent, forms.MappingsReceived, forms.MappingsRefused
	if err := fault("server-committed"); err != nil {
		return nil, err
	}
	res.Pulled = changed(in.local, merged)
	if res.Pulled > 0 || !maps.EqualFunc(in.revs, mergedRevs, maps.Equal) || categoriesDiffer(in.local.Categories, merged.Categories) {
		if err := pullPhotos(ctx, conn, p, merged, mergedRevs, res, in.cur.refusedKey); err != nil {
			return nil, where(err)
		}
		if err := fault("project-pulled"); err != nil {
			return nil, err
		}
	} else if err := saveRefused(p, in.cur.refusedKey, in.refused, res.Refused); err != nil {
		return nil, err
	}
	if err := fault("project-written"); err != nil {
		return nil, err
	}
	return res, saveCursor(p, in.cur.key, next, merged)
}

// readProject reads the project's side of a sync.
func readProject(p *store.Project, area Area) (*syncInput, error) {
	in := &syncInput{area: area}
	var err error
	if in.local, err = p.Load(); err != nil {
		return nil, err
	}
	if in.revs, err = p.Revisions(); err != nil {
		return nil, err
	}
	in.project, err = p.SyncID()
	return in, err
}

// resolve settles the area (a leader's own khoroo when none was asked
// for) and reads the project's cursor for it.
func (in *syncInput) resolve(ctx context.Context, conn *pgx.Conn, p *store.Project) error {
	if in.area == (Area{}) {
		var err error
		if in.area, err = ownArea(ctx, conn); err != nil {
			return err
		}
	}
	var err error
	if in.cur, err = readCursor(ctx, conn, p, in.area); err != nil {
		return err
	}
	in.refused, err = readRefused(p, in.cur.refusedKey)
	return err
}

// faultHook, set by tests, runs at each stage of a sync; an error stops
// the sync there as a crash would.
var faultHook func(stage string) error

func fault(stage string) error {
	if faultHook == nil {
		return nil
	}
	return faultHook(stage)
}

// pushMerged runs the server side, retrying when a concurrent sync made
// the transaction fail to serialize. It returns, besides the merge, the
// cursor for the next sync. The photos of skip are not linked.
func pushMerged(ctx context.Context, conn *pgx.Conn, in *syncInput, skip unsent) (*Result, *annot.Set, annot.Revisions, string, error) {
	started := time.Now()
	unlock, err := lockArea(ctx, conn, in.area)
	if err != nil {
		return nil, nil, nil, "", err
	}
	defer unlock()
	for try := 1; ; try++ {
		var res *Result
		var merged *annot.Set
		var revs annot.Revisions
		var next string
		err := pgx.BeginTxFunc(ctx, conn, pgx.TxOptions{IsoLevel: pgx.Serializable}, func(tx pgx.Tx) error {
			// The first statement takes the snapshot the whole sync reads.
			var snap string
			if err := tx.QueryRow(ctx, "SELECT pg_current_snapshot()::text").Scan(&snap); err != nil {
				return err
			}
			srv, err := readServer(ctx, tx, in)
			if err != nil {
				return err
			}
			// Merge changes its first copy and reads the other: the
			// server's is copied (push compares with it), the project's
			// is not (only read after).
			merged, revs = cloneSet(srv.set), cloneRevs(srv.revs)
			res = &Result{Report: annot.Merge(merged, revs, in.local, in.revs), Tries: try, Fetched: srv.fetched}
			b := &pgx.Batch{}
			res.Pushed = push(b, srv, merged, revs, in.area)
			res.Refused = standing(in.refused, srv, merged)
			queuePhotoLinks(b, srv, merged, skip, in.refused)
			inLocalOrder(merged.Categories, in.local.Categories)
			if srv.writesCategories {
				res.Categories = pushCategories(b, srv.set.Categories, merged.Categories)
			}
			b.Queue("INSERT INTO sync_log (project, started, pushed, conflicts) VALUES ($1, $2, $3, $4)",
				in.project, started, res.Pushed, len(res.Report.Conflicts)+len(res.Report.Duplicates))
			var own string
			b.Queue("SELECT pg_current_xact_id()::text").QueryRow(func(row pgx.Row) error { return row.Scan(&own) })
			if err := runBatch(ctx, tx, b); err != nil {
				return err
			}
			next = snap + "/" + own
			return fault("server-written")
		})
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && (pgErr.Code == "40001" || pgErr.Code == "40P01") && try < maxTries {
			time.Sleep(time.Duration(try*try) * 10 * time.Millisecond)
			continue
		}
		return res, merged, revs, next, err
	}
}

// lockArea makes the syncs of one area take turns, holding a session
// lock on the area until the sync's transaction has ended: leaders of one
// khoroo syncing at once would otherwise mostly fail to serialize and
// retry. Syncs of different areas still run side by side (and
// serializable transactions keep them right where they meet). The lock
// goes with the session, so a killed sync never holds it.
func lockArea(ctx context.Context, conn *pgx.Conn, a Area) (func(), error) {
	key := "khoroomap sync " + a.String()
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock(hashtext($1))", key); err != nil {
		return nil, fmt.Errorf("waiting for the other syncs of %q: %w", a.String(), err)
	}
	return func() { conn.Exec(context.Background(), "SELECT pg_advisory_unlock(hashtext($1))", key) }, nil
}

// ownArea is the khoroo of the leader syncing, or everything for a role
// that is no leader.
func ownArea(ctx context.Context, conn *pgx.Conn) (Area, error) {
	var a Area
	err := conn.QueryRow(ctx, "SELECT district, khoroo FROM leaders WHERE role = current_user").Scan(&a.District, &a.Khoroo)
	if errors.Is(err, pgx.ErrNoRows) {
		return Area{}, nil
	}
	return a, err
}

// changed counts the annotations that differ between before and after
// (by revision or review), added and removed ones included.
func changed(before, after *annot.Set) int {
	was := map[string]annot.Meta{}
	for _, p := range before.Points {
		was[p.ID] = p.Meta
	}
	for _, g := range before.Gaps {
		was[g.ID] = g.Meta
	}
	n := 0
	seen := func(m annot.Meta) {
		if old, ok := was[m.ID]; !ok || old.Rev != m.Rev || old.Review != m.Review {
			n++
		}
		delete(was, m.ID)
	}
	for _, p := range after.Points {
		seen(p.Meta)
	}
	for _, g := range after.Gaps {
		seen(g.Meta)
	}
	return n + len(was)
}

func cloneSet(s *annot.Set) *annot.Set {
	return &annot.Set{Categories: slices.Clone(s.Categories), Points: slices.Clone(s.Points), Gaps: slices.Clone(s.Gaps)}
}

func cloneRevs(r annot.Revisions) annot.Revisions {
	out := annot.Revisions{}
	for id, set := range r {
		for rev := range set {
			out.Add(id, rev)
		}
	}
	return out
}
