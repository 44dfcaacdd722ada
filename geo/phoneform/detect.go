package phoneform

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
)

// peekSize is how much of a file Detect looks at before reading it whole:
// a boundary file is not parsed twice to learn it is no phone form.
const peekSize = 64 << 10

// Detect reads path as a phone form's export when it is one: a CSV or
// GeoJSON file with the columns KoBoToolbox or ODK Central add to every
// submission (see IsPhoneForm), or a CSV in which no position column is
// found (a person then says which column holds what). It returns nil for
// any other file, and for one that does not read: the plain import then
// says why. It looks at the file's start (a CSV's header, the first
// features of a GeoJSON file) before reading it whole. The window and the
// import command both ask it.
func Detect(path string) *Table {
	ext := strings.ToLower(filepath.Ext(path))
	csv := ext == ".csv" || ext == ".tsv"
	if !csv && ext != ".geojson" && ext != ".json" {
		return nil
	}
	head, err := peek(path)
	if err != nil || (csv && !formHeader(path, head)) || (!csv && !formKeys(head)) {
		return nil
	}
	tab, err := Read(path)
	if err != nil {
		return nil
	}
	return tab
}

func peek(path string) ([]byte, error) {
	if err := geo.CheckRegular(path); err != nil {
		return nil, err
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	return io.ReadAll(io.LimitReader(f, peekSize))
}

// formHeader says whether a CSV's first line is a phone form's header, or
// one without a position column.
func formHeader(name string, head []byte) bool {
	line, _, _ := bytes.Cut(head, []byte("\n"))
	t, err := load.ReadTable(name, bytes.NewReader(line))
	if err != nil {
		return false
	}
	tab := &Table{Source: name, Header: t.Header}
	g := Guess(t.Header)
	return IsPhoneForm(t.Header) || len(g.Problems(tab, nil)) > 0
}

// formKeys says whether the start of a GeoJSON file names a property only
// phone forms' exports have.
func formKeys(head []byte) bool {
	low := bytes.ToLower(head)
	for _, m := range markers {
		if bytes.Contains(low, []byte(`"`+m+`"`)) || bytes.Contains(low, []byte(`/`+m+`"`)) || bytes.Contains(low, []byte(`-`+m+`"`)) {
			return true
		}
	}
	return false
}
