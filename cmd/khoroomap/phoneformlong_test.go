package main

import (
	"bytes"
	"fmt"
	"path/filepath"
	"strings"
	"testing"
)

// A KoBo export whose photo cells name files that are not there, one of
// them by a name of 500,000 characters, and 30 more: the import says so in
// a line of a few hundred characters, each name cut to 80 and the list to
// 20, not the names whole.
func TestImportPhoneFormLongPhotoNames(t *testing.T) {
	var b strings.Builder
	b.WriteString("_uuid,_submission_time,_gps_latitude,_gps_longitude,name,photo\n")
	fmt.Fprintf(&b, "u0,2026-11-01,47.96,106.92,ok,%s.jpg\n", strings.Repeat("z", 500_000))
	for i := 1; i <= 30; i++ {
		fmt.Fprintf(&b, "u%d,2026-11-01,47.96,106.92%d,ok,p%d.jpg\n", i, i, i)
	}
	csv := writeFile(t, "kobo_long.csv", b.String())
	var out, errOut bytes.Buffer
	if code := runImport([]string{"-project", filepath.Join(t.TempDir(), "p.gpkg"), csv}, &out, &errOut); code != 0 {
		t.Fatalf("exit %d: %s", code, errOut.String())
	}
	if out.Len() > 2000 {
		t.Fatalf("the import printed %d bytes", out.Len())
	}
	want := "left out: " + strings.Repeat("z", 79) + "…, p1.jpg, p2.jpg,"
	if !strings.Contains(out.String(), want) || !strings.Contains(out.String(), "p19.jpg, … (+11)\n") {
		t.Errorf("%s", out.String())
	}
}
