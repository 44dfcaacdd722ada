// Package streets turns an OpenStreetMap extract (.osm.pbf or .osm XML)
// into a street map drawn under the boundaries, offline: Read keeps the
// roads, paths, water, buildings, fences, parks, railways, place names and
// house numbers inside a bounding box; a Set indexes them for drawing;
// Draw paints them into a render.View with a greyscale-friendly style.
// The project store keeps a prepared Set so the extract is read once.
//
// Attribution is due wherever the map is shown: see Attribution.
package streets

// Attribution is the credit OpenStreetMap's licence (ODbL) asks for.
const Attribution = "© OpenStreetMap contributors"
