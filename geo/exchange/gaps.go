package exchange

import (
	"slices"
	"strings"
	"time"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/encoding/wkt"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/words"
)

// AreGaps reports whether every feature of l is a gap a Khoroo Map
// export wrote (see load.IsGap): a layer of gap areas to bring back as
// gaps, not as a boundary layer.
func AreGaps(l *geo.Layer) bool {
	return len(l.Features) > 0 && !slices.ContainsFunc(l.Features, func(f geo.Feature) bool { return !load.IsGap(f.Props) })
}

// Gaps brings back the gaps of a layer a Khoroo Map export wrote (its
// features marked annotation=gap; others are left to Points): kind,
// service (by category ID or name), severity, status, notes, who raised
// it and when, times, author and photos (see Options.PhotoIDs), with the
// uuid the export wrote, so that a second import updates them instead of
// adding them again. An area is its first polygon (in a CSV export, the
// outline its wkt column holds). A value out of the
// lists (a kind, a severity) refuses the file, naming the feature; an
// empty one is "other", "medium" or "open".
func Gaps(l *geo.Layer, opt Options) ([]annot.Gap, error) {
	now := opt.Now
	if now.IsZero() {
		now = time.Now()
	}
	var out []annot.Gap
	for i := range l.Features {
		f := &l.Features[i]
		if !load.IsGap(f.Props) {
			continue
		}
		g, err := opt.gap(l, f, now)
		if err != nil {
			return nil, words.Errorf("exchange: %s: feature %d: %w", l.Source, i+1, err)
		}
		out = append(out, g)
	}
	return out, nil
}

// gap reads one gap's attributes.
func (opt Options) gap(l *geo.Layer, f *geo.Feature, now time.Time) (annot.Gap, error) {
	pr := sheetProps(l, f.Props)
	stamp := now.UTC().Truncate(time.Millisecond)
	g := annot.Gap{Meta: annot.Meta{Created: stamp, Modified: stamp, Author: first(pr.Text("author"), opt.Author)},
		Kind: annot.GapKind(first(pr.Text("kind"), string(annot.OtherGap))), Severity: annot.Severity(first(pr.Text("severity"), string(annot.Medium))),
		Status: annot.GapStatus(first(pr.Text("status"), string(annot.Open))),
		Notes:  pr.Text("notes"), RaisedBy: pr.Text("raised_by"), Raised: pr.Text("raised"), Photos: opt.photos(pr.Text("photos"))}
	g.Service = opt.service(pr.Text("service"))
	switch geom := f.Geometry.(type) {
	case orb.Point: // a CSV export's area is its label point and its outline as WKT
		g.Geometry = geom
		if poly, err := wkt.UnmarshalPolygon(pr.Text("wkt")); err == nil && len(poly) > 0 {
			g.Geometry = poly
		}
	case orb.MultiPolygon:
		if len(geom) > 0 {
			g.Geometry = geom[0]
		}
	}
	if t, err := time.Parse(time.RFC3339, pr.Text("created")); err == nil {
		g.Created = t.UTC()
	}
	if t, err := time.Parse(time.RFC3339, pr.Text("modified")); err == nil {
		g.Modified = t.UTC()
	}
	g.ID = strings.ToLower(pr.Text("uuid"))
	if !uuidRE.MatchString(g.ID) {
		g.ID = annot.NameID(l.Title + "|gap|" + g.Content())
	}
	if err := g.TooLong(); err != nil {
		return annot.Gap{}, err
	}
	if err := g.Validate(); err != nil {
		return annot.Gap{}, err
	}
	g.Rev = annot.ContentRev(g.ID, g.Content())
	return g, nil
}

// service finds the category a gap's service names, by ID or by name in
// either language ("" when none does).
func (opt Options) service(v string) string {
	v = strings.TrimSpace(v)
	for _, c := range opt.Categories {
		if strings.EqualFold(v, c.ID) || strings.EqualFold(v, c.NameMN) || strings.EqualFold(v, c.NameEN) {
			return c.ID
		}
	}
	return ""
}
