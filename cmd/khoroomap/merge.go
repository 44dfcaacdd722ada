package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"strings"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// runMerge implements `khoroomap merge [-json] -o OUT.gpkg A.gpkg B.gpkg...`.
func runMerge(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("merge", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the merged project file to write (.gpkg)")
	asJSON := fs.Bool("json", false, "print the report as JSON, with a line per input file")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap merge [-json] -o OUT.gpkg A.gpkg B.gpkg...")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() < 2 {
		fs.Usage()
		return 2
	}
	if err := checkOutput(*out); err != nil {
		fmt.Fprintln(stderr, "khoroomap merge:", err)
		return 1
	}
	sum, err := store.MergeFiles(*out, fs.Args())
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap merge:", err)
		return 1
	}
	for _, err := range sum.LeftOut {
		warnTo(stderr, "merge")(err)
	}
	if *asJSON {
		enc := json.NewEncoder(stdout)
		enc.SetIndent("", "  ")
		enc.Encode(mergeJSON(*out, sum))
		return 0
	}
	fmt.Fprintf(stdout, "merged %d files into %s\n%s", fs.NArg(), *out, sum.Total())
	for i, in := range sum.Inputs {
		what := "the base the others are merged into"
		if i > 0 {
			what = countsLine(in.Report)
		}
		fmt.Fprintf(stdout, "%s (%s): %s\n", in.File, whoText(in.Authors), what)
	}
	fmt.Fprintf(stdout, "%d to review\n", len(sum.NeedsReview))
	return 0
}

// whoText names a copy's authors, or says it has none.
func whoText(who []string) string {
	if len(who) == 0 {
		return "no name recorded"
	}
	return strings.Join(who, ", ")
}

func countsLine(r *annot.MergeReport) string {
	return fmt.Sprintf("%d added, %d updated, %d deleted, %d conflicts, %d likely duplicates",
		len(r.Added), len(r.Updated), len(r.Deleted), len(r.Conflicts), len(r.Duplicates))
}

// mergeCounts are a report's counts; inputs also list the annotations.
type mergeCounts struct {
	File        string        `json:"file,omitempty"`
	Who         []string      `json:"who,omitempty"`
	Added       int           `json:"added"`
	Updated     int           `json:"updated"`
	Deleted     int           `json:"deleted"`
	Conflicts   int           `json:"conflicts"`
	Duplicates  int           `json:"duplicates"`
	NeedsReview *int          `json:"needs_review,omitempty"`
	Items       []mergeItem   `json:"items,omitempty"`
	Inputs      []mergeCounts `json:"inputs,omitempty"`
	Output      string        `json:"output,omitempty"`
}

type mergeItem struct {
	Outcome string `json:"outcome"`
	ID      string `json:"id"`
	Label   string `json:"label"`
}

func counts(r *annot.MergeReport) mergeCounts {
	return mergeCounts{Added: len(r.Added), Updated: len(r.Updated), Deleted: len(r.Deleted), Conflicts: len(r.Conflicts), Duplicates: len(r.Duplicates)}
}

// mergeJSON is the whole report: totals, what needs review, and a line
// per input file (the first is the base the others merge into) with who
// made its annotations.
func mergeJSON(out string, sum *store.MergeSummary) mergeCounts {
	n := len(sum.NeedsReview)
	total := counts(sum.Total())
	total.Output, total.NeedsReview = out, &n
	for _, in := range sum.Inputs {
		c := counts(in.Report)
		c.File = in.File
		for _, sec := range []struct {
			name string
			es   []annot.MergeEntry
		}{{"added", in.Report.Added}, {"updated", in.Report.Updated}, {"deleted", in.Report.Deleted}, {"conflict", in.Report.Conflicts}, {"duplicate", in.Report.Duplicates}} {
			for _, e := range sec.es {
				c.Items = append(c.Items, mergeItem{sec.name, e.ID, e.Label})
			}
		}
		c.Who = in.Authors
		total.Inputs = append(total.Inputs, c)
	}
	return total
}
