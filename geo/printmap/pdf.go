package printmap

import (
	"bytes"
	"fmt"
	"image"
	"image/color"

	"github.com/go-pdf/fpdf"

	"github.com/khoroomap/khoroomap/geo/words"
)

// pdfSurface draws on the current page of a PDF document: text stays text
// (in Noto Sans, embedded as a UTF-8 TrueType font, so Cyrillic with Ө and
// Ү is real text), lines and boxes stay vectors, the map is an image at
// full resolution.
type pdfSurface struct {
	pdf    *fpdf.Fpdf
	images int
}

// newPDF starts a document of pages w x h mm with the fonts embedded.
func newPDF(w, h float64, regular, bold []byte) *pdfSurface {
	orientation := "P"
	if w > h {
		orientation = "L"
	}
	pdf := fpdf.NewCustom(&fpdf.InitType{OrientationStr: orientation, UnitStr: "mm", Size: fpdf.SizeType{Wd: min(w, h), Ht: max(w, h)}})
	pdf.SetAutoPageBreak(false, 0)
	pdf.SetMargins(0, 0, 0)
	pdf.AddUTF8FontFromBytes("noto", "", regular)
	pdf.AddUTF8FontFromBytes("noto", "B", bold)
	pdf.SetCreator("Khoroo Map", true)
	return &pdfSurface{pdf: pdf}
}

func (s *pdfSurface) setColour(c color.NRGBA) (r, g, b int) { return int(c.R), int(c.G), int(c.B) }

func (s *pdfSurface) font(size float64, bold bool) {
	style := ""
	if bold {
		style = "B"
	}
	s.pdf.SetFont("noto", style, size)
}

func (s *pdfSurface) text(x, y, size float64, bold bool, c color.NRGBA, str string) {
	s.font(size, bold)
	s.pdf.SetTextColor(s.setColour(c))
	s.pdf.Text(x, y, str)
}

func (s *pdfSurface) textWidth(size float64, bold bool, str string) float64 {
	s.font(size, bold)
	return s.pdf.GetStringWidth(str)
}

func (s *pdfSurface) alpha(c color.NRGBA) {
	s.pdf.SetAlpha(float64(c.A)/255, "Normal")
}

func (s *pdfSurface) rect(x, y, w, h float64, fill, stroke color.NRGBA, width float64) {
	style := ""
	if fill.A > 0 {
		s.pdf.SetFillColor(s.setColour(fill))
		style += "F"
	}
	if stroke.A > 0 && width > 0 {
		s.pdf.SetDrawColor(s.setColour(stroke))
		s.pdf.SetLineWidth(width)
		style += "D"
	}
	if style == "" {
		return
	}
	s.alpha(fill)
	s.pdf.Rect(x, y, w, h, style)
	s.pdf.SetAlpha(1, "Normal")
}

func (s *pdfSurface) line(x1, y1, x2, y2 float64, c color.NRGBA, width float64) {
	s.pdf.SetDrawColor(s.setColour(c))
	s.pdf.SetLineWidth(width)
	s.pdf.Line(x1, y1, x2, y2)
}

func (s *pdfSurface) polygon(pts [][2]float64, fill color.NRGBA) {
	ps := make([]fpdf.PointType, len(pts))
	for i, p := range pts {
		ps[i] = fpdf.PointType{X: p[0], Y: p[1]}
	}
	s.pdf.SetFillColor(s.setColour(fill))
	s.alpha(fill)
	s.pdf.Polygon(ps, "F")
	s.pdf.SetAlpha(1, "Normal")
}

// image embeds a picture as PNG (opaque pictures go in as RGB without
// being decoded again).
func (s *pdfSurface) image(img image.Image, x, y, w, h float64) {
	var buf bytes.Buffer
	if e, ok := img.(*encoded); ok {
		buf.Write(e.png)
	} else if err := encodePNG(&buf, img, 0); err != nil {
		s.pdf.SetError(words.Errorf("printmap: encoding an image: %w", err))
		return
	}
	s.images++
	name := fmt.Sprintf("img%d", s.images)
	s.pdf.RegisterImageOptionsReader(name, fpdf.ImageOptions{ImageType: "PNG"}, &buf)
	s.pdf.ImageOptions(name, x, y, w, h, false, fpdf.ImageOptions{ImageType: "PNG"}, 0, "")
}

// meta sets the document's Title, Author and Subject (Creator is Khoroo
// Map), which PDF readers show and search.
func (s *pdfSurface) meta(title, author, subject string) {
	s.pdf.SetTitle(title, true)
	s.pdf.SetAuthor(author, true)
	s.pdf.SetSubject(subject, true)
}

// addPage starts a page of w x h mm, portrait or landscape by its shape.
func (s *pdfSurface) addPage(w, h float64) {
	orientation := "P"
	if w > h {
		orientation = "L"
	}
	s.pdf.AddPageFormat(orientation, fpdf.SizeType{Wd: min(w, h), Ht: max(w, h)})
}

// bookmark adds an entry to the document's outline pointing at the top
// of the current page.
func (s *pdfSurface) bookmark(title string, level int) {
	s.font(9, false) // a UTF-8 font makes the title UTF-16, as PDF wants
	s.pdf.Bookmark(title, level, 0)
}
