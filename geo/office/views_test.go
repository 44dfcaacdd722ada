package office

import (
	"context"
	"testing"
)

// TestAnalystViews fills a khoroo by hand and reads the views back:
//
//	СБД 6: 2 water kiosks (one deleted → 1), 1 school; gaps: high open,
//	       high resolved (not counted), low open (an area)
//	БЗД 6: 1 water kiosk — the same khoroo number in another district
func TestAnalystViews(t *testing.T) {
	ctx := context.Background()
	conn, err := Connect(ctx, initDB(t))
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	exec := func(sql string) {
		t.Helper()
		if _, err := conn.Exec(ctx, sql); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
	}
	point := func(id, district, category string, deleted bool) {
		exec(`INSERT INTO service_points (id, rev, district, khoroo, category, status, created, modified, deleted, geom)
			VALUES ('` + id + `', gen_random_uuid(), '` + district + `', 6, '` + category + `', 'working', now(), now(), ` +
			map[bool]string{true: "true", false: "false"}[deleted] + `, 'SRID=4326;POINT(106.9 47.9)')`)
	}
	point("00000000-0000-4000-8000-000000000001", "СБД", "water", false)
	point("00000000-0000-4000-8000-000000000002", "СБД", "water", true)
	point("00000000-0000-4000-8000-000000000003", "СБД", "school", false)
	point("00000000-0000-4000-8000-000000000004", "БЗД", "water", false)
	gap := func(table, id, severity, status, geom string) {
		exec(`INSERT INTO ` + table + ` (id, rev, district, khoroo, kind, severity, status, created, modified, geom)
			VALUES ('` + id + `', gen_random_uuid(), 'СБД', 6, 'flooding', '` + severity + `', '` + status + `', now(), now(), 'SRID=4326;` + geom + `')`)
	}
	gap("gap_points", "00000000-0000-4000-8000-000000000011", "high", "open", "POINT(106.9 47.9)")
	gap("gap_points", "00000000-0000-4000-8000-000000000012", "high", "resolved", "POINT(106.9 47.9)")
	gap("gap_areas", "00000000-0000-4000-8000-000000000013", "low", "open", "POLYGON((106.9 47.9,106.91 47.9,106.91 47.91,106.9 47.9))")

	count := func(sql string) (n int) {
		t.Helper()
		if err := conn.QueryRow(ctx, sql).Scan(&n); err != nil {
			t.Fatalf("%s: %v", sql, err)
		}
		return n
	}
	cases := []struct {
		name, sql string
		want      int
	}{
		{"СБД 6 water", "SELECT points FROM khoroo_category_counts WHERE district = 'СБД' AND khoroo = 6 AND category = 'water'", 1},
		{"СБД 6 school", "SELECT points FROM khoroo_category_counts WHERE district = 'СБД' AND khoroo = 6 AND category = 'school'", 1},
		{"district water", "SELECT sum(points)::int FROM district_category_counts WHERE category = 'water'", 2},
		{"open high", "SELECT gaps FROM open_gaps_by_severity WHERE district = 'СБД' AND severity = 'high'", 1},
		{"open low (area)", "SELECT gaps FROM open_gaps_by_severity WHERE district = 'СБД' AND severity = 'low'", 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := count(c.sql); got != c.want {
				t.Errorf("got %d, want %d", got, c.want)
			}
		})
	}
	before := count("SELECT change_seq::int FROM service_points WHERE id = '00000000-0000-4000-8000-000000000001'")
	exec("UPDATE service_points SET name = 'Ус' WHERE id = '00000000-0000-4000-8000-000000000001'")
	if after := count("SELECT change_seq::int FROM service_points WHERE id = '00000000-0000-4000-8000-000000000001'"); after <= before {
		t.Errorf("an update left change_seq at %d (was %d): pulls would miss it", after, before)
	}
}
