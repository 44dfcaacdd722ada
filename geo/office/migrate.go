package office

import (
	"context"
	"errors"
	"fmt"

	"github.com/jackc/pgx/v5"
)

// migration is one versioned step of the schema. Steps are never edited
// once released: a change is a new step.
type migration struct {
	Version int
	Note    string
	SQL     string
}

// migrationsTable records which steps a database has had.
const migrationsTable = `CREATE TABLE IF NOT EXISTS khoroomap_migrations (
	version int PRIMARY KEY,
	note text NOT NULL,
	applied timestamptz NOT NULL DEFAULT now())`

// migrateLock is the advisory lock that keeps two db-inits from running
// the same steps at once.
const migrateLock = 0x6b686f726f6f // "khoroo"

// ErrNewer is returned by Init for a database made by a newer Khoroo Map.
var ErrNewer = errors.New("the database was set up by a newer Khoroo Map: update this one")

// Init brings the database at connString up to the current schema,
// applying each missing migration in its own transaction, and returns the
// versions it applied (none when the database was current). It is safe to
// run again, and from several machines at once.
func Init(ctx context.Context, connString string) ([]int, error) {
	conn, err := Connect(ctx, connString)
	if err != nil {
		return nil, err
	}
	defer conn.Close(context.Background())
	where := Redact(connString)
	if _, err := conn.Exec(ctx, "SELECT pg_advisory_lock($1)", migrateLock); err != nil {
		return nil, fmt.Errorf("office: %s: %w", where, err)
	}
	defer conn.Exec(context.Background(), "SELECT pg_advisory_unlock($1)", migrateLock)
	if _, err := conn.Exec(ctx, migrationsTable); err != nil {
		return nil, fmt.Errorf("office: %s: creating the migrations table: %w", where, err)
	}
	have, err := Version(ctx, conn)
	if err != nil {
		return nil, fmt.Errorf("office: %s: %w", where, err)
	}
	if latest := migrations[len(migrations)-1].Version; have > latest {
		return nil, fmt.Errorf("office: %s is at schema version %d, this program knows up to %d: %w", where, have, latest, ErrNewer)
	}
	var applied []int
	for _, m := range migrations {
		if m.Version <= have {
			continue
		}
		if err := apply(ctx, conn, m); err != nil {
			return applied, fmt.Errorf("office: %s: migration %d (%s): %w", where, m.Version, m.Note, err)
		}
		applied = append(applied, m.Version)
	}
	return applied, nil
}

// Version returns the schema version of the database (0 when none).
func Version(ctx context.Context, conn *pgx.Conn) (int, error) {
	var v int
	err := conn.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM khoroomap_migrations").Scan(&v)
	return v, err
}

// apply runs one migration and records it, all or nothing.
func apply(ctx context.Context, conn *pgx.Conn, m migration) error {
	return pgx.BeginFunc(ctx, conn, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, m.SQL); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, "INSERT INTO khoroomap_migrations (version, note) VALUES ($1, $2)", m.Version, m.Note)
		return err
	})
}
