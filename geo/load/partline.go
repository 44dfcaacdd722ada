package load

import (
	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// Line says in one line, in l, what the part holds and what an import
// makes of it: "Schools: 12 points — service points". The window's import
// report and `khoroomap import` both print it.
func (p Part) Line(l words.Lang) string {
	n := 0
	if p.Layer != nil {
		n = len(p.Layer.Features)
	}
	if n == 0 || p.Role == RoleEmpty {
		return l.F("%s: no features", p.Name)
	}
	return l.F("%s: %s — %s", p.Name, countWords(l, p.Layer.Kind, n), l.T(p.roleKey()))
}

// countWords is "1 point", "12 points", "3 polygons" or "1 line" in l.
func countWords(l words.Lang, k geo.Kind, n int) string {
	var one, many string
	switch k {
	case geo.Points:
		one, many = "%d point", "%d points"
	case geo.Lines:
		one, many = "%d line", "%d lines"
	default:
		one, many = "%d polygon", "%d polygons"
	}
	if n == 1 {
		return l.F(one, n)
	}
	return l.F(many, n)
}

// roleKey is the English wording of what an import makes of the part.
func (p Part) roleKey() string {
	switch p.Role {
	case RoleBoundary:
		return boundaryKeys[p.Boundary]
	case RoleServicePoints:
		return "service points"
	case RoleGapPoints:
		return "gap points"
	case RoleGapAreas:
		return "gap areas"
	case RoleLines:
		return "a line layer (the route walked)"
	case RoleSkipped:
		if p.Layer.Kind == geo.Points {
			return "left out beside the areas"
		}
		return "left out beside the points"
	}
	return "nothing"
}

// boundaryKeys are the wordings of a boundary layer of each role.
var boundaryKeys = map[geo.Role]string{geo.RoleKhoroo: "a boundary layer (khoroo)", geo.RoleKheseg: "a boundary layer (kheseg)",
	geo.RoleGerArea: "a boundary layer (ger area)", geo.RoleDistrict: "a boundary layer (district)",
	geo.RoleOther: "a boundary layer (other)", geo.RolePoints: "a boundary layer (points)"}
