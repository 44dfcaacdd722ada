package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/store"
)

// annotReport counts a project's annotations, for `check` of a project.
type annotReport struct {
	ServicePoints int `json:"service_points"`
	GapPoints     int `json:"gap_points"`
	GapAreas      int `json:"gap_areas"`
	Categories    int `json:"categories"`
}

// isProject reports whether path is an SQLite database (a GeoPackage).
func isProject(path string) bool {
	f, err := os.Open(path)
	if err != nil || geo.CheckRegular(path) != nil {
		return false
	}
	defer f.Close()
	head := make([]byte, 16)
	n, _ := io.ReadFull(f, head)
	return string(head[:n]) == "SQLite format 3\x00"
}

// checkProject checks a project as the window opens it: its boundary
// layers and its annotations. It opens a copy, so that check never
// writes to the file (opening adds what an older or another program's
// GeoPackage lacks).
func checkProject(path string) checkReport {
	r := checkReport{File: path, Format: "GeoPackage", Kind: "project", Names: []string{}, Warnings: []string{}, Layers: []layerReport{}}
	err := onCopy(path, func(p *store.Project) error {
		ls, err := p.Layers()
		if err != nil {
			return err
		}
		s, err := p.Load()
		if err != nil {
			return err
		}
		r.describeProject(ls, s.Points, s.Gaps, len(s.Categories))
		return nil
	})
	if err != nil {
		r.Error = err.Error()
	}
	return r
}

// onCopy opens a copy of the project at path in a temporary folder.
func onCopy(path string, fn func(*store.Project) error) error {
	dir, err := os.MkdirTemp("", "khoroomap-check-")
	if err != nil {
		return err
	}
	defer os.RemoveAll(dir)
	dst := filepath.Join(dir, "project.gpkg")
	if err := copyFile(path, dst); err != nil {
		return err
	}
	p, err := store.Open(dst)
	if err == nil {
		err = fn(p)
		p.Close()
	}
	if err != nil { // named as the file checked, not its copy
		return errors.New(strings.ReplaceAll(err.Error(), dst, path))
	}
	return nil
}

func copyFile(from, to string) error {
	in, err := os.Open(from)
	if err != nil {
		return err
	}
	defer in.Close()
	out, err := os.Create(to)
	if err != nil {
		return err
	}
	if _, err := io.Copy(out, in); err != nil {
		out.Close()
		return err
	}
	return out.Close()
}
