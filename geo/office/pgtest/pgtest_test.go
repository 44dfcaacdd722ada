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

// TestCloneCopiesTheTemplate: a clone holds the template's rows, and
// writing to it leaves the template as it was.
func TestCloneCopiesTheTemplate(t *testing.T) {
	ctx := context.Background()
	tmpl := DB(t)
	exec := func(url string, sql string) int {
		t.Helper()
		conn, err := pgx.Connect(ctx, url)
		if err != nil {
			t.Fatal(err)
		}
		defer conn.Close(ctx)
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatal(err)
		}
		var n int
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM t").Scan(&n); err != nil {
			t.Fatal(err)
		}
		return n
	}
	exec(tmpl, "CREATE TABLE t AS SELECT generate_series(1, 3) AS x")
	cfg, err := pgx.ParseConfig(tmpl)
	if err != nil {
		t.Fatal(err)
	}
	clone := Clone(t, cfg.Database)
	if n := exec(clone, "INSERT INTO t VALUES (4)"); n != 4 {
		t.Errorf("the clone holds %d rows after adding one to the template's 3", n)
	}
	if n := exec(tmpl, "SELECT 1"); n != 3 {
		t.Errorf("the template holds %d rows after the clone was written, want 3", n)
	}
}
