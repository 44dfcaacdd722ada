package store

import (
	"database/sql"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// settingDefaults records which generation of default categories a
// project has been given, so that a category its users deleted is not
// brought back at the next opening.
const settingDefaults = "default_categories"

// newDefaults lists the default categories each generation added.
var newDefaults = []struct {
	version int
	ids     []string
}{
	{2, []string{"hospital", "pharmacy", "clinic", "dentist"}},
}

// addNewDefaults gives a project the default categories added since it
// was made (health services: hospital, pharmacy, clinic, dentist), once.
func (p *Project) addNewDefaults() error {
	v, _, err := p.Setting(settingDefaults)
	if err != nil {
		return err
	}
	have, _ := strconv.Atoi(v)
	latest := newDefaults[len(newDefaults)-1].version
	if have >= latest {
		return nil
	}
	cats, err := p.Categories()
	if err != nil {
		return err
	}
	return p.tx(func(tx *sql.Tx) error {
		for _, g := range newDefaults {
			if g.version > have {
				if err := addMissing(tx, cats, g.ids); err != nil {
					return err
				}
			}
		}
		return markDefaults(tx)
	})
}

// markDefaults records that the project has the latest default categories.
func markDefaults(tx *sql.Tx) error {
	latest := newDefaults[len(newDefaults)-1].version
	_, err := tx.Exec(`INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value`, settingDefaults, strconv.Itoa(latest))
	if err != nil {
		return fmt.Errorf("store: recording the default categories: %w", err)
	}
	return nil
}

// addMissing appends the default categories of ids that cats lacks.
func addMissing(tx *sql.Tx, cats []annot.Category, ids []string) error {
	for _, c := range annot.DefaultCategories() {
		if !slices.Contains(ids, c.ID) || slices.ContainsFunc(cats, func(k annot.Category) bool { return k.ID == c.ID }) {
			continue
		}
		pos, err := nextPosition(tx)
		if err != nil {
			return fmt.Errorf("store: adding category %q: %w", c.ID, err)
		}
		c.Modified = time.Now()
		if err := putCategory(tx, c, pos); err != nil {
			return err
		}
	}
	return nil
}
