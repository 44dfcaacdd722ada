package store

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// Revisions reads every revision each annotation of the project went
// through, deleted ones included.
func (p *Project) Revisions() (annot.Revisions, error) {
	p.mu.Lock()
	defer p.mu.Unlock()
	rows, err := p.db.Query(`SELECT uuid, rev FROM revisions`)
	if err != nil {
		return nil, fmt.Errorf("store: %s: reading revisions: %w", p.path, err)
	}
	defer rows.Close()
	r := annot.Revisions{}
	for rows.Next() {
		var id, rev string
		if err := rows.Scan(&id, &rev); err != nil {
			return nil, fmt.Errorf("store: %s: reading revisions: %w", p.path, err)
		}
		r.Add(id, rev)
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
		return nil, fmt.Errorf("store: %s: no such file", path)
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
// base).
type MergeInput struct {
	File   string
	Report *annot.MergeReport
}

// MergeSummary says what a merge of several files did.
type MergeSummary struct {
	Inputs []MergeInput
	// NeedsReview are the IDs of the merged file's annotations marked for
	// review, those already marked in the inputs included.
	NeedsReview []string
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
// a later copy only are added.
func MergeFiles(out string, inputs []string) (*MergeSummary, error) {
	if len(inputs) < 2 {
		return nil, fmt.Errorf("store: merging needs at least two project files")
	}
	copies, err := readCopies(out, inputs)
	defer func() {
		for _, c := range copies {
			c.p.Close()
		}
	}()
	if err != nil {
		return nil, err
	}
	acc := copies[0]
	sum := &MergeSummary{Inputs: []MergeInput{{inputs[0], &annot.MergeReport{}}}}
	var extra []Layer
	for i, c := range copies[1:] {
		r := annot.Merge(acc.set, acc.revs, c.set, c.revs)
		sum.Inputs = append(sum.Inputs, MergeInput{inputs[i+1], r})
		for _, l := range c.layers {
			if !hasLayer(acc.layers, l) && !hasLayer(extra, l) {
				extra = append(extra, l)
			}
		}
	}
	sum.NeedsReview = acc.set.NeedsReview()
	if err := writeMerged(out, acc, extra); err != nil {
		return nil, err
	}
	return sum, nil
}

// readCopies opens and reads every input, refusing out among them.
func readCopies(out string, inputs []string) ([]*projectCopy, error) {
	absOut, _ := filepath.Abs(out)
	var copies []*projectCopy
	for _, in := range inputs {
		if abs, _ := filepath.Abs(in); abs == absOut {
			return copies, fmt.Errorf("store: the merged file %s must not be one of the inputs", out)
		}
		c, err := readCopy(in)
		if err != nil {
			return copies, err
		}
		copies = append(copies, c)
	}
	return copies, nil
}

// writeMerged writes the first copy, holding the merge, with the extra
// layers, to out.
func writeMerged(out string, acc *projectCopy, extra []Layer) error {
	return writeAtomically(out, func(tmp string) error {
		if err := acc.p.copyToFile(tmp); err != nil {
			return err
		}
		db, err := openDB(tmp)
		if err != nil {
			return err
		}
		merged := &Project{db: db, path: tmp}
		defer db.Close()
		if err := merged.replaceAnnotations(acc.set, acc.revs); err != nil {
			return err
		}
		for _, l := range extra {
			table, err := merged.AddLayer(l.Layer, l.Role)
			if err != nil {
				return err
			}
			l.Table = table
			if err := merged.UpdateLayer(l); err != nil {
				return err
			}
			if err := merged.RenameFeatures(l); err != nil {
				return err
			}
		}
		return nil
	})
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

// replaceAnnotations rewrites every annotation, category and revision
// from s and revs, in one transaction.
func (p *Project) replaceAnnotations(s *annot.Set, revs annot.Revisions) error {
	return p.write(func(w *writer) error {
		for _, t := range []string{tablePoints, tableGapPoints, tableGapAreas, tableRevisions} {
			if _, err := w.tx.Exec(`DELETE FROM ` + t); err != nil {
				return fmt.Errorf("store: %w", err)
			}
		}
		for i, c := range s.Categories {
			if err := putCategory(w.tx, c, i); err != nil {
				return err
			}
		}
		for i := range s.Points {
			if err := putPoint(w, &s.Points[i]); err != nil {
				return err
			}
		}
		for i := range s.Gaps {
			if err := putGap(w, &s.Gaps[i]); err != nil {
				return err
			}
		}
		for id, set := range revs {
			for rev := range set {
				if err := addRevision(w, annot.Meta{ID: id, Rev: rev}); err != nil {
					return err
				}
			}
		}
		return nil
	})
}
