package workspace

import (
	"errors"
	"os"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Missing says what opening does when the project file is not there.
type Missing int

const (
	// Refuse makes a missing file an error (store.Open would create it).
	Refuse Missing = iota
	// Create makes a new, empty project; its name must end in .gpkg.
	Create
	// Sample makes the training project, with its folder if need be.
	Sample
)

// OpenFile opens the project file at path, doing what missing says when
// there is none. The caller closes it.
func OpenFile(path string, missing Missing) (*store.Project, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) || (err != nil && missing == Refuse) {
		switch missing {
		case Refuse:
			return nil, words.Errorf("workspace: %s: no such project file", path)
		case Create:
			if !strings.EqualFold(filepath.Ext(path), ".gpkg") {
				return nil, words.Errorf("workspace: %s: a project file must end in .gpkg", path)
			}
		case Sample:
			if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
				return nil, words.Errorf("workspace: the training project's folder: %w", err)
			}
			if err := training.Create(path); err != nil {
				return nil, err
			}
		}
	}
	return store.Open(path)
}

// Read is a project file read whole: the file, still open, its layers and
// its annotations.
type Read struct {
	Project     *store.Project
	Layers      []store.Layer
	Annotations *annot.Set
	cleanup     func()
}

// ReadFile opens the project at path (see OpenFile) and reads its layers
// and annotations. The caller closes the result, or hands Project and
// Annotations to a Workspace with Open.
func ReadFile(path string, missing Missing) (*Read, error) {
	p, err := OpenFile(path, missing)
	if err != nil {
		return nil, err
	}
	r := &Read{Project: p}
	if r.Layers, err = p.Layers(); err == nil {
		r.Annotations, err = p.Load()
	}
	if err != nil {
		p.Close()
		return nil, err
	}
	return r, nil
}

// ReadOrSample reads the project at path; with no path, a fresh copy of
// the training sample in a temporary folder, which Close removes. It is
// how the commands read "a project, or the sample when none is named".
func ReadOrSample(path string) (*Read, error) {
	if path != "" {
		return ReadFile(path, Refuse)
	}
	dir, err := os.MkdirTemp("", "khoroomap-sample-")
	if err != nil {
		return nil, words.Errorf("workspace: a folder for the training sample: %w", err)
	}
	r, err := ReadFile(filepath.Join(dir, "training.gpkg"), Sample)
	if err != nil {
		os.RemoveAll(dir)
		return nil, err
	}
	r.cleanup = func() { os.RemoveAll(dir) }
	return r, nil
}

// Close closes the project file and removes a temporary sample.
func (r *Read) Close() error {
	err := r.Project.Close()
	if r.cleanup != nil {
		r.cleanup()
	}
	return err
}
