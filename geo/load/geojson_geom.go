package load

// convert turns the coordinates just read into geometry for the current
// feature, according to the object's type.
func (g *gjReader) convert(typ string) error {
	c := &g.c
	if c.threeD {
		g.b.threeD = true
	}
	if c.posDepth == 0 || wantDepth[typ] == 0 {
		return nil // empty, or coordinates without a geometry type
	}
	if err := c.checkShape(typ); err != nil {
		return err
	}
	switch typ {
	case "Point", "MultiPoint":
		g.acc.pts = append(g.acc.pts, c.pts...)
	case "LineString", "MultiLineString":
		g.acc.lines++
	case "Polygon":
		g.addPolygon(1, 0)
	case "MultiPolygon":
		for i := range c.ends[2] {
			g.addPolygon(2, i)
		}
	}
	return nil
}

// addPolygon stores the i-th polygon at depth d of the coordinates: its
// rings are the arrays at depth d+1 within it.
func (g *gjReader) addPolygon(d, i int) {
	c := &g.c
	from, to := 0, len(c.posEnds[d+1])
	if d > 1 {
		from, to = c.children(d, i)
	}
	g.ringBuf = g.ringBuf[:0]
	for r := from; r < to; r++ {
		g.ringBuf = append(g.ringBuf, c.span(d+1, r))
	}
	if len(g.ringBuf) == 0 {
		return
	}
	g.b.feature = max(g.cur, 1)
	n := len(g.acc.polys)
	if g.acc.polys = g.b.polygon(g.acc.polys, g.ringBuf); len(g.acc.polys) == n {
		g.acc.noArea++
	}
}

// emit hands the feature just read to the builder.
func (g *gjReader) emit(obj object) {
	props := obj.props
	if !obj.propsSeen && obj.typ != "Feature" {
		props = obj.extra
	}
	g.b.mixed(g.acc.lines, len(g.acc.polys), len(g.acc.pts))
	switch {
	case len(g.acc.polys) > 0:
		g.b.addPolygons(g.cur, props, g.acc.polys)
	case len(g.acc.pts) > 0:
		for _, p := range g.acc.pts {
			g.b.addPoint(g.cur, props, p)
		}
	case g.acc.lines > 0:
		g.b.skip(whyLine)
	case g.acc.noArea > 0:
		g.b.skip(whyNoArea)
	case obj.typ != "Feature" && !obj.geomMember && wantDepth[obj.typ] == 0:
		g.b.skip(whyNotFeature)
	default:
		g.b.skip(whyNoGeometry)
	}
}
