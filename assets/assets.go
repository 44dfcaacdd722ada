// Package assets holds everything embedded in the binary. Its one training
// sample is a fictional khoroo, made for workshops: its boundaries, kheseg,
// ger areas and service points are invented and must never be taken for
// real ones.
package assets

import (
	"embed"
	"path"
)

//go:embed sample/*.geojson
var sample embed.FS

// SampleFile is one file of the training sample.
type SampleFile struct {
	// Name is a path-like label for messages, e.g. "training/khoroo.geojson".
	Name string
	Data []byte
}

// sampleOrder lists the sample's files from the bottom layer up.
var sampleOrder = []string{"khoroo.geojson", "kheseg.geojson", "ger_areas.geojson", "services.geojson"}

// Sample returns the files of the fictional training khoroo: its outline,
// its six kheseg, three ger areas and a few dozen service points.
func Sample() []SampleFile {
	files := make([]SampleFile, 0, len(sampleOrder))
	for _, name := range sampleOrder {
		data, err := sample.ReadFile(path.Join("sample", name))
		if err != nil {
			panic("assets: the training sample is missing " + name) // a broken build, not bad input
		}
		files = append(files, SampleFile{Name: "training/" + name, Data: data})
	}
	return files
}

// Noto Sans (SIL Open Font License, see fonts/OFL.txt) covers Cyrillic with
// Ө and Ү, which Go's own fonts lack; map labels and printed pages use it.
var (
	//go:embed fonts/NotoSans-Regular.ttf
	FontRegular []byte
	//go:embed fonts/NotoSans-Bold.ttf
	FontBold []byte
)

// Translations holds the interface's strings, one JSON file per language,
// keyed by their English text.
//
//go:embed translations/*.json
var Translations embed.FS

// Icon is the application icon: a map pin over a ger, 512x512 PNG.
//
//go:embed icon.png
var Icon []byte
