// Package mapstyle says how annotations look on a map and what they are
// called, in Mongolian and English: the same on screen and on paper.
package mapstyle

import "github.com/khoroomap/khoroomap/geo/annot"

// name is a text in both languages.
type name struct{ mn, en string }

func (n name) in(lang string) string {
	if lang == "mn" {
		return n.mn
	}
	return n.en
}

var (
	statusNames = map[annot.Status]name{
		annot.Working: {"Ажиллаж байна", "Working"}, annot.Broken: {"Эвдэрсэн", "Broken"},
		annot.Planned: {"Төлөвлөсөн", "Planned"}, annot.Closed: {"Хаагдсан", "Closed"},
	}
	kindNames = map[annot.GapKind]name{
		annot.MissingService: {"Дутуу үйлчилгээ", "Missing service"}, annot.Unsafe: {"Аюултай газар", "Unsafe place"},
		annot.Flooding: {"Үер", "Flooding"}, annot.NoLighting: {"Гэрэлтүүлэггүй", "No lighting"},
		annot.WasteDump: {"Хог овоолсон газар", "Waste dump"}, annot.BadRoad: {"Муу зам", "Bad road"},
		annot.OtherGap: {"Бусад асуудал", "Other problem"},
	}
	severityNames = map[annot.Severity]name{
		annot.Low: {"Бага", "Low"}, annot.Medium: {"Дунд", "Medium"}, annot.High: {"Өндөр", "High"},
	}
	gapStatusNames = map[annot.GapStatus]name{
		annot.Open: {"Нээлттэй", "Open"}, annot.Raised: {"Хурал дээр тавьсан", "Raised at a meeting"},
		annot.InProgress: {"Шийдвэрлэж байна", "In progress"}, annot.Resolved: {"Шийдвэрлэсэн", "Resolved"},
	}
)

// StatusName names a service point status in lang ("mn" or "en").
func StatusName(s annot.Status, lang string) string { return lookup(statusNames, s, lang) }

// GapKindName names a kind of gap.
func GapKindName(k annot.GapKind, lang string) string { return lookup(kindNames, k, lang) }

// SeverityName names a severity.
func SeverityName(s annot.Severity, lang string) string { return lookup(severityNames, s, lang) }

// GapStatusName names a gap status.
func GapStatusName(s annot.GapStatus, lang string) string { return lookup(gapStatusNames, s, lang) }

func lookup[K ~string](m map[K]name, k K, lang string) string {
	if n, ok := m[k]; ok {
		return n.in(lang)
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
