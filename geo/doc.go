// Package geo is the domain of Khoroo Map, free of any user-interface
// toolkit: boundary layers of named polygons, point layers, their
// properties and the rules that make real-world files usable.
//
// Coordinates are always WGS84 longitude/latitude in orb.Point order
// {lon, lat}. Readers for file formats live in geo/load; coordinate
// reference systems in geo/crs.
package geo
