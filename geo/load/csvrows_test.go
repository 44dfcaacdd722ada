package load

import (
	"bytes"
	"io"
	"strings"
	"testing"
)

// endless is an io.Reader of one byte repeated: a huge cell streamed,
// never held.
type endless byte

func (e endless) Read(p []byte) (int, error) {
	for i := range p {
		p[i] = byte(e)
	}
	return len(p), nil
}

// counted counts the bytes read through it.
type counted struct {
	r io.Reader
	n int64
}

func (c *counted) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// hugeCSV is head, then size bytes of fill, then tail: 100 MB files made
// in memory as they are read.
func hugeCSV(head string, fill byte, size int64, tail string) *counted {
	return &counted{r: io.MultiReader(strings.NewReader(head), io.LimitReader(endless(fill), size), strings.NewReader(tail))}
}

// A row longer than maxRow is refused with the line it starts on, having
// read little more than the limit: a 100 MB cell, a 100 MB header, a quote
// opened and never closed over a million short lines, each in the reader
// of places (Read) and of phone forms' tables (ReadTable).
func TestLongRowRefused(t *testing.T) {
	const size = 100 << 20
	for _, c := range []struct {
		name       string
		head, tail string
		fill       byte
		want       string
		placesOnly bool // ReadTable refuses a cell of several lines
	}{
		{"notes cell", "name,latitude,longitude,notes\na,47.96,106.92,\"", "\"\n", 'x', "t.csv: line 2: a row longer than 1 MiB", false},
		{"name cell unquoted", "name,latitude,longitude\n", ",47.96,106.92\n", 'y', "t.csv: line 2: a row longer than 1 MiB", false},
		{"header", "name,lat", "itude,longitude\n", 'h', "t.csv: line 1: a row longer than 1 MiB", false},
		{"after a cell of two lines", "name,lat,lon,notes\na,47.9,106.9,\"one\ntwo\"\nb,47.9,106.9,\"", "\"\n", 'z', "t.csv: line 4: a row longer than 1 MiB", true},
		{"third row", "name,lat,lon\na,47.9,106.9\nb,47.9,106.9\n", ",47.9,106.9\n", 'c', "t.csv: line 4: a row longer than 1 MiB", false},
		{"quote never closed", "name,lat,lon\na,47.9,106.9\n\"b,47.9,106.9\n", "", '\n', "t.csv: line 3: a row longer than 1 MiB", false},
	} {
		for _, read := range []struct {
			name string
			fn   func(io.Reader) error
		}{
			{"Read", func(r io.Reader) error { _, err := Read("t.csv", r, Options{Points: true}); return err }},
			{"ReadTable", func(r io.Reader) error { _, err := ReadTable("t.csv", r); return err }},
		} {
			if c.placesOnly && read.name == "ReadTable" {
				continue
			}
			t.Run(c.name+"/"+read.name, func(t *testing.T) {
				in := hugeCSV(c.head, c.fill, size, c.tail)
				err := read.fn(in)
				if err == nil || !strings.HasPrefix(err.Error(), c.want) {
					t.Fatalf("got %v, want %q…", err, c.want)
				}
				if len(err.Error()) > 200 {
					t.Errorf("the message is %d bytes long", len(err.Error()))
				}
				if in.n > 2*maxRow {
					t.Errorf("read %d bytes to refuse a row longer than %d", in.n, maxRow)
				}
			})
		}
	}
}

// Rows up to the limit are read, however many there are.
func TestRowsWithinLimitRead(t *testing.T) {
	var b bytes.Buffer
	b.WriteString("name,lat,lon,notes\n")
	for i := 0; i < 3; i++ {
		b.WriteString("a,47.9,106.9,\"" + strings.Repeat("n", int(maxRow)-40) + "\"\n")
	}
	l, err := Read("t.csv", bytes.NewReader(b.Bytes()), Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(l.Features) != 3 {
		t.Errorf("%d features, want 3", len(l.Features))
	}
	tab, err := ReadTable("t.csv", bytes.NewReader(b.Bytes()))
	if err != nil {
		t.Fatal(err)
	}
	if len(tab.Rows) != 3 {
		t.Errorf("%d rows, want 3", len(tab.Rows))
	}
}
