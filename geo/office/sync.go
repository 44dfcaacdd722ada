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
// changes nothing. Not safe for concurrent use on one project.
func Sync(ctx context.Context, p *store.Project, connString string, area Area) (*Result, error) {
	local, err := p.Load()
	if err != nil {
		return nil, err
	}
	localRevs, err := p.Revisions()
	if err != nil {
		return nil, err
	}
	project, err := p.SyncID()
	if err != nil {
		return nil, err
	}
	conn, err := Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	res, merged, mergedRevs, err := pushMerged(ctx, conn, local, localRevs, area, project)
	if err != nil {
		return nil, fmt.Errorf("office: syncing %s with %s: %w", p.Path(), Redact(connString), err)
	}
	if err := fault("server-committed"); err != nil {
		return nil, err
	}
	if res.Pulled = changed(local, merged); res.Pulled > 0 || !maps.EqualFunc(localRevs, mergedRevs, maps.Equal) {
		if err := p.Replace(merged, mergedRevs); err != nil {
			return nil, err
		}
	}
	return res, nil
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
// the transaction fail to serialize.
func pushMerged(ctx context.Context, conn *pgx.Conn, local *annot.Set, localRevs annot.Revisions, a Area, project string) (*Result, *annot.Set, annot.Revisions, error) {
	ids := slices.Collect(maps.Keys(localRevs))
	for _, p := range local.Points {
		ids = append(ids, p.ID)
	}
	for _, g := range local.Gaps {
		ids = append(ids, g.ID)
	}
	started := time.Now()
	if a == (Area{}) {
		var err error
		if a, err = ownArea(ctx, conn); err != nil {
			return nil, nil, nil, err
		}
	}
	for try := 1; ; try++ {
		var res *Result
		var merged *annot.Set
		var revs annot.Revisions
		err := pgx.BeginTxFunc(ctx, conn, pgx.TxOptions{IsoLevel: pgx.Serializable}, func(tx pgx.Tx) error {
			srv, err := readServer(ctx, tx, a, ids)
			if err != nil {
				return err
			}
			merged, revs = cloneSet(srv.set), cloneRevs(srv.revs)
			res = &Result{Report: annot.Merge(merged, revs, cloneSet(local), cloneRevs(localRevs)), Tries: try}
			b := &pgx.Batch{}
			res.Pushed = push(b, srv, merged, revs, a)
			b.Queue("INSERT INTO sync_log (project, started, pushed, conflicts) VALUES ($1, $2, $3, $4)",
				project, started, res.Pushed, len(res.Report.Conflicts)+len(res.Report.Duplicates))
			if err := runBatch(ctx, tx, b); err != nil {
				return err
			}
			return fault("server-written")
		})
		var pgErr *pgconn.PgError
		if errors.As(err, &pgErr) && (pgErr.Code == "40001" || pgErr.Code == "40P01") && try < maxTries {
			time.Sleep(time.Duration(try*try) * 10 * time.Millisecond)
			continue
		}
		return res, merged, revs, err
	}
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
