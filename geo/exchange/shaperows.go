package exchange

import (
	"archive/zip"
	"fmt"
	"regexp"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/shapefile"
)

func fieldKeys(fs []field) []string {
	keys := make([]string, 0, len(fs)+1)
	for _, f := range fs {
		keys = append(keys, f.key)
	}
	return append(keys, "photos")
}

func addRow(l *shapefile.Layer, fs []field, photos []string, names map[string]string, g orb.Geometry) {
	if l.Fields == nil {
		l.Fields = fieldKeys(fs)
	}
	values := make([]string, 0, len(fs)+1)
	for _, f := range fs {
		values = append(values, f.value)
	}
	files := make([]string, len(photos))
	for i, id := range photos {
		files[i] = names[id]
	}
	l.Rows = append(l.Rows, shapefile.Row{Geometry: g, Values: append(values, strings.Join(files, ";"))})
}

var unsafeName = regexp.MustCompile(`[^\p{L}\p{N}_-]+`)

// safeName is s with every run of other characters than letters, digits,
// _ and - made one _, trimmed of _ and cut to at most max letters.
func safeName(s string, max int) string {
	s = strings.Trim(unsafeName.ReplaceAllString(s, "_"), "_")
	if r := []rune(s); len(r) > max {
		s = string(r[:max])
	}
	return s
}

// photoNames names each photo file by its annotation: its label in lang
// (the point's name or its category's, the gap's kind, as the window
// says them), the start of the annotation's UUID and the photo's place in
// its list, e.g. photos/Ус_түгээх_3-р_байр_1f0c2a9b_1.jpg.
// A hostile project's IDs and names pass through safeName, so no entry
// leaves photos/, and a name already given gets a number after it.
func photoNames(s *annot.Set, lang string) map[string]string {
	out, taken := map[string]string{}, map[string]bool{}
	name := func(label, id string, photos []string) {
		label = safeName(label, 40)
		id = safeName(id, 8)
		for i, ph := range photos {
			if _, ok := out[ph]; ok {
				continue
			}
			n := fmt.Sprintf("photos/%s_%s_%d.jpg", first(label, "photo"), id, i+1)
			for k := 2; taken[n]; k++ {
				n = fmt.Sprintf("photos/%s_%s_%d_%d.jpg", first(label, "photo"), id, i+1, k)
			}
			out[ph], taken[n] = n, true
		}
	}
	for i := range s.Points {
		p := &s.Points[i]
		cat, _ := s.Category(p.Category)
		name(mapstyle.PointName(cat, p, lang), p.ID, p.Photos)
	}
	for i := range s.Gaps {
		name(mapstyle.GapName(s, &s.Gaps[i], lang), s.Gaps[i].ID, s.Gaps[i].Photos)
	}
	return out
}

// writePhotos puts each named photo into the zip, read one at a time.
func writePhotos(z *zip.Writer, names map[string]string, photos PhotoData) error {
	if photos == nil {
		return nil
	}
	for _, id := range photoOrder(names) {
		name := names[id]
		data, err := photos(id)
		if err != nil {
			return fmt.Errorf("exchange: photo %s: %w", name, err)
		}
		if err := zipFile(z, name, data); err != nil {
			return err
		}
	}
	return nil
}
