package printmap

import (
	"image"
	"image/color"
	"image/draw"
	"math"
	"strings"
	"sync"

	xdraw "golang.org/x/image/draw"
	"golang.org/x/image/font"
	"golang.org/x/image/font/opentype"
	"golang.org/x/image/math/fixed"
	"golang.org/x/image/vector"

	"github.com/khoroomap/khoroomap/geo/render"
)

// rasterSurface draws a page into an image at a resolution.
type rasterSurface struct {
	img   *image.RGBA
	dpi   float64
	fonts render.Fonts
	faces map[faceKey]font.Face
	mu    sync.Mutex
}

type faceKey struct {
	size float64
	bold bool
}

func newRasterSurface(wmm, hmm, dpi float64, fonts render.Fonts) *rasterSurface {
	w, h := int(wmm/25.4*dpi+0.5), int(hmm/25.4*dpi+0.5)
	img := image.NewRGBA(image.Rect(0, 0, w, h))
	draw.Draw(img, img.Bounds(), image.White, image.Point{}, draw.Src)
	return &rasterSurface{img: img, dpi: dpi, fonts: fonts, faces: map[faceKey]font.Face{}}
}

func (s *rasterSurface) px(mm float64) float64 { return mm / 25.4 * s.dpi }

func (s *rasterSurface) face(size float64, bold bool) font.Face {
	s.mu.Lock()
	defer s.mu.Unlock()
	k := faceKey{size, bold}
	if f, ok := s.faces[k]; ok {
		return f
	}
	fnt := s.fonts.Regular
	if bold {
		fnt = s.fonts.Bold
	}
	f, err := opentype.NewFace(fnt, &opentype.FaceOptions{Size: size, DPI: s.dpi, Hinting: font.HintingNone})
	if err != nil {
		panic("printmap: the embedded font: " + err.Error()) // the fonts are built in
	}
	s.faces[k] = f
	return f
}

func (s *rasterSurface) text(x, y, size float64, bold bool, c color.NRGBA, str string) {
	d := font.Drawer{Dst: s.img, Src: image.NewUniform(c), Face: s.face(size, bold),
		Dot: fixed.Point26_6{X: fixed.Int26_6(s.px(x) * 64), Y: fixed.Int26_6(s.px(y) * 64)}}
	d.DrawString(str)
}

func (s *rasterSurface) textWidth(size float64, bold bool, str string) float64 {
	adv := font.MeasureString(s.face(size, bold), str)
	return float64(adv) / 64 / s.dpi * 25.4
}

// fill rasterizes a path over the pixels of r only (a whole-page
// rasterizer per shape would cost tens of megabytes each at 300 dpi).
func (s *rasterSurface) fill(r image.Rectangle, path func(z *vector.Rasterizer, ox, oy float32), c color.NRGBA) {
	r = r.Intersect(s.img.Bounds())
	if r.Empty() {
		return
	}
	z := vector.NewRasterizer(r.Dx(), r.Dy())
	path(z, float32(r.Min.X), float32(r.Min.Y))
	z.Draw(s.img, r, image.NewUniform(c), image.Point{})
}

func (s *rasterSurface) rect(x, y, w, h float64, fill, stroke color.NRGBA, width float64) {
	if fill.A > 0 {
		s.polygon([][2]float64{{x, y}, {x + w, y}, {x + w, y + h}, {x, y + h}}, fill)
	}
	if stroke.A > 0 && width > 0 {
		s.line(x, y, x+w, y, stroke, width)
		s.line(x+w, y, x+w, y+h, stroke, width)
		s.line(x+w, y+h, x, y+h, stroke, width)
		s.line(x, y+h, x, y, stroke, width)
	}
}

func (s *rasterSurface) line(x1, y1, x2, y2 float64, c color.NRGBA, width float64) {
	// a thin rectangle along the line, at least a pixel wide
	dx, dy := x2-x1, y2-y1
	n := hypot(dx, dy)
	if n == 0 {
		return
	}
	half := max(width, 25.4/s.dpi) / 2
	ox, oy := -dy/n*half, dx/n*half
	ex, ey := dx/n*half, dy/n*half // square caps
	s.polygon([][2]float64{{x1 - ex + ox, y1 - ey + oy}, {x2 + ex + ox, y2 + ey + oy}, {x2 + ex - ox, y2 + ey - oy}, {x1 - ex - ox, y1 - ey - oy}}, c)
}

func (s *rasterSurface) polygon(pts [][2]float64, c color.NRGBA) {
	if len(pts) < 3 {
		return
	}
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for _, p := range pts {
		minX, minY = math.Min(minX, s.px(p[0])), math.Min(minY, s.px(p[1]))
		maxX, maxY = math.Max(maxX, s.px(p[0])), math.Max(maxY, s.px(p[1]))
	}
	r := image.Rect(int(math.Floor(minX)), int(math.Floor(minY)), int(math.Ceil(maxX))+1, int(math.Ceil(maxY))+1)
	s.fill(r, func(z *vector.Rasterizer, ox, oy float32) {
		z.MoveTo(float32(s.px(pts[0][0]))-ox, float32(s.px(pts[0][1]))-oy)
		for _, p := range pts[1:] {
			z.LineTo(float32(s.px(p[0]))-ox, float32(s.px(p[1]))-oy)
		}
		z.ClosePath()
	}, c)
}

func (s *rasterSurface) image(img image.Image, x, y, w, h float64) {
	r := image.Rect(int(s.px(x)+0.5), int(s.px(y)+0.5), int(s.px(x+w)+0.5), int(s.px(y+h)+0.5))
	if ib := img.Bounds(); abs(r.Dx()-ib.Dx()) <= 2 && abs(r.Dy()-ib.Dy()) <= 2 {
		// drawn at its own size (the map is rendered for its box): no resampling
		draw.Draw(s.img, image.Rectangle{Min: r.Min, Max: r.Min.Add(ib.Size())}, img, ib.Min, draw.Over)
		return
	}
	xdraw.CatmullRom.Scale(s.img, r, img, img.Bounds(), draw.Over, nil)
}

func splitLines(s string) []string { return strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n") }
func splitWords(s string) []string { return strings.Fields(s) }

// measureSurface measures text as pages set it, before there is a page to
// draw on.
func measureSurface(fonts render.Fonts) *rasterSurface {
	return &rasterSurface{img: image.NewRGBA(image.Rect(0, 0, 1, 1)), dpi: 300, fonts: fonts, faces: map[faceKey]font.Face{}}
}
