package main

import (
	"fmt"
	"io"

	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// exportWithPhotos writes the zip of Shapefiles for offices, or a KMZ
// for Google Earth, with the photos inside.
func exportWithPhotos(project, out, lang string, stdout io.Writer, warn func(error)) error {
	r, err := workspace.ReadOrSample(project)
	if err != nil {
		return err
	}
	defer r.Close()
	p, s := r.Project, r.Annotations
	warnLeftOut(p, warn)
	photos := func(id string) ([]byte, error) {
		ph, err := p.Photo(id)
		return ph.Data, err
	}
	format, err := exchange.FormatOf(out)
	if err != nil {
		return err
	}
	what := string(format) // "KMZ"
	if format == exchange.ShapefileZip {
		what = "Shapefiles"
	}
	if err := writeAtomically(out, func(w io.Writer) error {
		return exchange.Write(w, s, format, exchange.WriteOptions{Lang: lang, Photos: photos, LeftOut: warn})
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d service points and %d gaps as %s, with their photos\n", out, len(s.Points), len(s.Gaps), what)
	return nil
}
