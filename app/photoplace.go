package app

import (
	"slices"
	"time"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/widget"
	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/photoimport"
	"github.com/khoroomap/khoroomap/geo/words"
	"github.com/khoroomap/khoroomap/geo/workspace"
)

// photoPlacer lists the photos an import could not place (no GPS) and
// places each one by hand: a click on the map makes it a new service
// point there, or it is attached to a service point, a gap point or a gap
// area chosen from a searchable list (see targetPicker).
// Each is an edit of its own, undone like any other. Built from the
// window, the workspace and callbacks; used from the UI goroutine.
type photoPlacer struct {
	win      fyne.Window
	ws       *workspace.Workspace
	author   func() string
	lang     string
	category string
	tapOnce  func(hint string, f func(orb.Point)) // the next map click goes to f
	changed  func()
	photos   []photo.Photo
	batch    []photo.Photo // the import's photos with a position, for hints

	// kept for tests
	list   dialog.Dialog
	place  []*widget.Button
	attach []*widget.Button
	picker *targetPicker // the last one shown
}

// show lists the photos still to place.
func (pp *photoPlacer) show() {
	if len(pp.photos) == 0 || pp.ws.Annotations() == nil {
		return
	}
	targets := photoTargets(pp.ws.Annotations(), pp.lang)
	rows := container.NewVBox(widget.NewLabel(lang.L("These photos have no GPS position. Place each on the map, or add it to a service point or a gap:")))
	pp.place, pp.attach = nil, nil
	for i, ph := range pp.photos {
		place := widget.NewButton(lang.L("Place on the map"), func() { pp.pickPlace(i) })
		attach := widget.NewButton(lang.L("Add to a service point or a gap…"), func() {
			pp.picker = showTargetPicker(pp.win, ph.Name, pp.hinted(ph, targets), func(id string) { pp.attachTo(i, id) })
		})
		pp.place, pp.attach = append(pp.place, place), append(pp.attach, attach)
		rows.Add(container.NewBorder(nil, nil, newThumbnail(ph, func() {}), nil,
			container.NewVBox(widget.NewLabel(ph.Name), container.NewGridWithColumns(2, place, attach))))
	}
	pp.list = dialog.NewCustom(lang.L("Photos without a position"), lang.L("Close"), container.NewVScroll(rows), pp.win)
	pp.list.Resize(fyne.NewSize(560, 420))
	pp.list.Show()
}

// hinted is targets with their distances from where a photo of the
// import taken just before or after ph was taken, when there is one.
func (pp *photoPlacer) hinted(ph photo.Photo, targets []target) []target {
	if at, ok := photoimport.Neighbour(ph, pp.batch); ok {
		return withDistances(targets, at, words.Of(pp.lang))
	}
	return targets
}

// pickPlace waits for a click on the map to place photo i there.
func (pp *photoPlacer) pickPlace(i int) {
	pp.list.Hide()
	pp.tapOnce(lang.L("Click the map where the photo was taken."), func(at orb.Point) {
		pt := annot.Point{Meta: annot.NewMeta(pp.author(), time.Now()), Category: pp.category, Status: annot.Working,
			RecordedBy: pp.author(), Location: at, Photos: []string{pp.photos[i].ID}}
		if !pp.photos[i].Taken.IsZero() {
			pt.Observed = photo.Day(pp.photos[i].Taken)
		}
		pp.commit(i, annot.Change{NewPoint: &pt})
	})
}

// attachTo adds photo i to the service point or gap with the given ID.
func (pp *photoPlacer) attachTo(i int, id string) {
	c, ok := photoimport.Attach(pp.ws.Annotations(), id, pp.photos[i].ID, pp.author(), time.Now())
	if !ok {
		return
	}
	pp.list.Hide()
	pp.commit(i, c)
}

// commit stores photo i and makes the edit that shows it, then lists
// the photos left.
func (pp *photoPlacer) commit(i int, c annot.Change) {
	if err := pp.ws.Project().AddPhotos(pp.photos[i : i+1]); err != nil {
		showError(err, pp.win)
		return
	}
	if _, err := pp.ws.Edit(c, pp.author()); err != nil {
		showError(err, pp.win)
		return
	}
	pp.photos = slices.Delete(slices.Clone(pp.photos), i, i+1)
	pp.changed()
	pp.show()
}

// tapOnce hands the next click on the map to f instead of the tools,
// saying what to do in the hint line.
func (ui *UI) tapOnce(hint string, f func(orb.Point)) {
	prev := ui.Map.OnTap
	ui.hint.SetText(hint)
	ui.Map.OnTap = func(at orb.Point) bool {
		ui.Map.OnTap = prev
		ui.hint.SetText("")
		f(at)
		return true
	}
}
