package sheets

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"testing"

	"github.com/khoroomap/khoroomap/assets"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/printmap"
)

// TestPDFOfKheseg prints the training khoroo's six kheseg: an overview
// and six sheets, each page A4; pdftoppm (when installed) renders the
// third page and its QR code is read back.
func TestPDFOfKheseg(t *testing.T) {
	p := sample(t)
	sh, err := Plan("training", p.Areas(geo.RoleKheseg), "A4")
	if err != nil {
		t.Fatal(err)
	}
	var b bytes.Buffer
	if err := PDF(&b, p, sh, "Сургалтын хороо", Options{}, printmap.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold}); err != nil {
		t.Fatal(err)
	}
	pages := regexp.MustCompile(`/Type /Page\b`).FindAll(b.Bytes(), -1)
	if len(pages) != 7 {
		t.Fatalf("%d pages, want an overview and 6 sheets", len(pages))
	}
	if _, err := exec.LookPath("pdftoppm"); err != nil {
		t.Skip("no pdftoppm")
	}
	dir := t.TempDir()
	pdf := filepath.Join(dir, "s.pdf")
	os.WriteFile(pdf, b.Bytes(), 0o644)
	if out, err := exec.Command("pdftoppm", "-f", "3", "-l", "3", "-r", "150", "-png", pdf, filepath.Join(dir, "p")).CombinedOutput(); err != nil {
		t.Fatalf("pdftoppm: %v %s", err, out)
	}
	got := readQRFile(t, filepath.Join(dir, "p-3.png"))
	if got != sh[1].Code {
		t.Errorf("page 3 reads %+v, want %+v", got, sh[1].Code)
	}
}

func TestPDFRefuses(t *testing.T) {
	p := sample(t)
	f := printmap.Fonts{Regular: assets.FontRegular, Bold: assets.FontBold}
	if err := PDF(&bytes.Buffer{}, p, nil, "", Options{}, f); err == nil {
		t.Error("no sheets printed without an error")
	}
	sh, _ := Plan("x", p.Areas(geo.RoleKheseg), "")
	if err := PDF(&bytes.Buffer{}, p, sh, "", Options{Paper: "A5"}, f); err == nil {
		t.Error("A5 accepted")
	}
	if _, err := Plan("x", nil, ""); err == nil {
		t.Error("a plan of no areas")
	}
}
