package sheets

import (
	"image"
	"image/color"
)

// grayScaled is img in grey, shrunk by an integer factor (box average) so
// that its longer side is at most maxSide; f is the factor.
func grayScaled(img image.Image, maxSide int) (g *image.Gray, f int) {
	b := img.Bounds()
	f = max(1, (max(b.Dx(), b.Dy())+maxSide-1)/maxSide)
	w, h := b.Dx()/f, b.Dy()/f
	g = image.NewGray(image.Rect(0, 0, w, h))
	sum := make([]int, w)
	for y := 0; y < h; y++ {
		clear(sum)
		for dy := 0; dy < f; dy++ {
			for x := 0; x < w*f; x++ {
				sum[x/f] += luma(img, b.Min.X+x, b.Min.Y+y*f+dy)
			}
		}
		for x := range w {
			g.Pix[y*g.Stride+x] = uint8(sum[x] / (f * f))
		}
	}
	return g, f
}

// luma is the grey value of one pixel, fast for the usual image types.
func luma(img image.Image, x, y int) int {
	switch m := img.(type) {
	case *image.YCbCr:
		return int(m.Y[m.YOffset(x, y)])
	case *image.RGBA:
		i := m.PixOffset(x, y)
		return (299*int(m.Pix[i]) + 587*int(m.Pix[i+1]) + 114*int(m.Pix[i+2])) / 1000
	case *image.Gray:
		return int(m.Pix[m.PixOffset(x, y)])
	}
	return int(color.GrayModel.Convert(img.At(x, y)).(color.Gray).Y)
}

// darkMask marks the pixels darker than 80% of the mean of the square
// around them (side win), so uneven lighting does not matter.
func darkMask(g *image.Gray, win int) []bool {
	w, h := g.Rect.Dx(), g.Rect.Dy()
	in := make([]int64, (w+1)*(h+1))
	for y := range h {
		var row int64
		for x := range w {
			row += int64(g.Pix[y*g.Stride+x])
			in[(y+1)*(w+1)+x+1] = in[y*(w+1)+x+1] + row
		}
	}
	out := make([]bool, w*h)
	r := win / 2
	for y := range h {
		y0, y1 := max(0, y-r), min(h, y+r+1)
		for x := range w {
			x0, x1 := max(0, x-r), min(w, x+r+1)
			s := in[y1*(w+1)+x1] - in[y0*(w+1)+x1] - in[y1*(w+1)+x0] + in[y0*(w+1)+x0]
			n := int64((y1 - y0) * (x1 - x0))
			out[y*w+x] = int64(g.Pix[y*g.Stride+x])*n*10 < s*8
		}
	}
	return out
}
