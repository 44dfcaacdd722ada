package app

import (
	"fyne.io/fyne/v2"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// fileImport is one file brought into the open project by Add layer…
// (as nil: each layer as load.Take says) or Import service points… (as
// geo.RolePoints), read and imported in the background exactly as
// `khoroomap import` does (workspace.ReadIncoming, workspace.Import):
// points become service points, gaps gaps with their photos, areas
// boundary layers. It is built from the few things it needs.
type fileImport struct {
	path string
	as   *geo.Role
	win  fyne.Window
	ws   *workspace.Workspace
	// author says who imports, asked on the UI goroutine.
	author func() string
	// run runs slow work off the UI goroutine; loading counts work under way.
	run     func(func())
	loading func(int)
	// form opens the column dialog when path is a phone form's export and
	// reports whether it did (off the UI goroutine).
	form func(string) bool
	// wait keeps the import, read before any project was open, until one
	// is: then importNow.
	wait func(*fileImport)
	// done shows what the import did, on the UI goroutine.
	done func(imported)
	in   *workspace.Incoming
}

// imported is what an import of one file did, for the window to show.
type imported struct {
	path string
	as   *geo.Role
	res  store.ImportResult
	// set is the project's annotations after the import, when it changed
	// them; else nil.
	set *annot.Set
	// parts say what became of each layer of the file (see load.Parts).
	parts []load.Part
	// bound holds all the file's features.
	bound orb.Bound
}

// start reads the file in the background, then imports it. Safe to call
// from any goroutine.
func (fi *fileImport) start() {
	fyne.Do(func() { fi.loading(+1) })
	fi.run(func() {
		if fi.form(fi.path) { // its columns are chosen in a dialog first
			fyne.Do(func() { fi.loading(-1) })
			return
		}
		in, err := workspace.ReadIncoming(fi.path, fi.as)
		fyne.Do(func() {
			if err != nil {
				fi.loading(-1)
				showError(err, fi.win)
				return
			}
			fi.in = in
			fi.importNow()
		})
	})
}

// importNow imports the file read into the open project in the
// background, or, with none open yet, waits for one. Call it on the UI
// goroutine.
func (fi *fileImport) importNow() {
	p := fi.ws.Project()
	if p == nil {
		fi.wait(fi)
		return
	}
	author := fi.author()
	fi.run(func() {
		r, err := importInto(p, fi.in, fi.as, author)
		fyne.Do(func() {
			fi.loading(-1)
			if err != nil {
				showError(err, fi.win)
				return
			}
			if fi.ws.Project() == p { // not another project opened meanwhile
				fi.done(r)
			}
		})
	})
}

// importInto imports in into p with the role as, as `khoroomap import`
// does, and says what became of it. Call it off the UI goroutine.
func importInto(p *store.Project, in *workspace.Incoming, as *geo.Role, author string) (imported, error) {
	r := imported{path: in.Path, as: as}
	var err error
	if r.res, err = workspace.Import(p, []*workspace.Incoming{in}, as, author); err != nil {
		return r, err
	}
	if n := r.res; n.Added+n.Updated+n.Gaps.Added+n.Gaps.Updated > 0 {
		if r.set, err = p.Load(); err != nil {
			return r, err
		}
	}
	r.parts, _ = in.Parts(as) // no report when the file cannot be read again
	r.bound = boundOf(in.Layers)
	return r, nil
}

// boundOf holds the features of every layer of ls; the zero bound when
// they have none.
func boundOf(ls []*geo.Layer) orb.Bound {
	var b orb.Bound
	some := false
	for _, l := range ls {
		switch {
		case len(l.Features) == 0:
		case !some:
			b, some = l.Bound, true
		default:
			b = b.Union(l.Bound)
		}
	}
	return b
}
