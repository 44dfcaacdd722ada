package store

import (
	"errors"
	"path/filepath"
	"strings"
	"testing"
)

// A second window opening a project another window has is refused with a
// message that says what to do; a command writing to it (unclaimed) is
// not, and the window's own edits go on. Once the first window closes the
// project, the second may have it. The claim is per open file, so one
// process shows what two do (go test under wine runs this on Windows).
func TestClaim(t *testing.T) {
	path := filepath.Join(t.TempDir(), "Миний хороо.gpkg")
	first := openT(t, path)
	if err := first.Claim(); err != nil {
		t.Fatalf("first window: %v", err)
	}
	second := openT(t, path)
	err := second.Claim()
	if !errors.Is(err, ErrInUse) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "close the project there") {
		t.Fatalf("second window: err = %v, want ErrInUse naming %s and what to do", err, path)
	}
	command := openT(t, path)
	if err := command.SetSetting("from", "command"); err != nil {
		t.Errorf("a command writing to a claimed project: %v", err)
	}
	command.Close()
	if err := first.SetSetting("from", "window"); err != nil {
		t.Errorf("the window writing to its claimed project: %v", err)
	}
	if v, _, err := second.Setting("from"); err != nil || v != "window" {
		t.Errorf("reading what the window wrote: %q, %v", v, err)
	}
	first.Close()
	if err := second.Claim(); err != nil {
		t.Errorf("claim after the first window closed: %v", err)
	}
	second.Close()
}

func openT(t *testing.T, path string) *Project {
	t.Helper()
	p, err := Open(path)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { p.Close() })
	return p
}
