package store

import (
	"database/sql"
	"fmt"
	"path/filepath"
	"sync"
	"testing"
)

// Two programs writing one project at once (a window and an import, or
// two imports) both succeed, one after the other: each write transaction
// takes the write lock when it begins, so neither is told "database is
// locked" halfway through a read-then-write, as a deferred transaction
// would be (SQLite cannot wait there without deadlocking).
func TestTwoWritersAtOnce(t *testing.T) {
	path := filepath.Join(t.TempDir(), "хоёулаа.gpkg")
	writers := []*Project{openT(t, path), openT(t, path)}
	var wg sync.WaitGroup
	errs := make(chan error, 2)
	for w, p := range writers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range 40 {
				if err := p.tx(func(tx *sql.Tx) error { return readThenWrite(tx, fmt.Sprintf("w%d-%d", w, i)) }); err != nil {
					errs <- err
					return
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
}

// readThenWrite reads the settings, then adds one: a transaction that
// starts reading and turns into a write.
func readThenWrite(tx *sql.Tx, key string) error {
	var n int
	if err := tx.QueryRow("SELECT count(*) FROM settings").Scan(&n); err != nil {
		return err
	}
	_, err := tx.Exec("INSERT INTO settings (key, value) VALUES (?, ?)", key, fmt.Sprint(n))
	return err
}
