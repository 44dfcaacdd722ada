// Package printmap makes printable maps: pages with a title, the map, a
// legend with counts, a scale bar, a north arrow, an overview inset, notes
// and sources, as PNG images or PDF documents, and atlases of one page per
// khoroo or kheseg. The map itself is rendered with go-staticmaps (offline:
// no tiles unless a basemap is given), drawing the project through
// MapObjects of this package: areas with holes, hatching, symbols and
// halo labels come from geo/render, so printed maps look like the screen.
package printmap
