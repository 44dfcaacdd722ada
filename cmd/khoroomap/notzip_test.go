package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

// TestNotAZipSaidOnce: check and import of a .zip or .kmz that is no zip
// archive say so, in one line naming the file, not what text formats it
// is not nor what the zip reader said.
func TestNotAZipSaidOnce(t *testing.T) {
	for _, name := range []string{"notzip.zip", "walk.kmz"} {
		t.Run(name, func(t *testing.T) {
			file := writeFile(t, name, "this is not a zip\n")
			want := file + ": not a zip archive (Shapefile zip or KMZ expected)"
			var out, errOut bytes.Buffer
			if code := runImport([]string{"-project", filepath.Join(t.TempDir(), "p.gpkg"), file}, &out, &errOut); code != 1 || strings.TrimSpace(errOut.String()) != "khoroomap import: "+want {
				t.Errorf("import: exit %d, said %q", code, errOut.String())
			}
			out.Reset()
			errOut.Reset()
			runCheck([]string{file}, &out, &errOut)
			if !strings.Contains(out.String(), "error:      "+want) {
				t.Errorf("check said %q", out.String())
			}
		})
	}
}
