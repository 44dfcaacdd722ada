package main

import (
	"bytes"
	"image"
	"image/png"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestSheetReadCommand prints sheets, renders the second page as a scan
// would be (pdftoppm), reads it back and writes the straightened map; a
// picture with no sheet exits 1 with one line.
func TestSheetReadCommand(t *testing.T) {
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("no pdftoppm")
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "s.pdf")
	if code := runSheets([]string{"-area", "3-р хэсэг", "-o", pdf}, &bytes.Buffer{}, os.Stderr); code != 0 {
		t.Fatal("sheets failed")
	}
	if out, err := exec.Command("pdftoppm", "-f", "2", "-l", "2", "-r", "200", "-png", pdf, filepath.Join(dir, "scan")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	blank := filepath.Join(dir, "blank.png")
	f, _ := os.Create(blank)
	png.Encode(f, image.NewGray(image.Rect(0, 0, 300, 200)))
	f.Close()
	var out, errOut bytes.Buffer
	code := runSheetRead([]string{filepath.Join(dir, "scan-2.png"), "-o", filepath.Join(dir, "map.png")}, &out, &errOut)
	if code != 0 || !strings.Contains(out.String(), "page S01 of") || !strings.Contains(out.String(), "4 of 4 corner markers") {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "map.pgw")); err != nil {
		t.Error(err)
	}
	out.Reset()
	errOut.Reset()
	code = runSheetRead([]string{blank}, &out, &errOut)
	if code != 1 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "no field sheet found") {
		t.Errorf("a blank picture: exit %d, %q", code, errOut.String())
	}
}
