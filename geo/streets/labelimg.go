package streets

import (
	"image"
	"image/color"
	"image/draw"
	"math"

	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
)

// Label colours: dark text in a white halo, legible on every fill and in
// greyscale.
var (
	labelText = color.NRGBA{0x33, 0x30, 0x2c, 0xff}
	labelHalo = color.NRGBA{0xff, 0xff, 0xff, 0xe0}
)

// labelKey identifies a rendered label.
type labelKey struct {
	text string
	size float64
	bold bool
}

// labelCache keeps rendered labels between frames: bounded (it starts
// over past maxLabels); used under the Painter's lock.
type labelCache struct {
	imgs  map[labelKey]*image.NRGBA
	bent  map[labelKey][]glyph // letter by letter, for bending streets
	faces map[labelKey]font.Face
}

const maxLabels = 2048

// get returns the label text at size points (bold or not), rendering it
// on first use; nil when no font is set or the text is empty.
func (c *labelCache) get(fonts fontSet, text string, size float64, bold bool) *image.NRGBA {
	k := labelKey{text, size, bold}
	if img, ok := c.imgs[k]; ok {
		return img
	}
	if c.imgs == nil || len(c.imgs) > maxLabels {
		c.imgs = map[labelKey]*image.NRGBA{}
	}
	fc := c.face(fonts, size, bold)
	var img *image.NRGBA
	if fc != nil && text != "" {
		img = renderLabel(fc, text, size)
	}
	c.imgs[k] = img
	return img
}

// fontSet is the two typefaces labels use.
type fontSet struct{ regular, bold *opentype.Font }

func (c *labelCache) face(fonts fontSet, size float64, bold bool) font.Face {
	k := labelKey{size: size, bold: bold}
	if fc, ok := c.faces[k]; ok {
		return fc
	}
	f := fonts.regular
	if bold && fonts.bold != nil {
		f = fonts.bold
	}
	if f == nil {
		return nil
	}
	fc, err := opentype.NewFace(f, &opentype.FaceOptions{Size: size, DPI: 72, Hinting: font.HintingNone})
	if err != nil {
		return nil
	}
	if c.faces == nil {
		c.faces = map[labelKey]font.Face{}
	}
	c.faces[k] = fc
	return fc
}

// renderLabel draws text with a halo around it into a tight image.
func renderLabel(fc font.Face, text string, size float64) *image.NRGBA {
	halo := math.Max(1, size/7)
	m := int(math.Ceil(halo)) + 1
	adv := font.MeasureString(fc, text).Ceil()
	met := fc.Metrics()
	w, h := adv+2*m, (met.Ascent+met.Descent).Ceil()+2*m
	mask := image.NewAlpha(image.Rect(0, 0, w, h))
	d := font.Drawer{Dst: mask, Src: image.Opaque, Face: fc}
	base := fixed.I(m) + met.Ascent
	for a := 0.0; a < 2*math.Pi; a += math.Pi / 6 {
		d.Dot = fixed.Point26_6{X: fixed.I(m) + fixed.Int26_6(64*halo*math.Cos(a)), Y: base + fixed.Int26_6(64*halo*math.Sin(a))}
		d.DrawString(text)
	}
	img := image.NewNRGBA(mask.Bounds())
	draw.DrawMask(img, img.Bounds(), image.NewUniform(labelHalo), image.Point{}, mask, image.Point{}, draw.Src)
	text1 := image.NewAlpha(mask.Bounds())
	d = font.Drawer{Dst: text1, Src: image.Opaque, Face: fc, Dot: fixed.Point26_6{X: fixed.I(m), Y: base}}
	d.DrawString(text)
	draw.DrawMask(img, img.Bounds(), image.NewUniform(labelText), image.Point{}, text1, image.Point{}, draw.Over)
	return img
}
