package app

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"sync"

	"fyne.io/fyne/v2"
	xdraw "golang.org/x/image/draw"

	"github.com/khoroomap/khoroomap/geo/render"
)

// generate is the raster's pixel source, called by Fyne when it paints. It
// never renders: it returns the last finished frame when it matches, or a
// quick preview (the last frame moved and scaled into place) while the
// render worker draws the real one.
func (m *MapView) generate(w, h int) image.Image {
	m.mu.Lock()
	if s := m.Size(); s.Width > 0 {
		m.scale = float64(w) / float64(s.Width)
	}
	m.pxW, m.pxH = w, h
	if m.pendingFit != nil {
		f := render.Fit(*m.pendingFit, w, h, 24*m.scale)
		m.center, m.zoom, m.pendingFit = f.Center, f.Zoom, nil
	}
	v := m.viewLocked()
	scene, gen, shown, at, dragging := m.scene, m.sceneGen, m.shown, m.shownAt, m.dragging
	ds := m.drawScaleLocked()
	fresh := shown != nil && at == v && m.shownGen == gen
	m.mu.Unlock()
	if fresh {
		return shown
	}
	if m.inline {
		return m.drawInline(v, scene, gen, ds)
	}
	if !dragging {
		m.worker.request(job{v: v, scene: scene, scale: ds, gen: gen, under: m.underlays()})
	}
	m.previewIdx ^= 1 // alternate two buffers, never reusing the one just shown
	buf := m.previews[m.previewIdx]
	if buf == nil || buf.Bounds().Dx() != v.Width || buf.Bounds().Dy() != v.Height {
		buf = image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
		m.previews[m.previewIdx] = buf
	}
	preview(buf, shown, at, v, render.Paper)
	return buf
}

// drawInline draws a frame on the calling goroutine, for tests: Fyne's
// test driver runs fyne.Do on the caller, so a worker's delivery would race
// with the test.
func (m *MapView) drawInline(v render.View, scene render.Scene, gen uint64, scale float64) image.Image {
	img := image.NewRGBA(image.Rect(0, 0, v.Width, v.Height))
	m.worker.drawLock.Lock()
	drawFrame(m.renderer, img, v, scene, scale, m.underlays())
	m.worker.drawLock.Unlock()
	m.mu.Lock()
	m.shown, m.shownAt, m.shownGen = img, v, gen
	m.mu.Unlock()
	return img
}

// delivered receives a finished frame from the worker, on any goroutine.
func (m *MapView) delivered(img *image.RGBA, j job) {
	fyne.Do(func() {
		m.mu.Lock()
		m.shown, m.shownAt, m.shownGen = img, j.v, j.gen
		m.mu.Unlock()
		m.raster.Refresh()
	})
}

// preview draws into dst the last frame moved and scaled to where it
// belongs in view v, so that panning and zooming respond at once.
func preview(dst, last *image.RGBA, at, v render.View, bg color.NRGBA) {
	draw.Draw(dst, dst.Bounds(), image.NewUniform(bg), image.Point{}, draw.Src)
	if last == nil {
		return
	}
	// Where the old frame's corners land in the new view.
	x0, y0 := v.Pixel(at.LonLat(0, 0))
	x1, y1 := v.Pixel(at.LonLat(float64(at.Width), float64(at.Height)))
	r := image.Rect(int(math.Round(x0)), int(math.Round(y0)), int(math.Round(x1)), int(math.Round(y1)))
	if r.Dx() == last.Bounds().Dx() && r.Dy() == last.Bounds().Dy() {
		draw.Draw(dst, r, last, image.Point{}, draw.Src)
	} else if r.Dx() > 0 && r.Dy() > 0 && r.Dx() < 8*v.Width {
		xdraw.NearestNeighbor.Scale(dst, r, last, last.Bounds(), draw.Src, nil)
	}
}

// renderWorker draws frames on its own goroutine. Requests replace each
// other: only the newest one waiting is drawn, and a request equal to the
// one being drawn is dropped.
type renderWorker struct {
	r       *render.Renderer
	deliver func(*image.RGBA, job)
	wake    chan struct{}
	done    chan struct{} // closed when the goroutine has ended
	stop    sync.Once

	mu            sync.Mutex
	next, current *job
	closed        bool
	drawLock      sync.Mutex // one Draw at a time on the shared renderer
}

// job is one frame to draw: the scene as of generation gen, in view v.
type job struct {
	v     render.View
	scene render.Scene
	scale float64
	gen   uint64
	under func(*image.RGBA, render.View) // the basemap, or nil
}

func (j *job) same(o *job) bool {
	return j != nil && o != nil && j.v == o.v && j.gen == o.gen && j.scale == o.scale
}

func newRenderWorker(r *render.Renderer, deliver func(*image.RGBA, job)) *renderWorker {
	w := &renderWorker{r: r, deliver: deliver, wake: make(chan struct{}, 1), done: make(chan struct{})}
	go w.loop()
	return w
}

// close ends the worker's goroutine once the frame being drawn is done;
// later requests are dropped. Calling it twice is harmless.
func (w *renderWorker) close() {
	w.stop.Do(func() {
		w.mu.Lock()
		w.next, w.closed = nil, true
		close(w.wake)
		w.mu.Unlock()
	})
}

// request asks for a frame.
func (w *renderWorker) request(j job) {
	w.mu.Lock()
	if w.closed || j.same(w.next) || j.same(w.current) {
		w.mu.Unlock()
		return
	}
	w.next = &j
	select {
	case w.wake <- struct{}{}: // under mu, so never after close
	default:
	}
	w.mu.Unlock()
}

func (w *renderWorker) loop() {
	defer close(w.done)
	for range w.wake {
		w.mu.Lock()
		j := w.next
		w.next, w.current = nil, j
		w.mu.Unlock()
		if j == nil {
			continue
		}
		img := image.NewRGBA(image.Rect(0, 0, j.v.Width, j.v.Height))
		w.drawLock.Lock()
		drawFrame(w.r, img, j.v, j.scene, j.scale, j.under)
		w.drawLock.Unlock()
		w.mu.Lock()
		w.current = nil
		w.mu.Unlock()
		w.deliver(img, *j)
	}
}

// drawFrame draws one frame at scale: the paper, the basemap when there
// is one, then the scene over it. Call it holding the renderer's draw
// lock, which guards the renderer's caches.
func drawFrame(r *render.Renderer, img *image.RGBA, v render.View, scene render.Scene, scale float64, under func(*image.RGBA, render.View)) {
	if under == nil {
		r.Draw(img, v, scene, render.Options{Scale: scale, Background: render.Paper})
		return
	}
	draw.Draw(img, img.Bounds(), image.NewUniform(render.Paper), image.Point{}, draw.Src)
	under(img, v)
	r.Draw(img, v, scene, render.Options{Scale: scale}) // transparent: keeps the basemap
}
