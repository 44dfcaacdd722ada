package load

import "maps"

// notCollection reports whether a GeoJSON type is a Feature or a
// geometry: an object of that type is one feature whatever other members
// it has, and a stray "features" member in it is ignored.
func notCollection(typ string) bool {
	return typ == "Feature" || wantDepth[typ] > 0
}

// readSoFar is what had been read before a "features" array, to forget what
// it added when the object turns out to be a Feature or a geometry.
type readSoFar struct {
	cur, polys, points int
	skipped            map[string]int
}

func (g *gjReader) soFar() *readSoFar {
	return &readSoFar{cur: g.cur, polys: len(g.b.polys), points: len(g.b.points), skipped: maps.Clone(g.b.skipped)}
}

// rollback forgets the features read since m.
func (g *gjReader) rollback(m *readSoFar) {
	b := g.b
	b.polys, b.polyIdx = b.polys[:m.polys], b.polyIdx[:m.polys]
	b.points, b.pointIdx = b.points[:m.points], b.pointIdx[:m.points]
	b.skipped, g.cur = m.skipped, m.cur
	b.warn("ignored the \"features\" member of a GeoJSON object whose \"type\" says it is not a collection")
}
