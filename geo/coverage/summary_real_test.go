package coverage

import (
	"bytes"
	"encoding/csv"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/internal/pip"
	"github.com/khoroomap/khoroomap/geo/internal/realcase"
)

// The city summary of the 204 real khoroos with the 207 real health
// points: 204 rows keyed by district and number (six districts have a
// "1-р хороо"), khoroos without points kept with zeros, every count equal
// to an independent even-odd count, and the CSV saying the same.
func TestRealCitySummaryByKey(t *testing.T) {
	l := realcase.Khoroos(t)
	s, locs, cats := realcase.Health(t)
	areas := AreasOf(l, geo.RoleKhoroo)
	rows := Summary(areas, s, nil)
	keys, empty := map[string]bool{}, 0
	for _, r := range rows {
		keys[r.Area.Key] = true
		want := pip.Count(r.Area.Geometry, locs, cats)
		total := 0
		for c, n := range want {
			total += n
			if r.Points[c] != n {
				t.Errorf("%s %s: %d %s, counted independently %d", r.Area.District, r.Area.Name, r.Points[c], c, n)
			}
		}
		if total == 0 {
			empty++
		}
	}
	if len(rows) != 204 || len(keys) != 204 || empty == 0 {
		t.Errorf("%d rows, %d keys, %d without points", len(rows), len(keys), empty)
	}
	var buf bytes.Buffer
	if err := WriteSummaryCSV(&buf, rows, s, nil, "mn", false); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	csvKeys := map[string]bool{}
	for _, rec := range recs[1:] {
		if rec[1] == "" || rec[2] == "" {
			t.Errorf("a row without its district or key: %v", rec[:4])
		}
		csvKeys[rec[2]] = true
	}
	if len(recs) != 205 || len(csvKeys) != 204 {
		t.Errorf("CSV: %d lines, %d keys", len(recs), len(csvKeys))
	}
}

// The ranking of the real khoroos tells the six "1-р хороо" apart by key.
func TestRealRankingCSVHasKeys(t *testing.T) {
	l := realcase.Khoroos(t)
	res := Ranked(Compute(AreasOf(l, geo.RoleKhoroo), []orb.Point{{106.92, 47.92}}, 300))
	var buf bytes.Buffer
	if err := WriteCSV(&buf, res, "school", 300, false); err != nil {
		t.Fatal(err)
	}
	recs, err := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte("\ufeff")))).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	keys, firsts := map[string]bool{}, 0
	for _, rec := range recs[1:] {
		keys[rec[len(rec)-1]] = true
		if rec[0] == "1-р хороо" {
			firsts++
		}
	}
	if len(keys) != 204 || firsts != 9 || recs[0][len(recs[0])-1] != "key" {
		t.Errorf("%d keys, %d first khoroos, header %v", len(keys), firsts, recs[0])
	}
}
