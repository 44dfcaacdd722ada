package office

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// laptop is one leader's project.
type laptop struct {
	t     testing.TB
	p     *store.Project
	who   string
	clock time.Time
}

func newLaptop(t *testing.T, who string) *laptop { return newBenchLaptop(t, who) }

func newBenchLaptop(t testing.TB, who string) *laptop {
	t.Helper()
	path := filepath.Join(t.TempDir(), who+".gpkg")
	if err := store.Create(path); err != nil {
		t.Fatal(err)
	}
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return &laptop{t: t, p: p, who: who, clock: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}
}

// now ticks a second per call, so later edits are newer.
func (l *laptop) now() time.Time { l.clock = l.clock.Add(time.Second); return l.clock }

func (l *laptop) apply(c annot.Change) {
	l.t.Helper()
	if err := l.p.Apply(c); err != nil {
		l.t.Fatal(err)
	}
}

// add makes a working water kiosk named name at lon, lat.
func (l *laptop) add(name string, lon, lat float64) annot.Point {
	pt := annot.Point{Meta: annot.NewMeta(l.who, l.now()), Category: "water_kiosk", Name: name, Status: annot.Working, Location: orb.Point{lon, lat}}
	l.apply(annot.Change{NewPoint: &pt})
	return pt
}

// addGap marks a high open flooding area around lon, lat.
func (l *laptop) addGap(lon, lat float64) annot.Gap {
	g := annot.Gap{Meta: annot.NewMeta(l.who, l.now()), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
		Geometry: annot.NewArea([]orb.Point{{lon, lat}, {lon + 0.001, lat}, {lon, lat + 0.001}})}
	l.apply(annot.Change{NewGap: &g})
	return g
}

// point returns the project's point id, failing when absent.
func (l *laptop) point(id string) annot.Point {
	l.t.Helper()
	p, ok := l.set().Point(id)
	if !ok {
		l.t.Fatalf("%s has no point %s", l.who, id)
	}
	return p
}

// rename edits a point's name.
func (l *laptop) rename(id, name string) {
	old := l.point(id)
	p := old
	p.Name, p.Meta = name, old.Meta.Touched(l.who, l.now())
	l.apply(annot.Change{OldPoint: &old, NewPoint: &p})
}

func (l *laptop) set() *annot.Set {
	l.t.Helper()
	s, err := l.p.Load()
	if err != nil {
		l.t.Fatal(err)
	}
	return s
}

func (l *laptop) sync(db string) *Result {
	l.t.Helper()
	r, err := Sync(context.Background(), l.p, db, Area{})
	if err != nil {
		l.t.Fatalf("%s's sync: %v", l.who, err)
	}
	return r
}

// picture is what a laptop shows: each annotation's ID, revision and
// review, sorted.
func (l *laptop) picture() []string {
	var out []string
	s := l.set()
	for _, p := range s.Points {
		out = append(out, p.ID+" "+p.Rev+" "+p.Name+" "+p.Review)
	}
	for _, g := range s.Gaps {
		out = append(out, g.ID+" "+g.Rev+" "+g.Review)
	}
	slices.Sort(out)
	return out
}

// fresh is a set of n new points, a gap point and a gap area, with their
// revisions.
func fresh(n int) (*annot.Set, annot.Revisions) {
	s, revs := &annot.Set{}, annot.Revisions{}
	now := time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)
	for i := range n {
		p := annot.Point{Meta: annot.NewMeta("Bat", now), Category: "school", Status: annot.Working, Location: orb.Point{106.9, 47.9 + float64(i)*1e-4}}
		s.Points = append(s.Points, p)
		revs.Add(p.ID, p.Rev)
	}
	s.Gaps = []annot.Gap{{Meta: annot.NewMeta("Bat", now), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open, Geometry: orb.Point{106.9, 47.9}},
		{Meta: annot.NewMeta("Bat", now), Kind: annot.Flooding, Severity: annot.High, Status: annot.Open,
			Geometry: annot.NewArea([]orb.Point{{106.9, 47.9}, {106.91, 47.9}, {106.9, 47.91}})}}
	for _, g := range s.Gaps {
		revs.Add(g.ID, g.Rev)
	}
	return s, revs
}

func emptyServer() *serverCopy {
	return &serverCopy{set: &annot.Set{}, revs: annot.Revisions{}, rows: map[string]string{}, dead: map[string]bool{}, review: map[string]string{}}
}

func connect(t testing.TB, db string) *pgx.Conn {
	t.Helper()
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}
