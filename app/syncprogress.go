package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/office"
)

// stageWords names each stage of a sync in the window; %d of %d are the
// photos done of the stage's.
var stageWords = map[office.Stage]string{
	office.StagePhotosSent:     "Sending photos: %d of %d",
	office.StageBoundaries:     "Sending the khoroo and district boundaries",
	office.StageAnnotations:    "Merging the annotations with the office's",
	office.StagePhotosReceived: "Receiving photos: %d of %d",
}

// refusalWords say in the window why a photo stayed on the laptop, or
// on the server.
var refusalWords = map[office.Refusal]string{
	office.PhotoDamaged:   "the photo is damaged",
	office.PhotoWrongType: "the photo is not a JPEG or PNG",
	office.PhotoTooLarge:  "the photo is over 32 MB",
	office.PhotoRefused:   "the office database refused it",
	office.PhotoAbsent:    "the office database gives no data for it",
}

// showProgress moves the bar to how far the sync's stage is (its photos
// done of all: full when there are none; empty as the boundaries or
// annotations stage starts) and names the stage under it. It runs on the
// UI goroutine.
func (s *syncPanel) showProgress(p office.Progress) {
	s.step = p
	s.stage.SetText(stepWords(p))
	value := 0.0
	switch {
	case p.Total > 0:
		value = float64(p.Done) / float64(p.Total)
	case p.Stage == office.StagePhotosSent || p.Stage == office.StagePhotosReceived:
		value = 1
	}
	s.setBar(value)
}

// stepWords names a sync's stage, and its photos done, in the language
// now chosen.
func stepWords(p office.Progress) string {
	words := lang.L(stageWords[p.Stage])
	if strings.Contains(words, "%d") {
		words = fmt.Sprintf(words, p.Done, p.Total)
	}
	return fmt.Sprintf(lang.L("Step %d of %d: %s"), p.Stage, office.StagePhotosReceived, words)
}

// setBar moves the bar to v (0 to 1).
func (s *syncPanel) setBar(v float64) {
	s.bar.SetValue(v)
	if s.moved != nil {
		s.moved(v)
	}
}

// unsentLines says, one line each, which photos the sync left on the
// laptop, on which annotation, and why.
func unsentLines(us []office.UnsentPhoto) string {
	var b strings.Builder
	for _, u := range us {
		fmt.Fprintf(&b, "\n"+lang.L("Photo %s of «%s» stays on this laptop: %s."), u.Name, u.Label, lang.L(refusalWords[u.Why]))
	}
	return b.String()
}

// refusedLines says, one line each, which photos of the server the sync
// did not take, on which annotation, and why.
func refusedLines(rs []office.RefusedPhoto) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "\n"+lang.L("Photo %s of «%s» stays in the office database, not taken: %s."), photoName(r), r.Label, lang.L(refusalWords[r.Why]))
	}
	return b.String()
}

// photoName is a refused photo's file name, or words saying it has none.
func photoName(r office.RefusedPhoto) string {
	if r.Name != "" {
		return r.Name
	}
	return lang.L("(without a file name)")
}
