package load_test

import (
	"strings"
	"testing"

	"github.com/khoroomap/khoroomap/geo/load"
)

func TestReadTable(t *testing.T) {
	for _, tc := range []struct {
		name, data string
		header     string
		rows       []string // cells joined by "|"
		err        string
	}{
		{"semicolons.csv", "\ufeffa; b ;c\n1;2;3\n4;5\n6;7;8;9\n", "a|b|c", []string{"1|2|3", "4|5|", "6|7|8"}, ""},
		{"tabs.tsv", "a\tb\n\"x, y\"\tz\n", "a|b", []string{"x, y|z"}, ""},
		{"header.csv", "a,b\n", "a|b", nil, ""},
		{"quote.csv", "a,b\n\"open,1\n2,3\n", "", nil, "not closed on its line"},
		{"empty.csv", "", "", nil, "empty"},
		{"kml.csv", "<kml></kml>", "", nil, "not a CSV table"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			tab, err := load.ReadTable(tc.name, strings.NewReader(tc.data))
			if tc.err != "" {
				if err == nil || !strings.Contains(err.Error(), tc.err) || !strings.Contains(err.Error(), tc.name) {
					t.Fatalf("%v, want %q naming the file", err, tc.err)
				}
				return
			}
			if err != nil {
				t.Fatal(err)
			}
			var rows []string
			for _, r := range tab.Rows {
				rows = append(rows, strings.Join(r, "|"))
			}
			if strings.Join(tab.Header, "|") != tc.header || strings.Join(rows, "\n") != strings.Join(tc.rows, "\n") {
				t.Errorf("%q %q", tab.Header, rows)
			}
		})
	}
}
