package store

import "fmt"

// copyOverlays brings into p the field sheets the other copies hold and p
// lacks (by ID: the same picture read in two copies is kept once). A
// sheet removed in one copy but kept in another comes back: a sheet is
// a picture, not an edit merging can weigh.
func (p *Project) copyOverlays(from []*projectCopy) error {
	for _, c := range from {
		got, err := c.p.Overlays()
		if err != nil {
			return err
		}
		if len(got) == 0 {
			continue
		}
		err = p.write(func(w *writer) error {
			for i := range got {
				if err := putOverlay(w, &got[i]); err != nil {
					return fmt.Errorf("%w (from %s)", err, c.p.path)
				}
			}
			return nil
		})
		if err != nil {
			return err
		}
	}
	return nil
}
