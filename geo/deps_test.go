package geo_test

import (
	"os/exec"
	"strings"
	"testing"
)

// The domain must stay free of the UI toolkit (and of heavy encoders such
// as the MongoDB driver that orb/geojson would bring in).
func TestNoUIDependencies(t *testing.T) {
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	out, err := exec.Command(goTool, "list", "-deps", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, pkg := range strings.Fields(string(out)) {
		for _, banned := range []string{"fyne.io/", "go.mongodb.org/"} {
			if strings.HasPrefix(pkg, banned) {
				t.Errorf("a package under geo/ depends on %s", pkg)
			}
		}
	}
}
