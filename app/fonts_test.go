package app

import (
	"bytes"
	"testing"

	"github.com/khoroomap/khoroomap/assets"
)

// The window and its pages draw with Fyne's Noto Sans; the geo packages'
// tests and goldens use the copy in assets: they must be the same font.
func TestTextFontsAreTheTestedOnes(t *testing.T) {
	regular, bold := TextFonts()
	if !bytes.Equal(regular, assets.FontRegular) || !bytes.Equal(bold, assets.FontBold) {
		t.Fatal("Fyne's bundled Noto Sans differs from assets/fonts: labels and pages would not be drawn as tested")
	}
}
