package exchange

import (
	"bufio"
	"encoding/xml"
	"fmt"
	"image/color"
	"io"
	"slices"
	"strings"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/words"
)

// writeKML writes a KML 2.2 document with a folder of service points and
// one of gaps; each placemark carries every attribute as ExtendedData and
// points are coloured by category.
func writeKML(w io.Writer, s *annot.Set, opt WriteOptions) error {
	return writeKMLPhotos(w, s, opt, nil)
}

// writeKMLPhotos is writeKML with each placemark's photos shown in its
// balloon, from the files photos names (inside a KMZ). A placemark's
// <name> is what Google Earth labels it with, as the window does: a
// point's name or else its category's, a gap's kind (and service), in
// the export's language; ExtendedData keeps the codes and the point's
// own name (see placemark), which an import reads.
func writeKMLPhotos(w io.Writer, s *annot.Set, opt WriteOptions, photos map[string]string) error {
	bw := bufio.NewWriter(w)
	bw.WriteString(xml.Header + `<kml xmlns="http://www.opengis.net/kml/2.2"><Document><name>Khoroo Map</name>` + "\n")
	for _, c := range s.Categories {
		fmt.Fprintf(bw, `<Style id="cat-%s"><IconStyle><color>%s</color></IconStyle></Style>`+"\n", esc(c.ID), kmlColour(c.Colour))
	}
	bw.WriteString(`<Style id="gap"><IconStyle><color>ff1a1ad3</color></IconStyle><LineStyle><color>ff1a1ad3</color><width>2</width></LineStyle><PolyStyle><color>551a1ad3</color></PolyStyle></Style>` + "\n")
	fmt.Fprintf(bw, "<Folder><name>%s</name>\n", words.Of(opt.Lang).T("Service points"))
	for i := range s.Points {
		p := &s.Points[i]
		cat, _ := s.Category(p.Category)
		placemark(bw, mapstyle.PointName(cat, p, opt.Lang), "cat-"+p.Category, pointFields(s, p, opt.Lang), p.Location, images(p.Photos, photos), true)
	}
	fmt.Fprintf(bw, "</Folder>\n<Folder><name>%s</name>\n", words.Of(opt.Lang).T("Gaps"))
	for i := range s.Gaps {
		g := &s.Gaps[i]
		placemark(bw, mapstyle.GapName(s, g, opt.Lang), "gap", gapFields(s, g, opt.Lang), rightHand(g.Geometry), images(g.Photos, photos), false)
	}
	bw.WriteString("</Folder>\n</Document></kml>\n")
	return bw.Flush()
}

// placemark writes one placemark labelled name, with the attributes fs
// in its ExtendedData, empty ones left out but for a point's "name":
// an unnamed point's label is its category's, no name to import. A gap
// has no "name" there, so GDAL names it by its label.
func placemark(w *bufio.Writer, name, style string, fs []field, g orb.Geometry, imgs []string, point bool) {
	fmt.Fprintf(w, "<Placemark><name>%s</name><styleUrl>#%s</styleUrl>", esc(name), esc(style))
	if len(imgs) > 0 {
		w.WriteString("<description>")
		for _, src := range imgs {
			w.WriteString(esc(`<img src="` + src + `" width="480"/><br/>`))
		}
		w.WriteString("</description>")
	}
	w.WriteString("<ExtendedData>")
	if len(imgs) > 0 { // the files, as the Shapefile zip's photos column: an import finds them again
		fs = append(slices.Clip(fs), field{"photos", strings.Join(imgs, ";")})
	}
	for _, f := range fs {
		if f.value != "" || (point && f.key == "name") {
			fmt.Fprintf(w, `<Data name="%s"><value>%s</value></Data>`, esc(f.key), esc(f.value))
		}
	}
	w.WriteString("</ExtendedData>")
	switch g := g.(type) {
	case orb.Point:
		fmt.Fprintf(w, "<Point><coordinates>%s</coordinates></Point>", coord(g))
	case orb.Polygon:
		w.WriteString("<Polygon>")
		for i, r := range g {
			tag := "outerBoundaryIs"
			if i > 0 {
				tag = "innerBoundaryIs"
			}
			var cs []string
			for _, p := range r {
				cs = append(cs, coord(p))
			}
			fmt.Fprintf(w, "<%s><LinearRing><coordinates>%s</coordinates></LinearRing></%s>", tag, strings.Join(cs, " "), tag)
		}
		w.WriteString("</Polygon>")
	}
	w.WriteString("</Placemark>\n")
}

func coord(p orb.Point) string { return num(p[0]) + "," + num(p[1]) }

func esc(s string) string {
	var b strings.Builder
	xml.EscapeText(&b, []byte(s))
	return b.String()
}

// kmlColour writes a colour as KML's aabbggrr.
func kmlColour(c color.NRGBA) string { return fmt.Sprintf("ff%02x%02x%02x", c.B, c.G, c.R) }
