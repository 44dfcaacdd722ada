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
