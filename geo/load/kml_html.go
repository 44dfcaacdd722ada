package load

import (
	"html"
	"regexp"
	"strings"

	"github.com/khoroomap/khoroomap/geo"
)

var (
	tdRE  = regexp.MustCompile(`(?is)<td[^>]*>(.*?)</td>`)
	tagRE = regexp.MustCompile(`(?s)<[^>]*>`)
)

// descriptionTable reads the attribute table that ArcGIS writes into a
// Placemark's <description>: rows of two cells, key and value. Rows with
// any other number of cells (titles, nested tables) are ignored, and so is
// a description that is not such a table.
func descriptionTable(desc string) geo.Props {
	if !strings.Contains(desc, "<td") && !strings.Contains(desc, "<TD") {
		return nil
	}
	var props geo.Props
	for _, row := range splitRows(desc) {
		cells := tdRE.FindAllStringSubmatch(row, -1)
		if len(cells) != 2 {
			continue
		}
		key := cellText(cells[0][1])
		if key == "" {
			continue
		}
		if _, dup := props.Get(key); !dup {
			props = append(props, geo.Prop{Key: key, Value: nullable(cellText(cells[1][1]))})
		}
	}
	return props
}

// splitRows cuts HTML at every <tr so that each piece holds one row's
// own cells, even when tables nest.
func splitRows(s string) []string {
	lower := strings.ToLower(s)
	var rows []string
	for {
		i := strings.Index(lower, "<tr")
		if i < 0 {
			return rows
		}
		lower, s = lower[i+3:], s[i+3:]
		j := strings.Index(lower, "<tr")
		if j < 0 {
			j = len(s)
		}
		rows = append(rows, s[:j])
	}
}

// cellText strips tags and entities from a table cell.
func cellText(s string) string {
	return strings.TrimSpace(html.UnescapeString(tagRE.ReplaceAllString(s, "")))
}
