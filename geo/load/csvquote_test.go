package load

import (
	"strings"
	"testing"
)

// A quote opened and never closed swallows the rest of the table; the
// error says so with the line and column, not "no coordinates".
func TestCSVRunawayQuote(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"in a row", "name,lat,lon\nХудаг,47.9,106.9\n\"bad,47.9,106.9\nСургууль,47.8,106.8\n",
			`t.csv: line 3, column 1: not valid CSV: the quote (") opening this cell is not closed on its line, so the cell runs on to the end of the file; close or remove the quote`},
		{"in the header", "\"name,lat,lon\nХудаг,47.9,106.9\n",
			`t.csv: line 1, column 1: not valid CSV: the quote (") opening this cell is not closed on its line, so the cell runs on to the end of the file`},
		{"closed rows later", "name,lat,lon\n\"bad,47.9,106.9\nx\",,\n",
			`t.csv: line 2, column 1: not valid CSV: the quote (") opening this cell is not closed on its line, so the cell runs on to line 3`},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			_, err := Read("t.csv", strings.NewReader(c.in), Options{})
			if err == nil || !strings.HasPrefix(err.Error(), c.want) || strings.Contains(err.Error(), "\n") {
				t.Errorf("error %v, want %q", err, c.want)
			}
		})
	}
	// a note over two lines, quoted and closed, is fine
	l, err := Read("t.csv", strings.NewReader("name,notes,lat,lon\nХудаг,\"хоёр\nмөр\",47.9,106.9\n"), Options{})
	if err != nil || len(l.Features) != 1 {
		t.Errorf("a two-line note: %v", err)
	}
}
