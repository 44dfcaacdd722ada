package printmap

import (
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// word returns a page's fixed text, keyed by its English wording, in lang
// (see words.Of).
func word(text, lang string) string { return words.Of(lang).T(text) }

// roleLegend keys the legend label of a boundary layer by its role.
var roleLegend = map[geo.Role]string{
	geo.RoleKhoroo: "Khoroo boundary", geo.RoleKheseg: "Kheseg boundary", geo.RoleGerArea: "Ger area",
	geo.RoleDistrict: "District boundary", geo.RoleOther: "Other areas",
}

// roleWord is the legend label of a layer of role r in lang.
func roleWord(r geo.Role, lang string) string {
	if k, ok := roleLegend[r]; ok {
		return word(k, lang)
	}
	return word("Other areas", lang)
}
