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
// layers are RolePoints; for polygons, the file name, title, name field and
// first feature names are searched for telling words.
func InferRole(l *Layer) Role {
	if l.Kind == Points {
		return RolePoints
	}
	var sb strings.Builder
	sb.WriteString(filepath.Base(l.Source) + " " + l.Title + " " + l.NameField)
	for i := 0; i < len(l.Features) && i < 5; i++ {
		sb.WriteString(" " + l.Features[i].Name)
	}
	text := strings.ToLower(sb.String())
	for _, rw := range roleWords {
		for _, w := range rw.words {
			if strings.Contains(text, w) {
				return rw.role
			}
		}
	}
	return RoleOther
}
