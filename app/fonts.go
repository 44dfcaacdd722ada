package app

import "fyne.io/fyne/v2/theme"

// TextFonts are the regular and bold faces of map labels and printed
// pages: Noto Sans, which covers Cyrillic with Ө and Ү, as Fyne bundles it
// for the window. Taking Fyne's copy keeps one copy in the program (the
// release must stay under 40 MB); assets holds the same files for the
// geo packages' tests, and a test checks they are the same.
func TextFonts() (regular, bold []byte) {
	return theme.DefaultTextFont().Content(), theme.DefaultTextBoldFont().Content()
}
