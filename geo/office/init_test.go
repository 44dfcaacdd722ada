package office

import (
	"context"
	"errors"
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
)

// initDB returns a fresh database with the current schema.
func initDB(t testing.TB) string {
	t.Helper()
	url := pgtest.DB(t)
	if _, err := Init(context.Background(), url); err != nil {
		t.Fatal(err)
	}
	return url
}

func TestInitIsVersionedAndIdempotent(t *testing.T) {
	ctx := context.Background()
	url := pgtest.DB(t)
	applied, err := Init(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	want := []int{}
	for _, m := range migrations {
		want = append(want, m.Version)
	}
	if !slices.Equal(applied, want) {
		t.Errorf("first Init applied %v, want %v", applied, want)
	}
	again, err := Init(ctx, url)
	if err != nil || len(again) != 0 {
		t.Errorf("second Init applied %v (err %v), want nothing", again, err)
	}
}

func TestInitRefusesANewerDatabase(t *testing.T) {
	ctx := context.Background()
	url := initDB(t)
	conn, err := Connect(ctx, url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	if _, err := conn.Exec(ctx, "INSERT INTO khoroomap_migrations (version, note) VALUES (999, 'from the future')"); err != nil {
		t.Fatal(err)
	}
	if _, err := Init(ctx, url); !errors.Is(err, ErrNewer) {
		t.Errorf("Init on a version-999 database: %v, want ErrNewer", err)
	}
}

// TestGeometryColumns checks every layer is typed, in 4326 and indexed.
func TestGeometryColumns(t *testing.T) {
	ctx := context.Background()
	conn, err := Connect(ctx, initDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	want := map[string]string{
		"districts": "MULTIPOLYGON", "khoroos": "MULTIPOLYGON", "kheseg": "MULTIPOLYGON", "ger_areas": "MULTIPOLYGON",
		"service_points": "POINT", "gap_points": "POINT", "gap_areas": "POLYGON",
	}
	rows, err := conn.Query(ctx, `SELECT f_table_name, type, srid,
		EXISTS (SELECT 1 FROM pg_indexes i WHERE i.tablename = f_table_name AND i.indexdef LIKE '%USING gist (geom)')
		FROM geometry_columns WHERE f_table_schema = 'public'`)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for rows.Next() {
		var table, typ string
		var srid int
		var gist bool
		if err := rows.Scan(&table, &typ, &srid, &gist); err != nil {
			t.Fatal(err)
		}
		got[table] = typ
		if srid != 4326 || !gist {
			t.Errorf("%s: srid %d, GIST index %v; want 4326 and an index", table, srid, gist)
		}
	}
	for table, typ := range want {
		if got[table] != typ {
			t.Errorf("%s: geometry %q, want %q", table, got[table], typ)
		}
	}
}
