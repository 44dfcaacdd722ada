package load

import (
	"encoding/json"
	"errors"
	"io"
	"slices"
	"sort"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// topology is a TopoJSON document.
type topology struct {
	Type      string `json:"type"`
	Transform *struct {
		Scale     [2]float64 `json:"scale"`
		Translate [2]float64 `json:"translate"`
	} `json:"transform"`
	Arcs    [][][]float64           `json:"arcs"`
	Objects map[string]topoGeometry `json:"objects"`
}

// topoGeometry is one geometry object of a topology; Arcs holds arc
// indexes nested as the type requires.
type topoGeometry struct {
	Type        string          `json:"type"`
	Arcs        json.RawMessage `json:"arcs"`
	Coordinates json.RawMessage `json:"coordinates"`
	Properties  map[string]any  `json:"properties"`
	ID          any             `json:"id"`
	Geometries  []topoGeometry  `json:"geometries"`
}

// topoReader converts a decoded topology into features.
type topoReader struct {
	b                *builder
	arcs             [][]orb.Point
	index            int
	multi            bool // more than one object: record which each feature came from
	scale, translate [2]float64
	budget           int // vertices the rings may still unfold to
}

// Arcs are shared: a border is stored once and used by the areas on
// both sides, by each layer of a multi-layer topology. The rings may
// unfold to reuseFactor times the arcs' points (plus reuseSlack), no
// more: reusing one long arc thousands of times would take gigabytes.
const (
	reuseFactor = 8
	reuseSlack  = 1 << 20
)

func readTopoJSON(r io.Reader, b *builder) error {
	var t topology
	if err := json.NewDecoder(r).Decode(&t); err != nil {
		return topoDecodeError(b.file, err)
	}
	if t.Type != "Topology" {
		return errorf(b.file, `not TopoJSON: "type" is %q, not "Topology"`, t.Type)
	}
	tr := &topoReader{b: b, multi: len(t.Objects) > 1, scale: [2]float64{1, 1}}
	if t.Transform != nil {
		tr.scale, tr.translate = t.Transform.Scale, t.Transform.Translate
	}
	if err := tr.decodeArcs(&t); err != nil {
		return err
	}
	names := make([]string, 0, len(t.Objects))
	for name := range t.Objects {
		names = append(names, name)
	}
	sort.Strings(names)
	for _, name := range names {
		if err := tr.object(name, t.Objects[name]); err != nil {
			return err
		}
	}
	if b.title == "" && len(names) == 1 {
		b.title = names[0]
	}
	return nil
}

// topoDecodeError words a JSON error from encoding/json.
func topoDecodeError(file string, err error) error {
	var se *json.SyntaxError
	var te *json.UnmarshalTypeError
	switch {
	case errors.As(err, &se):
		return errorf(file, "invalid JSON at byte %d: %v", se.Offset, se)
	case errors.As(err, &te):
		return errorf(file, "invalid TopoJSON: %q should not be a JSON %s (byte %d)", te.Field, te.Value, te.Offset)
	case errors.Is(err, io.ErrUnexpectedEOF), errors.Is(err, io.EOF):
		return errorf(file, "unexpected end of file (the file looks truncated)")
	}
	return errorf(file, "invalid TopoJSON: %v", err)
}

// decodeArcs turns quantized, delta-encoded arcs into positions.
func (tr *topoReader) decodeArcs(t *topology) error {
	tr.arcs = make([][]orb.Point, len(t.Arcs))
	tr.budget = reuseSlack
	for i, arc := range t.Arcs {
		tr.budget += reuseFactor * len(arc)
		pts := make([]orb.Point, 0, len(arc))
		var x, y float64
		for _, pos := range arc {
			if len(pos) < 2 {
				return errorf(tr.b.file, "arc %d has a position with fewer than two numbers", i)
			}
			if t.Transform == nil {
				pts = append(pts, orb.Point{pos[0], pos[1]})
				continue
			}
			x, y = x+pos[0], y+pos[1]
			pts = append(pts, orb.Point{
				x*t.Transform.Scale[0] + t.Transform.Translate[0],
				y*t.Transform.Scale[1] + t.Transform.Translate[1],
			})
		}
		tr.arcs[i] = pts
	}
	return nil
}

// object adds the features of one named object.
func (tr *topoReader) object(name string, g topoGeometry) error {
	if g.Type == "GeometryCollection" {
		for _, m := range g.Geometries {
			if err := tr.feature(name, m); err != nil {
				return err
			}
		}
		return nil
	}
	return tr.feature(name, g)
}

// feature adds one geometry object as a feature.
func (tr *topoReader) feature(object string, g topoGeometry) error {
	tr.index++
	props := topoProps(g)
	if err := tr.b.propsWithin(tr.index, props); err != nil {
		return err
	}
	if tr.multi {
		props = append(props, geo.Prop{Key: "topojson_object", Value: object})
	}
	switch g.Type {
	case "Polygon", "MultiPolygon":
		polys, err := tr.polygons(g)
		if err != nil {
			return because(Error{File: tr.b.file, Feature: tr.index}, err)
		}
		tr.b.addPolygons(tr.index, props, polys)
	case "Point", "MultiPoint":
		return tr.points(g, props)
	case "LineString", "MultiLineString":
		tr.b.skip(whyLine)
	case "", "null":
		tr.b.skip(whyNoGeometry)
	default:
		tr.b.skip(whyUnknownType)
	}
	return nil
}

// polygons resolves a Polygon's or MultiPolygon's arc references.
func (tr *topoReader) polygons(g topoGeometry) ([]orb.Polygon, error) {
	var rings [][][]int
	if g.Type == "Polygon" {
		var one [][]int
		if err := json.Unmarshal(g.Arcs, &one); err != nil {
			return nil, words.Errorf("Polygon arcs must be a list of rings of arc indexes")
		}
		rings = [][][]int{one}
	} else if err := json.Unmarshal(g.Arcs, &rings); err != nil {
		return nil, words.Errorf("MultiPolygon arcs must be a list of polygons of rings of arc indexes")
	}
	var polys []orb.Polygon
	for _, poly := range rings {
		var pts [][]orb.Point
		for _, ring := range poly {
			r, err := tr.ring(ring)
			if err != nil {
				return nil, err
			}
			pts = append(pts, r)
		}
		if len(pts) == 0 {
			continue
		}
		tr.b.feature = tr.index
		polys = tr.b.polygon(polys, pts)
	}
	return polys, nil
}

// ring stitches arcs into a ring: index i runs forward, ^i (that is -i-1)
// backward, and each arc after the first drops its shared first point.
func (tr *topoReader) ring(refs []int) ([]orb.Point, error) {
	var out []orb.Point
	for k, ref := range refs {
		i, reverse := ref, false
		if ref < 0 {
			i, reverse = ^ref, true
		}
		if i >= len(tr.arcs) {
			return nil, words.Errorf("refers to arc %d, but the topology has %d arcs", ref, len(tr.arcs))
		}
		arc := tr.arcs[i]
		if tr.budget -= len(arc); tr.budget < 0 {
			return nil, words.Errorf("the objects reuse the arcs so often that they would unfold to more than %d times the arcs' points; the file is refused", reuseFactor)
		}
		if reverse {
			arc = slices.Clone(arc)
			slices.Reverse(arc)
		}
		if k > 0 && len(arc) > 0 {
			arc = arc[1:]
		}
		out = append(out, arc...)
	}
	return out, nil
}

// points adds a Point or MultiPoint, whose coordinates are not arcs.
func (tr *topoReader) points(g topoGeometry, props geo.Props) error {
	var one []float64
	var many [][]float64
	if json.Unmarshal(g.Coordinates, &one) == nil && len(one) >= 2 {
		many = [][]float64{one}
	} else if json.Unmarshal(g.Coordinates, &many) != nil {
		return worded(Error{File: tr.b.file, Feature: tr.index}, "Point coordinates must be [x, y]")
	}
	for _, p := range many {
		if len(p) >= 2 {
			tr.b.addPoint(tr.index, props, orb.Point{
				p[0]*tr.scale[0] + tr.translate[0],
				p[1]*tr.scale[1] + tr.translate[1],
			})
		}
	}
	return nil
}

// topoProps keeps a geometry object's properties, sorted by key (JSON
// objects decoded into maps lose their order), and its id.
func topoProps(g topoGeometry) geo.Props {
	keys := make([]string, 0, len(g.Properties))
	for k := range g.Properties {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	props := make(geo.Props, 0, len(keys)+1)
	if g.ID != nil {
		props = append(props, geo.Prop{Key: "id", Value: g.ID})
	}
	for _, k := range keys {
		props = append(props, geo.Prop{Key: k, Value: plainValue(g.Properties[k])})
	}
	return props
}

// plainValue flattens nested JSON values to text.
func plainValue(v any) any {
	switch v.(type) {
	case map[string]any:
		b, _ := json.Marshal(v)
		return string(b)
	}
	return v
}
