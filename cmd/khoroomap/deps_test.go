package main

import (
	"os/exec"
	"strings"
	"testing"
)

// releaseDeps lists the packages the release build links.
func releaseDeps(t *testing.T) []string {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "-tags", "release", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	return strings.Fields(string(out))
}

// linked reports the packages of deps under any of the banned paths.
func linked(deps, banned []string) []string {
	var found []string
	for _, pkg := range deps {
		for _, b := range banned {
			if pkg == b || strings.HasPrefix(pkg, b+"/") {
				found = append(found, pkg)
			}
		}
	}
	return found
}

// The release binary carries no testing libraries: Fyne's test driver
// (and testify, go-spew, difflib and yaml.v3 with it) is only in builds
// with -tags screenshot.
func TestReleaseHasNoTestingLibraries(t *testing.T) {
	banned := []string{"fyne.io/fyne/v2/test", "github.com/stretchr/testify", "github.com/davecgh/go-spew",
		"github.com/pmezard/go-difflib", "gopkg.in/yaml.v3"}
	for _, pkg := range linked(releaseDeps(t), banned) {
		t.Errorf("the release build depends on %s", pkg)
	}
}

// The release .exe is copied by USB stick and must stay under 40 MB
// (.ci/release). Libraries once linked for one small use stay out:
// Google's protobuf runtime (1.5 MB of the binary) came in with
// paulmach/osm's .osm.pbf decoder for four small messages; geo/streets
// reads .osm.pbf itself.
func TestReleaseLeavesOutHeavyLibraries(t *testing.T) {
	banned := []string{"google.golang.org/protobuf", "github.com/paulmach/osm/osmpbf", "github.com/paulmach/protoscan"}
	for _, pkg := range linked(releaseDeps(t), banned) {
		t.Errorf("the release build depends on %s, which it was made smaller without", pkg)
	}
}
