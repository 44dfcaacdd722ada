package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// exportWithPhotos writes the zip of Shapefiles for offices, or a KMZ
// for Google Earth, with the photos inside.
func exportWithPhotos(project, out, lang string, stdout io.Writer) error {
	r, err := workspace.ReadOrSample(project)
	if err != nil {
		return err
	}
	defer r.Close()
	p, s := r.Project, r.Annotations
	photos := func(id string) ([]byte, error) {
		ph, err := p.Photo(id)
		return ph.Data, err
	}
	write, what := exchange.WriteShapefileZip, "Shapefiles"
	if strings.EqualFold(filepath.Ext(out), ".kmz") {
		write, what = exchange.WriteKMZ, "KMZ"
	}
	if err := writeAtomically(out, func(w io.Writer) error {
		return write(w, s, exchange.WriteOptions{Lang: lang}, photos)
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d service points and %d gaps as %s, with their photos\n", out, len(s.Points), len(s.Gaps), what)
	return nil
}
