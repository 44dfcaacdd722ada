package printmap

import (
	"math"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/render"
)

const margin = 10.0

// Heights of the overview, as shares of its width: as drawn when there is
// room, and the least it gives up to when the legend needs the height.
const (
	insetTall  = 0.72
	insetShort = 0.3
)

// notesMin is the least height of the notes box, in mm (times k): room
// for its heading and three writing lines.
const notesMin = 24.0

// arrange lays the page out for a map of b: the legend is counted on what
// the map shows, and the map takes the room the legend leaves, so the two
// are settled in two rounds.
func (pg *page) arrange(m measurer, b orb.Bound) {
	pg.w, pg.h = pg.opt.size()
	pg.k = math.Max(pg.w, pg.h) / 297
	pg.legend = nil
	for round := 0; round < 2; round++ {
		pg.layout(m)
		pg.fit(b)
		pg.legend = pg.legendItems()
	}
	pg.layout(m)
}

// fit chooses the map's view: b fitted into the map box.
func (pg *page) fit(b orb.Bound) {
	wpx := int(pg.mapBox.w / 25.4 * float64(pg.opt.DPI))
	hpx := int(pg.mapBox.h / 25.4 * float64(pg.opt.DPI))
	pg.view = render.Fit(b, wpx, hpx, 12*pg.scale)
}

// layout places the title band, the map, the legend, the summary, the
// notes, the overview and the credits: a column on the right in
// landscape, a band under the map in portrait. The map takes whatever the
// rest leaves.
func (pg *page) layout(m measurer) {
	k := pg.k
	top := margin + 20*k
	creditW := pg.w - 2*margin - 30*k // room for the page number
	pg.creditLines = wrap(m, bodySize*k, false, pg.credits, creditW, 4)
	creditsH := float64(len(pg.creditLines)) * lineHeight(bodySize*k)
	bottom := pg.h - margin - creditsH - 2*k
	pg.creditsBox = box{margin, bottom + 2*k, creditW, creditsH}
	if pg.w > pg.h {
		pg.layoutSide(m, top, bottom)
		return
	}
	pg.layoutBand(m, top, bottom)
}

// layoutSide is the landscape layout: a column on the right, widened
// (the map giving up width) when the legend needs it.
func (pg *page) layoutSide(m measurer, top, bottom float64) {
	k := pg.k
	side := pg.sideWidth(m, bottom-top)
	x := pg.w - margin - side
	pg.mapBox = box{margin, top, x - 5 - margin, bottom - top}
	// the overview gives up height for the legend
	room := bottom - top - side*insetTall - pg.summaryNeed(m, side, k) - notesMin*k - 10
	lh := layoutLegend(m, pg.legend, side, room, k).h
	free := bottom - top - lh - pg.summaryNeed(m, side, k) - notesMin*k - 10
	insetH := math.Max(side*insetShort, math.Min(side*insetTall, free))
	pg.insetBox = box{x, bottom - insetH, side, insetH}
	pg.column(m, box{x, top, side, pg.insetBox.y - 4 - top}, k, true)
}

// sideWidth is the width of the landscape column, of a page whose column
// is h high: a quarter of the page, or wider in steps (up to 40% of it,
// the map keeping more than half) when the legend would not fit above
// the notes and the smallest overview.
func (pg *page) sideWidth(m measurer, h float64) float64 {
	base := math.Max(pg.w*0.26, 64)
	side := base
	for step := 0; step <= 7; step++ {
		side = base + float64(step)*pg.w*0.02
		room := h - side*insetShort - notesMin*pg.k - 8
		if layoutLegend(m, pg.legend, side, room, pg.k).h <= room {
			break
		}
	}
	return side
}

// layoutBand is the portrait layout: under the map, the legend, summary
// and notes on the left and the overview on the right; the notes go
// under the overview when the legend needs the whole left column, which
// widens (the overview narrowing) when that is not enough.
func (pg *page) layoutBand(m measurer, top, bottom float64) {
	k := pg.k
	inner := pg.w - 2*margin - 5
	most := (bottom - top) * 0.45
	colW := pg.bandWidth(m, inner/2, most)
	insetW := inner - colW
	lh := layoutLegend(m, pg.legend, colW, most, k).h
	need := lh + pg.summaryNeed(m, colW, k) + notesMin*k + 8
	band := math.Min(math.Max(insetW*insetTall, need), most)
	pg.mapBox = box{margin, top, pg.w - 2*margin, bottom - top - band - 5}
	y := bottom - band
	pg.insetBox = box{margin + colW + 5, y, insetW, math.Min(insetW*insetTall, band)}
	under := band - pg.insetBox.h - 4 // room under the overview
	notesLeft := need <= band || under < notesMin*k
	pg.column(m, box{margin, y, colW, band}, k, notesLeft)
	if !notesLeft {
		pg.notesBox = box{pg.insetBox.x, y + pg.insetBox.h + 4, insetW, under}
	}
}

// bandWidth is the width of the legend's column on a portrait page: half
// the width inside the margins, or wider in steps (up to 60% of it) when
// the legend would not fit in room.
func (pg *page) bandWidth(m measurer, half, room float64) float64 {
	w := half
	for step := 0; step <= 5; step++ {
		w = half * (1 + 0.04*float64(step))
		if layoutLegend(m, pg.legend, w, room, pg.k).h <= room {
			break
		}
	}
	return w
}

// column stacks the legend, the summary table (when it fits) and, with
// notes, the notes box in b; the notes take what is left.
func (pg *page) column(m measurer, b box, k float64, notes bool) {
	reserve := 0.0 // under the legend and the summary, for the notes
	if notes {
		reserve = notesMin*k + 3
	}
	room := b.h - reserve - 1
	pg.legendLayout = fitLegend(m, pg.legend, b.w, room, k, pg.opt.Lang)
	lh := math.Min(pg.legendLayout.h, math.Max(room, 0))
	pg.legendBox = box{b.x, b.y, b.w, lh}
	y := b.y + lh + 3
	pg.summaryBox = box{}
	if need := pg.summaryNeed(m, b.w, k); need > 0 && y+need+reserve <= b.y+b.h {
		pg.summaryBox = box{b.x, y, b.w, need}
		y += need + 3
	}
	pg.notesBox = box{b.x, y, b.w, b.y + b.h - y}
}

// summaryNeed is the height of the summary table turned on its side when
// it is small enough to go on the page (a few areas), else 0: it goes on
// a page of its own.
func (pg *page) summaryNeed(m measurer, w, k float64) float64 {
	if pg.table == nil || len(pg.table.rows) == 0 || len(pg.table.rows) > 6 {
		return 0
	}
	h := pg.table.narrowHeight(m, w, k)
	if pg.opt.Coverage != nil { // its column comes once the view is settled
		h += narrowRow(2, k)
	}
	return h
}
