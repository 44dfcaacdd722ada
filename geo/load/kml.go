package load

import (
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"

	"github.com/paulmach/orb"
	"golang.org/x/text/encoding/htmlindex"

	"github.com/khoroomap/khoroomap/geo"
)

// kmlReader streams a KML document: each Placemark becomes a feature as
// soon as it ends.
type kmlReader struct {
	d     *xml.Decoder
	lim   *tokenLimit
	cp    coordParser   // the points of the geometry being read
	inner [][2]int      // where the inner rings of a polygon are in cp.pts
	rings [][]orb.Point // scratch for storing a polygon
	b     *builder
	index int // Placemarks seen
	texts int // bytes of text the Placemark being read held so far
}

// placemark is what one Placemark held.
type placemark struct {
	props  geo.Props
	polys  []orb.Polygon
	points []orb.Point
	lines  int
	empty  bool
	noArea bool // a polygon's rings enclosed nothing
}

func readKML(r io.Reader, b *builder) error {
	lim := &tokenLimit{r: r, file: b.file}
	d := xml.NewDecoder(lim)
	d.Strict = false // ArcGIS exports use the xsi: prefix without declaring it
	d.CharsetReader = func(label string, in io.Reader) (io.Reader, error) {
		enc, err := htmlindex.Get(label)
		if err != nil {
			return nil, fmt.Errorf("the document's encoding %q is not supported", label)
		}
		return enc.NewDecoder().Reader(in), nil
	}
	b.crsName = "EPSG:4326" // KML is always WGS84 lon/lat
	k := &kmlReader{d: d, lim: lim, b: b}
	err := k.document()
	if err != nil {
		var le *Error
		if errors.As(err, &le) {
			return err
		}
		line, _ := d.InputPos()
		msg := err.Error()
		var se *xml.SyntaxError
		if errors.As(err, &se) {
			line, msg = se.Line, se.Msg
		}
		at := Error{File: b.file, Feature: k.current(), Line: line}
		if errors.Is(err, io.ErrUnexpectedEOF) || msg == "unexpected EOF" {
			return worded(at, "invalid KML: unexpected end of file (the file looks truncated)")
		}
		return worded(at, "invalid KML: %s", msg)
	}
	return nil
}

// current is the Placemark being read, for messages; 0 outside one.
func (k *kmlReader) current() int { return k.index }

// document walks the whole document, reading every Placemark.
func (k *kmlReader) document() error {
	root := true
	docDepth := 0
	for {
		tok, err := k.token()
		if err == io.EOF {
			if root {
				return errorf(k.b.file, "not KML: the XML document has no elements")
			}
			return nil
		}
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			docDepth++
			if root && t.Name.Local != "kml" {
				return errorf(k.b.file, "not KML: an XML document whose root element is <%s>", t.Name.Local)
			}
			root = false
			switch t.Name.Local {
			case "Placemark":
				docDepth--
				k.index++
				if err := k.placemark(); err != nil {
					return err
				}
			case "name":
				if k.b.title == "" && docDepth <= 3 {
					text, err := k.text()
					if err != nil {
						return err
					}
					k.b.title = strings.TrimSpace(text)
					docDepth--
				}
			}
		case xml.EndElement:
			docDepth--
		}
	}
}

// text reads the character data up to the end of the current element,
// including that of elements nested in it.
func (k *kmlReader) text() (string, error) {
	k.lim.most = int64(maxText) + 4<<10 // not read whole: the decoder reads ahead a little
	defer func() { k.lim.most = 0 }()
	var sb strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := k.token()
		if errors.Is(err, errLongText) {
			return "", k.longText("a text longer than %d MiB, the most a value may hold; the file is refused", int64(maxText))
		} else if err != nil {
			return "", eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.CharData:
			if sb.Len()+len(t) > maxText {
				return "", k.longText("a text longer than %d MiB, the most a value may hold; the file is refused", int64(maxText))
			}
			if k.texts += len(t); k.texts > int(maxRow) {
				return "", k.longText("a feature's properties longer than %d MiB, the most a feature's attributes may hold; the file is refused", maxRow)
			}
			sb.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return sb.String(), nil
}

func eofIsUnexpected(err error) error {
	if err == io.EOF {
		return io.ErrUnexpectedEOF
	}
	return err
}

// placemark reads one Placemark after its start tag and adds it.
func (k *kmlReader) placemark() error {
	k.texts = 0
	var pm placemark
	var name, desc string
	for {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.EndElement:
			k.add(&pm, name, desc)
			return nil
		case xml.StartElement:
			switch t.Name.Local {
			case "name":
				name, err = k.text()
			case "description":
				desc, err = k.text()
			case "ExtendedData":
				err = k.extendedData(&pm.props)
			default:
				err = k.geometry(t.Name.Local, &pm)
			}
			if err != nil {
				return err
			}
		}
	}
}

// add turns a finished Placemark into a feature. Attributes from
// ExtendedData come first, then those from an ArcGIS description table;
// the Placemark's <name> fills "name" unless an attribute already did.
func (k *kmlReader) add(pm *placemark, name, desc string) {
	props := pm.props
	for _, kv := range descriptionTable(desc) {
		if _, ok := props.Get(kv.Key); !ok {
			props = append(props, kv)
		}
	}
	name = strings.TrimSpace(name)
	if existing, ok := props.Get("name"); ok && name != "" && geo.FormatValue(existing) != name {
		props = append(props, geo.Prop{Key: "placemark_name", Value: name})
	} else if !ok && name != "" {
		props = append(geo.Props{{Key: "name", Value: name}}, props...)
	}
	k.b.mixed(pm.lines, len(pm.polys), len(pm.points))
	switch {
	case len(pm.polys) > 0:
		k.b.addPolygons(k.index, props, pm.polys)
	case len(pm.points) > 0:
		for _, p := range pm.points {
			k.b.addPoint(k.index, props, p)
		}
	case pm.lines > 0:
		k.b.skip(whyLine)
	case pm.noArea:
		k.b.skip(whyNoArea)
	case pm.empty:
		k.b.skip(whyEmptyCoords)
	default:
		k.b.skip(whyNoGeometry)
	}
}

// extendedData reads SchemaData/SimpleData and Data/value attributes.
func (k *kmlReader) extendedData(props *geo.Props) error {
	depth := 1
	for depth > 0 {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			key := attr(t, "name")
			if n := utf8.RuneCountInString(key); len(key) > maxKey && n > maxKey {
				return worded(Error{File: k.b.file, Feature: k.current()}, "a property name of %d characters, more than the %d a name may hold; the file is refused", n, maxKey)
			}
			switch {
			case t.Name.Local == "SimpleData" && key != "":
				v, err := k.text()
				if err != nil {
					return err
				}
				depth--
				props.Set(key, nullable(v))
			case t.Name.Local == "Data" && key != "":
				v, err := k.dataValue()
				if err != nil {
					return err
				}
				depth--
				props.Set(key, nullable(v))
			}
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// dataValue reads the <value> of a <Data> element up to its end.
func (k *kmlReader) dataValue() (string, error) {
	var v string
	for {
		tok, err := k.token()
		if err != nil {
			return "", eofIsUnexpected(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			text, err := k.text()
			if err != nil {
				return "", err
			}
			if t.Name.Local == "value" {
				v = text
			}
		case xml.EndElement:
			return v, nil
		}
	}
}

func attr(t xml.StartElement, name string) string {
	for _, a := range t.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// nullable maps the empty string and ArcGIS's "<Null>" to nil.
func nullable(v string) any {
	v = strings.TrimSpace(v)
	if v == "" || strings.EqualFold(v, "<Null>") {
		return nil
	}
	return v
}

// longText is the error for a text of the Placemark being read that runs
// over its bound of most bytes; key words it, with the bound in MiB.
func (k *kmlReader) longText(key string, most int64) error {
	return worded(Error{File: k.b.file, Feature: k.current()}, key, most>>20)
}
