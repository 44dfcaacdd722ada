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
	// each line: the package, then the directory its module is replaced
	// by, if any
	out, err := exec.Command(goTool, "list", "-deps", "-f", "{{.ImportPath}} {{with .Module}}{{with .Replace}}{{.Path}}{{end}}{{end}}", "./...").CombinedOutput()
	if err != nil {
		t.Fatalf("go list: %v\n%s", err, out)
	}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		pkg, replaced, _ := strings.Cut(line, " ")
		for _, banned := range []string{"fyne.io/", "go.mongodb.org/"} {
			// go.mod replaces the driver's bson with a small stand-in
			// under geo/internal/standin (orb/geojson names it; nothing uses it)
			if strings.HasPrefix(pkg, banned) && !strings.HasPrefix(replaced, "./geo/internal/standin/") {
				t.Errorf("a package under geo/ depends on %s", pkg)
			}
		}
	}
}
