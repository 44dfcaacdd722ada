package app

import (
	"image"
	"os"
	"path/filepath"
	"testing"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/exchange"
	"github.com/khoroomap/khoroomap/geo/load"
	"github.com/khoroomap/khoroomap/geo/printmap"
)

// fullDisk is a file whose every write fails as on a full disk: Linux's
// /dev/full (the test is skipped where there is none).
func fullDisk(t *testing.T) *os.File {
	f, err := os.OpenFile("/dev/full", os.O_WRONLY, 0)
	if err != nil {
		t.Skip("no /dev/full here:", err)
	}
	t.Cleanup(func() { f.Close() })
	return f
}

// khorooPage is a printable project of two khoroos and the first of them.
func khorooPage(t *testing.T, dir string) (*printmap.Project, printmap.Extent) {
	l, err := load.File(write(t, dir, "хороод.geojson", twoKhoroos), load.Options{})
	if err != nil {
		t.Fatal(err)
	}
	p := printmap.FromLayers("Хороо", []printmap.Layer{{Layer: l, Role: geo.RoleKhoroo}}, &annot.Set{})
	areas := p.Areas(geo.RoleKhoroo)
	return p, printmap.Extent{Area: &areas[0]}
}

// Errors of printing and exporting read in Mongolian, the system's cause
// in brackets.
var exportErrorCases = []namedErrorCase{
	{errorCase{"a PNG page onto a full disk", func(t *testing.T, _ string) error {
		return printmap.WritePNG(fullDisk(t), image.NewNRGBA(image.Rect(0, 0, 64, 64)), 150)
	}, ""}, nil},
	{errorCase{"a PDF page onto a full disk", func(t *testing.T, dir string) error {
		p, ext := khorooPage(t, dir)
		return printmap.PDF(fullDisk(t), p, ext, printmap.Options{Paper: "A4", DPI: 150, Lang: "mn"}, printFonts)
	}, ""}, nil},
	{errorCase{"a Shapefile zip onto a full disk", func(t *testing.T, _ string) error {
		return exchange.Write(fullDisk(t), &annot.Set{}, exchange.ShapefileZip, exchange.WriteOptions{Lang: "mn"})
	}, ""}, nil},
	{errorCase{"annotations to a text file", func(t *testing.T, dir string) error {
		_, err := exchange.FormatOf(filepath.Join(dir, "тэмдэглэл.txt"))
		return err
	}, ""}, nil},
}

// Each error of printing and exporting reads in Mongolian.
func TestExportErrorsWordedInMongolian(t *testing.T) {
	checkAllWorded(t, exportErrorCases)
}
