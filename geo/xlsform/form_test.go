package xlsform_test

import (
	"bytes"
	"flag"
	"os"
	"os/exec"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/xlsform"
)

var update = flag.Bool("update", false, "rewrite assets/forms/khoroo-map-form.xlsx")

const asset = "../../assets/forms/khoroo-map-form.xlsx"

// TestAssetIsCurrent: the form in assets is the one the categories give
// (go test ./geo/xlsform -update rewrites it).
func TestAssetIsCurrent(t *testing.T) {
	var buf bytes.Buffer
	if err := xlsform.WriteXLSX(&buf, xlsform.Form(annot.DefaultCategories())); err != nil {
		t.Fatal(err)
	}
	if *update {
		if err := os.WriteFile(asset, buf.Bytes(), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	got, err := os.ReadFile(asset)
	if err != nil || !bytes.Equal(got, buf.Bytes()) {
		t.Errorf("%s is not the form the default categories give (%v); run go test ./geo/xlsform -update", asset, err)
	}
}

// TestGDALReadsTheForm: GDAL's XLSX driver reads the three sheets, with
// every category and the Cyrillic labels intact.
func TestGDALReadsTheForm(t *testing.T) {
	if _, err := exec.LookPath("ogrinfo"); err != nil {
		t.Skip("no GDAL (gdal-bin) on this machine")
	}
	out, err := exec.Command("ogrinfo", "-ro", "-al", "-oo", "HEADERS=DISABLE", asset).CombinedOutput()
	if err != nil {
		t.Fatalf("ogrinfo: %v\n%s", err, out)
	}
	s := string(out)
	for _, want := range []string{"Layer name: survey", "Layer name: choices", "Layer name: settings", "select_one category", "geopoint", "Ус түгээх байр, худаг", "khoroo_map_service_points"} {
		if !strings.Contains(s, want) {
			t.Errorf("ogrinfo lacks %q", want)
		}
	}
	_, choices, _ := strings.Cut(s, "Layer name: choices")
	choices, _, _ = strings.Cut(choices, "Layer name: ")
	if got := strings.Count(choices, "Field1 (String) = category\n"); got != len(annot.DefaultCategories()) {
		t.Errorf("%d categories in choices, want %d", got, len(annot.DefaultCategories()))
	}
}
