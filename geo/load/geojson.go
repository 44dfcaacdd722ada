package load

import (
	"errors"
	"fmt"
	"io"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
)

// errTopology reports a TopoJSON document met by the GeoJSON reader.
var errTopology = errors.New("TopoJSON")

// gjReader streams GeoJSON into a builder: features are converted as soon
// as each one ends, so memory holds the result and not the text.
type gjReader struct {
	s    *scanner
	b    *builder
	keys interner
	c    coords
	cur  int // 1-based index of the feature being read
	acc  struct {
		polys  []orb.Polygon
		pts    []orb.Point
		lines  int
		noArea int // polygons whose rings enclosed nothing
	}
	ringBuf  [][]orb.Point
	props    geo.Props // scratch for reading one feature's properties
	envelope string
}

// object is what one JSON object held, as far as GeoJSON cares.
type object struct {
	typ                   string
	props, extra          geo.Props
	propsSeen, geomMember bool
	hasCoords             bool
	emitted               bool       // features were emitted from inside it
	before                *readSoFar // what was read before its "features"
}

func readGeoJSON(r io.Reader, b *builder) error {
	g := &gjReader{s: newScanner(r), b: b, keys: interner{}}
	err := g.document()
	var se *syntaxError
	if errors.As(err, &se) && g.cur > 0 {
		return &Error{File: b.file, Feature: g.cur, Line: se.line, Col: se.col, Msg: se.why.Error(), why: se.why}
	}
	if errors.As(err, &se) {
		return &Error{File: b.file, Line: se.line, Col: se.col, Msg: se.why.Error(), why: se.why}
	}
	return err
}

// document reads the top-level value: an object, or an array of objects.
func (g *gjReader) document() error {
	switch g.s.peek() {
	case '{':
		if err := g.topObject(); err != nil {
			return err
		}
	case '[':
		if err := g.topArray(); err != nil {
			return err
		}
	default:
		return g.s.unexpected("a JSON object '{' or array '['")
	}
	if g.s.peek() != 0 {
		return g.s.errorf("unexpected data after the end of the JSON document")
	}
	return g.s.readErr
}

func (g *gjReader) topObject() error {
	obj, err := g.object(0, true)
	if err != nil {
		return err
	}
	switch {
	case obj.typ == "Topology":
		return errTopology
	case obj.typ == "FeatureCollection", obj.typ == "GeometryCollection", obj.emitted:
	case obj.typ == "Feature", obj.geomMember, wantDepth[obj.typ] > 0:
		g.cur = 1
		g.emit(obj)
	case obj.typ == "":
		return errorf(g.b.file, `not GeoJSON: the top-level object has no "type" member and holds no features`)
	default:
		return errorf(g.b.file, "not GeoJSON: unknown type %q", obj.typ)
	}
	if g.envelope != "" {
		g.b.warnings = append(g.b.warnings, fmt.Sprintf("the GeoJSON sits inside a wrapper object, under %q; read from there", g.envelope))
	}
	return nil
}

// topArray reads a bare JSON array of features or of plain objects with a
// "geometry" member (as some web APIs publish).
func (g *gjReader) topArray() error {
	plain := 0
	err := g.s.array(1, func() error {
		g.cur++
		g.resetAcc()
		obj, err := g.object(1, false)
		if err == nil {
			if obj.typ != "Feature" {
				plain++
			}
			g.emit(obj)
		}
		return err
	})
	if plain > 0 {
		g.b.warnings = append(g.b.warnings, fmt.Sprintf("not standard GeoJSON: a JSON array of %d objects; each object's \"geometry\" was read as a feature and its other members as properties", plain))
	}
	return err
}

func (g *gjReader) resetAcc() {
	g.acc.polys = g.acc.polys[:0]
	g.acc.pts = g.acc.pts[:0]
	g.acc.lines, g.acc.noArea = 0, 0
}

// object reads one JSON object. top is true for the document's own object
// and for wrapper objects around it.
func (g *gjReader) object(depth int, top bool) (object, error) {
	var obj object
	err := g.s.object(depth, func(key []byte) error {
		return g.member(&obj, string(key), depth, top)
	})
	if err != nil {
		return obj, err
	}
	if obj.emitted && obj.before != nil && notCollection(obj.typ) { // "type" came after a stray "features"
		g.rollback(obj.before)
		obj.emitted = false
	}
	if obj.hasCoords {
		if err := g.convert(obj.typ); err != nil {
			return obj, because(Error{File: g.b.file, Feature: max(g.cur, 1)}, err)
		}
	}
	return obj, nil
}

// member reads one member of an object into obj.
func (g *gjReader) member(obj *object, key string, depth int, top bool) error {
	s := g.s
	switch key {
	case "type":
		if s.peek() == '"' {
			t, err := s.str()
			obj.typ = t
			return err
		}
	case "coordinates":
		if s.peek() == '[' {
			obj.hasCoords = true
			return s.readCoords(&g.c)
		}
	case "geometry":
		obj.geomMember = true
		if s.peek() == '{' {
			_, err := g.object(depth+1, false)
			return err
		}
		return g.discard(depth)
	case "properties":
		obj.propsSeen = true
		if s.peek() == '{' {
			g.props = g.props[:0]
			err := s.properties(depth+1, g.keys, &g.props)
			obj.props = append(make(geo.Props, 0, len(g.props)), g.props...) // exact size: kept for the layer's life
			return err
		}
		return g.discard(depth)
	case "features":
		if s.peek() != '[' || notCollection(obj.typ) { // the type decides
			return g.discard(depth)
		}
		obj.before = g.soFar()
		n, err := g.features(depth + 1)
		obj.emitted = obj.emitted || n > 0
		return err
	case "geometries":
		return g.geometries(obj, depth, top)
	case "crs":
		return g.crs(depth + 1)
	}
	if top && s.peek() == '{' {
		return g.wrapped(obj, key, depth)
	}
	v, ok, err := s.value(depth+1, g.keys, g.keys.get([]byte(key)), &obj.extra)
	if ok {
		obj.extra = append(obj.extra, geo.Prop{Key: g.keys.get([]byte(key)), Value: v})
	}
	if key == "name" && depth == 0 {
		if title, isStr := v.(string); isStr {
			g.b.title = title
		}
	}
	if depth == 0 && (key == "attribution" || key == "license" || key == "licence" || key == "copyright") {
		if text, isStr := v.(string); isStr && text != "" {
			g.b.attribution = append(g.b.attribution, text)
		}
	}
	return err
}

// discard reads a value and drops it.
func (g *gjReader) discard(depth int) error {
	_, _, err := g.s.value(depth+1, g.keys, "", new(geo.Props))
	return err
}

// wrapped reads an object nested under key in a top-level object: an API
// envelope may hold the real GeoJSON there.
func (g *gjReader) wrapped(obj *object, key string, depth int) error {
	inner, err := g.object(depth+1, true)
	if err != nil {
		return err
	}
	if inner.emitted || inner.typ == "Feature" {
		obj.emitted = true
		if g.envelope == "" {
			g.envelope = key
		}
		if inner.typ == "Feature" {
			g.cur++
			g.emit(inner)
		}
	}
	return nil
}

// features reads a "features" array, emitting each feature as it ends,
// and returns how many it held.
func (g *gjReader) features(depth int) (int, error) {
	n := 0
	err := g.s.array(depth, func() error {
		g.cur++
		n++
		g.resetAcc()
		obj, err := g.object(depth+1, false)
		if err == nil {
			g.emit(obj)
		}
		return err
	})
	return n, err
}

// geometries reads a GeometryCollection's members. At the top level each
// member becomes a feature; inside a feature they merge into one.
func (g *gjReader) geometries(obj *object, depth int, top bool) error {
	s := g.s
	if s.peek() != '[' {
		if top && s.peek() == '{' {
			return g.wrapped(obj, "geometries", depth)
		}
		_, _, err := s.value(depth+1, g.keys, "", new(geo.Props))
		return err
	}
	return s.array(depth+1, func() error {
		if top {
			g.cur++
			g.resetAcc()
		}
		m, err := g.object(depth+2, false)
		if err == nil && top {
			obj.emitted = true
			g.emit(m)
		}
		return err
	})
}

// crs reads a legacy "crs" member: {"type":"name","properties":{"name":...}}
// or the older {"type":"EPSG","properties":{"code":...}}.
func (g *gjReader) crs(depth int) error {
	var p geo.Props
	v, ok, err := g.s.value(depth, g.keys, "", &p)
	if err != nil {
		return err
	}
	if ok && v != nil {
		g.b.crsName = geo.FormatValue(v)
	}
	if name := p.Text("properties.name"); name != "" {
		g.b.crsName = name
	} else if code := p.Text("properties.code"); code != "" {
		g.b.crsName = "EPSG:" + code
	}
	return nil
}
