// Package annot holds what kheseg leaders add to the map: service points
// (a water kiosk, a school, a bus stop...) in categories, and gaps (what is
// missing or failing, as a point or an area). It knows how an edit is
// undone, which khoroo, kheseg and ger area a place lies in, how copies of
// a project merge and how what a merge marked is reviewed, and nothing
// about files or screens: geo/store keeps annotations on disk.
package annot
