package sheets

import "math"

// penSymbol is a mark the legend asks people to draw with a pen.
type penSymbol struct {
	key  string
	draw func(c *canvas, x, y, r float64)
}

// penSymbols are the legend's marks, in the order printed.
var penSymbols = []penSymbol{
	{"pen_water", func(c *canvas, x, y, r float64) {
		c.dc.SetColor(ink)
		c.dc.SetLineWidth(0.4 * c.px)
		c.dc.DrawCircle(x*c.px, y*c.px, r*c.px)
		c.dc.Stroke()
	}},
	{"pen_gap", func(c *canvas, x, y, r float64) {
		c.line(x-r, y-r, x+r, y+r, ink, 0.5)
		c.line(x-r, y+r, x+r, y-r, ink, 0.5)
	}},
	{"pen_unsafe", func(c *canvas, x, y, r float64) {
		h := r * math.Sqrt(3) / 2
		c.line(x, y-r, x-r, y+h, ink, 0.4)
		c.line(x-r, y+h, x+r, y+h, ink, 0.4)
		c.line(x+r, y+h, x, y-r, ink, 0.4)
	}},
	{"pen_school", func(c *canvas, x, y, r float64) { c.stroke(rect{x - r, y - r, 2 * r, 2 * r}, ink, 0.4) }},
	{"pen_light", func(c *canvas, x, y, r float64) {
		c.line(x, y-r, x, y+r, ink, 0.4)
		c.line(x-r, y-r, x+r, y-r, ink, 0.4)
	}},
	{"pen_area", func(c *canvas, x, y, r float64) {
		c.dc.SetDash(0.8*c.px, 0.6*c.px)
		c.stroke(rect{x - r, y - r*0.7, 2 * r, 1.4 * r}, ink, 0.3)
		c.dc.SetDash()
	}},
}

// words are the sheet's fixed texts in both languages.
var words = map[string][2]string{ // mn, en
	"notes":      {"Тэмдэглэл", "Notes"},
	"pen":        {"Үзэгээр тэмдэглэх", "Draw with a pen"},
	"page":       {"Хуудас", "Page"},
	"hint":       {"Энэ кодыг бүү халхал", "Keep this code clear"},
	"pen_water":  {"Ус түгээх байр", "Water kiosk"},
	"pen_gap":    {"Дутагдал", "Gap, missing"},
	"pen_unsafe": {"Аюултай газар", "Unsafe place"},
	"pen_school": {"Сургууль, цэцэрлэг", "School, kindergarten"},
	"pen_light":  {"Гэрэлтүүлэг", "Street light"},
	"pen_area":   {"Асуудалтай талбай", "Problem area"},
	"overview":   {"Хуудасны байршил", "Where the sheets are"},
}

// word returns a fixed text in lang ("mn" or "en").
func word(key, lang string) string {
	w, ok := words[key]
	if !ok {
		return key
	}
	if lang == "en" {
		return w[1]
	}
	return w[0]
}
