package office

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
)

// The city: rows already on the server (KHOROOMAP_BENCH_ROWS, default
// 100,000; .ci/bench-sync runs 1 M), spread over 9 districts × 23 khoroos.
// Each leader syncs 5,000 annotations of their own in khoroo 99 of
// district "bench", which the filler never uses.

// benchDB is a database with the schema and the city's rows, copied
// from a template filled once per test server (the fill of 1 M rows
// takes longer than the benchmarks).
func benchDB(b *testing.B) string {
	b.Helper()
	n := 100_000
	if s := os.Getenv("KHOROOMAP_BENCH_ROWS"); s != "" {
		var err error
		if n, err = strconv.Atoi(s); err != nil {
			b.Fatalf("KHOROOMAP_BENCH_ROWS=%q: %v", s, err)
		}
	}
	b.ReportMetric(float64(n), "server-rows")
	return pgtest.Clone(b, cityTemplate(b, n))
}

// cityTemplate returns the name of a database holding the schema and n
// rows, filling it the first time under another name and renaming it
// once complete, so that an interrupted fill is never used.
func cityTemplate(b *testing.B, n int) string {
	ctx := context.Background()
	name := fmt.Sprintf("khoroomap_bench_city_%d_v%d", n, migrations[len(migrations)-1].Version)
	admin := connect(b, os.Getenv(pgtest.Env))
	var have bool
	if err := admin.QueryRow(ctx, "SELECT EXISTS (SELECT 1 FROM pg_database WHERE datname = $1)", name).Scan(&have); err != nil || have {
		return name
	}
	db := pgtest.DB(b)
	if _, err := Init(ctx, db); err != nil {
		b.Fatal(err)
	}
	conn := connect(b, db)
	if err := fillCity(ctx, conn, n); err != nil {
		b.Fatalf("filling the city: %v", err)
	}
	conn.Close(ctx)
	cfg, _ := pgx.ParseConfig(db) // pgtest made it
	rename := "ALTER DATABASE " + pgx.Identifier{cfg.Database}.Sanitize() + " RENAME TO " + name
	for try := 0; ; try++ { // the closed sessions may still be leaving
		_, err := admin.Exec(ctx, rename)
		if err == nil {
			return name
		}
		if try == 50 {
			b.Fatal(err)
		}
		time.Sleep(100 * time.Millisecond)
	}
}

// asLeader is a URL connecting to db as a leader of benchArea, as a
// leader's laptop does: row-level security applies.
func asLeader(b *testing.B, db string) string {
	return loginRole(b, db, "khoroomap_leader", "INSERT INTO leaders (role, district, khoroo) VALUES ('ROLE', 'bench', 99)")
}

// leaderWith makes a laptop holding n fresh points.
func leaderWith(b *testing.B, n int) *laptop {
	l := newBenchLaptop(b, fmt.Sprintf("leader%d", n))
	cs := make([]annot.Change, n)
	for i := range cs {
		p := annot.Point{Meta: annot.NewMeta(l.who, l.now()), Category: "water_kiosk", Status: annot.Working,
			Location: orb.Point{106.9 + float64(i%100)*1e-4, 47.9 + float64(i/100)*1e-4}}
		cs[i] = annot.Change{NewPoint: &p}
	}
	if err := l.p.ApplyAll(cs); err != nil {
		b.Fatal(err)
	}
	return l
}

var benchArea = Area{District: "bench", Khoroo: 99}

// BenchmarkFirstSync: a leader's first sync of 5,000 annotations.
func BenchmarkFirstSync(b *testing.B) {
	db := asLeader(b, benchDB(b))
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		l := leaderWith(b, 5000)
		b.StartTimer()
		if _, err := Sync(context.Background(), l.p, db, benchArea); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkIncrementalSync: 50 edits on a synced project of 5,000.
func BenchmarkIncrementalSync(b *testing.B) {
	db := asLeader(b, benchDB(b))
	l := leaderWith(b, 5000)
	if _, err := Sync(context.Background(), l.p, db, benchArea); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		b.StopTimer()
		s := l.set()
		cs := make([]annot.Change, 50)
		for i := range cs {
			old := s.Points[i]
			p := old
			p.Name, p.Meta = "edit", old.Meta.Touched(l.who, l.now())
			cs[i] = annot.Change{OldPoint: &old, NewPoint: &p}
		}
		if err := l.p.ApplyAll(cs); err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		if r, err := Sync(context.Background(), l.p, db, benchArea); err != nil || r.Pushed != 50 {
			b.Fatalf("pushed %v, %v; want 50", r, err)
		}
	}
}

// BenchmarkCitySummary: the per-district counts a city analyst opens,
// under the city role's row-level security.
func BenchmarkCitySummary(b *testing.B) {
	db := loginRole(b, benchDB(b), "khoroomap_city", "SELECT 1")
	conn, err := Connect(context.Background(), db)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(context.Background())
	b.ReportAllocs()
	for b.Loop() {
		var n int64
		if err := conn.QueryRow(context.Background(), "SELECT sum(points) FROM district_category_counts").Scan(&n); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkConcurrentLeaders: KHOROOMAP_BENCH_LEADERS leaders (default
// 20) of one khoroo, each under a role of their own, each push 500 new
// annotations at once; every row must arrive.
func BenchmarkConcurrentLeaders(b *testing.B) {
	db := benchDB(b)
	leaders := 20
	if s := os.Getenv("KHOROOMAP_BENCH_LEADERS"); s != "" {
		leaders, _ = strconv.Atoi(s)
	}
	b.ReportMetric(float64(leaders), "leaders")
	roles := make([]string, leaders)
	for i := range roles {
		roles[i] = asLeader(b, db)
	}
	b.ReportAllocs()
	pushed := 0
	for b.Loop() {
		b.StopTimer()
		ls := make([]*laptop, leaders)
		for i := range ls {
			ls[i] = leaderWith(b, 500)
		}
		b.StartTimer()
		var wg sync.WaitGroup
		errs, tries := make([]error, leaders), make([]int, leaders)
		for i, l := range ls {
			wg.Go(func() {
				var r *Result
				if r, errs[i] = Sync(context.Background(), l.p, roles[i], benchArea); r != nil {
					tries[i] = r.Tries
				}
			})
		}
		wg.Wait()
		for _, err := range errs {
			if err != nil {
				b.Fatal(err)
			}
		}
		pushed += leaders * 500
		b.ReportMetric(float64(slices.Max(tries)), "max-tries")
		b.StopTimer()
		if n := benchRows(b, db); n != pushed {
			b.Fatalf("%d leaders pushed %d rows in all, the server holds %d", leaders, pushed, n)
		}
		b.StartTimer()
	}
}

// benchRows counts the live rows of benchArea on the server.
func benchRows(b *testing.B, db string) int {
	conn, err := Connect(context.Background(), db)
	if err != nil {
		b.Fatal(err)
	}
	defer conn.Close(context.Background())
	var n int
	if err := conn.QueryRow(context.Background(), "SELECT count(*) FROM service_points WHERE district = $1 AND NOT deleted",
		benchArea.District).Scan(&n); err != nil {
		b.Fatal(err)
	}
	return n
}
