// Command genosm writes the made-up Ulaanbaatar-like city of
// geo/synth/osmsynth as OSM XML, for benchmarks (.ci/bench-streets turns
// it into .osm.pbf with osmium). Usage: genosm [-blocks N] [-houses N] OUT.osm
package main

import (
	"flag"
	"fmt"
	"os"

	"github.com/khoroomap/khoroomap/geo/synth/osmsynth"
)

func main() {
	blocks := flag.Int("blocks", 150, "blocks on each side of the city")
	houses := flag.Int("houses", 14, "buildings per block")
	flag.Parse()
	if flag.NArg() != 1 {
		fmt.Fprintln(os.Stderr, "usage: genosm [-blocks N] [-houses N] OUT.osm")
		os.Exit(2)
	}
	f, err := os.Create(flag.Arg(0))
	if err == nil {
		err = osmsynth.WriteXML(f, *blocks, *houses)
		if cerr := f.Close(); err == nil {
			err = cerr
		}
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "genosm:", err)
		os.Exit(1)
	}
}
