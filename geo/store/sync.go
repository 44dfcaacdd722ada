package store

import (
	"github.com/khoroomap/khoroomap/geo/annot"
)

// SettingSyncID is the project's identity towards the office database: a
// UUID made at its first sync.
const SettingSyncID = "sync.project"

// SyncID returns the project's identity towards the office database,
// making and saving one the first time.
func (p *Project) SyncID() (string, error) {
	id, ok, err := p.Setting(SettingSyncID)
	if err != nil || ok {
		return id, err
	}
	id = annot.NewID()
	return id, p.SetSetting(SettingSyncID, id)
}

// Replace makes the project's annotations s and adds the revisions revs,
// writing only what differs, in one transaction: a crash leaves the old
// ones or the new ones, never a mix.
func (p *Project) Replace(s *annot.Set, revs annot.Revisions) error {
	cur, err := p.Load()
	if err != nil {
		return err
	}
	curRevs, err := p.Revisions()
	if err != nil {
		return err
	}
	return p.writeDiff(&projectCopy{set: cur, revs: curRevs}, &projectCopy{set: s, revs: revs})
}
