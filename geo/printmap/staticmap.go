package printmap

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	sm "github.com/flopp/go-staticmaps"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/words"
)

// districtLine is the colour of the districts' borders drawn from the
// khoroos, near a district layer's own (render.DefaultStyle); opaque, as
// the segments' joints are drawn twice.
var districtLine = color.NRGBA{0x55, 0x55, 0x55, 0xff}

// mapRequest is one map picture to draw.
type mapRequest struct {
	scene render.Scene
	view  render.View // centre, zoom and size in pixels
	scale float64     // pixels per screen pixel: line widths, symbols and labels grow with it
	focus orb.MultiPolygon
	// background is the paper colour under the map.
	background color.NRGBA
	// basemap, when set, is drawn first, then streets.
	basemap *basemapObject
	// reserved are the map's pixels under panels, which labels avoid.
	reserved []image.Rectangle
	// borders are lines drawn over the areas (the districts' borders).
	borders [][2]orb.Point
	// shade, when set, is drawn over the scene's first split layers (the
	// boundaries) and under the rest (the annotations).
	shade *shadeObject
	split int
	// renderers, when set, lends a renderer that keeps the boundaries
	// projected and their label points found from page to page.
	renderers *sync.Pool
	streets   *streetsObject
	sheets    *sheetsObject
}

// renderMap draws a map with go-staticmaps, offline: no tile provider, so
// nothing is fetched, and the project drawn by this package's MapObjects.
// go-staticmaps zooms in whole levels; the fraction is given to it as a
// larger tile size, so that the map fills the frame exactly.
func renderMap(fonts render.Fonts, req mapRequest) (*image.RGBA, error) {
	v := req.view
	zi := math.Floor(v.Zoom)
	tp := sm.NewTileProviderNone()
	tp.TileSize = int(math.Round(256 * math.Exp2(v.Zoom-zi)))
	ctx := sm.NewContext()
	ctx.SetTileProvider(tp)
	ctx.SetOnline(false)
	ctx.OverrideAttribution("") // sources are printed on the page, in a font that has Cyrillic
	ctx.SetSize(v.Width, v.Height)
	ctx.SetZoom(int(zi))
	ctx.SetCenter(render.LatLng(v.Center))
	ctx.SetBackground(req.background)
	if req.basemap != nil {
		req.basemap.bound, req.basemap.view = v.Bound(), v
		ctx.AddObject(req.basemap)
	}
	if req.streets != nil {
		req.streets.bound, req.streets.view, req.streets.fonts, req.streets.scale = v.Bound(), v, fonts, req.scale
		ctx.AddObject(req.streets)
	}
	if req.sheets != nil {
		req.sheets.bound, req.sheets.view = v.Bound(), v
		ctx.AddObject(req.sheets)
	}
	r := borrow(req.renderers, fonts)
	defer giveBack(req.renderers, r)
	// a transparent background keeps the paper (or a basemap) underneath;
	// the labels come last, in their own pass
	mapOnly := render.Options{Scale: req.scale, NoLabels: true}
	if req.shade != nil {
		under, over := req.scene, req.scene
		under.Layers, over.Layers = req.scene.Layers[:req.split], req.scene.Layers[req.split:]
		req.shade.bound, req.shade.view = v.Bound(), v
		ctx.AddObject(&sceneObject{r: r, scene: under, bound: v.Bound(), view: v, opt: mapOnly})
		ctx.AddObject(req.shade)
		ctx.AddObject(&sceneObject{r: r, scene: over, bound: v.Bound(), view: v, opt: mapOnly})
	} else {
		ctx.AddObject(&sceneObject{r: r, scene: req.scene, bound: v.Bound(), view: v, opt: mapOnly})
	}
	if len(req.borders) > 0 {
		ctx.AddObject(&linesObject{view: v, segments: req.borders, colour: districtLine, width: 2.5 * req.scale, bound: v.Bound()})
	}
	if len(req.focus) > 0 {
		ctx.AddObject(&focusObject{view: v, area: req.focus, dim: color.NRGBA{0xff, 0xff, 0xff, 0x99}, outline: color.NRGBA{0xd8, 0x1b, 0x60, 0xff}, width: 3 * req.scale})
	}
	// labels last: over the outline, never half dimmed, and a few pixels
	// off the frame
	ctx.AddObject(&sceneObject{r: r, scene: req.scene, bound: v.Bound(), labels: int(math.Ceil(2 * req.scale)), view: v,
		opt: render.Options{Scale: req.scale, Reserved: req.reserved}})
	img, err := ctx.Render()
	if err != nil {
		return nil, words.Errorf("printmap: drawing the map: %w", err)
	}
	if rgba, ok := img.(*image.RGBA); ok {
		return rgba, nil
	}
	out := image.NewRGBA(img.Bounds())
	draw.Draw(out, out.Bounds(), img, img.Bounds().Min, draw.Src)
	return out, nil
}

// borrow takes a renderer from pool (a new one when pool is nil or
// empty): one goroutine at a time uses it.
func borrow(pool *sync.Pool, fonts render.Fonts) *render.Renderer {
	if pool != nil {
		if r, ok := pool.Get().(*render.Renderer); ok {
			return r
		}
	}
	return render.NewRenderer(fonts)
}

// giveBack returns a renderer to its pool.
func giveBack(pool *sync.Pool, r *render.Renderer) {
	if pool != nil {
		pool.Put(r)
	}
}
