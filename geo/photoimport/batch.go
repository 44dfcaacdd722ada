package photoimport

import (
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
		pt.Observed = photo.Day(ph.Taken) // the day in Ulaanbaatar, however Taken is kept
	}
	if b.opt.Places != nil {
		pt.Places = b.opt.Places(at)
	}
	b.res.Changes = append(b.res.Changes, annot.Change{NewPoint: &pt})
}

// attach adds photo id to the annotation it was taken at (see nearest),
// and reports whether there was one.
func (b *batch) attach(at orb.Point, id string) bool {
	if b.opt.Attach <= 0 {
		return false
	}
	target := nearest(b.s, at, b.opt.Attach)
	if target == "" {
		return false
	}
	if k, ok := b.touched[target]; ok { // a second photo of it: one edit
		b.res.Changes[k] = withPhoto(b.res.Changes[k], id)
		return true
	}
	c, _ := Attach(b.s, target, id, b.opt.Author, b.now())
	b.touched[target] = len(b.res.Changes)
	b.res.Changes = append(b.res.Changes, c)
	return true
}

func (b *batch) now() time.Time {
	if b.opt.Now.IsZero() {
		return time.Now()
	}
	return b.opt.Now
}
