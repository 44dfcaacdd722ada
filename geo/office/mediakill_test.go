package office

import (
	"bufio"
	"context"
	"fmt"
	"io"
	"maps"
	"os"
	"os/exec"
	"slices"
	"strconv"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/khoroomap/khoroomap/geo/store"
)

// TestPhotoSyncChild is the sync process TestPhotoSyncKilled kills; it
// does nothing unless started by it. It sends photos a chunk at a time
// and stalls at the stage it is given.
func TestPhotoSyncChild(t *testing.T) {
	path, db := os.Getenv(childEnv), os.Getenv(childEnv+"_DB")
	if path == "" || os.Getenv(childEnv+"_PHOTOS") == "" {
		t.Skip("run by TestPhotoSyncKilled")
	}
	photoChunk, _ = strconv.Atoi(os.Getenv(childEnv + "_PHOTOS"))
	p, err := store.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	stall := os.Getenv(childEnv + "_STALL")
	faultHook = func(stage string) error {
		if stage == stall {
			fmt.Println("stalled at", stage)
			time.Sleep(5 * time.Second)
		}
		return nil
	}
	if _, err := Sync(context.Background(), p, db, Area{}); err != nil {
		t.Fatal(err)
	}
}

// TestPhotoSyncKilled: a leader's sync is killed (SIGKILL) while it sends
// photos, writes the server, receives photos and writes the project, with
// photos added and removed between the attempts. Afterwards the project
// opens and holds every photo its annotations show; a full sync finishes
// and a second changes nothing; the server links each annotation to
// exactly its photos; and another laptop gets the same photos.
func TestPhotoSyncKilled(t *testing.T) {
	db := initDB(t)
	a, b := newLaptop(t, "Bat"), newLaptop(t, "Saran")
	phs := testPhotos(t, 18)
	var ids []string
	for i := range 5 {
		ids = append(ids, a.add("Ус", 106.9+float64(i)*1e-3, 47.9).ID)
		a.withPhotos(ids[i], phs[i], phs[(i+1)%5])
	}
	well := b.add("Худаг", 106.8, 47.8).ID
	b.withPhotos(well, phs[5])
	path := a.p.Path()
	for i, stall := range []string{"photos-sent", "server-written", "photo-received", "photos-sent", "server-committed", "photo-received"} {
		a.withPhotos(ids[i%5], phs[6+2*i]) // one new photo instead of two: one unlinked
		b.withPhotos(well, phs[5], phs[7+2*i])
		b.sync(db)
		a.p.Close()
		child := exec.Command(os.Args[0], "-test.run=^TestPhotoSyncChild$")
		child.Env = append(os.Environ(), childEnv+"="+path, childEnv+"_DB="+db, childEnv+"_STALL="+stall,
			childEnv+"_PHOTOS="+strconv.Itoa(len(phs[0].Data)+1))
		out, err := child.StdoutPipe()
		if err == nil {
			err = child.Start()
		}
		if err != nil {
			t.Fatal(err)
		}
		line, _ := bufio.NewReader(out).ReadString('\n')
		if line != "stalled at "+stall+"\n" {
			t.Errorf("attempt %d: the child said %q, want it stalled at %s", i+1, line, stall)
		}
		child.Process.Kill()
		go io.Copy(io.Discard, out)
		t.Logf("attempt %d, killed at %q: %v", i+1, stall, child.Wait())
		if a.p, err = store.Open(path); err != nil {
			t.Fatalf("after attempt %d the project does not open: %v", i+1, err)
		}
		checkPhotos(t, a, "")
	}
	t.Cleanup(func() { a.p.Close() })
	a.sync(db)
	if r := a.sync(db); r.Pushed+r.Pulled+r.PhotosSent+r.PhotosReceived != 0 {
		t.Errorf("the sync after the kills left work: %+v", r)
	}
	checkPhotos(t, a, db)
	c := newLaptop(t, "office")
	c.sync(db)
	if got, want := photoLists(c.set()), photoLists(a.set()); !maps.EqualFunc(got, want, slices.Equal) {
		t.Errorf("another laptop's photos differ from the leader's:\n%v\n%v", got, want)
	}
}

// checkPhotos: l holds every photo its annotations show, readable, and
// the server db (when not "") links each annotation to exactly its photos.
func checkPhotos(t *testing.T, l *laptop, db string) {
	t.Helper()
	s := l.set()
	for _, id := range s.PhotoIDs() {
		if _, err := l.p.Photo(id); err != nil {
			t.Errorf("%s's photo %s: %v", l.who, id, err)
		}
	}
	for _, m := range photoMetas(s) {
		if db == "" {
			break
		}
		got := serverLinks(t, db, m.id)
		if !slices.Equal(got, m.photos) && len(got)+len(m.photos) > 0 {
			t.Errorf("the server links %s to %v, the project shows %v", m.id, got, m.photos)
		}
	}
}

func serverLinks(t *testing.T, db, id string) []string {
	conn, err := Connect(context.Background(), db)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	rows, err := conn.Query(context.Background(), "SELECT photo FROM annotation_photos WHERE annotation = $1 ORDER BY position", id)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	var ph string
	if _, err := pgx.ForEachRow(rows, []any{&ph}, func() error { out = append(out, ph); return nil }); err != nil {
		t.Fatal(err)
	}
	return out
}
