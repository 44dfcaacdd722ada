package app

import (
	"path/filepath"
	"strings"

	"fmt"

	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// scaleText writes a scale bar's length in the window's language: "500
// м", "2 км" in Mongolian.
func scaleText(metres float64) string {
	return geo.ScaleLabel(metres, words.Of(currentLang())) // as the printed page writes it
}

// hectaresText writes an area given in hectares, with its square
// kilometres, in the window's language.
func hectaresText(ha float64) string {
	return fmt.Sprintf(lang.L("%.2f ha (%.3f km²)"), ha, ha/100)
}

// projectTitle names a project file in the window's title: the training
// project by what it is, any other by its file name.
func projectTitle(path string) string {
	if filepath.Base(path) == filepath.Base(trainingPath()) {
		return lang.L("Training project")
	}
	return strings.TrimSuffix(filepath.Base(path), filepath.Ext(path))
}
