// Package exchange moves annotations in and out of projects as files other
// tools read: it turns a loaded point layer (GeoJSON, osmtogeojson output,
// KML, CSV) into service points, and writes points and gaps as GeoJSON,
// CSV and KML with all their attributes.
package exchange
