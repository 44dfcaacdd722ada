package load

import "github.com/khoroomap/khoroomap/geo"

// Take is the one rule for what an import makes of a layer l of a file,
// read whole (see All), with the role as (nil: guessed): a layer of
// points, with as nil or geo.RolePoints, gives service points (the gaps
// among them, see IsGap, gap points); a layer all of gaps gives gap
// areas; a layer of lines stays lines (kept as a layer whose boundary is
// the role geo.InferRole gives, whatever as says); any other layer is a
// boundary layer with the role as, else the one geo.InferRole gives. A
// layer of areas taken as geo.RolePoints is thus a boundary layer with
// that role, which no import accepts. Parts and the project store's
// import both follow it.
func Take(l *geo.Layer, as *geo.Role) (role string, boundary geo.Role) {
	annots := as == nil || *as == geo.RolePoints
	switch {
	case annots && l.Kind == geo.Points:
		return RoleServicePoints, geo.RoleOther
	case annots && allGaps(l):
		return RoleGapAreas, geo.RoleOther
	case l.Kind == geo.Lines:
		return RoleLines, geo.InferRole(l)
	case as != nil:
		return RoleBoundary, *as
	}
	return RoleBoundary, geo.InferRole(l)
}
