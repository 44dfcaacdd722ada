package sheets

import (
	"fmt"
	"image"
	"image/png"
	"io"
	"strings"

	"github.com/paulmach/orb"
	"github.com/paulmach/orb/project"

	"github.com/khoroomap/khoroomap/geo/atomicfile"
)

// mercatorWKT is EPSG:3857, the CRS of the world files written here.
const mercatorWKT = `PROJCS["WGS 84 / Pseudo-Mercator",GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]],PROJECTION["Mercator_1SP"],PARAMETER["central_meridian",0],PARAMETER["scale_factor",1],PARAMETER["false_easting",0],PARAMETER["false_northing",0],UNIT["metre",1],AXIS["Easting",EAST],AXIS["Northing",NORTH],EXTENSION["PROJ4","+proj=merc +a=6378137 +b=6378137 +lat_ts=0 +lon_0=0 +x_0=0 +y_0=0 +k=1 +units=m +nadgrids=@null +wktext +no_defs"],AUTHORITY["EPSG","3857"]]`

// WorldFile is the six lines of an ESRI world file placing an image of
// w x h pixels over lon/lat box b, in EPSG:3857 metres: pixel size in x,
// two rotation terms (0), negative pixel size in y, and the centre of the
// top-left pixel.
func WorldFile(b orb.Bound, w, h int) string {
	nw := mercator(orb.Point{b.Min[0], b.Max[1]})
	se := mercator(orb.Point{b.Max[0], b.Min[1]})
	sx, sy := (se[0]-nw[0])/float64(w), (nw[1]-se[1])/float64(h)
	return fmt.Sprintf("%.10f\n0\n0\n%.10f\n%.6f\n%.6f\n", sx, -sy, nw[0]+sx/2, nw[1]-sy/2)
}

// WriteGeoPNG writes img as PNG at path with its world file (.pgw) and,
// so that GDAL and QGIS know the CRS, a .png.aux.xml; each file is
// written whole or not at all.
func WriteGeoPNG(path string, img image.Image, b orb.Bound) error {
	if !strings.EqualFold(pathExt(path), ".png") {
		return fmt.Errorf("sheets: %s: the rectified sheet is written as .png", path)
	}
	r := img.Bounds()
	files := []struct {
		path  string
		write func(io.Writer) error
	}{
		{path, func(w io.Writer) error { return png.Encode(w, img) }},
		{path[:len(path)-4] + ".pgw", text(WorldFile(b, r.Dx(), r.Dy()))},
		{path + ".aux.xml", text("<PAMDataset>\n  <SRS>" + mercatorWKT + "</SRS>\n</PAMDataset>\n")},
	}
	for _, f := range files {
		if err := atomicfile.Write(f.path, f.write); err != nil {
			return fmt.Errorf("sheets: writing %s: %w", f.path, err)
		}
	}
	return nil
}

func text(s string) func(io.Writer) error {
	return func(w io.Writer) error { _, err := io.WriteString(w, s); return err }
}

func pathExt(p string) string {
	if i := strings.LastIndexByte(p, '.'); i >= 0 && !strings.ContainsAny(p[i:], `/\`) {
		return p[i:]
	}
	return ""
}

func mercator(p orb.Point) orb.Point { return project.WGS84.ToMercator(p) }
