package app

import (
	"fmt"
	"image"
	"math"
	"slices"
	"strconv"
	"sync/atomic"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
)

// Basemap settings kept in the project, and the basemaps used lately.
const (
	settingBasemapOpacity = "basemap_opacity"
	prefBasemaps          = "recentBasemaps"
	prefOnline            = "allowOnlineTiles"
)

// basemapPanel chooses what is drawn under the boundaries: an MBTiles
// file, a tile folder, an online map (only when allowed) or none, and how
// opaque it is. The project remembers its basemap.
type basemapPanel struct {
	panelNeeds
	choice  *widget.Select
	about   *widget.Label
	opacity *widget.Slider
	cache   *basemap.Cache
	loader  *basemap.Loader
	src     basemap.Source
	spec    string
	dirty   atomic.Bool   // a tile arrived since the last redraw
	alpha   atomic.Uint64 // the opacity's float64 bits, read by the render goroutine
}

func newBasemapPanel(needs panelNeeds) *basemapPanel {
	p := &basemapPanel{panelNeeds: needs, cache: basemap.NewCache(192)}
	p.loader = basemap.NewLoader(p.cache, p.tileArrived)
	p.choice = widget.NewSelect(nil, func(s string) { p.chosen(s) })
	p.about = widget.NewLabel("")
	p.about.Wrapping = fyne.TextWrapWord
	p.opacity = widget.NewSlider(0.1, 1)
	p.opacity.Step = 0.05
	p.opacity.OnChanged = func(v float64) { p.alpha.Store(math.Float64bits(v)) }
	p.opacity.SetValue(1)
	p.opacity.OnChangeEnded = func(v float64) {
		p.save(settingBasemapOpacity, strconv.FormatFloat(v, 'f', 2, 64))
		p.view.Redraw()
	}
	p.refreshChoices()
	return p
}

func (p *basemapPanel) content() fyne.CanvasObject {
	addFile := widget.NewButton(lang.L("MBTiles file…"), func() {
		p.pickFile([]string{".mbtiles"}, func(path string) { p.use(path) })
	})
	addDir := widget.NewButton(lang.L("Tile folder…"), p.pickFolder)
	online := widget.NewButton(lang.L("Online map…"), p.askOnline)
	title := widget.NewLabelWithStyle(lang.L("Basemap"), fyne.TextAlignLeading, fyne.TextStyle{Bold: true})
	return container.NewVBox(widget.NewSeparator(), title, p.choice, container.NewGridWithColumns(2, addFile, addDir), online,
		container.NewBorder(nil, nil, widget.NewLabel(lang.L("Opacity")), nil, p.opacity), p.about)
}

// none is the choice of no basemap.
func none() string { return lang.L("None (plain background)") }

func (p *basemapPanel) refreshChoices() {
	opts := []string{none()}
	recent := p.prefs.StringList(prefBasemaps)
	if p.spec != "" && !slices.Contains(recent, p.spec) {
		opts = append(opts, p.spec) // the project's, not used on this machine before
	}
	opts = append(opts, recent...)
	p.choice.Options = opts
	sel := none()
	if p.spec != "" {
		sel = p.spec
	}
	cb := p.choice.OnChanged
	p.choice.OnChanged = nil
	p.choice.SetSelected(sel)
	p.choice.OnChanged = cb
}

func (p *basemapPanel) chosen(s string) {
	if s == none() {
		s = ""
	}
	if s != p.spec {
		p.use(s)
	}
}

func (p *basemapPanel) pickFolder() {
	p.pickDir("", p.use) // from the home folder
}

// askOnline asks for a tile server's address, saying what going online
// means.
func (p *basemapPanel) askOnline() {
	url := newEntry(nil)
	url.SetPlaceHolder("https://tile.openstreetmap.org/{z}/{x}/{y}.png")
	warn := widget.NewLabel(lang.L("Tiles are fetched only for what the map shows, kept in the cache folder, and never downloaded in bulk. Respect the server's usage policy and attribution."))
	warn.Wrapping = fyne.TextWrapWord
	dialog.ShowCustomConfirm(lang.L("Online map"), lang.L("Use it"), lang.L("Cancel"), container.NewVBox(url, warn), func(ok bool) {
		if ok && url.Text != "" {
			p.prefs.SetBool(prefOnline, true)
			p.use(url.Text)
		}
	}, p.win)
}

// use switches to a basemap ("" for none), keeps it in the project and
// in the recent list. A basemap that cannot be opened is reported and the
// map goes on without it.
func (p *basemapPanel) use(spec string) {
	src, err := p.open(spec)
	if err != nil {
		showError(err, p.win)
		spec, src = "", nil
	}
	p.set(spec, src)
	p.save(store.SettingBasemap, spec)
	if spec != "" {
		prefs := p.prefs
		list := []string{spec}
		for _, s := range prefs.StringList(prefBasemaps) {
			if s != spec && len(list) < 8 {
				list = append(list, s)
			}
		}
		prefs.SetStringList(prefBasemaps, list)
	}
	p.refreshChoices()
}

func (p *basemapPanel) open(spec string) (basemap.Source, error) {
	return basemap.Open(spec, OnlineTiles(p.prefs.Bool(prefOnline)))
}

// set shows a basemap (nil for none) on the map.
func (p *basemapPanel) set(spec string, src basemap.Source) {
	if p.src != nil {
		p.cache.Forget(p.src)
		p.src.Close()
	}
	p.src, p.spec = src, spec
	if src == nil {
		p.view.Underlay = nil
	} else {
		p.view.Underlay = p.underlay(src)
	}
	p.relabel()
	p.view.Redraw()
}

// relabel words the choices and the sentence about the basemap in the
// window's language, after a basemap is chosen or the language switched.
func (p *basemapPanel) relabel() {
	p.refreshChoices()
	if p.src == nil {
		p.about.SetText(lang.L("No basemap: the boundaries are drawn on a plain background."))
		return
	}
	info := p.src.Info()
	text := fmt.Sprintf(lang.L("%s: zoom %d to %d"), info.Name, info.MinZoom, info.MaxZoom)
	if !info.Bounds.IsEmpty() || info.Bounds.Max != info.Bounds.Min {
		text += fmt.Sprintf(lang.L(", covering %.3f–%.3f°E, %.3f–%.3f°N"), info.Bounds.Min[0], info.Bounds.Max[0], info.Bounds.Min[1], info.Bounds.Max[1])
	}
	if info.Attribution != "" {
		text += "\n" + info.Attribution
	}
	p.about.SetText(text)
}

// underlay draws src under the map, from the cache, asking the loader for
// missing tiles. It runs on the render goroutine.
func (p *basemapPanel) underlay(src basemap.Source) func(*image.RGBA, render.View) {
	return func(dst *image.RGBA, v render.View) {
		opacity := p.opacityNow()
		basemap.Draw(dst, v, src, p.cache, basemap.Options{Opacity: opacity, Load: func(k basemap.Key) { p.loader.Request(src, k) }})
	}
}

func (p *basemapPanel) opacityNow() float64 { return math.Float64frombits(p.alpha.Load()) }

// tileArrived redraws the map once for a burst of tiles; an unreadable
// tile is reported once in the status bar.
func (p *basemapPanel) tileArrived(err error) {
	if err != nil {
		fyne.Do(func() { p.status(errorText(err)) })
	}
	if p.dirty.Swap(true) {
		return
	}
	time.AfterFunc(60*time.Millisecond, func() {
		p.dirty.Store(false)
		fyne.Do(p.view.Redraw)
	})
}

// loadFromProject restores the project's basemap; a file moved away is
// reported and the map goes on without it.
func (p *basemapPanel) loadFromProject() {
	spec, opacity := "", 1.0
	if p.ws.Project() != nil {
		spec, _, _ = p.ws.Project().Setting(store.SettingBasemap)
		if v, ok, _ := p.ws.Project().Setting(settingBasemapOpacity); ok {
			if f, err := strconv.ParseFloat(v, 64); err == nil {
				opacity = f
			}
		}
	}
	p.opacity.SetValue(opacity)
	src, err := p.open(spec)
	if err != nil {
		p.status(errorText(err))
		spec, src = "", nil
	}
	p.set(spec, src)
	p.refreshChoices()
}

// close stops the tile loader and closes the basemap.
func (p *basemapPanel) close() {
	p.loader.Close()
	if p.src != nil {
		p.src.Close()
		p.src = nil
	}
}
