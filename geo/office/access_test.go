package office

import (
	"context"
	"crypto/rand"
	"encoding/hex"
	"net/url"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"
)

// loginRole makes a login role in group, with a row in table (leaders or
// offices) giving its area, and returns a URL connecting as it.
func loginRole(t testing.TB, db, group, insert string) string {
	t.Helper()
	ctx := context.Background()
	var b [4]byte
	_, _ = rand.Read(b[:])
	role := strings.TrimPrefix(group, "khoroomap_") + "_" + hex.EncodeToString(b[:])
	conn, err := Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for _, sql := range []string{"CREATE ROLE " + role + " LOGIN IN ROLE " + group, strings.ReplaceAll(insert, "ROLE", role)} {
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	t.Cleanup(func() {
		c, err := Connect(ctx, db)
		if err != nil {
			return
		}
		defer c.Close(ctx)
		c.Exec(ctx, "DROP OWNED BY "+role)
		c.Exec(ctx, "DROP ROLE "+role)
	})
	u, _ := url.Parse(db)
	u.User = url.User(role)
	return u.String()
}

// TestRowLevelSecurity, in СБД 6 (kheseg 3 and 4) and СБД 7:
//
//	leader of СБД 6 kheseg 3: reads СБД 6 (2 rows), edits and adds in kheseg 3 only
//	office of СБД 6: reads СБД 6 (3 rows once the leader added one), writes nothing
//	office of СБД: reads the district (4 rows)
//	city: reads all 4
func TestRowLevelSecurity(t *testing.T) {
	ctx := context.Background()
	db := initDB(t)
	admin, err := Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer admin.Close(ctx)
	for i, row := range []string{"'СБД', 6, '3'", "'СБД', 6, '4'", "'СБД', 7, '1'"} {
		if _, err := admin.Exec(ctx, `INSERT INTO service_points (id, rev, district, khoroo, kheseg, category, status, created, modified, geom)
			VALUES ('00000000-0000-4000-8000-00000000000`+string(rune('1'+i))+`', gen_random_uuid(), `+row+`, 'school', 'working', now(), now(), 'SRID=4326;POINT(106.9 47.9)')`); err != nil {
			t.Fatal(err)
		}
	}
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo, kheseg) VALUES ('ROLE', 'СБД', 6, '3')")
	office := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district, khoroo) VALUES ('ROLE', 'СБД', 6)")
	district := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district) VALUES ('ROLE', 'СБД')")
	city := loginRole(t, db, "khoroomap_city", "SELECT 1")
	add := func(khoroo, kheseg string) string {
		return `INSERT INTO service_points (id, rev, district, khoroo, kheseg, category, status, created, modified, geom)
			VALUES (gen_random_uuid(), gen_random_uuid(), 'СБД', ` + khoroo + `, '` + kheseg + `', 'school', 'working', now(), now(), 'SRID=4326;POINT(106.9 47.9)')`
	}
	cases := []struct {
		name, url, sql string
		want           int64 // rows seen or changed; -1: refused
	}{
		{"leader reads the khoroo", leader, "SELECT count(*) FROM service_points", 2},
		{"leader's view counts", leader, "SELECT coalesce(sum(points), 0) FROM khoroo_category_counts", 2},
		{"leader edits the kheseg", leader, "UPDATE service_points SET name = 'x' WHERE kheseg = '3'", 1},
		{"leader cannot edit another kheseg", leader, "UPDATE service_points SET name = 'x' WHERE kheseg = '4'", 0},
		{"leader cannot add in another khoroo", leader, add("7", "3"), -1},
		{"leader adds in the kheseg", leader, add("6", "3"), 1},
		{"leader cannot add in another kheseg", leader, add("6", "4"), -1},
		{"office reads the khoroo", office, "SELECT count(*) FROM service_points", 3},
		{"office writes nothing", office, "UPDATE service_points SET name = 'x'", -1},
		{"district office reads the district", district, "SELECT count(*) FROM service_points", 4},
		{"city reads all", city, "SELECT count(*) FROM service_points", 4},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			conn, err := pgx.Connect(ctx, c.url)
			if err != nil {
				t.Fatal(err)
			}
			defer conn.Close(ctx)
			got, err := run(ctx, conn, c.sql)
			if c.want == -1 {
				if err == nil {
					t.Errorf("allowed (%d rows), want refused", got)
				}
				return
			}
			if err != nil || got != c.want {
				t.Errorf("got %d (%v), want %d", got, err, c.want)
			}
		})
	}
}

// run returns a SELECT's single number or how many rows a statement changed.
func run(ctx context.Context, conn *pgx.Conn, sql string) (int64, error) {
	if strings.HasPrefix(sql, "SELECT") {
		var n int64
		err := conn.QueryRow(ctx, sql).Scan(&n)
		return n, err
	}
	tag, err := conn.Exec(ctx, sql)
	return tag.RowsAffected(), err
}

// TestLeaderSyncsWithOwnRole: a khoroo leader's sync, under their own role
// and with no area given, files the points in their khoroo; the office of
// another khoroo does not see them.
func TestLeaderSyncsWithOwnRole(t *testing.T) {
	db := initDB(t)
	leader := loginRole(t, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'БЗД', 2)")
	other := loginRole(t, db, "khoroomap_office", "INSERT INTO offices (role, district, khoroo) VALUES ('ROLE', 'БЗД', 3)")
	a := newLaptop(t, "Bat")
	a.add("Ус", 106.9, 47.9)
	if r := a.sync(leader); r.Pushed != 1 {
		t.Fatalf("the leader's sync pushed %d, want 1", r.Pushed)
	}
	if r := a.sync(leader); r.Pushed != 0 || r.Pulled != 0 {
		t.Errorf("the leader's second sync: pushed %d, pulled %d", r.Pushed, r.Pulled)
	}
	o := newLaptop(t, "office")
	if o.sync(other); len(o.set().Points) != 0 {
		t.Errorf("the office of БЗД 3 pulled %d points of БЗД 2", len(o.set().Points))
	}
	var district string
	var khoroo int
	conn, _ := Connect(context.Background(), db)
	defer conn.Close(context.Background())
	if err := conn.QueryRow(context.Background(), "SELECT district, khoroo FROM service_points").Scan(&district, &khoroo); err != nil || district != "БЗД" || khoroo != 2 {
		t.Errorf("the point is filed in %s %d (%v), want БЗД 2", district, khoroo, err)
	}
}
