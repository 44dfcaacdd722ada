package exchange

import (
	"slices"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

// leaveOutUnreadable drops from names, before anything names them in the
// export, the photos photos cannot read (a stranger's project can hold a
// JPEG declaring 60000x60000 pixels), telling leftOut of each in one line
// naming the photo's file in the export and why. With no leftOut it drops
// nothing: writing the photos then fails on the first.
func leaveOutUnreadable(names map[string]string, photos PhotoData, leftOut func(error)) {
	if photos == nil || leftOut == nil {
		return
	}
	for _, id := range photoOrder(names) {
		if _, err := photos(id); err != nil {
			leftOut(words.Errorf("exchange: photo %s is left out of the export: %w", names[id], err))
			delete(names, id)
		}
	}
}

// photoOrder is the IDs of names in the order of their files' names.
func photoOrder(names map[string]string) []string {
	ids := make([]string, 0, len(names))
	for id := range names {
		ids = append(ids, id)
	}
	slices.SortFunc(ids, func(a, b string) int { return strings.Compare(names[a], names[b]) })
	return ids
}
