package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// reviewActions are the decisions `khoroomap review` takes by ID.
var reviewActions = []struct {
	flag, help string
	do         func(*annot.Set, string) (annot.Change, error)
}{
	{"accept", "mark ID reviewed, as it is", (*annot.Set).Accept},
	{"keep", "a conflict: keep version ID, delete the others", (*annot.Set).KeepVersion},
	{"keep-other", "a conflict of two versions: keep the one that is not ID", (*annot.Set).KeepOther},
	{"keep-both", "a conflict: keep every version as its own annotation", (*annot.Set).KeepBoth},
	{"same", "a likely duplicate: merge ID into the annotation it duplicates", (*annot.Set).Same},
	{"different", "a likely duplicate: ID is another place; keep it", (*annot.Set).Different},
}

// reviewRequest is what `khoroomap review` was asked: list, or one
// decision.
type reviewRequest struct {
	project, lang, author string
	list                  bool
	decision              func(*annot.Set) (annot.Change, error)
}

// parseReview reads the flags; false means bad usage (already reported).
func parseReview(args []string, stderr io.Writer) (reviewRequest, bool) {
	var r reviewRequest
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	fs.StringVar(&r.project, "project", "", "the project file (.gpkg)")
	fs.BoolVar(&r.list, "list", false, "list what needs review: ID, label, reason")
	all := fs.Bool("accept-all", false, "mark everything reviewed, as it is")
	fs.StringVar(&r.lang, "lang", "en", "the language of the reasons: mn or en")
	fs.StringVar(&r.author, "author", "", "who decides (recorded on the edits)")
	ids := make([]*string, len(reviewActions))
	for i, a := range reviewActions {
		ids[i] = fs.String(a.flag, "", a.help)
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap review -project P.gpkg -list | -accept ID | -accept-all | -keep ID | -keep-other ID | -keep-both ID | -same ID | -different ID")
		fs.PrintDefaults()
	}
	if fs.Parse(args) != nil {
		return r, false
	}
	chosen := 0
	for i, id := range ids {
		if *id != "" {
			do, id := reviewActions[i].do, *id
			r.decision, chosen = func(s *annot.Set) (annot.Change, error) { return do(s, id) }, chosen+1
		}
	}
	if *all {
		r.decision, chosen = func(s *annot.Set) (annot.Change, error) { c, _ := s.AcceptAll(); return c, nil }, chosen+1
	}
	if r.list {
		chosen++
	}
	if r.project == "" || fs.NArg() != 0 || chosen != 1 {
		fs.Usage()
		return r, false
	}
	return r, true
}

// runReview implements `khoroomap review -project P.gpkg -list | -accept
// ID | -accept-all | ...`: each decision is saved as one edit.
func runReview(args []string, stdout, stderr io.Writer) int {
	r, ok := parseReview(args, stderr)
	if !ok {
		return 2
	}
	p, err := workspace.OpenFile(r.project, workspace.Refuse)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap review:", err)
		return 1
	}
	defer p.Close()
	s, err := p.Load()
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap review:", err)
		return 1
	}
	if r.list {
		listReview(stdout, s, r.lang)
		return 0
	}
	c, err := r.decision(s)
	if err != nil {
		fmt.Fprintf(stderr, "khoroomap review: %s: %v\n", r.project, err)
		return 1
	}
	return decide(p, s, c, r.author, stdout, stderr)
}

// decide saves a review decision as one edit and says what is left.
func decide(p *store.Project, s *annot.Set, c annot.Change, author string, stdout, stderr io.Writer) int {
	c = annot.Touch(c, author, time.Now())
	if err := p.Apply(c); err != nil {
		fmt.Fprintln(stderr, "khoroomap review:", err)
		return 1
	}
	s.Apply(c)
	fmt.Fprintf(stdout, "%d edit(s) saved; %d to review\n", len(c.Flat()), len(s.NeedsReview()))
	return 0
}

// listReview prints a line per annotation to review, and the count.
func listReview(w io.Writer, s *annot.Set, lang string) {
	label := func(id string) string {
		if pt, ok := s.Point(id); ok {
			return firstNonEmpty(pt.Name, pt.Category)
		}
		if g, ok := s.Gap(id); ok {
			return g.Label()
		}
		return ""
	}
	ids := s.NeedsReview()
	for _, id := range ids {
		var review string
		if pt, ok := s.Point(id); ok {
			review = pt.Review
		} else if g, ok := s.Gap(id); ok {
			review = g.Review
		}
		fmt.Fprintf(w, "%s\t%s\t%s\n", id, label(id), annot.ParseReason(review).Text(lang, label))
	}
	fmt.Fprintf(w, "%d to review\n", len(ids))
}

func firstNonEmpty(s ...string) string {
	for _, v := range s {
		if v != "" {
			return v
		}
	}
	return ""
}
