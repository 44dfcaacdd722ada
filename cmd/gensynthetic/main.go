// Command gensynthetic writes the synthetic ~100 MB FeatureCollection used
// by the load benchmarks (.ci/bench-load), to compare Khoroo Map with GDAL
// and mapshaper on the same file.
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/khoroomap/khoroomap/geo/synth"
)

func main() {
	o := synth.About100MB
	flag.IntVar(&o.Plots, "plots", o.Plots, "small polygons")
	flag.IntVar(&o.Large, "large", o.Large, "large polygons")
	flag.IntVar(&o.LargePoints, "large-points", o.LargePoints, "vertices per large polygon")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gensynthetic [flags] OUT.geojson")
		os.Exit(2)
	}
	f, err := os.Create(flag.Arg(0))
	if err == nil {
		err = synth.Write(f, o)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensynthetic:", err)
		os.Exit(1)
	}
}
