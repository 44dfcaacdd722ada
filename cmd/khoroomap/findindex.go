package main

import (
	"slices"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/search"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// findIndex indexes what the window would show: a project's layers and
// annotations, else the files' layers, else the training sample's.
func findIndex(project string, files []string, lang string, warn func(error)) (*search.Index, error) {
	if len(files) > 0 {
		var layers []store.Layer
		for _, path := range files {
			l, err := load.File(path, load.Options{})
			if err != nil {
				return nil, err
			}
			layers = append(layers, store.Layer{Layer: l, Role: geo.InferRole(l)})
		}
		return indexLayers(layers), nil
	}
	return indexProject(project, lang, warn)
}

// indexProject indexes a project's (or the sample's) layers, then its
// annotations (with the streets they stand on), then its street map's
// street names.
func indexProject(path, lang string, warn func(error)) (*search.Index, error) {
	r, err := workspace.ReadOrSample(path)
	if err != nil {
		return nil, err
	}
	defer r.Close()
	warnLeftOut(r.Project, warn)
	st, err := r.Project.Streets()
	if err != nil {
		return nil, err
	}
	s := r.Annotations
	ix := indexLayers(r.Layers)
	items := search.Annotations(s, lang)
	search.AlongStreets(items, s, st, lang)
	ix.Add(search.AnnotationsTitle, geo.RolePoints, items)
	streetItems, _ := search.Streets(st, lang)
	ix.Add(search.StreetsTitle, geo.RoleOther, streetItems)
	return ix, nil
}

// indexLayers indexes layers in the window's order: top first, that is
// by geo.Role.DrawRank from the top, and within a rank the last added
// first.
func indexLayers(layers []store.Layer) *search.Index {
	order := slices.Clone(layers)
	slices.Reverse(order)
	slices.SortStableFunc(order, func(a, b store.Layer) int { return b.Role.DrawRank() - a.Role.DrawRank() })
	ix := &search.Index{}
	for _, l := range order {
		ix.Add(search.Title(l.Layer), l.Role, search.Items(l.Layer))
	}
	return ix
}
