// Package mapstyle says how annotations look on a map and what they are
// called, in Mongolian and English (through geo/words): the same on screen
// and on paper.
package mapstyle

import (
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/words"
)

// The English keys (in assets/translations) of the names of each status,
// kind and severity.
var (
	statusNames = map[annot.Status]string{
		annot.Working: "Working", annot.Broken: "Broken",
		annot.Planned: "Planned", annot.Closed: "Closed",
	}
	kindNames = map[annot.GapKind]string{
		annot.MissingService: "Missing service", annot.Unsafe: "Unsafe place",
		annot.Flooding: "Flooding", annot.NoLighting: "No lighting",
		annot.WasteDump: "Waste dump", annot.BadRoad: "Bad road",
		annot.OtherGap: "Other problem",
	}
	severityNames = map[annot.Severity]string{
		annot.Low: "Low", annot.Medium: "Medium", annot.High: "High",
	}
	gapStatusNames = map[annot.GapStatus]string{
		annot.Open: "Open (gap status)", annot.Raised: "Raised at a meeting",
		annot.InProgress: "In progress", annot.Resolved: "Resolved",
	}
)

// StatusName names a service point status in lang (see words.Of).
func StatusName(s annot.Status, lang string) string { return lookup(statusNames, s, lang) }

// GapKindName names a kind of gap.
func GapKindName(k annot.GapKind, lang string) string { return lookup(kindNames, k, lang) }

// SeverityName names a severity.
func SeverityName(s annot.Severity, lang string) string { return lookup(severityNames, s, lang) }

// GapStatusName names a gap status.
func GapStatusName(s annot.GapStatus, lang string) string { return lookup(gapStatusNames, s, lang) }

// lookup names k in lang by its English key in m; an unknown k is
// itself.
func lookup[K ~string](m map[K]string, k K, lang string) string {
	if key, ok := m[k]; ok {
		return words.Of(lang).T(key)
	}
	return string(k)
}

// GapName is a gap's label: its kind and, for a missing service, which.
func GapName(s *annot.Set, g *annot.Gap, lang string) string {
	if g.Kind == annot.MissingService {
		if c, ok := s.Category(g.Service); ok {
			return GapKindName(g.Kind, lang) + ": " + c.Name(lang)
		}
	}
	return GapKindName(g.Kind, lang)
}

// PointName is a service point's label: its name, or its category's.
func PointName(c annot.Category, p *annot.Point, lang string) string {
	if p.Name != "" {
		return p.Name
	}
	return c.Name(lang)
}
