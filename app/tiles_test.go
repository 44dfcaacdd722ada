package app

import (
	"path/filepath"
	"strings"
	"testing"
)

// The window and the commands fetch online tiles into the one cache folder
// of this machine, with one User-Agent naming this version.
func TestOnlineTiles(t *testing.T) {
	f := Folders{Cache: filepath.Join("home", "sarnai", ".cache", "khoroomap")}
	o := onlineTilesIn(f, true)
	if want := filepath.Join(f.Cache, "tiles"); o.CacheDir != want || !o.Allowed {
		t.Errorf("cache %q (allowed %v), want %q", o.CacheDir, o.Allowed, want)
	}
	if !strings.HasPrefix(o.UserAgent, "KhorooMap/"+Version+" ") {
		t.Errorf("User-Agent %q does not name version %s", o.UserAgent, Version)
	}
	if OnlineTiles(false).Allowed {
		t.Error("fetching allowed when it was not")
	}
}
