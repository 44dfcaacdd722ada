package geo

import (
	"path/filepath"
	"strings"
)

// Role says what a layer's features are, which decides how they are drawn.
type Role int

const (
	// RoleOther is a polygon layer of unknown meaning.
	RoleOther Role = iota
	// RoleDistrict is a layer of düüreg (districts).
	RoleDistrict
	// RoleKhoroo is a layer of khoroo boundaries.
	RoleKhoroo
	// RoleKheseg is a layer of kheseg (neighbourhoods within a khoroo).
	RoleKheseg
	// RoleGerArea is a layer of ger areas.
	RoleGerArea
	// RolePoints is a layer of places (service points and the like).
	RolePoints
)

// Roles lists every role, in the order a user would pick from.
var Roles = []Role{RoleKhoroo, RoleKheseg, RoleGerArea, RoleDistrict, RoleOther, RolePoints}

// String returns a stable key for the role ("khoroo", "ger_area", ...),
// usable in settings files and translation keys.
func (r Role) String() string {
	return [...]string{"other", "district", "khoroo", "kheseg", "ger_area", "points"}[r]
}

// roleWords are hints found in file names, layer titles, property keys and
// feature names, most specific first: a kheseg file also mentions khoroos.
var roleWords = []struct {
	role  Role
	words []string
}{
	{RoleKheseg, []string{"kheseg", "хэсэг", "heseg"}},
	{RoleGerArea, []string{"ger_area", "ger area", "ger-area", "гэр хороолол", "ger_district"}},
	{RoleKhoroo, []string{"khoroo", "хороо", "horoo", "kh_mon"}},
	{RoleDistrict, []string{"duureg", "дүүрэг", "district"}},
}

// InferRole guesses a layer's role from what it says about itself: points
// layers are RolePoints, lines RoleOther; for polygons, telling words are looked for first
// in the file name, title and name field, then in the first feature names,
// then in the property keys (the weakest hint: district files often carry
// leftover khoroo attributes).
func InferRole(l *Layer) Role {
	switch l.Kind {
	case Points:
		return RolePoints
	case Lines:
		return RoleOther // a track is no boundary, whatever its file is called
	}
	names, keys := "", ""
	for i := 0; i < len(l.Features) && i < 5; i++ {
		names += " " + l.Features[i].Name
	}
	if len(l.Features) > 0 {
		for _, p := range l.Features[0].Props {
			keys += " " + p.Key
		}
	}
	for _, text := range []string{filepath.Base(l.Source) + " " + l.Title + " " + l.NameField, names, keys} {
		if r, ok := roleIn(strings.ToLower(text)); ok {
			return r
		}
	}
	return RoleOther
}

// roleIn finds the first role whose words appear in text.
func roleIn(text string) (Role, bool) {
	for _, rw := range roleWords {
		for _, w := range rw.words {
			if strings.Contains(text, w) {
				return rw.role, true
			}
		}
	}
	return RoleOther, false
}

// ParseRole reads a role's String form; unknown text gives RoleOther and
// false.
func ParseRole(s string) (Role, bool) {
	for _, r := range Roles {
		if r.String() == s {
			return r, true
		}
	}
	return RoleOther, false
}

// DrawRank is where a role's layers sit in the window's and the printed
// page's drawing order, from the bottom: districts, other areas, ger-area
// fills, kheseg lines, the strong khoroo outline over them, points on top.
func (r Role) DrawRank() int {
	return [...]int{RoleDistrict: 0, RoleOther: 1, RoleGerArea: 2, RoleKheseg: 3, RoleKhoroo: 4, RolePoints: 5}[r]
}
