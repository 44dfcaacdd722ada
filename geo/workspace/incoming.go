package workspace

import (
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Incoming is a file read for an import, before any project is touched:
// its layers and the photos it carries. `khoroomap import`, the window's
// Add layer… and its Import service points… all read a file with
// ReadIncoming and import it with Import, so that they make the same of
// it, by the one rule of load.Take: points become service points, gaps
// gaps, areas boundary layers, a GPX's track a layer of lines.
type Incoming struct {
	// Path is the file read.
	Path string
	// Layers are the file's layers as load.All reads them (a GPX's
	// waypoints and its track, an export's points and its gap areas).
	Layers []*geo.Layer
	// Photos are those a KMZ or a Shapefile zip carries (see
	// exchange.FilePhotos), stored with the points that name them.
	Photos []photo.Photo
}

// ReadIncoming reads the file at path for an import with the role as
// (nil: each layer's role is guessed); geo.RolePoints keeps the points a
// file holds beside its areas. A file that cannot be read is refused
// with an error naming it.
func ReadIncoming(path string, as *geo.Role) (*Incoming, error) {
	ls, err := load.All(path, load.Options{Points: as != nil && *as == geo.RolePoints}) // first: it words what a file is not
	if err != nil {
		return nil, err
	}
	phs, err := exchange.FilePhotos(path)
	if err != nil {
		return nil, err
	}
	return &Incoming{Path: path, Layers: ls, Photos: phs}, nil
}

// Parts says what Import with the role as makes of each layer of the
// file (see load.Parts), as `khoroomap check` and the window's report
// say it.
func (in *Incoming) Parts(as *geo.Role) ([]load.Part, error) {
	return load.Parts(in.Path, in.Layers, as)
}

// Import imports the files read by ReadIncoming into p with the role as
// (nil: guessed layer by layer), in one transaction: all of them, with
// their photos, or, when anything fails, nothing (see
// store.Project.ImportWithPhotos). author is recorded on new annotations.
func Import(p *store.Project, files []*Incoming, as *geo.Role, author string) (store.ImportResult, error) {
	var ls []*geo.Layer
	var phs []photo.Photo
	for _, in := range files {
		ls = append(ls, in.Layers...)
		phs = append(phs, in.Photos...)
	}
	return p.ImportWithPhotos(ls, as, author, phs)
}
