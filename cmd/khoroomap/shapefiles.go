package main

import (
	"fmt"
	"io"

	"github.com/khoroomap/khoroomap/geo/exchange"
)

// exportShapefiles writes the zip of Shapefiles and photos for offices.
func exportShapefiles(project, out, lang string, stdout io.Writer) error {
	if project == "" {
		path, cleanup, err := sampleProject()
		if err != nil {
			return err
		}
		defer cleanup()
		project = path
	}
	p, err := openProject(project, false)
	if err != nil {
		return err
	}
	defer p.Close()
	s, err := p.Load()
	if err != nil {
		return err
	}
	photos := func(id string) ([]byte, error) {
		ph, err := p.Photo(id)
		return ph.Data, err
	}
	if err := writeAtomically(out, func(w io.Writer) error {
		return exchange.WriteShapefileZip(w, s, exchange.WriteOptions{Lang: lang}, photos)
	}); err != nil {
		return err
	}
	fmt.Fprintf(stdout, "%s: %d service points and %d gaps as Shapefiles, with their photos\n", out, len(s.Points), len(s.Gaps))
	return nil
}
