package phoneform_test

import (
	"fmt"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// BenchmarkApply10000 maps a KoBo export of 10,000 submissions, as the
// window's preview does on every change of a select.
func BenchmarkApply10000(b *testing.B) { benchApply(b, nil) }

// BenchmarkApply10000Project is the same with the project's annotations,
// as the dialog's preview applies it (the old import's IDs worked out
// once per table, not at every change).
func BenchmarkApply10000Project(b *testing.B) { benchApply(b, &annot.Set{Categories: cats}) }

func benchApply(b *testing.B, project *annot.Set) {
	var sb strings.Builder
	sb.WriteString("start;place/name;place/category;place/gps;place/status;_uuid;_xform_id_string\n")
	for i := range 10000 {
		fmt.Fprintf(&sb, "2026-01-12;Цэг %d;%d;%.5f %.5f 1350 4.5;working;u-%d;f1\n", i, i%5, 47.9+float64(i%100)/1000, 106.9+float64(i/100)/1000, i)
	}
	tab, err := phoneform.ReadFrom("kobo.csv", strings.NewReader(sb.String()))
	if err != nil {
		b.Fatal(err)
	}
	m := phoneform.Guess(tab.Header)
	m.Codes = map[string]string{"0": "school", "1": "water_kiosk"}
	b.ReportAllocs()
	for b.Loop() {
		res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: cats, Now: now, Project: project})
		if err != nil || len(res.Points) != 10000 {
			b.Fatal(err)
		}
	}
}
