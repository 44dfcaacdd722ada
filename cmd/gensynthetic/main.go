// Command gensynthetic writes the synthetic ~100 MB FeatureCollection used
// by the load benchmarks (.ci/bench-load), to compare Khoroo Map with GDAL
// and mapshaper on the same file, or with -zigzag the one huge zigzag
// khoroo of .ci/bench-bigpoly.
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
	zigzag := flag.Int("zigzag", 0, "instead: one zigzag khoroo of this many vertices (the hostile boundary of .ci/bench-bigpoly)")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: gensynthetic [flags] OUT.geojson")
		os.Exit(2)
	}
	f, err := os.Create(flag.Arg(0))
	if err == nil {
		if *zigzag > 0 {
			err = synth.WriteZigzag(f, *zigzag, 0.3)
		} else {
			err = synth.Write(f, o)
		}
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "gensynthetic:", err)
		os.Exit(1)
	}
}
