package app

import (
	"context"
	"errors"
	"fmt"
	"image"
	"path/filepath"
	"sync/atomic"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/search"
	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/streets"
)

// streetsPanel makes and shows the project's street map from an
// OpenStreetMap extract (.osm.pbf): choose the file, watch the progress,
// cancel. The map draws it under the boundaries, over any basemap.
type streetsPanel struct {
	panelNeeds
	choose   *widget.Button
	cancel   *widget.Button
	progress *widget.ProgressBar
	about    *widget.Label
	set      atomic.Pointer[streets.Set]
	lang     atomic.Value // string: the window's language, read by the render goroutine
	painter  *streets.Painter
	stop     context.CancelFunc
	found    foundStreets
}

func newStreetsPanel(needs panelNeeds, fonts render.Fonts) *streetsPanel {
	p := &streetsPanel{panelNeeds: needs, painter: streets.NewPainter(fonts, "mn")}
	p.progress = widget.NewProgressBar()
	p.progress.Hide()
	p.about = widget.NewLabel("")
	p.about.Wrapping = fyne.TextWrapWord
	return p
}

func (p *streetsPanel) content() fyne.CanvasObject {
	p.lang.Store(currentLang())
	p.choose = widget.NewButton(lang.L("Street map from an OpenStreetMap extract…"), func() {
		p.pickFile([]string{".pbf", ".osm"}, p.prepare)
	})
	p.cancel = widget.NewButton(lang.L("Cancel"), func() {
		if p.stop != nil {
			p.stop()
		}
	})
	p.cancel.Hide()
	p.describe()
	return container.NewVBox(p.choose, p.progress, p.cancel, p.about)
}

// prepare reads an extract into the project in the background: the
// boundaries' area, or the map's view when there are none.
func (p *streetsPanel) prepare(extract string) {
	proj := p.ws.Project()
	if proj == nil {
		return
	}
	ctx, stop := context.WithCancel(context.Background())
	p.stop = stop
	p.choose.Disable()
	p.cancel.Show()
	p.progress.SetValue(0)
	p.progress.Show()
	view := p.view.View().Bound()
	p.background(func() {
		progress := func(f float64) { fyne.Do(func() { p.progress.SetValue(f) }) }
		n, err := proj.PrepareStreets(ctx, extract, orb.Bound{}, progress)
		if errors.Is(err, store.ErrNoArea) {
			n, err = proj.PrepareStreets(ctx, extract, view, progress)
		}
		var s *streets.Set
		if err == nil {
			s, err = proj.Streets()
		}
		fyne.Do(func() { p.prepared(filepath.Base(extract), n, s, err) })
	})
}

// prepared shows the outcome of prepare.
func (p *streetsPanel) prepared(name string, n int, s *streets.Set, err error) {
	p.stop = nil
	p.choose.Enable()
	p.cancel.Hide()
	p.progress.Hide()
	switch {
	case errors.Is(err, context.Canceled):
		p.status(lang.L("Street map: cancelled; the project is unchanged."))
		return
	case err != nil:
		showError(err, p.win)
		return
	}
	p.status(fmt.Sprintf(lang.L("%s: %d streets, buildings and names kept in the project"), name, n))
	p.show(s)
}

// show draws s (nil: none) under the boundaries.
func (p *streetsPanel) show(s *streets.Set) {
	p.set.Store(s)
	p.describe()
	p.view.Redraw()
}

func (p *streetsPanel) describe() {
	s := p.set.Load()
	if s == nil {
		p.about.SetText(lang.L("No street map. An OpenStreetMap extract (.osm.pbf) of the city gives streets, buildings and names, offline."))
		return
	}
	p.about.SetText(fmt.Sprintf(lang.L("Street map: %d features."), s.Len()) + "\n" + streets.Attribution)
}

// loadFromProject shows the project's street map, read in the
// background.
func (p *streetsPanel) loadFromProject() {
	p.show(nil)
	proj := p.ws.Project()
	if proj == nil {
		return
	}
	p.background(func() {
		s, err := proj.Streets()
		fyne.Do(func() {
			if err != nil {
				p.status(errorText(err))
				return
			}
			if p.ws.Project() == proj {
				p.show(s)
			}
		})
	})
}

// draw paints the street map into a frame; it runs on the render
// goroutine.
func (p *streetsPanel) draw(dst *image.RGBA, v render.View) {
	if s := p.set.Load(); s != nil {
		p.painter.Lang, _ = p.lang.Load().(string)
		p.painter.Scale = p.view.currentScale()
		p.painter.Draw(dst, v, s)
	}
}

// underlays is what the map draws under the scene: the basemap, the
// street map over it, then the field sheets.
func (m *MapView) underlays() func(*image.RGBA, render.View) {
	var fs []func(*image.RGBA, render.View)
	for _, f := range []func(*image.RGBA, render.View){m.Underlay, m.Streets, m.Sheets} {
		if f != nil {
			fs = append(fs, f)
		}
	}
	switch len(fs) {
	case 0:
		return nil
	case 1:
		return fs[0]
	}
	return func(dst *image.RGBA, v render.View) {
		for _, f := range fs {
			f(dst, v)
		}
	}
}

// searchable is the street map's street names for the search box, made
// once per street map and language. Called on the UI goroutine.
func (p *streetsPanel) searchable() searchable {
	s, lng := p.set.Load(), p.langCode()
	if p.found.set != s || p.found.lang != lng {
		items, bounds := search.Streets(s, lng)
		p.found = foundStreets{s, lng, searchable{title: search.StreetsTitle, role: geo.RoleOther, items: items, bounds: bounds}}
	}
	return p.found.sb
}

// foundStreets is the street map's searchable for one language.
type foundStreets struct {
	set  *streets.Set
	lang string
	sb   searchable
}
