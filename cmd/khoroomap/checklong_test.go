package main

import (
	"bytes"
	"strings"
	"testing"
)

// `check` of a file whose feature name is 500,000 characters and property
// name 300 prints them cut to 80, in a report of a few hundred bytes.
func TestCheckCutsLongNames(t *testing.T) {
	long := strings.Repeat("n", 500_000)
	file := writeFile(t, "long.geojson", `{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"name":"`+long+`","`+strings.Repeat("k", 300)+`":1},"geometry":{"type":"Point","coordinates":[106.9,47.9]}}]}`)
	var out, errOut bytes.Buffer
	if code := runCheck([]string{file}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if out.Len() > 2000 || !strings.Contains(out.String(), strings.Repeat("n", 79)+"…") || !strings.Contains(out.String(), strings.Repeat("k", 79)+"…") {
		t.Errorf("check printed %d bytes: %.300s", out.Len(), out.String())
	}
}
