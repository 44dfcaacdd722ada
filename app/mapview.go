package app

import (
	"image"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

var (
	_ fyne.Draggable      = (*MapView)(nil)
	_ fyne.Scrollable     = (*MapView)(nil)
	_ fyne.Tappable       = (*MapView)(nil)
	_ fyne.DoubleTappable = (*MapView)(nil)
	_ desktop.Hoverable   = (*MapView)(nil)
)

// MapView is the interactive map: a raster of the scene drawn by
// geo/render off the UI thread. Drag pans, the wheel zooms about the
// pointer, a tap selects, a double tap zooms in. All methods must be
// called on the Fyne UI goroutine.
type MapView struct {
	widget.BaseWidget

	raster   *canvas.Raster
	renderer *render.Renderer
	worker   *renderWorker

	mu       sync.Mutex // guards the fields below, shared with the raster generator
	scene    render.Scene
	sceneGen uint64 // bumped by SetScene so that older frames are redrawn
	shownGen uint64
	// center and zoom say what the user looks at; the pixel size comes from
	// the raster each time it is drawn.
	center   orb.Point
	zoom     float64
	pxW, pxH int
	scale    float64 // raster pixels per Fyne unit
	magnify  float64 // how much larger labels and symbols are drawn (0: 1)
	shown    *image.RGBA
	shownAt  render.View
	dragging bool
	hasView  bool
	pointer  *fyne.Position // last mouse position over the map, nil when outside
	// pendingFit is a FitBound asked for before the map had a size.
	pendingFit *orb.Bound
	// inline draws frames in the raster's own call instead of on the
	// worker: for tests only.
	inline bool
	// previews are two reusable buffers for quick previews while a frame
	// is being drawn; they alternate so the one on screen is not overwritten.
	previews   [2]*image.RGBA
	previewIdx int

	// OnSelect is called when a tap selects a feature, or render.None.
	OnSelect func(render.Selection)
	// OnPointer is called with the lon/lat under the mouse.
	OnPointer func(orb.Point)
	// OnViewChange is called after every pan or zoom.
	OnViewChange func(render.View)
	// OnTap, when set, sees a tap first (with its lon/lat); returning true
	// keeps it from selecting. OnDoubleTap likewise keeps a double tap from
	// zooming.
	OnTap       func(orb.Point) bool
	OnDoubleTap func(orb.Point) bool
	// OnDragStart, when set, is asked at the start of each drag (with the
	// position it started from) whether it takes the drag: then the map
	// does not pan, and OnDragMove gets the lon/lat under the pointer until
	// OnDragEnd.
	OnDragStart func(fyne.Position) bool
	OnDragMove  func(orb.Point)
	OnDragEnd   func()
	handling    bool // the current drag belongs to OnDragStart's taker
	// Underlay, when set, draws under the scene (the basemap), on the
	// render goroutine; it must be safe to call from there.
	Underlay func(*image.RGBA, render.View)
	// Streets, when set, draws the street map over the Underlay, likewise.
	Streets func(*image.RGBA, render.View)
	// Sheets, when set, draws the field sheets read back over the street
	// map, under the boundaries and annotations, likewise.
	Sheets func(*image.RGBA, render.View)
}

// NewMapView returns a map drawing with r.
func NewMapView(r *render.Renderer) *MapView {
	m := &MapView{renderer: r, scale: 1, zoom: 12, center: orb.Point{106.92, 47.92}}
	m.scene.Selected = render.None
	m.raster = canvas.NewRaster(m.generate)
	m.worker = newRenderWorker(r, m.delivered)
	m.ExtendBaseWidget(m)
	return m
}

// Close stops the map's render worker; the map draws no new frames.
func (m *MapView) Close() { m.worker.close() }

// CreateRenderer implements fyne.Widget.
func (m *MapView) CreateRenderer() fyne.WidgetRenderer {
	return widget.NewSimpleRenderer(m.raster)
}

// MinSize keeps the map usable in a small window.
func (m *MapView) MinSize() fyne.Size { return fyne.NewSize(200, 150) }

// PickAt returns the feature under a position in the widget, as a tap
// there would select it.
func (m *MapView) PickAt(pos fyne.Position) render.Selection {
	m.mu.Lock()
	v, scene, s, ds := m.viewLocked(), m.scene, m.scale, m.drawScaleLocked()
	m.mu.Unlock()
	return m.renderer.Pick(v, scene, float64(pos.X)*s, float64(pos.Y)*s, ds)
}

// PositionOf is where a lon/lat is drawn, in widget coordinates.
func (m *MapView) PositionOf(ll orb.Point) fyne.Position {
	m.mu.Lock()
	defer m.mu.Unlock()
	x, y := m.viewLocked().Pixel(ll)
	return fyne.NewPos(float32(x/m.scale), float32(y/m.scale))
}

// Redraw draws the frame again (a basemap tile arrived, say).
func (m *MapView) Redraw() {
	m.mu.Lock()
	m.sceneGen++
	m.mu.Unlock()
	m.redraw()
}

// SetScene replaces what the map shows and redraws.
func (m *MapView) SetScene(s render.Scene) {
	m.mu.Lock()
	m.scene = s
	m.sceneGen++
	m.mu.Unlock()
	m.redraw()
}

// SetMagnify draws labels, symbols and lines f times larger (projector
// mode), the map's extent unchanged; 1 is the normal size.
func (m *MapView) SetMagnify(f float64) {
	m.mu.Lock()
	m.magnify = f
	m.sceneGen++
	m.mu.Unlock()
	m.redraw()
}

// drawScaleLocked is the scale labels and symbols are drawn at: the
// raster's, magnified.
func (m *MapView) drawScaleLocked() float64 {
	if m.magnify > 0 {
		return m.scale * m.magnify
	}
	return m.scale
}

// Scene returns what the map shows.
func (m *MapView) Scene() render.Scene {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.scene
}

// View returns the current view at the raster's pixel size.
func (m *MapView) View() render.View {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.viewLocked()
}

func (m *MapView) viewLocked() render.View {
	w, h := m.pxW, m.pxH
	if w == 0 || h == 0 {
		s := m.Size()
		w, h = int(s.Width*float32(m.scale)), int(s.Height*float32(m.scale))
	}
	return render.View{Center: m.center, Zoom: m.zoom, Width: max(w, 1), Height: max(h, 1)}
}

// SetView moves the map to a centre and zoom.
func (m *MapView) SetView(center orb.Point, zoom float64) {
	m.mu.Lock()
	m.center, m.zoom, m.hasView = center, math.Max(render.MinZoom, math.Min(render.MaxZoom, zoom)), true
	m.mu.Unlock()
	m.changed()
}

// FitBound zooms to show b with a margin. Before the map has a size (the
// window not yet laid out) the fit waits for the first frame.
func (m *MapView) FitBound(b orb.Bound) {
	if m.Size().IsZero() {
		m.mu.Lock()
		m.pendingFit, m.hasView = &b, true
		m.mu.Unlock()
		m.redraw()
		return
	}
	v := m.View()
	pad := 24 * m.currentScale()
	f := render.Fit(b, v.Width, v.Height, pad)
	m.SetView(f.Center, f.Zoom)
}

// HasView reports whether the map has been placed yet.
func (m *MapView) HasView() bool {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.hasView
}

func (m *MapView) currentScale() float64 {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.scale
}

// RenderNow draws the current view on the calling goroutine and shows it:
// for screenshots and tests, where nothing may be left to a worker.
func (m *MapView) RenderNow() {
	m.mu.Lock()
	v, scene, gen, scale := m.viewLocked(), m.scene, m.sceneGen, m.drawScaleLocked()
	m.mu.Unlock()
	m.drawInline(v, scene, gen, scale)
	m.raster.Refresh()
}

// ZoomBy zooms by delta levels about the mouse pointer when it is over
// the map, else about the centre.
func (m *MapView) ZoomBy(delta float64) {
	m.mu.Lock()
	v, p, s := m.viewLocked(), m.pointer, m.scale
	m.mu.Unlock()
	if p != nil {
		m.zoomAt(float64(p.X)*s, float64(p.Y)*s, delta)
		return
	}
	m.zoomAt(float64(v.Width)/2, float64(v.Height)/2, delta)
}

// zoomCentre zooms about the middle of the map, for buttons.
func (m *MapView) zoomCentre(delta float64) {
	v := m.View()
	m.zoomAt(float64(v.Width)/2, float64(v.Height)/2, delta)
}

// PanBy moves the content by (dx, dy) Fyne units.
func (m *MapView) PanBy(dx, dy float32) {
	m.mu.Lock()
	v := m.viewLocked().Pan(float64(dx)*m.scale, float64(dy)*m.scale)
	m.center = v.Center
	m.mu.Unlock()
	m.changed()
}

func (m *MapView) zoomAt(x, y, delta float64) {
	m.mu.Lock()
	v := m.viewLocked().ZoomAt(x, y, delta)
	m.center, m.zoom = v.Center, v.Zoom
	m.mu.Unlock()
	m.changed()
}

// LonLatAt returns the lon/lat under a position in the widget, through the
// same transform the renderer draws with.
func (m *MapView) LonLatAt(pos fyne.Position) orb.Point {
	m.mu.Lock()
	defer m.mu.Unlock()
	return m.viewLocked().LonLat(float64(pos.X)*m.scale, float64(pos.Y)*m.scale)
}

func (m *MapView) changed() {
	m.redraw()
	if m.OnViewChange != nil {
		m.OnViewChange(m.View())
	}
}

func (m *MapView) redraw() { m.raster.Refresh() }

// Dragged pans the map (what is drawn moves along until the drag ends),
// unless OnDragStart takes the drag.
func (m *MapView) Dragged(ev *fyne.DragEvent) {
	m.mu.Lock()
	starting := !m.dragging && !m.handling
	m.mu.Unlock()
	if starting && m.OnDragStart != nil && m.OnDragStart(ev.Position.Subtract(ev.Dragged)) {
		m.handling = true
	}
	if m.handling {
		if m.OnDragMove != nil {
			m.OnDragMove(m.LonLatAt(ev.Position))
		}
		return
	}
	m.mu.Lock()
	m.dragging = true
	m.mu.Unlock()
	m.PanBy(ev.Dragged.DX, ev.Dragged.DY)
}

// DragEnd redraws the map at its new place, or ends a taken drag.
func (m *MapView) DragEnd() {
	if m.handling {
		m.handling = false
		if m.OnDragEnd != nil {
			m.OnDragEnd()
		}
		return
	}
	m.mu.Lock()
	m.dragging = false
	m.mu.Unlock()
	m.redraw()
}

// Scrolled zooms about the pointer.
func (m *MapView) Scrolled(ev *fyne.ScrollEvent) {
	delta := math.Max(-1, math.Min(1, float64(ev.Scrolled.DY)/40)) // a wheel notch: half a level
	if delta == 0 {
		return
	}
	s := m.currentScale()
	m.zoomAt(float64(ev.Position.X)*s, float64(ev.Position.Y)*s, delta)
}

// Tapped selects the feature under the pointer, unless OnTap takes it.
func (m *MapView) Tapped(ev *fyne.PointEvent) {
	if m.OnTap != nil && m.OnTap(m.LonLatAt(ev.Position)) {
		return
	}
	sel := m.PickAt(ev.Position)
	if m.OnSelect != nil {
		m.OnSelect(sel)
	}
}

// DoubleTapped zooms in one level about the pointer, unless OnDoubleTap
// takes it.
func (m *MapView) DoubleTapped(ev *fyne.PointEvent) {
	if m.OnDoubleTap != nil && m.OnDoubleTap(m.LonLatAt(ev.Position)) {
		return
	}
	s := m.currentScale()
	m.zoomAt(float64(ev.Position.X)*s, float64(ev.Position.Y)*s, 1)
}

// MouseIn implements desktop.Hoverable.
func (m *MapView) MouseIn(ev *desktop.MouseEvent) { m.MouseMoved(ev) }

// MouseMoved reports the lon/lat under the pointer.
func (m *MapView) MouseMoved(ev *desktop.MouseEvent) {
	m.mu.Lock()
	pos := ev.Position
	m.pointer = &pos
	m.mu.Unlock()
	if m.OnPointer != nil {
		m.OnPointer(m.LonLatAt(ev.Position))
	}
}

// MouseOut forgets the pointer: keyboard zoom goes back to the centre.
func (m *MapView) MouseOut() {
	m.mu.Lock()
	m.pointer = nil
	m.mu.Unlock()
}
