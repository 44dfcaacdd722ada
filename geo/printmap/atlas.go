package printmap

import (
	"errors"
	"fmt"
	"image"
	"io"
	"runtime"

	"github.com/khoroomap/khoroomap/geo/render"
)

// ErrCancelled is returned when an atlas is stopped by its progress
// callback.
var ErrCancelled = errors.New("printmap: cancelled")

// Atlas writes a multi-page PDF: a cover page with an overview, an index
// of the areas and their page numbers, then one page per area with the
// same layout and legend. Pages are rendered on every core at once and
// added to the document in order as they come. progress, when not nil, is
// told of each page done and may return false to stop (ErrCancelled).
func Atlas(w io.Writer, p *Project, areas []Area, opt Options, fonts Fonts, progress func(done, total int) bool) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	if len(areas) == 0 {
		return errors.New("printmap: the atlas has no areas: load a khoroo (or kheseg) layer first")
	}
	f, err := fonts.parse()
	if err != nil {
		return err
	}
	p.prepare()
	pw, ph := opt.size()
	doc := newPDF(pw, ph, fonts.Regular, fonts.Bold)
	k := max(pw, ph) / 297
	perIndexPage := indexRows(ph, k) * 2
	indexPages := (len(areas) + perIndexPage - 1) / perIndexPage
	first := 2 + indexPages // the page number of the first area
	total := first - 1 + len(areas)

	cover, err := coverPage(p, areas, opt, f)
	if err != nil {
		return err
	}
	doc.meta(cover.title, opt.Source, cover.subtitle)
	doc.addPage(cover.w, cover.h) // the cover takes the orientation that fits the whole map
	doc.bookmark(cover.title, 0)
	cover.draw(doc)
	for i := 0; i < indexPages; i++ {
		doc.addPage(pw, ph)
		if i == 0 {
			doc.bookmark(word("Contents", opt.Lang), 0)
		}
		drawIndex(doc, areas, i*perIndexPage, perIndexPage, first, pw, ph, k, opt.Lang)
	}
	pages := renderPages(p, areas, opt, f, first, total)
	defer pages.stop()
	for i := range areas {
		r := pages.take(i)
		if r.err != nil {
			return r.err
		}
		doc.addPage(r.pg.w, r.pg.h)
		doc.bookmark(areas[i].label(), 0)
		r.pg.draw(doc)
		if progress != nil && !progress(i+1, len(areas)) {
			return ErrCancelled
		}
	}
	return doc.output(w)
}

// pageResult is a rendered page, or why it could not be.
type pageResult struct {
	pg  *page
	err error
}

// renderer renders an atlas's pages on a pool of workers, at most a few
// pages ahead of the writer, so that memory stays bounded.
type pageRenderer struct {
	out   []chan pageResult
	ahead chan struct{} // a slot per page rendered but not yet written
	done  chan struct{}
}

// renderPages starts rendering every area's page and returns the
// renderer; its out channels deliver the pages in order.
func renderPages(p *Project, areas []Area, opt Options, f render.Fonts, first, total int) *pageRenderer {
	workers := runtime.GOMAXPROCS(0)
	r := &pageRenderer{out: make([]chan pageResult, len(areas)), ahead: make(chan struct{}, 2*workers), done: make(chan struct{})}
	for i := range r.out {
		r.out[i] = make(chan pageResult, 1)
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for i := range areas {
			select {
			case r.ahead <- struct{}{}:
			case <-r.done:
				return
			}
			select {
			case next <- i:
			case <-r.done:
				return
			}
		}
	}()
	for w := 0; w < workers; w++ {
		go func() {
			for i := range next {
				a := areas[i]
				pg := newPage(p, Extent{Area: &a}, opt, f)
				pg.pageNumber = fmt.Sprintf("%s %d / %d", word("Page", opt.Lang), first+i, total)
				err := pg.render()
				if err == nil {
					err = pg.encode()
				}
				r.out[i] <- pageResult{pg, err}
			}
		}()
	}
	return r
}

// take waits for page i and frees its slot.
func (r *pageRenderer) take(i int) pageResult {
	res := <-r.out[i]
	<-r.ahead
	return res
}

// stop ends the feeding of pages; workers finish the pages they hold.
func (r *pageRenderer) stop() { close(r.done) }

// encode turns the page's pictures into PNG once, on the rendering
// goroutine.
func (pg *page) encode() error {
	m, err := encode(pg.mapImg)
	if err != nil {
		return err
	}
	in, err := encode(pg.insetImg)
	if err != nil {
		return err
	}
	pg.mapPic, pg.insetPic = m, in
	pg.mapImg, pg.insetImg = nil, nil // the pixels go as soon as they are encoded
	return nil
}

var _ image.Image = (*encoded)(nil)
