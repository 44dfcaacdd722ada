package main

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/sheets"
	"github.com/khoroomap/khoroomap/geo/store"
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
	// the third kheseg's sheet is S03 whether printed alone or with the others
	if code != 0 || !strings.Contains(out.String(), "page S03 of") || !strings.Contains(out.String(), "4 of 4 corner markers") {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	if _, err := os.Stat(filepath.Join(dir, "map.pgw")); err != nil {
		t.Error(err)
	}
	// a straight scan at 200 dpi: the map frame's north-west corner lies
	// where the layout puts it, in pixels
	l, _ := sheets.NewLayout("A4")
	x, y, _, _ := l.MapFrame()
	var nwX, nwY float64
	if i := strings.Index(out.String(), "in the photo at NW "); i < 0 {
		t.Errorf("no frame corners in %q", out.String())
	} else if _, err := fmt.Sscanf(out.String()[i:], "in the photo at NW %f,%f", &nwX, &nwY); err != nil || math.Abs(nwX-x*200/25.4) > 3 || math.Abs(nwY-y*200/25.4) > 3 {
		t.Errorf("the frame's NW corner at %.1f,%.1f (%v), want %.1f,%.1f", nwX, nwY, err, x*200/25.4, y*200/25.4)
	}
	checkSheetKept(t, filepath.Join(dir, "scan-2.png"), filepath.Join(dir, "Хороо 5.gpkg"))
	out.Reset()
	errOut.Reset()
	code = runSheetRead([]string{blank}, &out, &errOut)
	if code != 1 || strings.Count(errOut.String(), "\n") != 1 || !strings.Contains(errOut.String(), "no field sheet found") {
		t.Errorf("a blank picture: exit %d, %q", code, errOut.String())
	}
}

// checkSheetKept reads scan into a project with -project: the project
// holds the sheet, its page and its source photo's name, and its printed
// pages draw it; a project that is not there is refused in one line.
func checkSheetKept(t *testing.T, scan, project string) {
	p, err := store.Open(project)
	if err != nil {
		t.Fatal(err)
	}
	p.Close()
	var out, errOut bytes.Buffer
	if code := runSheetRead([]string{"-project", project, scan}, &out, &errOut); code != 0 || !strings.Contains(out.String(), "page S03 kept in") {
		t.Fatalf("exit %d: %s %s", code, out.String(), errOut.String())
	}
	if p, err = store.Open(project); err != nil {
		t.Fatal(err)
	}
	defer p.Close()
	got, err := p.Overlays()
	if err != nil || len(got) != 1 || got[0].Page != "S03" || got[0].Source != filepath.Base(scan) || got[0].Width < 1000 {
		t.Fatalf("kept %d sheets (%v): %+v", len(got), err, got)
	}
	if pp, err := printProject(project, nil, nil); err != nil || len(pp.Sheets) != 1 || pp.Sheets[0].Bound != got[0].Bound {
		t.Errorf("the printed project has %d field sheets (%v)", len(pp.Sheets), err)
	}
	errOut.Reset()
	missing := filepath.Join(filepath.Dir(project), "none.gpkg")
	if code := runSheetRead([]string{"-project", missing, scan}, &out, &errOut); code != 1 || strings.Count(errOut.String(), "\n") != 1 {
		t.Errorf("a missing project: exit %d, %q", code, errOut.String())
	}
}
