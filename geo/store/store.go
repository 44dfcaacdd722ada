package store

import (
	"context"
	"database/sql"
	"errors"
	"net/url"
	"os"
	"path/filepath"
	"sync"

	"github.com/khoroomap/khoroomap/geo/atomicfile"
	"github.com/khoroomap/khoroomap/geo/words"

	_ "modernc.org/sqlite" // the pure-Go SQLite driver, registered as "sqlite"
)

// Project is an open project file. Its methods are safe for concurrent
// use; each write is one transaction.
type Project struct {
	mu    sync.Mutex
	db    *sql.DB
	path  string
	claim *os.File // held while a window has the project open (see Claim)
	left  leftOut  // rows reading left out (see LeftOut)
}

// ErrNotProject is wrapped by Open's error when a file is not a
// GeoPackage.
var ErrNotProject = words.Errorf("not a GeoPackage project")

// dsn is the connection string: a rollback journal (the project stays one
// file) synced in full at every commit, and foreign keys on. Transactions
// take the write lock as they begin (BEGIN IMMEDIATE), so a second program
// writing the same project waits its turn (busy_timeout) instead of
// failing with "database is locked" when a read turns into a write.
func dsn(path string) string {
	q := url.Values{}
	for _, p := range []string{"busy_timeout(5000)", "journal_mode(DELETE)", "synchronous(FULL)", "foreign_keys(1)"} {
		q.Add("_pragma", p)
	}
	q.Set("_txlock", "immediate")
	return "file:" + (&url.URL{Path: path}).EscapedPath() + "?" + q.Encode()
}

func openDB(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", dsn(path))
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1) // one writer, and pragmas hold for the one connection
	return db, nil
}

// Open opens the project at path, creating an empty one (with the default
// categories) when no file is there. A file that is not a GeoPackage is
// refused, untouched. A GeoPackage made by another program gets the
// project's tables added. Stale temporary files that a killed write left
// in the project's folder are removed (see atomicfile.CleanStale).
func Open(path string) (*Project, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		if err := Create(path); err != nil {
			return nil, err
		}
	}
	if err := checkHeader(path); err != nil {
		return nil, err
	}
	db, err := openDB(path)
	if err != nil {
		return nil, words.Errorf("store: %s: %w", path, err)
	}
	p := &Project{db: db, path: path}
	atomicfile.CleanStale(filepath.Dir(path)) // what a killed save-as or merge left beside it
	if err := p.checkSchema(); err != nil {
		db.Close()
		return nil, err
	}
	if err := p.upgrade(); err != nil {
		db.Close()
		return nil, err
	}
	return p, nil
}

// checkHeader refuses files that are not SQLite before the driver sees
// them (it would otherwise report a vague error, or start a journal).
func checkHeader(path string) error {
	f, err := os.Open(path)
	if err != nil {
		return words.Errorf("store: %w", err)
	}
	defer f.Close()
	head := make([]byte, 16)
	if n, _ := f.Read(head); n < 16 || string(head) != "SQLite format 3\x00" {
		return words.Errorf("store: %s: %w (it is not an SQLite file)", path, ErrNotProject)
	}
	return nil
}

// check verifies the GeoPackage header and the database's integrity.
func (p *Project) check(q querier) error {
	var app int64
	if err := q.QueryRow("PRAGMA application_id").Scan(&app); err != nil {
		return words.Errorf("store: %s: %w", p.path, err)
	}
	if app != gpkgApplicationID {
		return words.Errorf("store: %s: %w (an SQLite file with application_id %#x)", p.path, ErrNotProject, app)
	}
	var ok string
	err := q.QueryRow("PRAGMA quick_check").Scan(&ok)
	if err == nil && ok != "ok" {
		err = errors.New(ok) // SQLite's own words for the first problem
	}
	if err != nil {
		return words.Errorf("store: %s: the file is damaged (%v)", p.path, err)
	}
	return nil
}

// Path returns the project file's path.
func (p *Project) Path() string { return p.path }

// Close closes the file. Everything written is already on disk.
func (p *Project) Close() error {
	p.mu.Lock()
	defer p.mu.Unlock()
	err := p.db.Close()
	if p.claim != nil {
		p.claim.Close() // after SQLite's handles: on Unix closing it drops their locks
		p.claim = nil
	}
	return err
}

// tx runs fn in one transaction, committed only when fn returns nil.
func (p *Project) tx(fn func(*sql.Tx) error) error {
	p.mu.Lock()
	defer p.mu.Unlock()
	tx, err := p.db.BeginTx(context.Background(), nil)
	if err != nil {
		return words.Errorf("store: %s: %w", p.path, err)
	}
	if err := fn(tx); err != nil {
		tx.Rollback()
		return err
	}
	if err := tx.Commit(); err != nil {
		return words.Errorf("store: %s: saving: %w", p.path, err)
	}
	return nil
}

// Create writes a new, empty project at path with the default
// categories. It is built beside path and renamed into place, so path is
// either absent or complete. An existing file at path is replaced.
func Create(path string) error {
	return writeAtomically(path, func(tmp string) error {
		db, err := openDB(tmp)
		if err != nil {
			return err
		}
		p := &Project{db: db, path: tmp}
		err = p.initSchema()
		if cerr := db.Close(); err == nil {
			err = cerr
		}
		return err
	})
}

// CreateFilled writes a new project at path, filled by fill, as Create
// does: built beside path and renamed into place once fill succeeded, so
// path is either absent or complete.
func CreateFilled(path string, fill func(p *Project) error) error {
	return writeAtomically(path, func(tmp string) error {
		if err := Create(tmp); err != nil {
			return err
		}
		p, err := Open(tmp)
		if err != nil {
			return err
		}
		defer p.Close()
		return fill(p)
	})
}

// writeAtomically has write fill a temporary file beside path, syncs it and
// renames it over path.
func writeAtomically(path string, write func(tmp string) error) error {
	dir := filepath.Dir(path)
	f, err := atomicfile.Temp(path) // also clears what a killed write left
	if err != nil {
		return words.Errorf("store: %w", err)
	}
	tmp := f.Name()
	f.Close()
	os.Remove(tmp) // SQLite wants to create it itself
	defer os.Remove(tmp + "-journal")
	if err := write(tmp); err != nil {
		os.Remove(tmp)
		return words.Errorf("store: writing %s: %w", path, err)
	}
	if err := syncFile(tmp); err != nil {
		os.Remove(tmp)
		return err
	}
	if err := os.Rename(tmp, path); err != nil {
		os.Remove(tmp)
		return words.Errorf("store: %w", err)
	}
	return syncDir(dir)
}

func syncFile(path string) error {
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		return words.Errorf("store: %w", err)
	}
	defer f.Close()
	if err := f.Sync(); err != nil {
		return words.Errorf("store: %w", err)
	}
	return nil
}

// syncDir makes a rename durable; where directories cannot be synced
// (Windows) there is nothing to do.
func syncDir(dir string) error {
	d, err := os.Open(dir)
	if err != nil {
		return nil
	}
	defer d.Close()
	d.Sync()
	return nil
}
