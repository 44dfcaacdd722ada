package load

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/shapefile"
)

// An export's _fields.csv names columns: a full name longer than 300
// characters leaves the short one, and a list larger than 1 MiB refuses
// the zip in one line.
func TestShapeZipFieldNamesBounded(t *testing.T) {
	pts := &shapefile.Layer{Name: "p", Fields: []string{"category_n", "notes"}, Rows: []shapefile.Row{
		{Geometry: orb.Point{106.91, 47.95}, Values: []string{"Сургууль", "ok"}}}}
	parts := shapeFiles(t, pts, "points", ".shp", ".dbf", ".prj")
	long := strings.Repeat("ө", 301)
	parts["points_fields.csv"] = "short,full\ncategory_n,category_name\nnotes," + long + "\n"
	ls, err := All(writeZip(t, "a.zip", parts), Options{Points: true})
	if err != nil {
		t.Fatal(err)
	}
	if p := ls[0].Features[0].Props; p.Text("category_name") != "Сургууль" || p.Text("notes") != "ok" || p.Text(long) != "" {
		t.Errorf("%v", p)
	}
	parts["points_fields.csv"] = "short,full\n" + strings.Repeat("a,b\n", 300<<10)
	if _, err := All(writeZip(t, "b.zip", parts), Options{Points: true}); err == nil || !strings.HasSuffix(err.Error(), "b.zip: points_fields.csv inside the archive is larger than 1 MiB, more than a list of column names takes; the file is refused") {
		t.Errorf("%v", err)
	}
}
