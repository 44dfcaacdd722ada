// Package basemap supplies the imagery or street map drawn under the
// boundaries, offline: MBTiles files (the SQLite tile packages QGIS, GDAL,
// TileMill and MOBAC write), folders of z/x/y tiles, and, only when a user
// turns it on, an online XYZ tile server with a disk cache. It draws a
// source into any view at any zoom, scaling lower-zoom tiles up while
// better ones load and past the source's deepest level, through a bounded
// in-memory cache of decoded tiles.
package basemap
