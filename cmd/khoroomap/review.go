package main

import (
	"flag"
	"fmt"
	"io"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
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

// runReview implements `khoroomap review -project P.gpkg -list | -accept
// ID | -accept-all | ...`: each decision is saved as one edit.
func runReview(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("review", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg)")
	list := fs.Bool("list", false, "list what needs review: ID, label, reason")
	all := fs.Bool("accept-all", false, "mark everything reviewed, as it is")
	lang := fs.String("lang", "en", "the language of the reasons: mn or en")
	author := fs.String("author", "", "who decides (recorded on the edits)")
	ids := make([]*string, len(reviewActions))
	for i, a := range reviewActions {
		ids[i] = fs.String(a.flag, "", a.help)
	}
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap review -project P.gpkg -list | -accept ID | -accept-all | -keep ID | -keep-other ID | -keep-both ID | -same ID | -different ID")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	action, id := -1, ""
	chosen := 0
	for i, v := range ids {
		if *v != "" {
			action, id, chosen = i, *v, chosen+1
		}
	}
	if *list {
		chosen++
	}
	if *all {
		chosen++
	}
	if *project == "" || fs.NArg() != 0 || chosen != 1 {
		fs.Usage()
		return 2
	}
	p, err := openProject(*project, false)
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
	if *list {
		listReview(stdout, s, *lang)
		return 0
	}
	var c annot.Change
	if *all {
		c, _ = s.AcceptAll()
	} else if c, err = reviewActions[action].do(s, id); err != nil {
		fmt.Fprintf(stderr, "khoroomap review: %s: %v\n", *project, err)
		return 1
	}
	return decide(p, s, c, *author, stdout, stderr)
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
