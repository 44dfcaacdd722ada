package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/phoneform"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// formImport is `khoroomap import` of phone forms' exports (KoBoToolbox,
// ODK Central): each through the column mapping given with -map, else the
// one remembered in the project for its form, else the guess from its
// header. A mapping given is remembered for the form, as the window's
// Import remembers one.
type formImport struct {
	project, mapFile, author, category string
	// showMap prints the mappings instead of importing.
	showMap        bool
	stdout, stderr io.Writer
}

// maxListed is how many photo names a message lists.
const maxListed = 20

// run reads and maps every file before the project is written (or
// created), then imports all their rows in one transaction.
func (fi formImport) run(tabs []*phoneform.Table) int {
	given, err := readMapping(fi.mapFile)
	if err != nil {
		return fi.fail(err)
	}
	p, s, err := existing(fi.project)
	if err != nil {
		return fi.fail(err)
	}
	if p != nil {
		defer p.Close()
	}
	if fi.showMap {
		return fi.show(p, tabs, given)
	}
	var all phoneform.Result
	var photos []photo.Photo
	for _, tab := range tabs {
		m, how := fi.mapping(p, tab, given)
		if err := m.Check(tab, s.Categories); err != nil { // before its photos are read
			return fi.fail(err)
		}
		phs, missing := phoneform.Photos(tab, m)
		res, err := phoneform.Apply(tab, m, phoneform.Options{Categories: s.Categories, Category: fi.category, Author: fi.author, PhotoIDs: phoneform.IDs(phs), Project: s})
		if err != nil {
			return fi.fail(err)
		}
		fi.report(tab, how, res)
		if len(missing) > 0 {
			fmt.Fprintf(fi.stdout, "  photos not found beside %s (in its folder, media/ or attachments/) or not readable, left out: %s\n", filepath.Base(tab.Source), geo.ShortList(missing, maxListed))
		}
		all.Points, all.Gaps = append(all.Points, res.Points...), append(all.Gaps, res.Gaps...)
		photos = append(photos, res.Used(phs)...)
	}
	if p == nil {
		if p, err = workspace.OpenFile(fi.project, workspace.Create); err != nil {
			return fi.fail(err)
		}
		defer p.Close()
	}
	res, err := p.ImportAnnotations(all.Points, all.Gaps, photos)
	if err != nil {
		return fi.fail(err)
	}
	for _, tab := range tabs {
		if given != nil {
			if err := phoneform.Remember(p, phoneform.Key(tab), *given); err != nil {
				return fi.fail(err)
			}
		}
	}
	fmt.Fprintf(fi.stdout, "%s: service points: %d added, %d updated, %d unchanged; gap points: %d added, %d updated, %d unchanged\n", fi.project, res.Added, res.Updated, res.Unchanged, res.Gaps.Added, res.Gaps.Updated, res.Gaps.Unchanged)
	return 0
}

// existing opens the project when its file exists and reads its
// annotations (nil and an empty set with the default categories when not).
func existing(path string) (*store.Project, *annot.Set, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, &annot.Set{Categories: annot.DefaultCategories()}, nil
	}
	p, err := workspace.OpenFile(path, workspace.Refuse)
	if err != nil {
		return nil, nil, err
	}
	s, err := p.Load()
	if err != nil {
		p.Close()
		return nil, nil, err
	}
	return p, s, nil
}

// mapping is the mapping for a table and how it was found: the one
// given, the one remembered in the project p (nil: none yet), else the
// guess.
func (fi formImport) mapping(p *store.Project, tab *phoneform.Table, given *phoneform.Mapping) (phoneform.Mapping, string) {
	if given != nil {
		return *given, "the mapping of " + fi.mapFile + ", remembered for this form once imported"
	}
	if p == nil {
		return phoneform.Guess(tab.Header), "the mapping guessed from the columns"
	}
	m, remembered, err := phoneform.Start(p, tab)
	if err != nil {
		fmt.Fprintln(fi.stderr, "khoroomap import:", err) // the guess is used
	}
	if by, _ := phoneform.SavedBy(p, phoneform.Key(tab)); remembered && by != "" {
		return m, "the mapping saved in the office database by " + by
	}
	if remembered {
		return m, "the mapping remembered in the project"
	}
	return m, "the mapping guessed from the columns"
}

// report says how a file was mapped and which rows it leaves out.
func (fi formImport) report(tab *phoneform.Table, how string, res *phoneform.Result) {
	fmt.Fprintf(fi.stdout, "%s (form %s, %s): %d service points, %d gap points", filepath.Base(tab.Source), phoneform.Key(tab), how, len(res.Points), len(res.Gaps))
	by := map[phoneform.Reason][]int{}
	for _, r := range res.Refused {
		by[r.Reason] = append(by[r.Reason], r.Row)
	}
	for _, why := range []phoneform.Reason{phoneform.NoPosition, phoneform.NotNumbers, phoneform.OffGlobe, phoneform.TooLong} {
		if rows := by[why]; len(rows) > 0 {
			fmt.Fprintf(fi.stdout, "; rows left out: %d, %s (the first is row %d)", len(rows), why, rows[0])
		}
	}
	fmt.Fprintln(fi.stdout)
}

func (fi formImport) fail(err error) int {
	fmt.Fprintln(fi.stderr, "khoroomap import:", err)
	return 1
}
