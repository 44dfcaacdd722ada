package app

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/test"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/mapstyle"
	"github.com/khoroomap/khoroomap/geo/render"
	"github.com/khoroomap/khoroomap/geo/store"
)

// drag moves the mouse with the button down from one map position to
// another in steps, as Fyne's desktop driver reports it.
func drag(ui *UI, from, to fyne.Position) {
	const steps = 4
	prev := from
	for k := 1; k <= steps; k++ {
		pos := fyne.NewPos(from.X+(to.X-from.X)*float32(k)/steps, from.Y+(to.Y-from.Y)*float32(k)/steps)
		ui.Map.Dragged(&fyne.DragEvent{PointEvent: fyne.PointEvent{Position: pos}, Dragged: fyne.NewDelta(pos.X-prev.X, pos.Y-prev.Y)})
		prev = pos
	}
	ui.Map.DragEnd()
}

// stored reads the project file back.
func stored(t *testing.T, ui *UI) *annot.Set {
	t.Helper()
	s, err := ui.ws.Project().Load()
	if err != nil {
		t.Fatal(err)
	}
	return s
}

func shortcut(ui *UI, s fyne.Shortcut) {
	ui.win.Canvas().(interface{ TypedShortcut(fyne.Shortcut) }).TypedShortcut(s)
}

// tapButton taps the button labelled text in the top dialog.
func tapButton(t *testing.T, ui *UI, text string) {
	t.Helper()
	var found *widget.Button
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if b, ok := o.(*widget.Button); ok && b.Text == text {
			found = b
		}
		if c, ok := o.(*fyne.Container); ok {
			for _, k := range c.Objects {
				walk(k)
			}
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, k := range test.WidgetRenderer(w).Objects() {
				walk(k)
			}
		}
	}
	top := ui.win.Canvas().Overlays().Top()
	if top == nil {
		t.Fatal("no dialog open")
	}
	walk(top)
	if found == nil {
		t.Fatalf("no %q button in the dialog", text)
	}
	test.Tap(found)
}

// A leader picks the point tool, clicks the map, fills in the form: the
// point is saved with its khoroo and kheseg, shown and selected.
func TestAddPointByClicking(t *testing.T) {
	for _, scale := range []float32{1, 2} {
		ui := newTestUI(t, scale)
		li, fi := kheseg(t, ui, "3-р хэсэг")
		inside := labelPointOf(ui, li, fi)
		before := len(ui.ws.Annotations().Points)
		test.Tap(ui.toolBtns[toolPoint])
		test.TapAt(ui.Map, widgetPos(ui, inside))
		f := ui.pointForm
		if f == nil {
			t.Fatalf("scale %v: no form after clicking with the point tool", scale)
		}
		f.category.SetSelected("Water kiosk or well")
		test.Type(f.name, "Шинэ худаг")
		f.status.SetSelected("Broken")
		test.Type(f.notes, "Хоолой хагарсан")
		if !f.submit() {
			t.Fatalf("scale %v: the form was refused", scale)
		}
		s := stored(t, ui)
		if len(s.Points) != before+1 {
			t.Fatalf("scale %v: %d points in the file, want %d", scale, len(s.Points), before+1)
		}
		p := s.Points[len(s.Points)-1]
		if p.Name != "Шинэ худаг" || p.Category != "water_kiosk" || p.Status != annot.Broken || p.Kheseg != "3-р хэсэг" || p.Khoroo == "" {
			t.Errorf("scale %v: saved %+v", scale, p)
		}
		if d := orbDistance(p.Location, inside); d > 1e-4*float64(scale) {
			t.Errorf("scale %v: placed %v from the click", scale, d)
		}
		if ui.selectedAnnot != p.ID || ui.info.title.Text != "Шинэ худаг" {
			t.Errorf("scale %v: selected %q, panel %q", scale, ui.selectedAnnot, ui.info.title.Text)
		}
		if sel := ui.Map.Scene().Selected; ui.annotAt(sel) != p.ID {
			t.Errorf("scale %v: the map highlights %v", scale, sel)
		}
	}
}

func labelPointOf(ui *UI, li, fi int) orb.Point {
	return geoLabel(ui.layers.list[li].layer.Features[fi].Geometry.(orb.MultiPolygon))
}

func TestAddPointByTypingCoordinates(t *testing.T) {
	ui := newTestUI(t, 1)
	f := ui.showPointForm(nil, orb.Point{})
	f.category.SetSelected("School")
	test.Type(f.location, "47.9600, 106.9250")
	if f.places.Text == "" || f.places.Text == "outside the loaded boundaries" {
		t.Errorf("the form does not say where the typed place lies: %q", f.places.Text)
	}
	if !f.submit() {
		t.Fatal("refused")
	}
	p := stored(t, ui).Points[len(ui.ws.Annotations().Points)-1]
	if p.Location != (orb.Point{106.925, 47.96}) || p.Category != "school" {
		t.Errorf("saved %+v", p)
	}
	bad := ui.showPointForm(nil, orb.Point{})
	test.Type(bad.location, "north of the school")
	if bad.submit() {
		t.Error("a position in words was accepted")
	}
}

// Dragging a service point moves it; undo puts it back, redo moves it
// again, each change saved to the file.
func TestMovePointUndoRedo(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.ws.Annotations().Points[0]
	from := widgetPos(ui, p.Location)
	to := from.Add(fyne.NewPos(60, 40))
	drag(ui, from, to)
	moved, _ := stored(t, ui).Point(p.ID)
	if moved.Location == p.Location || !near(widgetPos(ui, moved.Location), to, 1.5) {
		t.Fatalf("the point is at %v (drawn at %v), dragged to %v", moved.Location, widgetPos(ui, moved.Location), to)
	}
	if ui.Map.Scene().Layers == nil {
		t.Fatal("no scene")
	}
	shortcut(ui, shortcutUndo)
	if back, _ := stored(t, ui).Point(p.ID); back.Location != p.Location {
		t.Errorf("Ctrl+Z left the point at %v, want %v", back.Location, p.Location)
	}
	shortcut(ui, shortcutRedo)
	if again, _ := stored(t, ui).Point(p.ID); again.Location != moved.Location {
		t.Errorf("Ctrl+Shift+Z put the point at %v, want %v", again.Location, moved.Location)
	}
	shortcut(ui, shortcutUndo)
	shortcut(ui, shortcutRedoY)
	if again, _ := stored(t, ui).Point(p.ID); again.Location != moved.Location {
		t.Errorf("Ctrl+Y put the point at %v, want %v", again.Location, moved.Location)
	}
	// a drag away from any point still pans
	centre := ui.Map.View().Center
	drag(ui, fyne.NewPos(5, 5), fyne.NewPos(45, 5))
	if ui.Map.View().Center == centre {
		t.Error("dragging the empty map did not pan")
	}
}

// Editing through the form and deleting with confirmation; both undo.
func TestEditAndDeletePoint(t *testing.T) {
	ui := newTestUI(t, 1)
	p := ui.ws.Annotations().Points[3]
	test.TapAt(ui.Map, widgetPos(ui, p.Location))
	if ui.selectedAnnot != p.ID {
		t.Fatalf("tapping the point selected %q", ui.selectedAnnot)
	}
	test.Tap(ui.info.edit)
	f := ui.pointForm
	f.status.SetSelected("Closed")
	f.name.SetText("Хаагдсан дэлгүүр")
	test.Tap(f.form.save) // saves and closes the form
	got, _ := stored(t, ui).Point(p.ID)
	if got.Status != annot.Closed || got.Name != "Хаагдсан дэлгүүр" || got.Created != p.Created || !got.Modified.After(p.Modified) {
		t.Errorf("after editing: %+v", got)
	}
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyDelete})
	tapButton(t, ui, "Yes")
	if _, ok := stored(t, ui).Point(p.ID); ok {
		t.Fatal("the point is still in the file after deleting")
	}
	if ui.selectedAnnot != "" {
		t.Error("the deleted point is still selected")
	}
	shortcut(ui, shortcutUndo)
	if back, ok := stored(t, ui).Point(p.ID); !ok || back.Name != "Хаагдсан дэлгүүр" {
		t.Errorf("undoing the deletion: %+v, %v", back, ok)
	}
	shortcut(ui, shortcutUndo)
	if back, _ := stored(t, ui).Point(p.ID); back.Status != p.Status || back.Name != p.Name {
		t.Errorf("undoing the edit: %+v", back)
	}
}

// A gap area is drawn corner by corner and finished with a double click;
// its corners can then be dragged, and new ones added from the dots
// between them.
func TestDrawAndReshapeGapArea(t *testing.T) {
	ui := newTestUI(t, 1)
	c := mapCentre(ui)
	corners := []fyne.Position{c.Add(fyne.NewPos(-80, -60)), c.Add(fyne.NewPos(80, -60)), c.Add(fyne.NewPos(80, 60))}
	test.Tap(ui.toolBtns[toolGapArea])
	for _, p := range corners {
		test.TapAt(ui.Map, p)
	}
	if len(ui.sketch) != 3 {
		t.Fatalf("%d corners after three clicks", len(ui.sketch))
	}
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyBackspace})
	test.TapAt(ui.Map, corners[2])
	last := c.Add(fyne.NewPos(-80, 60))
	ui.Map.DoubleTapped(&fyne.PointEvent{Position: last})
	f := ui.gapForm
	if f == nil {
		t.Fatal("no gap form after the double click")
	}
	f.kind.SetSelected("Flooding")
	f.severity.SetSelected("High")
	test.Type(f.notes, "Хаврын үер")
	test.Tap(f.form.save) // saves and closes the form
	if top := ui.win.Canvas().Overlays().Top(); top != nil {
		t.Fatalf("the form stayed open after Save: %v", overlayText(top))
	}
	s := stored(t, ui)
	g := s.Gaps[len(s.Gaps)-1]
	ring := g.Geometry.(orb.Polygon)[0]
	if g.Kind != annot.Flooding || g.Severity != annot.High || len(ring) != 5 || g.Khoroo == "" {
		t.Fatalf("saved gap %+v with %d ring points", g, len(ring))
	}
	if ui.selectedAnnot != g.ID || ui.tool != toolGapArea {
		t.Errorf("after saving: selected %q, tool %v", ui.selectedAnnot, ui.tool)
	}
	ui.typedKey(&fyne.KeyEvent{Name: fyne.KeyEscape})
	if ui.tool != toolSelect {
		t.Fatal("Escape did not go back to selecting")
	}
	ui.selectAnnotation(g.ID)
	// drag a corner
	cornerPos := widgetPos(ui, ring[0])
	drag(ui, cornerPos, cornerPos.Add(fyne.NewPos(-30, 0)))
	s = stored(t, ui)
	g2, _ := s.Gap(g.ID)
	r2 := g2.Geometry.(orb.Polygon)[0]
	if len(r2) != 5 || r2[0] == ring[0] || r2[0] != r2[4] || r2[1] != ring[1] {
		t.Fatalf("after dragging a corner: %v (was %v)", r2, ring)
	}
	// drag the dot between corners 1 and 2 to add a corner
	mid := widgetPos(ui, midpoint(r2[1], r2[2]))
	drag(ui, mid, mid.Add(fyne.NewPos(40, 0)))
	g3, _ := stored(t, ui).Gap(g.ID)
	if r3 := g3.Geometry.(orb.Polygon)[0]; len(r3) != 6 {
		t.Errorf("after dragging a middle dot: %d ring points, want 6", len(r3))
	}
	shortcut(ui, shortcutUndo)
	shortcut(ui, shortcutUndo)
	g4, _ := stored(t, ui).Gap(g.ID)
	if !orb.Equal(g4.Geometry, g.Geometry) {
		t.Errorf("two undos did not restore the drawn shape")
	}
	// it is drawn hatched in the high-severity red
	ui.selectFeature(render.None)
	ui.Map.RenderNow()
	if n := countColour(ui, mapstyle.SeverityColour[annot.High]); n < 50 {
		t.Errorf("only %d pixels of the gap's red", n)
	}
}

// The leader marks a dozen points and two gap areas, quits, reopens and
// finds them all.
func TestQuitAndReopen(t *testing.T) {
	path := trainingCopy(t, t.TempDir(), "5-р хэсэг.gpkg")
	ui := newTestUIOn(t, path)
	before := len(ui.ws.Annotations().Points)
	c := mapCentre(ui)
	ui.setTool(toolPoint)
	for i := range 12 {
		test.TapAt(ui.Map, c.Add(fyne.NewPos(float32(i*15-90), float32(i%3*20))))
		if i == 0 { // the first point asks; the next ones take its category
			ui.pointForm.category.SetSelected("Pharmacy")
		}
		test.Type(ui.pointForm.name, fmt.Sprintf("цэг %d", i+1))
		ui.pointForm.submit()
	}
	ui.setTool(toolGapArea)
	for k := range 2 {
		off := fyne.NewPos(float32(k*150-150), 100)
		for _, p := range []fyne.Position{{X: 0, Y: 0}, {X: 60, Y: 0}, {X: 60, Y: 50}} {
			test.TapAt(ui.Map, c.Add(off).Add(p))
		}
		ui.Map.DoubleTapped(&fyne.PointEvent{Position: c.Add(off).Add(fyne.NewPos(0, 50))})
		if ui.gapForm.submit() {
			t.Fatal("a missing-service gap was saved without saying which service")
		}
		ui.gapForm.service.SetSelected("Kindergarten")
		if !ui.gapForm.submit() {
			t.Fatal("refused")
		}
	}
	// quitting closes the file; a new window on it finds everything
	ui.win.Close()
	again := newTestUIOn(t, path)
	if len(again.ws.Annotations().Points) != before+12 || len(again.ws.Annotations().Gaps) != 2 {
		t.Errorf("reopened: %d points (want %d), %d gaps", len(again.ws.Annotations().Points), before+12, len(again.ws.Annotations().Gaps))
	}
	if len(again.layers.list) != 3 {
		t.Errorf("reopened with %d layers", len(again.layers.list))
	}
}

// Categories: a new one is saved, hiding one hides its points, and both
// can be undone.
func TestCategories(t *testing.T) {
	ui := newTestUI(t, 1)
	f := ui.showCategoryForm(nil)
	test.Type(f.nameMN, "Хүүхдийн сувилал")
	test.Type(f.nameEN, "Children's sanatorium")
	f.symbol.SetSelected("Star")
	if !f.submit() {
		t.Fatal("refused")
	}
	s := stored(t, ui)
	last := s.Categories[len(s.Categories)-1]
	if last.ID != "children_s_sanatorium" || last.Symbol != annot.Star || last.NameMN != "Хүүхдийн сувилал" {
		t.Errorf("saved %+v", last)
	}
	water, _ := ui.ws.Annotations().Category("water_kiosk")
	hidden := water
	hidden.Hidden = true
	ui.edit(annot.Change{OldCategory: &water, NewCategory: &hidden})
	for _, al := range ui.drawn {
		for _, id := range al.IDs {
			if p, ok := ui.ws.Annotations().Point(id); ok && p.Category == "water_kiosk" {
				t.Fatal("a hidden category's point is still drawn")
			}
		}
	}
	shortcut(ui, shortcutUndo)
	if c, _ := stored(t, ui).Category("water_kiosk"); c.Hidden {
		t.Error("undo did not show the category again")
	}
}

// The list filters by category, status and khoroo; a row selects.
func TestAnnotationList(t *testing.T) {
	ui := newTestUI(t, 1)
	l := ui.list
	total := len(ui.ws.Annotations().Points) + len(ui.ws.Annotations().Gaps)
	if len(l.shown) != total {
		t.Fatalf("unfiltered list shows %d of %d", len(l.shown), total)
	}
	l.category.SetSelected("Water kiosk or well")
	if len(l.shown) != 6 {
		t.Errorf("water kiosks: %d rows, want 6", len(l.shown))
	}
	l.status.SetSelected("Broken")
	broken := 0
	for _, p := range ui.ws.Annotations().Points {
		if p.Category == "water_kiosk" && p.Status == annot.Broken {
			broken++
		}
	}
	if len(l.shown) != broken || broken == 0 {
		t.Errorf("broken water kiosks: %d rows, want %d", len(l.shown), broken)
	}
	l.list.Select(0)
	if ui.selectedAnnot != l.shown[0].id {
		t.Errorf("tapping a row selected %q", ui.selectedAnnot)
	}
	l.category.SetSelected("(all)")
	l.status.SetSelected("(all)")
	l.review.SetChecked(true)
	if len(l.shown) != 0 {
		t.Errorf("%d rows need review in the sample", len(l.shown))
	}
}

// Selecting one annotation after another shows the second's details, not
// left-over rows of the first.
func TestInfoPanelFollowsSelection(t *testing.T) {
	ui := newTestUI(t, 1)
	var a, b annot.Point
	for _, p := range ui.ws.Annotations().Points {
		if p.Kheseg == "1-р хэсэг" && a.ID == "" {
			a = p
		}
		if p.Kheseg == "6-р хэсэг" && b.ID == "" {
			b = p
		}
	}
	ui.selectAnnotation(a.ID)
	ui.selectAnnotation(b.ID)
	text := renderedText(ui.info.content())
	if !strings.Contains(text, "6-р хэсэг") || strings.Contains(text, "1-р хэсэг") {
		t.Errorf("the panel shows:\n%s", text)
	}
}

// renderedText collects the text of every label drawn inside o.
func renderedText(o fyne.CanvasObject) string {
	var b strings.Builder
	var walk func(o fyne.CanvasObject)
	walk = func(o fyne.CanvasObject) {
		if !o.Visible() {
			return
		}
		switch x := o.(type) {
		case *widget.Label:
			b.WriteString(x.Text + "\n")
			return
		case *fyne.Container:
			for _, k := range x.Objects {
				walk(k)
			}
			return
		}
		if w, ok := o.(fyne.Widget); ok {
			for _, k := range test.WidgetRenderer(w).Objects() {
				walk(k)
			}
		}
	}
	walk(o)
	return b.String()
}

// Merging another leader's copy from the File menu replaces the project
// with the merged one and shows the report.
func TestMergeFromAnotherCopy(t *testing.T) {
	dir := t.TempDir()
	mine := trainingCopy(t, dir, "mine.gpkg")
	theirs := filepath.Join(dir, "theirs.gpkg")
	p, err := store.Open(mine)
	if err != nil {
		t.Fatal(err)
	}
	if err := p.SaveAs(theirs); err != nil { // a copy for the other leader
		t.Fatal(err)
	}
	s, _ := p.Load()
	kiosk := s.Points[0]
	moved := kiosk
	moved.Notes = "засварласан"
	if err := p.Apply(annot.Touch(annot.Change{OldPoint: &kiosk, NewPoint: &moved}, "B", now())); err != nil {
		t.Fatal(err)
	}
	extra := annot.Point{Meta: annot.NewMeta("B", now()), Category: "school", Name: "Шинэ сургууль", Status: annot.Planned, Location: orb.Point{106.935, 47.95}}
	if err := p.Apply(annot.Change{NewPoint: &extra}); err != nil {
		t.Fatal(err)
	}
	p.Close()

	ui := newTestUIOn(t, mine)
	before := len(ui.ws.Annotations().Points)
	ui.MergeFrom(theirs)
	if len(ui.ws.Annotations().Points) != before+1 {
		t.Errorf("%d points after merging, want %d", len(ui.ws.Annotations().Points), before+1)
	}
	if got, _ := ui.ws.Annotations().Point(kiosk.ID); got.Notes != "засварласан" {
		t.Errorf("the other copy's edit was not taken: %q", got.Notes)
	}
	if ui.ws.Project().Path() != mine {
		t.Errorf("the project is now %s", ui.ws.Project().Path())
	}
	text := renderedText(ui.win.Canvas().Overlays().Top())
	if !strings.Contains(text, "1 copies merged") {
		t.Errorf("no merge report shown: %q", text)
	}
}
