package load

import (
	"fmt"
	"regexp"
	"strings"

	"github.com/khoroomap/khoroomap/geo/words"
)

var (
	prjName = regexp.MustCompile(`^\s*(PROJCS|GEOGCS)\s*\[\s*"([^"]*)"`)
	prjUTM  = regexp.MustCompile(`(?i)UTM[ _]zone[ _]([0-9]{1,2})([NS])\b`)
	prjWGS  = regexp.MustCompile(`(?i)DATUM\s*\[\s*"(D_)?WGS[ _]?(19)?84"`)
	prjWeb  = regexp.MustCompile(`(?i)Mercator_Auxiliary_Sphere|Pseudo[ _-]Mercator|Popular Visualisation`)
)

// prjCRS sets the builder's coordinate system from a layer's .prj (none:
// assumed WGS 84): WGS 84 longitude/latitude, Web Mercator, or a WGS 84
// UTM zone, converted by toLonLat. Any other, or two layers in different
// systems, is refused in one line saying what to do.
func (b *builder) prjCRS(name, base string, prj []byte) error {
	if len(strings.TrimSpace(string(prj))) == 0 {
		return nil
	}
	code, err := prjEPSG(string(prj))
	if err != nil {
		return errorf(name, "%s.prj: %v; save the layer from QGIS or ArcMap as WGS 84 (EPSG:4326) and zip it again", base, err)
	}
	if b.crsName != "" && b.crsName != code {
		return errorf(name, "%s.prj says %s but another layer of the archive is in %s; save every layer as WGS 84 (EPSG:4326)", base, code, b.crsName)
	}
	b.crsName = code
	return nil
}

// prjEPSG names the EPSG code of a .prj's system ("EPSG:4326",
// "EPSG:3857", "EPSG:32648"), or says why it cannot be read.
func prjEPSG(prj string) (string, error) {
	m := prjName.FindStringSubmatch(prj)
	switch {
	case m == nil:
		return "", words.Errorf("not a coordinate system Khoroo Map can read")
	case m[1] == "GEOGCS" && prjWGS.MatchString(prj):
		return "EPSG:4326", nil
	case m[1] == "PROJCS" && prjWeb.MatchString(prj):
		return "EPSG:3857", nil
	}
	if u := prjUTM.FindStringSubmatch(prj); m[1] == "PROJCS" && u != nil && prjWGS.MatchString(prj) {
		base := 32600
		if strings.EqualFold(u[2], "S") {
			base = 32700
		}
		var zone int
		fmt.Sscan(u[1], &zone)
		if zone >= 1 && zone <= 60 {
			return fmt.Sprintf("EPSG:%d", base+zone), nil
		}
	}
	return "", words.Errorf("the layer is in %q, not WGS 84 longitude/latitude, and Khoroo Map has no conversion from it", m[2])
}
