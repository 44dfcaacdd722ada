// Command khoroomap is Khoroo Map: a desktop map of khoroo, kheseg and
// ger-area boundaries and their public services. With no sub-command it
// opens the window; the sub-commands work without a display.
package main

import (
	"fmt"
	"os"
)

const usage = `usage:
  khoroomap [FILE...]                  open the map window (the training sample when no file is given)
  khoroomap --screenshot OUT.png [FILE...]
                                       draw the main window offscreen at 1280x800 into a PNG and exit
                                       (in builds made with -tags screenshot, as CI does)
  khoroomap check [-json] [-name FIELD] [FILE...]
                                       describe boundary and point files (default: the training sample)
                                       or say what is wrong with them; exit 1 if any is unusable
  khoroomap import -project P.gpkg [-as khoroo|kheseg|ger|district|other|points] [-author NAME] FILE...
                                       create or update a project: boundary layers, or service points
  khoroomap import -project P.gpkg [-category ID] [-attach METRES] [-author NAME] PHOTO|FOLDER...
                                       a phone's geotagged photos (JPEG, PNG; its DCIM folder) as service
                                       points, or as photos of those within METRES
  khoroomap export [-project P.gpkg | FILE...] -o OUT.png|OUT.pdf [-paper A4|A3] [-landscape]
                   [-dpi 150|300] [-title T] [-area NAME] [-lang mn|en] [-notes TEXT] [-source WHO] [-summary]
                   [-coverage CATEGORY[:METRES] [-coverage-by khoroo|kheseg|ger]] [-basemap none|FILE.mbtiles|DIR|URL]
                                       print a map page (default: the training sample)
  khoroomap export [-project P.gpkg] -o OUT.geojson|OUT.csv|OUT.kml [-lang mn|en] [-crlf]
                                       write the service points and gaps with all their attributes
  khoroomap export [-project P.gpkg] -o OUT.zip|OUT.kmz [-lang mn|en]
                                       Shapefiles of the points, gap points and gap areas and their photos,
                                       or a KMZ for Google Earth with the photos in the balloons
  khoroomap atlas [-project P.gpkg | FILE...] -o OUT.pdf [-by khoroo|kheseg|ger] [-area KHOROO] ...
                                       a PDF with a cover, an index and a page per area
  khoroomap sheets [-project P.gpkg | FILE...] [-area NAME] [-by khoroo|kheseg|ger] [-paper A4|A3] -o SHEETS.pdf
                                       field sheets to draw on: an overview, then a sheet per area with a
                                       grid, note lines, a pen legend, a QR code and corner markers
  khoroomap sheet-read [-project P.gpkg] PHOTO.jpg... [-o RECTIFIED.png]
                                       read field sheets back from photos: page id, corner markers found,
                                       residual in metres; -project keeps each sheet in the project, under
                                       its map; -o writes the straightened map with a world file
  khoroomap coverage [-project P.gpkg] -category ID [-distance METRES] [-by khoroo|kheseg|ger] -o OUT.csv|OUT.geojson
                                       the part of each area out of walking reach of a service, worst first
                                       (-summary: points per category, per 1,000 residents, coverage, open gaps)
  khoroomap find [-project P.gpkg | FILE...] [-json] [-lang mn|en] WORDS...
                                       search as the window does: matches best first (rank, layer, name,
                                       district, what matched); exit 1 when nothing matches
  khoroomap basemap-prepare -project P.gpkg EXTRACT.osm.pbf [-bbox minlon,minlat,maxlon,maxlat]
                                       read an OpenStreetMap extract once into the project's street map
                                       (default area: the project's boundaries, plus 500 m)
  khoroomap merge [-json] -o OUT.gpkg A.gpkg B.gpkg...
                                       combine leaders' project files and report what needs review
  khoroomap training -o P.gpkg [-force | -reset]
                                       write a fresh training project (the same on every laptop);
                                       -reset keeps the old one as a dated backup
  khoroomap review -project P.gpkg -list | -accept ID | -accept-all | -keep ID | -keep-other ID |
                   -keep-both ID | -same ID | -different ID  [-lang mn|en] [-author NAME]
                                       list what a merge marked for review, or settle it
  khoroomap db-init -db postgres://user@host/db
                                       create or upgrade the office PostGIS database's schema (versioned migrations)
  khoroomap sync -project P.gpkg -db postgres://user@host/db [-area DISTRICT/KHOROO]
                                       push the project's annotations to the office database and pull the others'
                                       (password from PGPASSWORD or ~/.pgpass, never stored in the project)
`

func main() {
	os.Exit(run(os.Args[1:]))
}

func run(args []string) int {
	useParentConsole(args) // Windows: the sub-commands write to the console they were started from
	// text from files reaches the terminal with its hidden characters shown
	stdout, stderr := &terminalWriter{w: os.Stdout}, &terminalWriter{w: os.Stderr}
	if len(args) > 0 {
		switch args[0] {
		case "check":
			return runCheck(args[1:], stdout, stderr)
		case "import":
			return runImport(args[1:], stdout, stderr)
		case "export":
			return runExport(args[1:], stdout, stderr)
		case "atlas":
			return runAtlas(args[1:], stdout, stderr)
		case "sheets":
			return runSheets(args[1:], stdout, stderr)
		case "sheet-read":
			return runSheetRead(args[1:], stdout, stderr)
		case "coverage":
			return runCoverage(args[1:], stdout, stderr)
		case "find":
			return runFind(args[1:], stdout, stderr)
		case "basemap-prepare":
			return runBasemapPrepare(args[1:], stdout, stderr)
		case "merge":
			return runMerge(args[1:], stdout, stderr)
		case "training":
			return runTraining(args[1:], stdout, stderr)
		case "review":
			return runReview(args[1:], stdout, stderr)
		case "db-init":
			return runDBInit(args[1:], stdout, stderr)
		case "sync":
			return runSync(args[1:], stdout, stderr)
		case "help", "-h", "-help", "--help":
			fmt.Print(usage)
			return 0
		}
	}
	return runGUI(args)
}
