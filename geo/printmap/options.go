package printmap

import (
	"fmt"
	"math"
	"sync"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/basemap"
	"github.com/khoroomap/khoroomap/geo/overlay"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/streets"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Options say what kind of page to make.
type Options struct {
	// Paper is "A4" or "A3".
	Paper     string
	Landscape bool
	// AutoOrientation, when set, chooses portrait or landscape (Landscape
	// is then ignored) by the shape of what the map shows: the one that
	// shows it larger, so a tall khoroo gets portrait.
	AutoOrientation bool
	// DPI is the resolution of the map (and of a PNG page): 150 or 300,
	// or, for a Preview, any from MinPreviewDPI to 150.
	DPI int
	// Preview draws the page for a screen at the DPI given, so a preview
	// costs what the screen shows rather than a printed page.
	Preview bool
	// Title defaults to the chosen area's name, else the district's or the
	// city's the map shows, else the project's title.
	Title string
	// Subtitle defaults to the district (when known) and the date.
	Subtitle string
	// Notes are printed in the notes box, above lines to write on (the box
	// is there even without notes).
	Notes string
	// Source names who made the map (its author); it is printed in the
	// credits with the sources of the data and their dates.
	Source string
	// Lang is the language of everything printed: "mn" or "en".
	Lang string
	// Summary adds the table of service points and open gaps per khoroo
	// or kheseg: on the page when it fits, else on a second page (PDF).
	Summary bool
	// Date printed on the page; zero means today.
	Date time.Time
	// Coverage, when set, shades the regions out of walking reach of a
	// category's working points and adds their share to the summary.
	Coverage *Coverage
}

// Coverage asks a page to show who lives too far from a service.
type Coverage struct {
	// Category is a category ID; Distance is in metres.
	Category string
	Distance float64
	// By is the kind of area analysed: khoroo, kheseg or ger area.
	By geo.Role
}

// MinPreviewDPI is the lowest resolution a preview is drawn at.
const MinPreviewDPI = 24

// PreviewDPI is the resolution at which a page of the options' paper fills
// widthPx pixels across, between MinPreviewDPI and 150.
func (o Options) PreviewDPI(widthPx float32) int {
	w, _ := o.size()
	dpi := int(math.Ceil(float64(widthPx) / (w / 25.4)))
	return min(max(dpi, MinPreviewDPI), 150)
}

// Validate fills in defaults and refuses what cannot be printed.
func (o *Options) Validate() error {
	switch o.Paper {
	case "":
		o.Paper = "A4"
	case "A4", "A3":
	default:
		return fmt.Errorf("printmap: paper %q: choose A4 or A3", o.Paper)
	}
	switch {
	case o.DPI == 0:
		o.DPI = 150
	case o.DPI == 150 || o.DPI == 300:
	case o.Preview && o.DPI >= MinPreviewDPI && o.DPI < 150:
	default:
		return fmt.Errorf("printmap: %d dpi: choose 150 or 300", o.DPI)
	}
	switch o.Lang {
	case "":
		o.Lang = string(words.Default)
	case "mn", "en":
	default:
		return fmt.Errorf("printmap: language %q: choose mn or en", o.Lang)
	}
	if o.Date.IsZero() {
		o.Date = time.Now()
	}
	return nil
}

// size is the page size in millimetres.
func (o Options) size() (w, h float64) {
	w, h = 210, 297
	if o.Paper == "A3" {
		w, h = 297, 420
	}
	if o.Landscape {
		w, h = h, w
	}
	return w, h
}

// Project is what is printed: boundary layers as they are shown (bottom
// first) and the annotations.
type Project struct {
	Title string
	// Training marks the training project: its pages are titled "Training
	// khoroo" in the page's language, not with its stored (bilingual)
	// title.
	Training    bool
	Layers      []render.DrawLayer
	Annotations *annot.Set
	// Attribution is the basemap's, printed on the page when set.
	Attribution string
	// Basemap, when set, is drawn under the map at BasemapOpacity (0
	// means opaque), at the print resolution; Cache (made when nil) keeps
	// its decoded tiles between pages.
	Basemap        basemap.Source
	BasemapOpacity float64
	Cache          *basemap.Cache
	// Streets, when set, is the project's street map from OpenStreetMap,
	// drawn under the boundaries (over any Basemap) at the print
	// resolution, with OpenStreetMap's credit on the page.
	Streets *streets.Set
	// Sheets are the field sheets read back into the project, drawn over
	// the street map, under the boundaries and annotations.
	Sheets []overlay.Picture

	districtOnce sync.Once
	districts    *districtMap
	// maps and insets lend renderers to pages (see mapRequest).
	maps, insets sync.Pool
	// places keeps each boundary layer's described features, for the
	// pages of an atlas to share.
	places placeCache
}

// Area is one khoroo, kheseg or ger area a page can be about.
type Area struct {
	Name string
	// Key tells apart areas of the same name: a khoroo's (district,
	// number) key, "sbd:6" (see place.AreaKey).
	Key      string
	Role     geo.Role
	Geometry orb.MultiPolygon
	// District is the district's name, from the area's attributes, name
	// or file, or the district layer under it ("" when none tells).
	District string
}

// Extent says what a map shows: the whole project (zero value), one area
// (with its neighbours dimmed), or a view as on screen.
type Extent struct {
	Area *Area
	View *render.View
}

// prepare makes what pages share before they render, maybe at once.
func (p *Project) prepare() {
	if p.Basemap != nil && p.Cache == nil {
		p.Cache = basemap.NewCache(256)
	}
}
