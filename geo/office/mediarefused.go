package office

import (
	"encoding/json"
	"fmt"
	"slices"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/store"
)

// PhotoAbsent: the server links an annotation to a photo it gives no
// data for. It is a reason a pull leaves a photo out (see RefusedPhoto).
const PhotoAbsent Refusal = "not on the server"

// RefusedPhoto is a photo the server links to an annotation that the
// laptop's pull refused (damaged, of the wrong type, too large, or not
// given). The annotation comes in without it; the server keeps it
// linked, as the laptop's later pushes of the annotation leave it there;
// each sync names it again until the server no longer links it or a pull
// takes it (a sync that pulls the annotation again tries it again).
type RefusedPhoto UnsentPhoto

// String is the photo's line in khoroomap sync's output.
func (r RefusedPhoto) String() string {
	name := r.Name
	if name != "" {
		name += " "
	}
	return fmt.Sprintf("photo %s(%.12s…) of %q (%s) not received, left on the server: %s: %s", name, r.Photo, r.Label, r.Annotation, r.Why, r.Detail)
}

// SettingRefusedPrefix begins the project settings that list, per office
// database, the photos its pulls refused (a JSON list of RefusedPhoto).
const SettingRefusedPrefix = "sync.refused."

// readRefused reads the photos the project's pulls from one database
// refused; a list garbled in the file reads as none.
func readRefused(p *store.Project, key string) ([]RefusedPhoto, error) {
	v, ok, err := p.Setting(key)
	if err != nil || !ok {
		return nil, err
	}
	var out []RefusedPhoto
	if json.Unmarshal([]byte(v), &out) != nil {
		return nil, nil
	}
	return out, nil
}

// saveRefused keeps now under key when it differs from was.
func saveRefused(p *store.Project, key string, was, now []RefusedPhoto) error {
	if slices.Equal(was, now) {
		return nil
	}
	return p.SetSetting(key, refusedJSON(now))
}

// refusedJSON is rs as the project keeps it.
func refusedJSON(rs []RefusedPhoto) string {
	b, _ := json.Marshal(rs) // strings only
	return string(b)
}

// addRefused adds to rs the photos of lines it lacks (by annotation and
// photo).
func addRefused(rs []RefusedPhoto, lines []UnsentPhoto) []RefusedPhoto {
	for _, u := range lines {
		if !slices.ContainsFunc(rs, func(r RefusedPhoto) bool { return r.Annotation == u.Annotation && r.Photo == u.Photo }) {
			rs = append(rs, RefusedPhoto(u))
		}
	}
	return rs
}

// leaveOut takes the photos of refused out of the annotations of s.
func leaveOut(s *annot.Set, refused unsent) {
	out := func(ph string) bool { _, ok := refused[ph]; return ok }
	for i := range s.Points {
		s.Points[i].Photos = slices.DeleteFunc(slices.Clone(s.Points[i].Photos), out)
	}
	for i := range s.Gaps {
		s.Gaps[i].Photos = slices.DeleteFunc(slices.Clone(s.Gaps[i].Photos), out)
	}
}

// standing keeps of was, the photos earlier pulls refused, those that
// still stand in the server's transaction: the annotation is live in
// merged and the server, when its links were read, still links the
// photo to it. Each is labelled as merged shows its annotation.
func standing(was []RefusedPhoto, srv *serverCopy, merged *annot.Set) []RefusedPhoto {
	labels := map[string]string{}
	for _, p := range merged.Points {
		labels[p.ID] = firstOf(p.Name, p.Category)
	}
	for i := range merged.Gaps {
		labels[merged.Gaps[i].ID] = merged.Gaps[i].Label()
	}
	var out []RefusedPhoto
	for _, r := range was {
		label, live := labels[r.Annotation]
		links, read := srv.links[r.Annotation]
		if live && (!read || slices.Contains(links, r.Photo)) {
			r.Label = label
			out = append(out, r)
		}
	}
	return out
}

// refusedOn maps each annotation of rs to the photos refused on it.
func refusedOn(rs []RefusedPhoto) map[string]map[string]bool {
	out := map[string]map[string]bool{}
	for _, r := range rs {
		if out[r.Annotation] == nil {
			out[r.Annotation] = map[string]bool{}
		}
		out[r.Annotation][r.Photo] = true
	}
	return out
}

// keepRefused puts back into want, a list of photos the laptop pushes
// for an annotation, those of have, the server's list, that its pulls
// refused: the laptop never held them, so its list cannot unlink them.
// Each goes back at its place in have, as far as want reaches.
func keepRefused(want, have []string, refused map[string]bool) []string {
	for i, ph := range have {
		if refused[ph] && !slices.Contains(want, ph) {
			want = slices.Insert(want, min(i, len(want)), ph)
		}
	}
	return want
}

// shownIn reports whether merged shows r's photo on r's annotation: a
// pull took it.
func shownIn(merged *annot.Set) func(RefusedPhoto) bool {
	shown := photoLists(merged)
	return func(r RefusedPhoto) bool { return slices.Contains(shown[r.Annotation], r.Photo) }
}
