package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/driver/desktop"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
)

// Every icon without words on the toolbar and over the map says what it
// does when the pointer rests on it, in both languages; the label goes
// when the pointer leaves, and takes no clicks meanwhile.
func TestToolbarTooltips(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, code := range []string{"en", "mn"} {
		ui.setLanguage(code)
		icons := toolbarIcons(ui)
		if len(icons) < 11 {
			t.Fatalf("%s: %d icon buttons", code, len(icons))
		}
		for _, b := range icons {
			tb, ok := b.(*tipButton)
			if !ok {
				t.Errorf("%s: an icon button (%s) has no tip", code, b.(*widget.Button).Icon.Name())
				continue
			}
			if code == "mn" && strings.ContainsAny(strings.Fields(tb.tip)[0], "abcdefghijklmnopqrstuvwxyz") {
				t.Errorf("the tip %q is not in Mongolian", tb.tip)
			}
			tb.MouseIn(&desktop.MouseEvent{})
			if ui.tips.shown() != tb.tip {
				t.Errorf("hovering shows %q, want %q", ui.tips.shown(), tb.tip)
			}
			tb.MouseOut()
			if ui.tips.shown() != "" {
				t.Errorf("%q stays after the pointer left", tb.tip)
			}
		}
	}
	print := findTip(ui, lang.L("Print or export a map (Ctrl+P)"))
	findTip(ui, lang.L("Zoom out (-)")).MouseIn(&desktop.MouseEvent{})
	test.TapCanvas(ui.win.Canvas(), fyne.CurrentApp().Driver().AbsolutePositionForObject(print).Add(fyne.NewPos(5, 5)))
	if ui.export == nil {
		t.Error("a click beside a shown tip did not reach the print button")
	}
}

// toolbarIcons are the icon buttons of the toolbar and over the map: all
// but the panels' own.
func toolbarIcons(ui *UI) []fyne.CanvasObject {
	var mapAt fyne.Position
	at := map[fyne.CanvasObject]fyne.Position{}
	walkShown(ui.win.Content(), fyne.Position{}, func(o fyne.CanvasObject, p fyne.Position) {
		at[o] = p
		if o == ui.Map {
			mapAt = p
		}
	})
	var out []fyne.CanvasObject
	for _, b := range iconButtons(ui.win.Content()) {
		p, seen := at[b]
		if !seen {
			continue // inside a list: a panel's
		}
		onMap := p.X >= mapAt.X && p.X < mapAt.X+ui.Map.Size().Width && p.Y >= mapAt.Y && p.Y < mapAt.Y+ui.Map.Size().Height
		if p.Y < mapAt.Y || onMap {
			out = append(out, b)
		}
	}
	return out
}

// iconButtons are the buttons showing an icon and no words.
func iconButtons(root fyne.CanvasObject) []fyne.CanvasObject {
	var out []fyne.CanvasObject
	for _, o := range test.LaidOutObjects(root) {
		switch b := o.(type) {
		case *widget.Button:
			if b.Text == "" && b.Icon != nil && b.Visible() {
				out = append(out, b)
			}
		case *tipButton:
			out = append(out, b)
		}
	}
	return out
}

func findTip(ui *UI, tip string) *tipButton {
	for _, b := range toolbarIcons(ui) {
		if tb, ok := b.(*tipButton); ok && tb.tip == tip {
			return tb
		}
	}
	return nil
}

// The Help menu offers the first steps, the keyboard shortcuts and About;
// the first steps are the three a leader takes alone.
func TestHelpMenu(t *testing.T) {
	ui := newTestUI(t, 1)
	menus := ui.win.MainMenu().Items
	help := menus[len(menus)-1]
	var labels []string
	for _, it := range help.Items {
		labels = append(labels, it.Label)
	}
	if got := strings.Join(labels, "|"); got != "First steps…|Keyboard shortcuts…||About Khoroo Map" {
		t.Fatalf("Help menu: %q", got)
	}
	help.Items[0].Action()
	text := overlayText(ui.win.Canvas().Overlays().Top())
	for _, want := range []string{"1. Add a boundary file", "2. Mark a service point or a gap", "3. Print a page"} {
		if !strings.Contains(text, want) {
			t.Errorf("first steps lack %q:\n%s", want, text)
		}
	}
	help.Items[1].Action()
	text = overlayText(ui.win.Canvas().Overlays().Top())
	for _, want := range []string{"Undo", "Print or export a map…", "Stop drawing, or clear the selection"} {
		if !strings.Contains(text, want) {
			t.Errorf("the shortcuts lack %q:\n%s", want, text)
		}
	}
}
