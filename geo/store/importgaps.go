package store

import (
	"fmt"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// GapCounts count the gaps an import brought: new ones, ones it holds
// with other content (updated), and ones it holds already as they are.
type GapCounts struct {
	Added, Updated, Unchanged int
}

// importGaps writes the imported gaps (an export's, see exchange.Gaps)
// that are new or changed, with their places, inside the import's
// transaction. A gap kept with other content keeps its creation time and
// review mark.
func importGaps(w *writer, s *annot.Set, gaps []annot.Gap, res *ImportResult) error {
	if len(gaps) == 0 {
		return nil
	}
	layers, err := readLayers(w.tx, nil, placeRoles...)
	if err != nil {
		return fmt.Errorf("store: %w", err)
	}
	Assigner(layers).Assign(&annot.Set{Gaps: gaps})
	done := map[string]bool{}
	for i := range gaps {
		g := &gaps[i]
		old, ok := s.Gap(g.ID)
		switch {
		case done[g.ID] || (ok && old.Same(g)):
			res.Gaps.Unchanged++
			continue
		case ok:
			g.Created, g.Review = old.Created, old.Review
			res.Gaps.Updated++
		default:
			res.Gaps.Added++
		}
		done[g.ID] = true
		if err := putGap(w, g); err != nil {
			return err
		}
	}
	return nil
}
