package main

import (
	"os/exec"
	"strings"
	"testing"
)

// The release binary carries no testing libraries: Fyne's test driver
// (and testify, go-spew, difflib and yaml.v3 with it) is only in builds
// with -tags screenshot.
func TestReleaseHasNoTestingLibraries(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	banned := []string{"fyne.io/fyne/v2/test", "github.com/stretchr/testify", "github.com/davecgh/go-spew",
		"github.com/pmezard/go-difflib", "gopkg.in/yaml.v3"}
	for _, pkg := range strings.Fields(string(out)) {
		for _, b := range banned {
			if pkg == b || strings.HasPrefix(pkg, b+"/") {
				t.Errorf("the release build depends on %s", pkg)
			}
		}
	}
}
