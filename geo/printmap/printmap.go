package printmap

import (
	"bytes"
	"errors"
	"image"
	"image/color"
	"io"

	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Fonts are the TrueType files pages are set in: they must cover
// Mongolian Cyrillic (Ө, Ү), which Go's own fonts and gg's default face
// lack. The app hands in its bundled Noto Sans.
type Fonts struct {
	Regular, Bold []byte
}

func (f Fonts) parse() (render.Fonts, error) {
	if len(f.Regular) == 0 || len(f.Bold) == 0 {
		return render.Fonts{}, errors.New("printmap: no fonts given")
	}
	return render.ParseFonts(f.Regular, f.Bold)
}

// PageImages draws a page as an image at the options' resolution, and,
// when the summary table did not fit on it, the table as a second image.
func PageImages(p *Project, ext Extent, opt Options, fonts Fonts) ([]*image.RGBA, error) {
	if err := opt.Validate(); err != nil {
		return nil, err
	}
	f, err := fonts.parse()
	if err != nil {
		return nil, err
	}
	p.prepare()
	pg := newPage(p, ext, opt, f)
	if err := pg.render(); err != nil {
		return nil, err
	}
	s := newRasterSurface(pg.w, pg.h, float64(opt.DPI), f)
	pg.draw(s)
	out := []*image.RGBA{s.img}
	pg.tablePages(func() surface {
		t := newRasterSurface(pg.w, pg.h, float64(opt.DPI), f)
		out = append(out, t.img)
		return t
	})
	return out, nil
}

// PDF writes one page (and the summary table on a second page when it
// does not fit on the first) as a PDF document.
func PDF(w io.Writer, p *Project, ext Extent, opt Options, fonts Fonts) error {
	if err := opt.Validate(); err != nil {
		return err
	}
	f, err := fonts.parse()
	if err != nil {
		return err
	}
	p.prepare()
	pg := newPage(p, ext, opt, f)
	if err := pg.render(); err != nil {
		return err
	}
	doc := newPDF(pg.w, pg.h, fonts.Regular, fonts.Bold)
	doc.meta(pg.title, pg.opt.Source, pg.subtitle)
	doc.addPage(pg.w, pg.h)
	pg.draw(doc)
	pg.tablePages(func() surface {
		doc.addPage(pg.w, pg.h)
		return doc
	})
	return doc.output(w)
}

// tablePages draws the summary table on pages of its own, as many as its
// rows need, when it is not on the map page; next gives each new page.
func (pg *page) tablePages(next func() surface) {
	if pg.table == nil || pg.summaryBox.w > 0 {
		return
	}
	for from := 0; from < len(pg.table.rows); {
		from = pg.table.draw(next(), box{margin, margin, pg.w - 2*margin, pg.h - 2*margin}, pg.k, pg.opt.Lang, from)
	}
}

func (s *pdfSurface) output(w io.Writer) error {
	if err := s.pdf.Error(); err != nil {
		return words.Errorf("printmap: %w", err)
	}
	if err := s.pdf.Output(w); err != nil {
		return words.Errorf("printmap: writing the PDF: %w", err)
	}
	return nil
}

// encoded is a picture as PNG bytes only, made once (by the goroutine
// that rendered it) so that the PDF writer need not encode it again, and
// so that pages waiting their turn in an atlas hold kilobytes, not their
// pixels. As an image.Image it has its size but no pixels (At is
// transparent): only the PDF writer places it.
type encoded struct {
	bounds image.Rectangle
	png    []byte
}

func (e *encoded) ColorModel() color.Model { return color.RGBAModel }
func (e *encoded) Bounds() image.Rectangle { return e.bounds }
func (e *encoded) At(x, y int) color.Color { return color.RGBA{} }

func encode(img image.Image) (*encoded, error) {
	var buf bytes.Buffer
	if err := encodePNG(&buf, img, 0); err != nil {
		return nil, err
	}
	return &encoded{bounds: img.Bounds(), png: buf.Bytes()}, nil
}
