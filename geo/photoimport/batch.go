package photoimport

import (
	"math"
	"slices"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
)

// batch gathers the edits of one import.
type batch struct {
	s       *annot.Set
	opt     Options
	res     Result
	have    map[string]bool // photo IDs in the project or this import
	touched map[string]int  // annotation ID -> its change's index
}

func newBatch(s *annot.Set, opt Options) *batch {
	b := &batch{s: s, opt: opt, have: map[string]bool{}, touched: map[string]int{}}
	for _, p := range s.Points {
		for _, id := range p.Photos {
			b.have[id] = true
		}
	}
	for _, g := range s.Gaps {
		for _, id := range g.Photos {
			b.have[id] = true
		}
	}
	return b
}

func (b *batch) result() *Result { return &b.res }

// add brings in one reduced photo.
func (b *batch) add(ph photo.Photo) {
	switch {
	case b.have[ph.ID]:
		b.res.Already++
		return
	case !ph.HasGPS:
		b.res.NoGPS = append(b.res.NoGPS, ph)
		return
	}
	b.have[ph.ID] = true
	b.res.Photos = append(b.res.Photos, ph)
	at := orb.Point{ph.Lon, ph.Lat}
	if b.attach(at, ph.ID) {
		b.res.Attached++
		return
	}
	b.res.Added++
	b.newPoint(at, ph)
}

func (b *batch) newPoint(at orb.Point, ph photo.Photo) {
	pt := annot.Point{Meta: annot.NewMeta(b.opt.Author, b.now()), Category: b.opt.Category, Status: annot.Working,
		RecordedBy: b.opt.Author, Location: at, Photos: []string{ph.ID}}
	if !ph.Taken.IsZero() {
		pt.Observed = ph.Taken.Format(time.DateOnly) // the phone's own day
	}
	if b.opt.Places != nil {
		pt.Places = b.opt.Places(at)
	}
	b.res.Changes = append(b.res.Changes, annot.Change{NewPoint: &pt})
}

// attach adds photo id to the nearest service point or gap point within
// opt.Attach metres of at, and reports whether there was one.
func (b *batch) attach(at orb.Point, id string) bool {
	if b.opt.Attach <= 0 {
		return false
	}
	best, bestPoint, bestGap := b.opt.Attach, -1, -1
	for i, p := range b.s.Points {
		if d := metres(at, p.Location); d <= best {
			best, bestPoint, bestGap = d, i, -1
		}
	}
	for i, g := range b.s.Gaps {
		if q, ok := g.Geometry.(orb.Point); ok {
			if d := metres(at, q); d <= best {
				best, bestPoint, bestGap = d, -1, i
			}
		}
	}
	switch {
	case bestPoint >= 0:
		b.attachToPoint(bestPoint, id)
	case bestGap >= 0:
		b.attachToGap(bestGap, id)
	default:
		return false
	}
	return true
}

func (b *batch) attachToPoint(i int, id string) {
	old := b.s.Points[i]
	if k, ok := b.touched[old.ID]; ok {
		c := b.res.Changes[k]
		upd := *c.NewPoint
		upd.Photos = append(slices.Clip(upd.Photos), id)
		c.NewPoint = &upd
		b.res.Changes[k] = c
		return
	}
	upd := old
	upd.Photos = append(slices.Clip(old.Photos), id)
	b.touched[old.ID] = len(b.res.Changes)
	b.res.Changes = append(b.res.Changes, annot.Touch(annot.Change{OldPoint: &old, NewPoint: &upd}, b.opt.Author, b.now()))
}

func (b *batch) attachToGap(i int, id string) {
	old := b.s.Gaps[i]
	if k, ok := b.touched[old.ID]; ok {
		c := b.res.Changes[k]
		upd := *c.NewGap
		upd.Photos = append(slices.Clip(upd.Photos), id)
		c.NewGap = &upd
		b.res.Changes[k] = c
		return
	}
	upd := old
	upd.Photos = append(slices.Clip(old.Photos), id)
	b.touched[old.ID] = len(b.res.Changes)
	b.res.Changes = append(b.res.Changes, annot.Touch(annot.Change{OldGap: &old, NewGap: &upd}, b.opt.Author, b.now()))
}

func (b *batch) now() time.Time {
	if b.opt.Now.IsZero() {
		return time.Now()
	}
	return b.opt.Now
}

// metres is the distance between two nearby positions on the WGS84
// sphere's local plane (good to a fraction of a metre within a few km).
func metres(a, b orb.Point) float64 {
	const r = 6371008.8
	lat := (a[1] + b[1]) / 2 * math.Pi / 180
	dx := (a[0] - b[0]) * math.Pi / 180 * math.Cos(lat) * r
	dy := (a[1] - b[1]) * math.Pi / 180 * r
	return math.Hypot(dx, dy)
}
