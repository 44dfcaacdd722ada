package store

import (
	"database/sql"
	"errors"
	"fmt"
	"net/url"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"sync"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Revisions reads every revision each annotation of the project went
// through, deleted ones included: the past ones from the revisions table,
// the current ones from the annotations, but those of rows reading left
// out (see LeftOut), which another copy may hold intact.
func (p *Project) Revisions() (annot.Revisions, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	current := func(t string) string { return ` UNION ALL SELECT uuid, rev, '` + t + `', fid FROM ` + t }
	rows, err := p.db.Query(`SELECT uuid, rev, '', 0 FROM revisions` + current(tablePoints) + current(tableGapPoints) + current(tableGapAreas))
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading revisions: %w", p.path, err)
	}
	defer rows.Close()
	r := annot.Revisions{}
	for rows.Next() {
		var id, rev string
		var row leftRow
		if err := rows.Scan(&id, &rev, &row.table, &row.fid); err != nil {
			return nil, fmt.Errorf("store: %s: reading revisions: %w", p.path, err)
		}
		if !slices.Contains(p.left.rows, row) {
			r.Add(id, rev)
		}
	}
	return r, rows.Err()
}

// projectCopy is one input of a merge, read whole.
type projectCopy struct {
	p      *Project
	set    *annot.Set
	revs   annot.Revisions
	layers []Layer
}

func readCopy(path string) (*projectCopy, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return nil, words.Errorf("store: %s: no such file", path)
	}
	p, err := Open(path)
	if err != nil {
		return nil, err
	}
	c := &projectCopy{p: p}
	if c.set, err = p.Load(); err == nil {
		if c.revs, err = p.Revisions(); err == nil {
			c.layers, err = p.Layers()
		}
	}
	if err != nil {
		p.Close()
		return nil, err
	}
	return c, nil
}

// MergeInput is what one input file brought to a merge: its report
// against everything merged before it (empty for the first file, the
// base), and who made its annotations (annot.Set.Authors), so that a
// copy is named by its leader even when nothing new came from it.
type MergeInput struct {
	File    string
	Report  *annot.MergeReport
	Authors []string
}

// MergeSummary says what a merge of several files did.
type MergeSummary struct {
	Inputs []MergeInput
	// NeedsReview are the IDs of the merged file's annotations marked for
	// review, those already marked in the inputs included.
	NeedsReview []string
	// LeftOut says, one line each, what the merged file leaves out of the
	// inputs: rows at no longitude/latitude (see Project.LeftOut) and
	// photos an import would refuse.
	LeftOut []error
	// Refused are the inputs MergeReadable left out, and why.
	Refused []error
}

// Total is every input's report in one.
func (m *MergeSummary) Total() *annot.MergeReport {
	t := &annot.MergeReport{}
	for _, in := range m.Inputs {
		t.Add(in.Report)
	}
	return t
}

// Merge combines several leaders' copies of a project into a new file at
// out and reports what the later copies added, updated, deleted and what
// needs review, all inputs together; MergeFiles reports per file.
func Merge(out string, inputs []string) (*annot.MergeReport, error) {
	m, err := MergeFiles(out, inputs)
	if err != nil {
		return nil, err
	}
	return m.Total(), nil
}

// MergeFiles combines several copies of a project into a new file at out
// (written beside it and renamed into place; the inputs are not changed),
// in the order given, and reports per input file. Boundary layers found in
// a later copy only are added. Every input is read first: when any cannot
// be, nothing is written and the error names each of them.
func MergeFiles(out string, inputs []string) (*MergeSummary, error) {
	if len(inputs) < 2 {
		return nil, words.Errorf("store: merging needs at least two project files")
	}
	copies, errs, err := readCopies(out, inputs)
	defer closeCopies(copies)
	if err == nil {
		err = errors.Join(errs...)
	}
	if err != nil {
		return nil, err
	}
	return mergeCopies(out, inputs, copies)
}

// mergeCopies merges copies, read from inputs, into out.
func mergeCopies(out string, inputs []string, copies []*projectCopy) (*MergeSummary, error) {
	acc := copies[0]
	orig := snapshot(acc)
	sum := &MergeSummary{Inputs: []MergeInput{{inputs[0], &annot.MergeReport{}, acc.set.Authors()}}}
	var extra []Layer
	for i, c := range copies[1:] {
		who := c.set.Authors()
		r := annot.Merge(acc.set, acc.revs, c.set, c.revs)
		sum.Inputs = append(sum.Inputs, MergeInput{inputs[i+1], r, who})
		for _, l := range c.layers {
			if !hasLayer(acc.layers, l) && !hasLayer(extra, l) {
				extra = append(extra, l)
			}
		}
	}
	sum.NeedsReview = acc.set.NeedsReview()
	for _, c := range copies {
		sum.LeftOut = append(sum.LeftOut, c.p.LeftOut()...)
	}
	refused, err := writeMerged(out, acc, orig, copies[1:], extra)
	if err != nil {
		return nil, err
	}
	sum.LeftOut = append(sum.LeftOut, refused...)
	return sum, nil
}

func closeCopies(copies []*projectCopy) {
	for _, c := range copies {
		if c != nil {
			c.p.Close()
		}
	}
}

// openScratchDB opens a file no one else sees yet without a journal or
// syncs at each commit: writeAtomically syncs it once, whole, before it
// is renamed into place, and a crash before leaves only a temporary file.
func openScratchDB(path string) (*sql.DB, error) {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath()+"?_pragma=journal_mode(OFF)&_pragma=synchronous(OFF)&_pragma=foreign_keys(1)")
	if err != nil {
		return nil, err
	}
	db.SetMaxOpenConns(1)
	return db, nil
}

// readCopies opens and reads every input, on every core, refusing out
// among them: a copy per input, or nil and the error that input gave. The
// copies read are to be closed.
func readCopies(out string, inputs []string) ([]*projectCopy, []error, error) {
	absOut, _ := filepath.Abs(out)
	for _, in := range inputs {
		if abs, _ := filepath.Abs(in); abs == absOut {
			return nil, nil, words.Errorf("store: the merged file %s must not be one of the inputs", out)
		}
	}
	copies := make([]*projectCopy, len(inputs))
	errs := make([]error, len(inputs))
	next := make(chan int)
	var wg sync.WaitGroup
	for range min(runtime.NumCPU(), len(inputs)) {
		wg.Go(func() {
			for i := range next {
				copies[i], errs[i] = readCopy(inputs[i])
			}
		})
	}
	for i := range inputs {
		next <- i
	}
	close(next)
	wg.Wait()
	return copies, errs, nil
}

// writeMerged writes the first copy (orig as read, its layers under safe
// table names), with what the merge changed in it, the photos it shows,
// the field sheets and phone forms' column mappings from the others, and
// the extra layers, to out. It returns the photos it left out.
func writeMerged(out string, acc, orig *projectCopy, others []*projectCopy, extra []Layer) (refused []error, err error) {
	err = writeAtomically(out, func(tmp string) error {
		if err := acc.p.copyToFile(tmp); err != nil {
			return err
		}
		db, err := openScratchDB(tmp)
		if err != nil {
			return err
		}
		merged := &Project{db: db, path: tmp}
		defer db.Close()
		if err := merged.dropRows(acc.p.leftRows()); err != nil {
			return err
		}
		if err := merged.safeLayerNames(acc.layers); err != nil {
			return err
		}
		if err := merged.copyPhotos(acc.set, others); err != nil {
			return err
		}
		if err := merged.copyOverlays(others); err != nil {
			return err
		}
		if err := merged.copySettings(others); err != nil {
			return err
		}
		if err := merged.writeDiff(orig, acc, nil); err != nil {
			return err
		}
		for _, l := range extra {
			table, err := merged.AddLayer(l.Layer, l.Role)
			if err != nil {
				return err
			}
			l.Table, l.fids = table, nil
			if err := merged.UpdateLayer(l); err != nil {
				return err
			}
			if err := merged.RenameFeatures(l); err != nil {
				return err
			}
		}
		refused, err = merged.dropRefusedPhotos()
		return err
	})
	return refused, err
}

// hasLayer reports whether ls holds a layer with the same content as l.
func hasLayer(ls []Layer, l Layer) bool {
	for _, o := range ls {
		if o.Layer.Source == l.Layer.Source && o.Layer.Bound == l.Layer.Bound && len(o.Layer.Features) == len(l.Layer.Features) {
			return true
		}
	}
	return false
}
