package pgtest

import (
	"context"
	"testing"

	"github.com/jackc/pgx/v5"
)

// TestDBIsFreshAndHasPostGIS checks that a test gets an empty database of
// its own on which PostGIS can be created.
func TestDBIsFreshAndHasPostGIS(t *testing.T) {
	a, b := DB(t), DB(t)
	if a == b {
		t.Fatalf("two test databases share a URL: %s", a)
	}
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, a)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	var tables int
	if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'").Scan(&tables); err != nil {
		t.Fatal(err)
	}
	if tables != 0 {
		t.Errorf("a fresh test database has %d tables", tables)
	}
	if _, err := conn.Exec(ctx, "CREATE EXTENSION postgis"); err != nil {
		t.Fatalf("PostGIS is not installed on the test server: %v", err)
	}
}
