package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"strings"

	"github.com/khoroomap/khoroomap/app"
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/atomicfile"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/coverage"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/training"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// pageFlags are the page options export and atlas share.
type pageFlags struct {
	project, paper, title, subtitle, notes, source, lang string
	landscape, portrait, summary                         bool
	dpi                                                  int
	coverage, coverageBy                                 string
	basemap                                              string
	opacity                                              float64
}

func (f *pageFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.project, "project", "", "the project file (.gpkg); default: the FILEs given, or the training sample")
	fs.StringVar(&f.paper, "paper", "A4", "paper size: A4 or A3")
	fs.BoolVar(&f.landscape, "landscape", false, "landscape (default: portrait or landscape, whichever fits the area's shape)")
	fs.BoolVar(&f.portrait, "portrait", false, "portrait (default: portrait or landscape, whichever fits the area's shape)")
	fs.IntVar(&f.dpi, "dpi", 150, "resolution of the map: 150 or 300")
	fs.StringVar(&f.title, "title", "", "the title (default: the area's name, or the district's or city's the map shows)")
	fs.StringVar(&f.subtitle, "subtitle", "", "the subtitle (default: the district and the date)")
	fs.StringVar(&f.notes, "notes", "", "text for the notes box")
	fs.StringVar(&f.source, "source", "", "who made the map, printed in the footer")
	fs.StringVar(&f.lang, "lang", "mn", "language of the page: mn or en")
	fs.BoolVar(&f.summary, "summary", false, "add the table of service points and open gaps per khoroo or kheseg")
	fs.StringVar(&f.coverage, "coverage", "", "shade who lives too far from a service: CATEGORY or CATEGORY:METRES (e.g. water_kiosk:500)")
	fs.StringVar(&f.coverageBy, "coverage-by", "kheseg", "areas the coverage is worked out for: khoroo, kheseg or ger")
	fs.StringVar(&f.basemap, "basemap", "", "imagery or a street map under the map: none (not even the project's OpenStreetMap streets), FILE.mbtiles, a z/x/y tile FOLDER, or an online URL with {z}/{x}/{y} (fetched politely, cached)")
	fs.Float64Var(&f.opacity, "basemap-opacity", 1, "the basemap's opacity, 0 to 1")
}

// openBasemap opens the basemap asked for, if any.
func (f *pageFlags) openBasemap(p *printmap.Project) error {
	if f.basemap == "none" {
		p.Streets = nil
	}
	src, err := basemap.Open(f.basemap, app.OnlineTiles(true)) // the window's cache folder and User-Agent
	if err != nil {
		return err
	}
	p.Basemap, p.BasemapOpacity = src, f.opacity
	return nil
}

func (f *pageFlags) options() (printmap.Options, error) {
	if err := checkOpacity(f.opacity); err != nil {
		return printmap.Options{}, err
	}
	if f.landscape && f.portrait {
		return printmap.Options{}, fmt.Errorf("-landscape and -portrait: choose one")
	}
	o := printmap.Options{Paper: strings.ToUpper(f.paper), Landscape: f.landscape, AutoOrientation: !f.landscape && !f.portrait,
		DPI: f.dpi, Title: f.title, Subtitle: f.subtitle, Notes: f.notes, Source: f.source, Lang: f.lang, Summary: f.summary}
	if f.coverage != "" {
		cat, metres, _ := strings.Cut(f.coverage, ":")
		d := coverage.DefaultDistance(cat)
		if metres != "" {
			v, err := strconv.ParseFloat(metres, 64)
			if err != nil {
				return o, fmt.Errorf("-coverage %s: the distance must be metres, e.g. water_kiosk:500", f.coverage)
			}
			if err := checkDistance("-coverage "+cat+":", v); err != nil {
				return o, err
			}
			d = v
		}
		by, ok := map[string]geo.Role{"khoroo": geo.RoleKhoroo, "kheseg": geo.RoleKheseg, "ger": geo.RoleGerArea}[f.coverageBy]
		if !ok {
			return o, fmt.Errorf("-coverage-by %s: choose khoroo, kheseg or ger", f.coverageBy)
		}
		o.Coverage = &printmap.Coverage{Category: cat, Distance: d, By: by}
	}
	return o, nil
}

var printFonts = func() printmap.Fonts {
	regular, bold := app.TextFonts()
	return printmap.Fonts{Regular: regular, Bold: bold}
}()

// printProject reads what to print: a project file, else boundary and
// point files (points become annotations), else the training sample.
func printProject(project string, files []string, warn func(error)) (*printmap.Project, error) {
	if project != "" || len(files) == 0 {
		r, err := workspace.ReadOrSample(project)
		if err != nil {
			return nil, err
		}
		defer r.Close()
		p := r.Project
		warnLeftOut(p, warn)
		title, _, _ := p.Setting(store.SettingTitle) // never the file's name: pages name their place
		pp := printmap.FromLayers(title, printLayers(r.Layers), r.Annotations)
		// the training project is titled in the page's language
		pp.Training, _ = training.Is(p)
		if pp.Streets, err = p.Streets(); err != nil { // drawn when the project has one
			return nil, err
		}
		if pp.Sheets, err = p.SheetPictures(); err != nil { // the field sheets read back
			return nil, err
		}
		return pp, nil
	}
	var layers []store.Layer
	s := &annot.Set{Categories: annot.DefaultCategories()}
	for _, path := range files {
		l, err := load.File(path, load.Options{})
		if err != nil {
			return nil, err
		}
		if l.Kind == geo.Points {
			pts, err := exchange.Points(l, exchange.Options{Categories: s.Categories})
			if err != nil {
				return nil, err
			}
			s.Points = append(s.Points, pts...)
			continue
		}
		layers = append(layers, store.Layer{Layer: l, Role: geo.InferRole(l)})
	}
	bs := make([]annot.Boundary, len(layers))
	for i, l := range layers {
		bs[i] = annot.Boundary{Layer: l.Layer, Role: l.Role}
	}
	annot.NewAssigner(bs).Assign(s)
	return printmap.FromLayers("", printLayers(layers), s), nil
}

// printLayers are a project's layers as printmap takes them.
func printLayers(ls []store.Layer) []printmap.Layer {
	out := make([]printmap.Layer, len(ls))
	for i, l := range ls {
		out[i] = printmap.Layer{Layer: l.Layer, Role: l.Role, Colour: l.Colour, Hidden: l.Hidden}
	}
	return out
}

// exportMap writes one printed page as PNG (and the summary as a second
// PNG, OUT-2.png, when it does not fit) or PDF.
func exportMap(f *pageFlags, area, out string, files []string, stdout, stderr io.Writer) error {
	opt, err := f.options()
	if err != nil {
		return err
	}
	p, err := printProject(f.project, files, warnTo(stderr, "export"))
	if err != nil {
		return err
	}
	if opt.Coverage != nil && p.Annotations != nil {
		if _, ok := p.Annotations.Category(opt.Coverage.Category); !ok {
			return fmt.Errorf("-coverage: no category %q", opt.Coverage.Category)
		}
	}
	if err := f.openBasemap(p); err != nil {
		return err
	}
	if p.Basemap != nil {
		defer p.Basemap.Close()
		defer warnBasemap(stderr, "export", p.Basemap)
	}
	var ext printmap.Extent
	if area != "" {
		a, err := p.FindArea(area)
		if err != nil {
			return err
		}
		ext.Area = &a
	}
	return writeAtomically(out, func(w io.Writer) error {
		if strings.EqualFold(filepath.Ext(out), ".pdf") {
			return printmap.PDF(w, p, ext, opt, printFonts)
		}
		imgs, err := printmap.PageImages(p, ext, opt, printFonts)
		if err != nil {
			return err
		}
		for i, img := range imgs[1:] {
			second := strings.TrimSuffix(out, filepath.Ext(out)) + fmt.Sprintf("-%d", i+2) + filepath.Ext(out)
			if err := writeAtomically(second, func(w io.Writer) error { return printmap.WritePNG(w, img, opt.DPI) }); err != nil {
				return err
			}
			fmt.Fprintln(stdout, second+": the summary table")
		}
		return printmap.WritePNG(w, imgs[0], opt.DPI)
	})
}

// warnBasemap says, in one line, which basemap tiles could not be drawn
// (the pages were made without them).
func warnBasemap(stderr io.Writer, cmd string, src basemap.Source) {
	if err := basemap.Problems(src); err != nil {
		fmt.Fprintf(stderr, "khoroomap %s: warning: %v\n", cmd, err)
	}
}

// writeAtomically writes a file whole or not at all.
func writeAtomically(path string, write func(io.Writer) error) error {
	return atomicfile.Write(path, write)
}

// runAtlas implements `khoroomap atlas [-project P.gpkg | FILE...] -o OUT.pdf [-by khoroo|kheseg] ...`.
func runAtlas(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("atlas", flag.ContinueOnError)
	fs.SetOutput(stderr)
	var pf pageFlags
	pf.register(fs)
	out := fs.String("o", "", "the PDF to write")
	by := fs.String("by", "khoroo", "one page per khoroo, kheseg or ger area")
	within := fs.String("area", "", "only the areas inside this khoroo (for -by kheseg: one khoroo's kheseg)")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap atlas [-project P.gpkg | FILE...] -o OUT.pdf [-by khoroo|kheseg|ger] [-area KHOROO] [-paper A4|A3] [-landscape] [-dpi 150|300] [-title T] [-lang mn|en]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	role, ok := areaRoles[*by]
	if *out == "" || !ok {
		fs.Usage()
		return 2
	}
	err := func() error {
		if err := checkOutput(*out); err != nil {
			return err
		}
		opt, err := pf.options()
		if err != nil {
			return err
		}
		p, err := printProject(pf.project, fs.Args(), warnTo(stderr, "atlas"))
		if err != nil {
			return err
		}
		if err := pf.openBasemap(p); err != nil {
			return err
		}
		if p.Basemap != nil {
			defer p.Basemap.Close()
			defer warnBasemap(stderr, "atlas", p.Basemap)
		}
		limitMemory(opt.Paper)
		areas := p.Areas(role)
		if *within != "" {
			a, err := p.FindArea(*within)
			if err != nil {
				return err
			}
			areas = printmap.Inside(areas, a)
		}
		n := 0
		err = writeAtomically(*out, func(w io.Writer) error {
			return printmap.Atlas(w, p, areas, opt, printFonts, func(done, total int) bool { n = done; return true })
		})
		if err == nil {
			fmt.Fprintf(stdout, "%s: %d area pages\n", *out, n)
		}
		return err
	}()
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap atlas:", err)
		return 1
	}
	return 0
}

// limitMemory sets the soft memory limit an atlas is made under (unless
// GOMEMLIMIT says otherwise): pages render two at a time while the PDF
// grows, and without a limit the collector lets the heap reach twice what
// is live (an A4 atlas of the 204 khoroos at 300 dpi peaked at 670 MB; at
// 340 MiB it peaks under 380 MB for the same CPU time).
func limitMemory(paper string) {
	if os.Getenv("GOMEMLIMIT") != "" {
		return
	}
	limit := int64(340) << 20
	if paper == "A3" {
		limit *= 2
	}
	debug.SetMemoryLimit(limit)
}
