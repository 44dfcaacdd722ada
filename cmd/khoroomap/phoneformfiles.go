package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/store"
)

// maxMappingFile bounds a -map file: a mapping is a few hundred bytes.
const maxMappingFile = 1 << 20

// readMapping reads a -map file (nil for none): the JSON a project
// remembers a mapping as.
func readMapping(path string) (*phoneform.Mapping, error) {
	if path == "" {
		return nil, nil
	}
	if err := geo.CheckRegular(path); err != nil {
		return nil, fmt.Errorf("-map %s: %w", path, err)
	}
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("-map: %w", err)
	}
	defer f.Close()
	var m phoneform.Mapping
	dec := json.NewDecoder(io.LimitReader(f, maxMappingFile))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&m); err != nil {
		return nil, fmt.Errorf("-map %s: not a column mapping (%v); write it as {\"lat\": \"COLUMN\", \"lon\": \"COLUMN\", \"category\": \"COLUMN\", \"codes\": {\"1\": \"school\"}, ...}", path, err)
	}
	return &m, nil
}

// phoneForms reads the files that are phone forms' exports (see
// phoneform.Detect). ok when all are; when only some are, it says so and
// returns them with ok false: they are imported on their own.
func phoneForms(files []string, stderr io.Writer) (tabs []*phoneform.Table, ok bool) {
	var others []string
	for _, f := range files {
		if tab := phoneform.Detect(f); tab != nil {
			tabs = append(tabs, tab)
		} else {
			others = append(others, f)
		}
	}
	if len(tabs) > 0 && len(others) > 0 {
		fmt.Fprintf(stderr, "khoroomap import: %s is a phone form's export and %s is not: import phone forms' exports on their own\n", tabs[0].Source, others[0])
	}
	return tabs, len(tabs) > 0 && len(others) == 0
}

// show prints, for each export, its form key, how its mapping was found
// and the mapping as the JSON -map reads: a start for writing one.
func (fi formImport) show(p *store.Project, tabs []*phoneform.Table, given *phoneform.Mapping) int {
	for _, tab := range tabs {
		m, how := fi.mapping(p, tab, given)
		data, err := json.MarshalIndent(m, "", "  ")
		if err != nil {
			return fi.fail(err)
		}
		fmt.Fprintf(fi.stdout, "%s (form %s, %s):\n%s\n", filepath.Base(tab.Source), phoneform.Key(tab), how, data)
	}
	return 0
}
