package annot

import (
	"crypto/sha1"
	"fmt"
	"strconv"
	"strings"

	"github.com/paulmach/orb"
)

// NameID returns a version 5 style UUID (SHA-1) of name in the project's
// namespace: the same name gives the same UUID on every laptop.
func NameID(name string) string {
	h := sha1.Sum([]byte("khoroomap:" + name))
	h[6] = h[6]&0x0f | 0x50
	h[8] = h[8]&0x3f | 0x80
	return fmt.Sprintf("%x-%x-%x-%x-%x", h[0:4], h[4:6], h[6:8], h[8:10], h[10:16])
}

// Content is what a person wrote about a service point, as one string:
// category, name, status, notes, date, recorder, location and photos
// (only when it has some, so that the content of points without photos
// reads as it did before photos). Identity,
// times, author, revision, review and the computed places are left out, so
// two copies holding equal Content hold the same point.
func (p *Point) Content() string { return p.content(coords(p.Location)) }

// content is Content with where as the location's text.
func (p *Point) content(where string) string {
	return strings.Join([]string{"point", p.Category, p.Name, string(p.Status), p.Notes, p.Observed, p.RecordedBy, where}, "\x1f") + photosText(p.Photos)
}

// Content is what a person wrote about a gap, as one string: kind,
// service, severity, status, notes, who raised it, when, its geometry and
// photos (as for a point).
func (g *Gap) Content() string { return g.content(geometryText(g.Geometry)) }

// content is Content with where as the geometry's text.
func (g *Gap) content(where string) string {
	return strings.Join([]string{"gap", string(g.Kind), g.Service, string(g.Severity), string(g.Status), g.Notes, g.RaisedBy, g.Raised, where}, "\x1f") + photosText(g.Photos)
}

// photosText is the photos' part of a content: "" without photos.
func photosText(ids []string) string {
	if len(ids) == 0 {
		return ""
	}
	return "\x1fphotos:" + strings.Join(ids, ",")
}

// ContentRev is the revision of content never edited in any copy: the
// same file imported on two laptops gets the same revision.
func ContentRev(id, content string) string { return NameID("rev|" + id + "|" + content) }

func coords(p orb.Point) string {
	return strconv.FormatFloat(p[0], 'g', -1, 64) + " " + strconv.FormatFloat(p[1], 'g', -1, 64)
}

func geometryText(g orb.Geometry) string {
	switch g := g.(type) {
	case orb.Point:
		return coords(g)
	case orb.Polygon:
		var b strings.Builder
		for _, r := range g {
			b.WriteByte('(')
			for _, p := range r {
				b.WriteString(coords(p) + ",")
			}
			b.WriteByte(')')
		}
		return b.String()
	}
	return fmt.Sprint(g)
}
