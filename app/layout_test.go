package app

import (
	"fmt"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/canvas"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/render"
)

// screens are the window sizes every tab must fit: a common old laptop
// and the commonest one.
var screens = []fyne.Size{{Width: 1280, Height: 800}, {Width: 1366, Height: 768}}

// Every tab of the left panel shows its name in the strip, in both
// languages, at both screen sizes: none hides under "…".
func TestEveryTabVisible(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, code := range []string{"en", "mn"} {
		ui.setLanguage(code)
		for _, size := range screens {
			t.Run(code+"/"+sizeName(size), func(t *testing.T) {
				ui.win.Resize(size)
				tabs := ui.leftTabs()
				for i, item := range tabs.Items {
					tabs.SelectIndex(i)
					shown := tabStripTexts(tabs)
					for _, want := range []string{lang.L("Layers"), lang.L("Annotations"), lang.L("Categories"), lang.L("Coverage")} {
						if !shown[want] {
							t.Errorf("with %q chosen the strip shows %v, not %q", item.Text, shown, want)
						}
					}
				}
			})
		}
	}
}

func sizeName(s fyne.Size) string {
	return fmt.Sprintf("%.0fx%.0f", s.Width, s.Height)
}

// leftTabs finds the tabs of the left panel.
func (ui *UI) leftTabs() *container.AppTabs {
	for _, o := range test.LaidOutObjects(ui.win.Content()) {
		if tabs, ok := o.(*container.AppTabs); ok {
			return tabs
		}
	}
	return nil
}

// tabStripTexts are the words drawn in the strip of tabs: visible texts
// lying in its top band, inside the tabs' width.
func tabStripTexts(tabs *container.AppTabs) map[string]bool {
	out := map[string]bool{}
	walkShown(tabs, fyne.NewPos(-tabs.Position().X, -tabs.Position().Y), func(o fyne.CanvasObject, at fyne.Position) {
		txt, ok := o.(*canvas.Text)
		if ok && txt.Text != "" && at.Y < 30 && at.X >= 0 && at.X+txt.MinSize().Width <= tabs.Size().Width+1 {
			out[txt.Text] = true
		}
	})
	return out
}

// walkShown calls f with every visible object under o and its position
// relative to o's parent.
func walkShown(o fyne.CanvasObject, parent fyne.Position, f func(fyne.CanvasObject, fyne.Position)) {
	if !o.Visible() {
		return
	}
	at := parent.Add(o.Position())
	f(o, at)
	var children []fyne.CanvasObject
	switch c := o.(type) {
	case *fyne.Container:
		children = c.Objects
	case fyne.Widget:
		children = test.WidgetRenderer(c).Objects()
	}
	for _, ch := range children {
		walkShown(ch, at, f)
	}
}

// menuBar is the height of the menu bar Fyne draws inside the window on
// Linux and Windows (the test canvas has none), as seen under Xvfb.
const menuBar = 30

// The Coverage tab lists at least eight areas at once, at both screen
// sizes and in both languages, with the analysis' sentence shown.
func TestCoverageShowsEightRows(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, code := range []string{"en", "mn"} {
		ui.setLanguage(code)
		p := ui.cover
		p.by.SetSelectedIndex(1)
		p.compute()
		for i := range p.results { // the longest sentence: people counted, after a change
			p.results[i].PeopleOutside = 120
		}
		p.setResults(p.catID, p.metres, p.results, len(p.used), lang.L("Worked out again after the change."))
		tabs := ui.leftTabs()
		tabs.SelectIndex(3)
		for _, size := range screens {
			t.Run(code+"/"+sizeName(size), func(t *testing.T) {
				ui.win.Resize(size.SubtractWidthHeight(0, menuBar))
				row := p.list.CreateItem().MinSize().Height + theme.Padding()
				if rows := (p.list.Size().Height + theme.Padding()) / row; rows < 8 {
					t.Errorf("%.1f rows visible under %q", rows, p.status.Text)
				}
			})
		}
	}
}

// The right panel keeps its width whatever it shows, so the map does not
// jump; it breaks no word and clips none of its buttons.
func TestRightPanelSteady(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	pt := annot.Point{Meta: annot.NewMeta("Бат-Эрдэнэ", now()), Category: "water_kiosk", Name: "Бат-Эрдэнэийн ус түгээх байр",
		Status: annot.Working, Location: orb.Point{106.917561, 47.918231}, Notes: "Өвөлдөө хөлддөг, Бат-Эрдэнэ ахлагч мэднэ"}
	if !ui.edit(annot.Change{NewPoint: &pt}) {
		t.Fatal("no point")
	}
	for _, code := range []string{"en", "mn"} {
		ui.setLanguage(code)
		for _, size := range screens {
			t.Run(code+"/"+sizeName(size), func(t *testing.T) {
				ui.win.Resize(size)
				ui.selectFeature(render.None)
				mapWidth := ui.Map.Size().Width
				ui.selectAnnotation(pt.ID)
				if w := ui.Map.Size().Width; w != mapWidth {
					t.Errorf("the map is %.0f wide with a point shown, %.0f with nothing", w, mapWidth)
				}
				checkRightPanel(t, ui)
				ui.selectFeature(render.Selection{Layer: 0, Feature: 0})
				if w := ui.Map.Size().Width; w != mapWidth {
					t.Errorf("the map is %.0f wide with a khoroo shown, %.0f with nothing", w, mapWidth)
				}
				checkRightPanel(t, ui)
			})
		}
	}
}

// checkRightPanel fails on a word wider than its label, or a button
// reaching past the panel's edge.
func checkRightPanel(t *testing.T, ui *UI) {
	t.Helper()
	width := ui.info.box.Size().Width
	walkShown(ui.info.box, fyne.NewPos(-ui.info.box.Position().X, -ui.info.box.Position().Y), func(o fyne.CanvasObject, at fyne.Position) {
		switch w := o.(type) {
		case *widget.Label:
			for _, word := range strings.Fields(w.Text) {
				if ww := fyne.MeasureText(word, theme.TextSize(), w.TextStyle).Width + 2*theme.InnerPadding(); ww > w.Size().Width+0.5 {
					t.Errorf("%q is broken in a label %.0f wide", word, w.Size().Width)
				}
			}
		case *widget.Button:
			if at.X+w.Size().Width > width+0.5 || w.Size().Width < w.MinSize().Width-0.5 {
				t.Errorf("the button %q is clipped: %.0f..%.0f in a panel %.0f wide", w.Text, at.X, at.X+w.Size().Width, width)
			}
		}
	})
}

// The window fits the screens above with room for a title bar and a task
// bar (70 pixels between them), in both languages, with the sample's
// sheets, basemap and street map panels in the Layers tab: they scroll
// below a divider instead of making the window taller than the screen
// (it needed 747 pixels).
func TestWindowFitsLaptopScreens(t *testing.T) {
	ui := newTestUI(t, 1)
	defer ui.setLanguage("en")
	for _, code := range []string{"en", "mn"} {
		ui.setLanguage(code)
		min := ui.win.Content().MinSize()
		for _, size := range screens {
			if min.Width > size.Width || min.Height > size.Height-70 {
				t.Errorf("%s: the window needs %v, more than a %s screen leaves", code, min, sizeName(size))
			}
		}
	}
}
