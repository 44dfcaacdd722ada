package main

import (
	"bytes"
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/office/pgtest"
)

func TestDBInit(t *testing.T) {
	var out, errb bytes.Buffer
	if code := runDBInit(nil, &out, &errb); code != 2 || !strings.Contains(errb.String(), "usage") {
		t.Errorf("db-init without -db: exit %d, %q; want 2 and the usage", code, errb.String())
	}
	t.Setenv("KHOROOMAP_DB", "")
	url := pgtest.DB(t)
	for i, want := range []string{"applied schema version(s) [1 2 3]", "the schema is up to date"} {
		out.Reset()
		if code := runDBInit([]string{"-db", url}, &out, &errb); code != 0 || !strings.Contains(out.String(), want) {
			t.Errorf("db-init run %d: exit %d, %q (stderr %q); want %q", i+1, code, out.String(), errb.String(), want)
		}
	}
}
