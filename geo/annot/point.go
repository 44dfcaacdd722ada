package annot

import (
	"slices"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/place"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Status says whether a service point serves people.
type Status string

// The statuses of a service point.
const (
	Working Status = "working"
	Broken  Status = "broken"
	Planned Status = "planned"
	Closed  Status = "closed"
)

// Statuses lists every point status, in the order a user picks from.
var Statuses = []Status{Working, Broken, Planned, Closed}

// Places names the khoroo, kheseg and ger area a place lies in; "" where
// no loaded boundary contains it. They are computed, never typed.
// Khoroo is the display name ("6-р хороо"); KhorooKey the stable key
// ("sbd:6", see place.Khoroo.Key) that tells apart the khoroos of the same
// number in several districts, and District the district's name.
type Places struct {
	Khoroo, Kheseg, GerArea string
	KhorooKey, District     string
}

// Point is a service point.
type Point struct {
	Meta
	// Category is a Category.ID.
	Category string
	Name     string
	Status   Status
	Notes    string
	// Observed is the date the point was seen in this state, "YYYY-MM-DD"
	// or "".
	Observed string
	// RecordedBy is who reported the point.
	RecordedBy string
	Location   orb.Point
	Places
	// Photos are the IDs of the point's photos (photo.Photo.ID), in the
	// order they are shown. An edit gives a new slice, never changes one
	// in place: the undo history shares them.
	Photos []string
}

// Validate reports what is wrong with a point, or nil.
func (p *Point) Validate() error {
	if p.ID == "" {
		return words.Errorf("annot: a service point needs an ID")
	}
	if p.Category == "" {
		return words.Errorf("annot: service point %q needs a category", p.Name)
	}
	if !slices.Contains(Statuses, p.Status) {
		return words.Errorf("annot: service point %q has an unknown status %q", p.Name, p.Status)
	}
	if !geo.ValidLonLat(p.Location) {
		return words.Errorf("annot: service point %q is not at a longitude/latitude: %v", p.Name, p.Location)
	}
	if !validDate(p.Observed) {
		return words.Errorf("annot: service point %q: the date %q is not YYYY-MM-DD", p.Name, p.Observed)
	}
	return nil
}

// validDate accepts "" and YYYY-MM-DD.
func validDate(d string) bool {
	if d == "" {
		return true
	}
	_, err := ParseDate(d)
	return err == nil
}

// KhorooLabel names the khoroo so that same-numbered khoroos of several
// districts read apart: "СБД 6-р хороо", or the bare name when its
// district is unknown; "" outside every khoroo.
func (pl Places) KhorooLabel() string {
	if pl.Khoroo == "" {
		return ""
	}
	if d, ok := place.FindDistrict(pl.District); ok {
		return place.Khoroo{District: d, Name: pl.Khoroo}.Label()
	}
	return pl.Khoroo
}
