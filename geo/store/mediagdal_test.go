package store

import (
	"os/exec"
	"strings"
	"testing"
)

// gdalRelations prints each relationship GDAL finds in a GeoPackage:
// left table, right table, mapping table, related table type.
const gdalRelations = `import sys
from osgeo import gdal
gdal.UseExceptions()
ds = gdal.OpenEx(sys.argv[1])
for n in sorted(ds.GetRelationshipNames() or []):
    r = ds.GetRelationship(n)
    print(r.GetLeftTableName(), r.GetRightTableName(), r.GetMappingTableName(), r.GetRelatedTableType())
`

// TestGDALReadsThePhotos: GDAL sees the Related Tables Extension's
// relationships from each annotation table to the photos.
func TestGDALReadsThePhotos(t *testing.T) {
	if exec.Command("/usr/bin/python3", "-c", "from osgeo import gdal").Run() != nil {
		t.Skip("no python3-gdal on this machine")
	}
	path := gdalProject(t)
	out, err := exec.Command("/usr/bin/python3", "-c", gdalRelations, path).CombinedOutput()
	if err != nil {
		t.Fatalf("GDAL: %v\n%s", err, out)
	}
	want := "gap_areas media gap_areas_media media\ngap_points media gap_points_media media\nservice_points media service_points_media media\n"
	if string(out) != want {
		t.Errorf("GDAL's relationships:\n%s\nwant\n%s", out, want)
	}
	validateGPKG(t, path)
	blob, err := exec.Command("ogrinfo", "-ro", "-q", "-sql", "SELECT m.name, m.content_type, length(m.data) > 200 AS big FROM service_points_media x JOIN media m ON m.id = x.related_id ORDER BY x.position", path).CombinedOutput()
	if err != nil || !strings.Contains(string(blob), "name (String) = IMG_0001.jpg") || !strings.Contains(string(blob), "big (Integer) = 1") {
		t.Errorf("ogrinfo reading the photos: %v\n%s", err, blob)
	}
}
