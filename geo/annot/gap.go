package annot

import (
	"slices"
	"time"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// GapKind says what is missing or failing.
type GapKind string

// The kinds of gap.
const (
	MissingService GapKind = "missing_service"
	Unsafe         GapKind = "unsafe_place"
	Flooding       GapKind = "flooding"
	NoLighting     GapKind = "no_lighting"
	WasteDump      GapKind = "waste_dump"
	BadRoad        GapKind = "bad_road"
	OtherGap       GapKind = "other"
)

// GapKinds lists every kind, in the order a user picks from.
var GapKinds = []GapKind{MissingService, Unsafe, Flooding, NoLighting, WasteDump, BadRoad, OtherGap}

// Severity says how much a gap hurts.
type Severity string

// The severities.
const (
	Low    Severity = "low"
	Medium Severity = "medium"
	High   Severity = "high"
)

// Severities lists every severity, lowest first.
var Severities = []Severity{Low, Medium, High}

// GapStatus says where a gap stands.
type GapStatus string

// The statuses of a gap.
const (
	Open       GapStatus = "open"
	Raised     GapStatus = "raised"
	InProgress GapStatus = "in_progress"
	Resolved   GapStatus = "resolved"
)

// GapStatuses lists every gap status, in the order a gap goes through them.
var GapStatuses = []GapStatus{Open, Raised, InProgress, Resolved}

// Gap is something missing or failing, at a point or over an area.
type Gap struct {
	Meta
	Kind GapKind
	// Service is the Category.ID of the missing service when Kind is
	// MissingService, else "".
	Service  string
	Severity Severity
	Status   GapStatus
	Notes    string
	RaisedBy string
	// Raised is the date it was raised, "YYYY-MM-DD" or "".
	Raised string
	// Geometry is an orb.Point or an orb.Polygon (outer ring first,
	// closed, counter-clockwise).
	Geometry orb.Geometry
	Places
	// Photos are the IDs of the gap's photos, as for Point.Photos.
	Photos []string
}

// IsArea reports whether the gap is a polygon.
func (g *Gap) IsArea() bool {
	_, ok := g.Geometry.(orb.Polygon)
	return ok
}

// Label is a short description for lists: the kind and, for a missing
// service, which one.
func (g *Gap) Label() string {
	if g.Kind == MissingService && g.Service != "" {
		return string(g.Kind) + ":" + g.Service
	}
	return string(g.Kind)
}

// Validate reports what is wrong with a gap, or nil.
func (g *Gap) Validate() error {
	switch {
	case g.ID == "":
		return words.Errorf("annot: a gap needs an ID")
	case !slices.Contains(GapKinds, g.Kind):
		return words.Errorf("annot: gap %s has an unknown kind %q", g.ID, g.Kind)
	case !slices.Contains(Severities, g.Severity):
		return words.Errorf("annot: gap %s has an unknown severity %q", g.ID, g.Severity)
	case !slices.Contains(GapStatuses, g.Status):
		return words.Errorf("annot: gap %s has an unknown status %q", g.ID, g.Status)
	}
	switch geom := g.Geometry.(type) {
	case orb.Point:
		if !geo.ValidLonLat(geom) {
			return words.Errorf("annot: gap %s is not at a longitude/latitude: %v", g.ID, geom)
		}
	case orb.Polygon:
		if len(geom) == 0 || len(geom[0]) < 4 {
			return words.Errorf("annot: gap area %s needs at least three corners", g.ID)
		}
		for _, r := range geom {
			for _, p := range r {
				if !geo.ValidLonLat(p) {
					return words.Errorf("annot: gap area %s has a corner off the globe: %v", g.ID, p)
				}
			}
		}
	default:
		return words.Errorf("annot: gap %s must be a point or a polygon, not %T", g.ID, g.Geometry)
	}
	if !validDate(g.Raised) {
		return words.Errorf("annot: gap %s: the date %q is not YYYY-MM-DD", g.ID, g.Raised)
	}
	return nil
}

// ParseDate reads a "YYYY-MM-DD" date.
func ParseDate(s string) (time.Time, error) { return time.Parse(time.DateOnly, s) }

// NewArea returns a closed, counter-clockwise polygon through corners
// (at least three, not repeating the first at the end).
func NewArea(corners []orb.Point) orb.Polygon {
	poly := orb.Polygon{geo.CleanRing(append(orb.Ring(nil), corners...))}
	geo.Orient(orb.MultiPolygon{poly})
	return poly
}
