package phoneform_test

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// Rows whose name, category or notes are longer than an annotation's may
// be are left out, each counted as TooLong; the other rows come in, and
// notes up to the bound are kept whole.
func TestApplyLeavesOutTooLong(t *testing.T) {
	tab := &phoneform.Table{Source: "f.csv", Header: []string{"lat", "lon", "name", "cat", "notes"}, Rows: [][]string{
		{"47.9", "106.9", "ok", "school", strings.Repeat("ү", annot.MaxNotes)},
		{"47.9", "106.91", strings.Repeat("z", 100_000), "school", ""},
		{"47.9", "106.92", "b", strings.Repeat("ө", annot.MaxName+1), ""},
		{"47.9", "106.93", "c", "school", strings.Repeat("n", annot.MaxNotes+1)},
		{"47.9", "106.94", "d", "school", "fine"},
	}}
	m := phoneform.Mapping{Lat: "lat", Lon: "lon", Name: "name", Category: "cat", Notes: "notes"}
	res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now})
	if err != nil {
		t.Fatal(err)
	}
	var names []string
	for _, p := range res.Points {
		names = append(names, p.Name)
	}
	if strings.Join(names, ",") != "ok,d" || len([]rune(res.Points[0].Notes)) != annot.MaxNotes {
		t.Errorf("points %q", names)
	}
	want := []phoneform.Refusal{{Row: 2, Reason: phoneform.TooLong}, {Row: 3, Reason: phoneform.TooLong}, {Row: 4, Reason: phoneform.TooLong}}
	if len(res.Refused) != 3 || res.Refused[0] != want[0] || res.Refused[1] != want[1] || res.Refused[2] != want[2] {
		t.Errorf("refused %v, want %v", res.Refused, want)
	}
}
