package main

import (
	"fmt"
	"math"
	"strconv"

	"github.com/khoroomap/khoroomap/geo/atomicfile"
)

// checkOutput refuses, before any page is drawn or table computed, an -o
// that cannot be written: a folder, a missing folder, a folder that
// refuses new files. The message is one line naming the path.
func checkOutput(path string) error {
	return atomicfile.Check(path)
}

// maxDistance is the longest walking distance a command accepts, in
// metres: more than a city, less than absurd.
const maxDistance = 100_000

// checkDistance refuses a walking distance that is not a number of
// metres from above 0 to maxDistance; flag is what the message shows
// before the number ("-distance ").
func checkDistance(flag string, metres float64) error {
	if math.IsNaN(metres) || metres <= 0 || metres > maxDistance {
		return fmt.Errorf("%s%s: give a walking distance in metres, above 0 and at most %d", flag, compact(metres), maxDistance)
	}
	return nil
}

// checkOpacity refuses an opacity outside 0 to 1.
func checkOpacity(v float64) error {
	if math.IsNaN(v) || v < 0 || v > 1 {
		return fmt.Errorf("-basemap-opacity %s: give a number from 0 (invisible) to 1 (opaque)", compact(v))
	}
	return nil
}

// compact writes a number for a message, short however large.
func compact(v float64) string {
	return strconv.FormatFloat(v, 'g', 6, 64)
}
