package app

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
)

var _ fyne.Tappable = (*brokenPhoto)(nil)

// brokenPhoto stands, where a thumbnail would be, for a photo the project
// cannot show (a stranger's JPEG declaring 60000x60000 pixels, bytes that
// are no image): a broken-image tile saying so; a tap says why.
type brokenPhoto struct {
	widget.BaseWidget
	why error
	win fyne.Window
}

func newBrokenPhoto(why error, win fyne.Window) *brokenPhoto {
	b := &brokenPhoto{why: why, win: win}
	b.ExtendBaseWidget(b)
	return b
}

// Tapped says why the photo cannot be shown.
func (b *brokenPhoto) Tapped(*fyne.PointEvent) {
	msg := widget.NewLabel(lang.L("This photo cannot be shown, and exports and merges leave it out:") + "\n" + errorText(b.why))
	msg.Wrapping = fyne.TextWrapWord
	d := dialog.NewCustom(lang.L("Unreadable photo"), lang.L("Close"), msg, b.win)
	d.Resize(fyne.NewSize(480, 200))
	d.Show()
}

// CreateRenderer draws the broken-image icon over the words.
func (b *brokenPhoto) CreateRenderer() fyne.WidgetRenderer {
	icon := canvas.NewImageFromResource(theme.NewErrorThemedResource(theme.BrokenImageIcon()))
	icon.FillMode = canvas.ImageFillContain
	icon.SetMinSize(fyne.NewSize(24, 24))
	words := widget.NewRichText(&widget.TextSegment{Text: lang.L("Unreadable photo"), Style: widget.RichTextStyle{
		Alignment: fyne.TextAlignCenter, SizeName: theme.SizeNameCaptionText, TextStyle: fyne.TextStyle{Italic: true}}})
	words.Wrapping = fyne.TextWrapWord
	return widget.NewSimpleRenderer(container.NewBorder(nil, words, nil, nil, icon))
}
