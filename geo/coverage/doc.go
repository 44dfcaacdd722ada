// Package coverage finds who lives too far from a service: within each
// khoroo, kheseg or ger area, the region farther (in a straight line) than
// a walking distance from every working point of a category, its share of
// the area and, where the area's population is known, an estimate of the
// people living there.
//
// It works in metres on a local projection around each area (an
// equirectangular one centred on it: at khoroo scale its distortion is far
// below a tenth of a percent), on a fine grid: the area is filled row by
// row, each point's reach is stamped as a disc, and what is left is traced
// back into polygons. Points outside an area still cover the parts of it
// within reach.
package coverage
