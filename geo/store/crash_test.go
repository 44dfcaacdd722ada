package store

import (
	"bufio"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"syscall"
	"testing"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// The crash test runs this test binary again as a writer: with
// KHOROOMAP_CRASH_WRITER set to a project path it edits that project in a
// loop, printing each edit once it is committed, until it is killed.
func TestMain(m *testing.M) {
	if path := os.Getenv("KHOROOMAP_CRASH_WRITER"); path != "" {
		crashWriter(path, os.Getenv("KHOROOMAP_CRASH_MODE"))
		return
	}
	os.Exit(m.Run())
}

func crashWriter(path, mode string) {
	p, err := Open(path)
	if err != nil {
		fmt.Println("error", err)
		os.Exit(1)
	}
	out := bufio.NewWriter(os.Stdout)
	s, _ := p.Load()
	r := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 7))
	for i := 0; ; i++ {
		if mode == "saveas" {
			if err := p.copyTo(filepath.Join(filepath.Dir(path), "copy.gpkg")); err != nil {
				fmt.Println("error", err)
				os.Exit(1)
			}
			fmt.Fprintln(out, "copied")
			out.Flush()
			continue
		}
		var c annot.Change
		if len(s.Points) > 0 && r.IntN(3) == 0 { // move a point
			old := s.Points[r.IntN(len(s.Points))]
			moved := old
			moved.Location = orb.Point{106.9 + r.Float64()/10, 47.9 + r.Float64()/10}
			moved.Meta = moved.Meta.Touched("writer", time.Now())
			c = annot.Change{OldPoint: &old, NewPoint: &moved}
		} else {
			pt := annot.Point{Meta: annot.NewMeta("writer", time.Now()), Category: "water_kiosk", Name: fmt.Sprintf("цэг %d", i),
				Status: annot.Working, Notes: strings.Repeat("тэмдэглэл ", r.IntN(200)), Location: orb.Point{106.9, 47.9}}
			c = annot.Change{NewPoint: &pt}
		}
		if err := p.Apply(c); err != nil {
			fmt.Println("error", err)
			os.Exit(1)
		}
		s.Apply(c)
		fmt.Fprintln(out, "committed", c.NewPoint.ID, c.NewPoint.Rev)
		out.Flush()
	}
}

// runAndKill starts a writer, lets it commit for a random while, kills it
// with SIGKILL and returns what it reported committed.
func runAndKill(t *testing.T, path, mode string, r *rand.Rand) [][]string {
	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), "KHOROOMAP_CRASH_WRITER="+path, "KHOROOMAP_CRASH_MODE="+mode)
	stdout, err := cmd.StdoutPipe()
	must(t, err)
	must(t, cmd.Start())
	lines := make(chan []string)
	go func() {
		sc := bufio.NewScanner(stdout)
		for sc.Scan() {
			lines <- strings.Fields(sc.Text())
		}
		close(lines)
	}()
	var got [][]string
	deadline := time.After(time.Duration(5+r.IntN(120)) * time.Millisecond)
	first := true
	for {
		select {
		case l, ok := <-lines:
			if !ok {
				t.Fatalf("the writer stopped by itself: %v", got)
			}
			if l[0] == "error" {
				t.Fatalf("the writer failed: %v", l)
			}
			got = append(got, l)
			if first { // count the random while from the first commit
				first, deadline = false, time.After(time.Duration(r.IntN(80))*time.Millisecond)
			}
			continue
		case <-deadline:
			if first {
				continue
			}
		}
		break
	}
	cmd.Process.Signal(syscall.SIGKILL)
	for range lines { // lines written before the kill were committed too
	}
	cmd.Wait()
	return got
}

// TestSurvivesSIGKILL kills a writing process at random moments, many
// times, and checks after each that the file is intact and holds every
// edit the writer reported committed.
func TestSurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	path := filepath.Join(t.TempDir(), "leader.gpkg")
	must(t, Create(path))
	r := rand.New(rand.NewPCG(42, 1))
	last := map[string]string{} // point ID -> last revision reported
	edits := 0
	for round := range 30 {
		for _, l := range runAndKill(t, path, "edit", r) {
			last[l[1]] = l[2]
			edits++
		}
		p, err := Open(path)
		if err != nil {
			t.Fatalf("round %d: reopening: %v", round, err)
		}
		var ok string
		must(t, p.db.QueryRow("PRAGMA integrity_check").Scan(&ok))
		if ok != "ok" {
			t.Fatalf("round %d: integrity_check: %s", round, ok)
		}
		s, err := p.Load()
		must(t, err)
		for id, rev := range last {
			pt, found := s.Point(id)
			if !found {
				t.Fatalf("round %d: point %s, reported committed, is gone", round, id)
			}
			if pt.Rev != rev { // a later edit may have committed unreported; the reported one must be in its past
				var n int
				p.db.QueryRow(`SELECT count(*) FROM revisions WHERE uuid = ? AND rev = ?`, id, rev).Scan(&n)
				if n == 0 {
					t.Fatalf("round %d: point %s lost revision %s", round, id, rev)
				}
			}
		}
		p.Close()
	}
	if edits < 100 {
		t.Errorf("only %d edits in 30 rounds: the test hardly tested", edits)
	}
	t.Logf("%d committed edits over 30 kills, all there", edits)
}

// TestCopySurvivesSIGKILL kills a process while it writes copies of a
// project: the copy is either absent or whole, never half-written.
func TestCopySurvivesSIGKILL(t *testing.T) {
	if testing.Short() {
		t.Skip("starts many processes")
	}
	dir := t.TempDir()
	path := filepath.Join(dir, "leader.gpkg")
	p := newProjectAt(t, path)
	for i := range 300 {
		pt := samplePoint(fmt.Sprint(i), orb.Point{106.9, 47.9})
		must(t, p.Apply(annot.Change{NewPoint: &pt}))
	}
	p.Close()
	r := rand.New(rand.NewPCG(7, 7))
	for round := range 10 {
		runAndKill(t, path, "saveas", r)
		c, err := Open(filepath.Join(dir, "copy.gpkg"))
		if err != nil {
			t.Fatalf("round %d: the copy: %v", round, err)
		}
		if s, err := c.Load(); err != nil || len(s.Points) != 300 {
			t.Fatalf("round %d: the copy holds %d points (%v)", round, len(s.Points), err)
		}
		c.Close()
	}
}

func newProjectAt(t *testing.T, path string) *Project {
	p, err := Open(path)
	must(t, err)
	return p
}
