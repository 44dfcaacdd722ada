package app

import (
	"fmt"
	"strings"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/office"
)

// refusalWords say in the window why a photo stayed on the laptop, or
// on the server.
var refusalWords = map[office.Refusal]string{
	office.PhotoDamaged:   "the photo is damaged",
	office.PhotoWrongType: "the photo is not a JPEG or PNG",
	office.PhotoTooLarge:  "the photo is over 32 MB",
	office.PhotoRefused:   "the office database refused it",
	office.PhotoAbsent:    "the office database gives no data for it",
}

// unsentLines says, one line each, which photos the sync left on the
// laptop, on which annotation (as name words it), and why.
func unsentLines(us []office.UnsentPhoto, name func(id, label string) string) string {
	var b strings.Builder
	for _, u := range us {
		fmt.Fprintf(&b, "\n"+lang.L("Photo %s of «%s» stays on this laptop: %s."), u.Name, name(u.Annotation, u.Label), lang.L(refusalWords[u.Why]))
	}
	return b.String()
}

// refusedLines says, one line each, which photos of the server the sync
// did not take, on which annotation (as name words it), and why.
func refusedLines(rs []office.RefusedPhoto, name func(id, label string) string) string {
	var b strings.Builder
	for _, r := range rs {
		fmt.Fprintf(&b, "\n"+lang.L("Photo %s of «%s» stays in the office database, not taken: %s."), photoName(r), name(r.Annotation, r.Label), lang.L(refusalWords[r.Why]))
	}
	return b.String()
}

// annotName words the annotation id as the window names it in its
// language: its name, else its category or gap kind (a sync's result
// holds their codes); label when the project has no such annotation.
func (s *syncPanel) annotName(id, label string) string {
	set := s.ws.Annotations()
	if set == nil {
		return label
	}
	if p, ok := set.Point(id); ok {
		c, _ := set.Category(p.Category)
		return mapstyle.PointName(c, &p, currentLang())
	}
	for i := range set.Gaps {
		if set.Gaps[i].ID == id {
			return mapstyle.GapName(set, &set.Gaps[i], currentLang())
		}
	}
	return label
}

// photoName is a refused photo's file name, or words saying it has none.
func photoName(r office.RefusedPhoto) string {
	if r.Name != "" {
		return r.Name
	}
	return lang.L("(without a file name)")
}
