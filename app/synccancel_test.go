package app

import (
	"context"
	"image/color"
	"math"
	"slices"
	"strings"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/jackc/pgx/v5"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/office"
	"github.com/khoroomap/khoroomap/geo/office/pgtest"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photo/phototest"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// photographed makes a project with a kiosk named name at lon showing
// one photo.
func photographed(t *testing.T, name string, lon float64) *store.Project {
	p := syncProject(t, name, lon)
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	img := phototest.Quadrants(40, 30)
	img.SetNRGBA(0, 0, color.NRGBA{uint8(int(math.Round(lon*1000)) % 256), 0, 0, 255}) // a photo of its own per 0.001° of longitude
	ph, err := photo.Reduce(name+".jpg", phototest.JPEG(img, phototest.Tags{}))
	if err != nil {
		t.Fatal(err)
	}
	old := s.Points[0]
	pt := old
	pt.Photos, pt.Meta = []string{ph.ID}, old.Meta.Touched(name, old.Modified.Add(time.Second))
	if err := p.ApplyWithPhotos([]photo.Photo{ph}, []annot.Change{{OldPoint: &old, NewPoint: &pt}}); err != nil {
		t.Fatal(err)
	}
	return p
}

// holdSyncLog takes the sync log's lock in a transaction of its own, so
// that a sync stops at its last write, until release.
func holdSyncLog(t *testing.T, db string) (release func()) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	tx, err := conn.Begin(ctx)
	if err == nil {
		_, err = tx.Exec(ctx, "LOCK TABLE sync_log IN EXCLUSIVE MODE")
	}
	if err != nil {
		t.Fatal(err)
	}
	return func() { tx.Rollback(ctx); conn.Close(ctx) }
}

// waitForLockWait returns once a session of db waits for a lock.
func waitForLockWait(t *testing.T, db string) {
	ctx := context.Background()
	conn, err := pgx.Connect(ctx, db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(ctx)
	for n := 0; n == 0; time.Sleep(20 * time.Millisecond) {
		if err := conn.QueryRow(ctx, "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock'").Scan(&n); err != nil {
			t.Fatal(err)
		}
	}
}

// TestSyncPanelCancel: a first sync sends Bat's kiosk with its photo and
// receives Saran's. Then Bat adds a well, and the next sync, stopped by
// Cancel while the server holds it midway, leaves the project as it was
// and shows "cancelled" with the first sync's result; the sync after it
// sends the well.
func TestSyncPanelCancel(t *testing.T) {
	db := pgtest.DB(t)
	if _, err := office.Init(context.Background(), db); err != nil {
		t.Fatal(err)
	}
	if _, err := office.Sync(context.Background(), photographed(t, "Saran", 106.95), db, office.Area{}); err != nil {
		t.Fatal(err)
	}
	a := test.NewTempApp(t)
	win := test.NewTempWindow(t, widget.NewLabel(""))
	p := photographed(t, "Bat", 106.9)
	s, err := p.Load()
	if err != nil {
		t.Fatal(err)
	}
	ws := &workspace.Workspace{Now: time.Now}
	ws.Open(p, s)
	panel := newSyncPanel(win, ws, prefsOf(a), func(*annot.Set) {})
	ended := make(chan bool)
	panel.done = func() { ended <- true }
	panel.show()
	test.Type(panel.url, db)
	test.Tap(panel.start)
	<-ended
	first := panel.last.Text
	for _, want := range []string{"1 sent, 1 received, 0 for review", "Photos: 1 sent, 1 received"} {
		if !strings.Contains(first, want) {
			t.Errorf("after the first sync the dialog shows %q, want %q", first, want)
		}
	}

	well := annot.Point{Meta: annot.NewMeta("Bat", time.Now()), Category: "water_kiosk", Name: "Худаг", Status: annot.Working, Location: orb.Point{106.91, 47.9}}
	if err := p.Apply(annot.Change{NewPoint: &well}); err != nil {
		t.Fatal(err)
	}
	before, _ := p.Load()
	release := holdSyncLog(t, db)
	test.Tap(panel.start)
	waitForLockWait(t, db)
	test.Tap(panel.cancel)
	<-ended
	release()
	if got := panel.last.Text; !strings.Contains(got, "cancelled") || !strings.Contains(got, first) {
		t.Errorf("after Cancel the dialog shows %q, want cancelled and %q", got, first)
	}
	if after, _ := p.Load(); !slices.EqualFunc(after.Points, before.Points, func(a, b annot.Point) bool { return a.Rev == b.Rev && a.Content() == b.Content() }) {
		t.Errorf("the cancelled sync changed the project: %d points, %d before", len(after.Points), len(before.Points))
	}
	if panel.start.Disabled() || !panel.cancel.Disabled() {
		t.Error("after Cancel, Sync is disabled or Cancel enabled")
	}

	test.Tap(panel.start)
	<-ended
	for _, want := range []string{"1 sent, 0 received, 0 for review", "Photos: 0 sent, 0 received"} {
		if !strings.Contains(panel.last.Text, want) {
			t.Errorf("after the full sync the dialog shows %q, want %q", panel.last.Text, want)
		}
	}
}
