package main

import (
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// buildBinary builds the real khoroomap binary, with --screenshot (as CI
// does: -tags screenshot).
func buildBinary(t *testing.T) string {
	t.Helper()
	goTool, err := exec.LookPath("go")
	if err != nil {
		t.Skip("no go tool on PATH")
	}
	bin := filepath.Join(t.TempDir(), "khoroomap")
	if out, err := exec.Command(goTool, "build", "-tags", "screenshot", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	return bin
}

// The real binary draws its main window offscreen: a 1280x800 PNG with a
// map on it, for the training sample and for the 204 real khoroos.
func TestBinaryScreenshot(t *testing.T) {
	bin := buildBinary(t)
	cases := map[string][]string{"training sample": nil}
	if real, err := filepath.Abs("../../../shared/data/real/khoroo-map/khoroos.geojson"); err == nil {
		if _, err := os.Stat(real); err == nil {
			cases["204 khoroos"] = []string{real}
		}
	}
	for name, files := range cases {
		t.Run(name, func(t *testing.T) {
			out := filepath.Join(t.TempDir(), "shot.png")
			cmd := exec.Command(bin, append([]string{"--screenshot", out}, files...)...)
			cmd.Env = append(os.Environ(), "LANG=C.UTF-8", "LC_ALL=")
			stderr, err := cmd.CombinedOutput()
			if err != nil {
				t.Fatalf("%v: %s", err, stderr)
			}
			if strings.Contains(string(stderr), "Error") {
				t.Errorf("the binary printed errors: %s", stderr)
			}
			img := readPNG(t, out)
			if b := img.Bounds(); b.Dx() != 1280 || b.Dy() != 800 {
				t.Errorf("screenshot is %v, want 1280x800", b)
			}
			if n := distinctColours(img); n < 50 {
				t.Errorf("screenshot looks blank: %d distinct colours", n)
			}
		})
	}
}

// Bad usage and unreadable files give exit codes and one-line messages,
// never a Go stack trace.
func TestBinaryExitCodes(t *testing.T) {
	bin := buildBinary(t)
	bad := filepath.Join(t.TempDir(), "broken.geojson")
	os.WriteFile(bad, []byte(`{"type":"FeatureCollection","features":[`), 0o644)
	cases := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"check"}, 0, "training/khoroo.geojson"},
		{[]string{"check", bad}, 1, "broken.geojson: feature 1: line 1, column 41: unexpected end of file"},
		{[]string{"check", "-nope"}, 2, "usage: khoroomap check"},
		{[]string{"check", "/no/such/file.kml"}, 1, "/no/such/file.kml: cannot open: no such file or directory"},
		{[]string{"--screenshot"}, 2, "usage:"},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			out, err := exec.Command(bin, tc.args...).CombinedOutput()
			code := 0
			if ee, ok := err.(*exec.ExitError); ok {
				code = ee.ExitCode()
			} else if err != nil {
				t.Fatal(err)
			}
			if code != tc.code || !strings.Contains(string(out), tc.want) {
				t.Errorf("exit %d, output %q; want exit %d and %q", code, out, tc.code, tc.want)
			}
			if strings.Contains(string(out), "goroutine ") || strings.Contains(string(out), "panic") {
				t.Errorf("a Go stack trace reached the user: %s", out)
			}
		})
	}
}

func readPNG(t *testing.T, path string) image.Image {
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	img, err := png.Decode(f)
	if err != nil {
		t.Fatal(err)
	}
	return img
}

func distinctColours(img image.Image) int {
	seen := map[[4]uint32]bool{}
	b := img.Bounds()
	for y := b.Min.Y; y < b.Max.Y; y += 3 {
		for x := b.Min.X; x < b.Max.X; x += 3 {
			r, g, bl, a := img.At(x, y).RGBA()
			seen[[4]uint32{r, g, bl, a}] = true
		}
	}
	return len(seen)
}
