package main

import (
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"text/tabwriter"

	"github.com/khoroomap/khoroomap/geo/search"
)

// found is what `find -json` prints for one match.
type found struct {
	Rank     int            `json:"rank"`
	Layer    string         `json:"layer"`
	Name     string         `json:"name"`
	District string         `json:"district"`
	ID       string         `json:"id,omitempty"`
	Matched  []search.Field `json:"matched"`
}

// runFind implements `khoroomap find [-project P.gpkg | FILE...] [-json]
// WORDS...`: the window's search, printed. Leading arguments that name
// existing files are the files to search; the rest is the query. It
// returns 0 when something matches, 1 when nothing does or a file cannot
// be read, 2 for bad usage.
func runFind(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("find", flag.ContinueOnError)
	fs.SetOutput(stderr)
	project := fs.String("project", "", "the project file (.gpkg) to search; default: the FILEs given, or the training sample")
	asJSON := fs.Bool("json", false, "print one JSON array, an object per match")
	lang := fs.String("lang", "mn", "the language of annotation names: mn or en")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap find [-project P.gpkg | FILE...] [-json] [-lang mn|en] WORDS...")
		fs.PrintDefaults()
	}
	rest, err := parseInterspersed(fs, args)
	if err != nil {
		return 2
	}
	files, query := splitFiles(rest)
	proj, files, err := projectArg(*project, files)
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap find:", err)
		return 2
	}
	if strings.TrimSpace(query) == "" || (proj != "" && len(files) > 0) {
		fs.Usage()
		return 2
	}
	ix, err := findIndex(proj, files, *lang, warnTo(stderr, "find"))
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap find:", err)
		return 1
	}
	ms := ix.Find(query)
	if *asJSON {
		printFoundJSON(stdout, ms)
	} else {
		printFound(stdout, ms)
	}
	if len(ms) == 0 {
		fmt.Fprintf(stderr, "khoroomap find: nothing matches %q\n", query)
		return 1
	}
	return 0
}

// parseInterspersed parses flags wherever they are among the arguments
// (`find sbd.kml -json сбд 06`) and returns the others, in order; after
// "--" everything is an argument.
func parseInterspersed(fs *flag.FlagSet, args []string) ([]string, error) {
	var rest []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		args = fs.Args()
		if len(args) == 0 {
			return rest, nil
		}
		if args[0] == "--" {
			return append(rest, args[1:]...), nil
		}
		rest, args = append(rest, args[0]), args[1:]
	}
}

// splitFiles takes the leading arguments that name files as files: those
// that exist, and those with a file's extension (a mistyped "sbd.kmll" is
// then refused instead of searched for); the rest, joined, is the query.
func splitFiles(args []string) (files []string, query string) {
	i := 0
	for ; i < len(args); i++ {
		st, err := os.Stat(args[i])
		if (err != nil || st.IsDir()) && !fileExts[strings.ToLower(filepath.Ext(args[i]))] {
			break
		}
	}
	return args[:i], strings.Join(args[i:], " ")
}

// fileExts are the extensions of the files find reads.
var fileExts = map[string]bool{".geojson": true, ".json": true, ".kml": true, ".kmz": true, ".topojson": true, ".csv": true, ".gpkg": true}

// projectArg turns a lone .gpkg among the files into the project, as the
// window opens it; a .gpkg among other files, or beside -project, is
// refused.
func projectArg(project string, files []string) (string, []string, error) {
	for _, f := range files {
		if !strings.EqualFold(filepath.Ext(f), ".gpkg") {
			continue
		}
		if project != "" || len(files) > 1 {
			return "", nil, fmt.Errorf("%s: search one project, or boundary files, not both", f)
		}
		return f, nil, nil
	}
	return project, files, nil
}

// printFound prints the matches as a table: rank, layer, name, district
// and what matched, one line each whatever the names hold (a line break
// or a tab in a name is shown as \n or \t).
func printFound(w io.Writer, ms []search.Match) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', 0)
	for i, m := range ms {
		fmt.Fprintf(tw, "%d\t%s\t%s\t%s\t%s\n", i+1, visible(m.Title), visible(m.Name), visible(orDash(m.District)), visible(m.Why()))
	}
	tw.Flush()
}

// printFoundJSON prints the matches as one JSON array.
func printFoundJSON(w io.Writer, ms []search.Match) {
	out := make([]found, len(ms))
	for i, m := range ms {
		out[i] = found{Rank: i + 1, Layer: m.Title, Name: m.Name, District: m.District, ID: m.ID, Matched: m.Matched}
	}
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.SetEscapeHTML(false)
	enc.Encode(out)
}

func orDash(s string) string {
	if s == "" {
		return "-"
	}
	return s
}
