package sheets

import (
	"image"
	"os/exec"
	"path/filepath"
	"regexp"
	"strconv"
	"testing"

	"github.com/paulmach/orb"
)

// TestGeoPNGInGDAL writes a rectified sheet's PNG and world file and asks
// gdalinfo where its corners are: the sheet's box, to a centimetre.
func TestGeoPNGInGDAL(t *testing.T) {
	b := orb.Bound{Min: orb.Point{106.91, 47.95}, Max: orb.Point{106.93, 47.965}}
	path := filepath.Join(t.TempDir(), "sheet.png")
	if err := WriteGeoPNG(path, image.NewRGBA(image.Rect(0, 0, 400, 450)), b); err != nil {
		t.Fatal(err)
	}
	if err := WriteGeoPNG(path+".jpg", image.NewRGBA(image.Rect(0, 0, 1, 1)), b); err == nil {
		t.Error("a .jpg name accepted")
	}
	if _, err := exec.LookPath("gdalinfo"); err != nil {
		t.Skip("no gdalinfo")
	}
	out, err := exec.Command("gdalinfo", "-nomd", path).CombinedOutput()
	if err != nil {
		t.Fatalf("gdalinfo: %v %s", err, out)
	}
	if !regexp.MustCompile(`EPSG",\s*"?3857|Pseudo-Mercator`).Match(out) {
		t.Errorf("gdalinfo names no EPSG:3857:\n%s", out)
	}
	want := map[string]orb.Point{"Upper Left": {b.Min[0], b.Max[1]}, "Lower Right": {b.Max[0], b.Min[1]}}
	for name, ll := range want {
		m := regexp.MustCompile(name + `\s*\(\s*([-0-9.]+),\s*([-0-9.]+)\)`).FindSubmatch(out)
		if m == nil {
			t.Fatalf("no %s in\n%s", name, out)
		}
		x, _ := strconv.ParseFloat(string(m[1]), 64)
		y, _ := strconv.ParseFloat(string(m[2]), 64)
		p := mercator(ll)
		if abs(x-p[0]) > 0.01 || abs(y-p[1]) > 0.01 {
			t.Errorf("%s at %.3f,%.3f, want %.3f,%.3f", name, x, y, p[0], p[1])
		}
	}
}
