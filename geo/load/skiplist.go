package load

import (
	"fmt"
	"sort"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// skipList counts the features left out, by reason (the why constants).
// As an error it lists them in English, largest count first ("2 features
// with no geometry (null)"); it words itself in a language too.
type skipList map[string]int

// skipWords are the reasons' words, a count first.
var skipWords = map[string]string{
	whyEmpty:       "%d features with empty geometry",
	whyEmptyCoords: "%d features with empty <coordinates>",
	whyLine:        "%d features of line geometry (neither area nor point)",
	whyNoGeometry:  "%d features with no geometry (null)",
	whyNoArea:      "%d features whose rings enclose no area",
	whyNotFeature:  "%d features not in GeoJSON Feature form",
	whyPoints:      "%d features of point geometry among the polygons (label points?)",
	whyPointLayers: "%d features of point geometry, in a Shapefile of points beside the areas (import takes them as service points with -as points)",
	whyUnknownType: "%d features with an unknown geometry type",
}

// reasons are s's reasons, largest count first, then by their text.
func (s skipList) reasons() []string {
	out := make([]string, 0, len(s))
	for r := range s {
		out = append(out, r)
	}
	sort.Slice(out, func(i, j int) bool {
		if s[out[i]] != s[out[j]] {
			return s[out[i]] > s[out[j]]
		}
		return out[i] < out[j]
	})
	return out
}

// Error lists the reasons in English: "1 feature with ..., 2 features ...".
func (s skipList) Error() string {
	var parts []string
	for _, r := range s.reasons() {
		parts = append(parts, fmt.Sprintf("%d %s %s", s[r], plural(s[r], "feature", "features"), r))
	}
	return strings.Join(parts, ", ")
}

// In lists the reasons in l.
func (s skipList) In(l words.Lang) string {
	if l == words.EN {
		return s.Error()
	}
	var parts []string
	for _, r := range s.reasons() {
		if key, ok := skipWords[r]; ok {
			parts = append(parts, l.F(key, s[r]))
		} else {
			parts = append(parts, fmt.Sprintf("%d %s", s[r], r))
		}
	}
	return strings.Join(parts, ", ")
}
