package sheets

import (
	"bytes"
	"fmt"
	"image"
	"image/png"
	"io"

	"github.com/go-pdf/fpdf"

	"github.com/khoroomap/khoroomap/geo/printmap"
	"github.com/khoroomap/khoroomap/geo/render"
)

// PDF writes an overview page and then one page per sheet. fonts are the
// TrueType files (they must cover Ө and Ү).
func PDF(w io.Writer, p *printmap.Project, sheets []Sheet, title string, opt Options, fonts printmap.Fonts) error {
	if len(sheets) == 0 {
		return fmt.Errorf("sheets: no sheets to print")
	}
	if err := opt.validate(); err != nil {
		return err
	}
	f, err := render.ParseFonts(fonts.Regular, fonts.Bold)
	if err != nil {
		return fmt.Errorf("sheets: %w", err)
	}
	l, _ := NewLayout(opt.Paper)
	doc := fpdf.NewCustom(&fpdf.InitType{OrientationStr: "P", UnitStr: "mm", Size: fpdf.SizeType{Wd: l.W, Ht: l.H}})
	doc.SetAutoPageBreak(false, 0)
	doc.SetCreator("Khoroo Map", true)
	img, err := Overview(p, sheets, title, opt, f)
	if err != nil {
		return err
	}
	addPage(doc, img, l, 0)
	for i, s := range sheets {
		if img, err = Draw(p, s, opt, f); err != nil {
			return err
		}
		addPage(doc, img, l, i+1)
	}
	if err := doc.Output(w); err != nil {
		return fmt.Errorf("sheets: writing the PDF: %w", err)
	}
	return nil
}

// addPage adds a page holding img as a whole.
func addPage(doc *fpdf.Fpdf, img image.Image, l Layout, n int) {
	var buf bytes.Buffer
	if err := (&png.Encoder{CompressionLevel: png.BestSpeed}).Encode(&buf, img); err != nil {
		doc.SetError(fmt.Errorf("sheets: encoding page %d: %w", n+1, err))
		return
	}
	name := fmt.Sprintf("page%d", n)
	opt := fpdf.ImageOptions{ImageType: "PNG"}
	doc.AddPage()
	doc.RegisterImageOptionsReader(name, opt, &buf)
	doc.ImageOptions(name, 0, 0, l.W, l.H, false, opt, 0, "")
}
