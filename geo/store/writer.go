package store

import (
	"database/sql"
	"fmt"

	"github.com/paulmach/orb"
)

// writer writes annotations within one transaction: each statement is
// prepared once, and the tables' extents in gpkg_contents are widened once,
// at the end, to take in everything written.
type writer struct {
	tx      *sql.Tx
	stmts   map[string]*sql.Stmt
	extents map[string]orb.Bound
	batches map[string]*batch
	order   []*batch // batches in the order begun, flushed so
}

// write runs fn with a writer in one transaction, committed only when fn
// and the extents' update succeed.
func (p *Project) write(fn func(*writer) error) error {
	return p.tx(func(tx *sql.Tx) error {
		w := &writer{tx: tx, stmts: map[string]*sql.Stmt{}, extents: map[string]orb.Bound{}}
		defer w.close()
		if err := fn(w); err != nil {
			return err
		}
		return w.flush()
	})
}

// execHook, set by tests, sees each statement a writer runs.
var execHook func(query string)

// exec runs query, prepared the first time.
func (w *writer) exec(query string, args ...any) error {
	_, err := w.execCount(query, args...)
	return err
}

// execCount runs query, prepared the first time, and returns how many rows
// it changed.
func (w *writer) execCount(query string, args ...any) (int64, error) {
	res, err := w.result(query, args...)
	if err != nil {
		return 0, err
	}
	return res.RowsAffected()
}

// result runs query, prepared the first time, and returns its result.
func (w *writer) result(query string, args ...any) (sql.Result, error) {
	if execHook != nil {
		execHook(query)
	}
	st, ok := w.stmts[query]
	if !ok {
		var err error
		if st, err = w.tx.Prepare(query); err != nil {
			return nil, err
		}
		w.stmts[query] = st
	}
	return st.Exec(args...)
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

// grow notes that table now holds something within b.
func (w *writer) grow(table string, b orb.Bound) {
	if e, ok := w.extents[table]; ok {
		b = e.Union(b)
	}
	w.extents[table] = b
}

// batch is the batch of rows for the INSERT head (see newBatch), begun
// the first time.
func (w *writer) batch(head string, cols int) *batch {
	b, ok := w.batches[head]
	if !ok {
		b = newBatch(head, cols)
		if w.batches == nil {
			w.batches = map[string]*batch{}
		}
		w.batches[head] = b
		w.order = append(w.order, b)
	}
	return b
}

// flush writes the rows batches hold, then widens each written table's
// extent in gpkg_contents and stamps its last change.
func (w *writer) flush() error {
	for _, b := range w.order {
		if err := b.flush(w); err != nil {
			return fmt.Errorf("store: %w", err)
		}
	}
	for table, b := range w.extents {
		err := w.exec(`UPDATE gpkg_contents SET
		min_x = min(coalesce(min_x, ?1), ?1), min_y = min(coalesce(min_y, ?2), ?2),
		max_x = max(coalesce(max_x, ?3), ?3), max_y = max(coalesce(max_y, ?4), ?4),
		last_change = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE table_name = ?5`,
			b.Min[0], b.Min[1], b.Max[0], b.Max[1], table)
		if err != nil {
			return fmt.Errorf("store: updating %s's extent: %w", table, err)
		}
	}
	return nil
}
