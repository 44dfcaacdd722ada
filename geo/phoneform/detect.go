package phoneform

import (
	"path/filepath"
	"strings"
)

// Detect reads path as a phone form's export when it is one: a CSV or
// GeoJSON file with the columns KoBoToolbox or ODK Central add to every
// submission (see IsPhoneForm), or a CSV in which no position column is
// found (a person then says which column holds what). It returns nil for
// any other file, and for one that does not read: the plain import then
// says why. The window and the import command both ask it.
func Detect(path string) *Table {
	ext := strings.ToLower(filepath.Ext(path))
	if ext != ".csv" && ext != ".tsv" && ext != ".geojson" && ext != ".json" {
		return nil
	}
	tab, err := Read(path)
	if err != nil {
		return nil
	}
	g := Guess(tab.Header)
	if IsPhoneForm(tab.Header) || (tab.At == nil && len(g.Problems(tab, nil)) > 0) {
		return tab
	}
	return nil
}
