package app

import (
	"bytes"
	"encoding/json"
	"testing"

	"golang.org/x/image/font/sfnt"

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

// Every letter and sign the window's strings (and the shortcut keys Help
// lists) use is in the bundled font:
// on Windows nothing falls back to another font, and a missing sign shows
// as a box (the welcome's "→" did under wine).
func TestTranslationsInTheFont(t *testing.T) {
	regular, _ := TextFonts()
	f, err := sfnt.Parse(regular)
	if err != nil {
		t.Fatal(err)
	}
	var buf sfnt.Buffer
	for _, code := range []string{"en", "mn"} {
		data, err := assets.Translations.ReadFile("translations/" + code + ".json")
		if err != nil {
			t.Fatal(err)
		}
		var words map[string]any // plural forms are objects
		if err := json.Unmarshal(data, &words); err != nil {
			t.Fatal(err)
		}
		var texts []string
		for _, w := range words {
			switch w := w.(type) {
			case string:
				texts = append(texts, w)
			case map[string]any:
				for _, f := range w {
					if s, ok := f.(string); ok {
						texts = append(texts, s)
					}
				}
			}
		}
		for _, k := range shortcuts() {
			texts = append(texts, k[0])
		}
		missing := map[rune]string{}
		for _, s := range texts {
			for _, r := range s {
				if r < ' ' {
					continue
				}
				if i, err := f.GlyphIndex(&buf, r); err != nil || i == 0 {
					missing[r] = s
				}
			}
		}
		for r, s := range missing {
			t.Errorf("%s: %q (U+%04X) is not in Noto Sans, in %q", code, r, r, s)
		}
	}
}
