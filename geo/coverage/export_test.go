package coverage

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
)

// readSheet parses a table these writers produced, BOM and all.
func readSheet(t *testing.T, b *bytes.Buffer) [][]string {
	t.Helper()
	text, ok := strings.CutPrefix(b.String(), "\ufeff")
	if !ok {
		t.Error("the table has no UTF-8 byte order mark")
	}
	rows, err := csv.NewReader(strings.NewReader(text)).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	return rows
}

// Area names come from boundary files strangers made: a name that a
// spreadsheet would run as a formula is written as text, in the ranking
// and in the summary table.
func TestCSVEscapesHostileNames(t *testing.T) {
	hostile := Area{Name: `=HYPERLINK("http://evil","1-р хороо")`, District: "@SUM(1)", Role: geo.RoleKhoroo}
	var b bytes.Buffer
	if err := WriteCSV(&b, []Result{{Area: hostile, AreaM2: 1e4, Share: 0.5}}, "-1+water", 500, false); err != nil {
		t.Fatal(err)
	}
	row := readSheet(t, &b)[1]
	if row[0] != `'=HYPERLINK("http://evil","1-р хороо")` || row[1] != "'@SUM(1)" || row[3] != "'-1+water" || row[7] != "0.5000" {
		t.Errorf("ranking row: %q", row)
	}
	s := &annot.Set{Categories: annot.DefaultCategories()}
	b.Reset()
	if err := WriteSummaryCSV(&b, []Row{{Area: hostile}}, s, nil, "en", false); err != nil {
		t.Fatal(err)
	}
	row = readSheet(t, &b)[1]
	if row[0] != `'=HYPERLINK("http://evil","1-р хороо")` || row[1] != "'@SUM(1)" {
		t.Errorf("summary row: %q", row)
	}
}

// A category ID from a hostile project cannot break the GeoJSON.
func TestGeoJSONHostileCategory(t *testing.T) {
	var b bytes.Buffer
	if err := WriteGeoJSON(&b, nil, `x","features":[{"evil":1}],"y":"`, 500); err != nil {
		t.Fatal(err)
	}
	var fc struct {
		Name     string
		Features []any
	}
	if err := json.Unmarshal(b.Bytes(), &fc); err != nil || len(fc.Features) != 0 || !strings.HasPrefix(fc.Name, `uncovered: x","features"`) {
		t.Errorf("%v: %s", err, b.String())
	}
}
