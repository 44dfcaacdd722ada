package training

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/khoroomap/khoroomap/geo/store"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Reset replaces the training project at path with a fresh one (as
// Create writes it) and keeps the old file beside it as a dated
// backup, "NAME-backup-2006-01-02-1504.gpkg" at now, whose path it
// returns ("" when there was no file). A file that is not the training
// project is refused and left as it is.
func Reset(path string, now time.Time) (string, error) {
	if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
		return "", Create(path)
	}
	if err := checkTraining(path); err != nil {
		return "", err
	}
	backup := backupName(path, now)
	if err := os.Rename(path, backup); err != nil {
		return "", words.Errorf("training: keeping a backup of %s: %w", path, err)
	}
	if err := Create(path); err != nil {
		os.Rename(backup, path)
		return "", err
	}
	return backup, nil
}

func checkTraining(path string) error {
	p, err := store.Open(path)
	if err != nil {
		return err
	}
	defer p.Close()
	ok, err := Is(p)
	if err == nil && !ok {
		err = words.Errorf("training: %s is not the training project; it is left as it is", path)
	}
	return err
}

// backupName is a free name beside path for its backup at now.
func backupName(path string, now time.Time) string {
	ext := filepath.Ext(path)
	stem := strings.TrimSuffix(path, ext) + "-backup-" + now.Format("2006-01-02-1504")
	name := stem + ext
	for i := 2; ; i++ {
		if _, err := os.Lstat(name); errors.Is(err, os.ErrNotExist) {
			return name
		}
		name = fmt.Sprintf("%s-%d%s", stem, i, ext)
	}
}

// ParticipantCopyName is the file name of a participant's copy for the
// trainer, "training-NAME-2006-01-02.gpkg", so that copies on one USB
// stick never overwrite each other. Characters Windows refuses in file
// names, control characters and spaces become "_"; Cyrillic stays; an
// empty name gives "participant".
func ParticipantCopyName(participant string, date time.Time) string {
	name := strings.Map(func(r rune) rune {
		if r < 0x20 || r == 0x7f || strings.ContainsRune(`<>:"/\|?* `, r) {
			return '_'
		}
		return r
	}, strings.TrimSpace(participant))
	name = strings.Trim(name, "._")
	if name == "" {
		name = "participant"
	}
	if len(name) > 60 {
		name = strings.ToValidUTF8(name[:60], "")
	}
	return "training-" + name + "-" + date.Format("2006-01-02") + ".gpkg"
}
