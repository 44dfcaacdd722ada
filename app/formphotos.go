package app

import (
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"github.com/khoroomap/khoroomap/geo/photo"
)

// photoExtensions are the files the photo picker offers.
var photoExtensions = []string{".jpg", ".jpeg", ".png"}

// maxPhotoFile bounds the size of a photo file read at all.
const maxPhotoFile = 64 << 20

// photoField lists the photos of the annotation a form edits, as
// thumbnails that can be removed, and adds photos picked from files,
// reduced as a project stores them. New photos are stored when the form
// is saved, in the same edit that attaches them, so undo takes them off.
type photoField struct {
	env     *formEnv
	ids     []string
	fresh   map[string]photo.Photo // reduced here, not yet in the project
	thumbs  *fyne.Container
	add     *widget.Button
	problem *widget.Label
	content *fyne.Container
	// changed is called when the field grows or shrinks.
	changed func()
}

func newPhotoField(env *formEnv, ids []string) *photoField {
	p := &photoField{env: env, ids: slices.Clone(ids), fresh: map[string]photo.Photo{}, changed: func() {}}
	p.thumbs = container.NewGridWrap(fyne.NewSize(96, 110))
	p.add = widget.NewButtonWithIcon(lang.L("Add photos…"), theme.ContentAddIcon(), p.pick)
	p.problem = widget.NewLabel("")
	p.problem.Importance = widget.DangerImportance
	p.problem.Wrapping = fyne.TextWrapWord
	p.problem.Hide()
	p.content = container.NewVBox(container.NewHBox(p.add), p.problem, p.thumbs)
	p.refresh()
	return p
}

// pick opens a picker of photo files, in the folder of the last photo.
func (p *photoField) pick() {
	dir := p.env.photoDir
	if dir == "" {
		dir, _ = os.UserHomeDir()
	}
	p.env.picker = newFilePicker(photoExtensions, dir, p.addFile)
	p.env.picker.show(p.env.win)
}

// addFile reads and reduces a photo file in the background, then shows
// it; a file that is no photo is named under the thumbnails.
func (p *photoField) addFile(path string) {
	p.env.photoDir = filepath.Dir(path)
	p.add.Disable()
	p.env.background(func() {
		ph, err := readPhoto(path)
		fyne.Do(func() { p.added(ph, err) })
	})
}

// readPhoto reads a photo file and reduces it; its errors name the file
// and say in the window's language what is wrong.
func readPhoto(path string) (photo.Photo, error) {
	name := filepath.Base(path)
	st, err := os.Stat(path)
	if err != nil {
		return photo.Photo{}, fmt.Errorf("%s: %s", name, lang.L("this file cannot be read"))
	}
	if st.Size() > maxPhotoFile {
		return photo.Photo{}, fmt.Errorf("%s: %s", name, lang.L("the file is too large for a photo"))
	}
	data, err := os.ReadFile(path)
	if err != nil {
		return photo.Photo{}, fmt.Errorf("%s: %s", name, lang.L("this file cannot be read"))
	}
	ph, err := photo.Reduce(name, data)
	switch {
	case errors.Is(err, photo.ErrHEIC):
		return ph, fmt.Errorf("%s: %s", name, lang.L("an iPhone HEIC photo: set the camera to Most Compatible to take JPEGs"))
	case err != nil:
		return ph, fmt.Errorf("%s: %s", name, lang.L("not a JPEG or PNG photo, or a damaged one"))
	}
	return ph, nil
}

// added shows a reduced photo, or why it could not be.
func (p *photoField) added(ph photo.Photo, err error) {
	p.add.Enable()
	p.problem.Hidden = err == nil
	if err != nil {
		p.problem.SetText(errorText(err))
		p.content.Refresh()
		p.changed()
		return
	}
	if !slices.Contains(p.ids, ph.ID) {
		p.ids = append(p.ids, ph.ID)
		p.fresh[ph.ID] = ph
	}
	p.refresh()
}

// remove takes a photo off the annotation (the project keeps its copy).
func (p *photoField) remove(id string) {
	p.ids = slices.DeleteFunc(p.ids, func(s string) bool { return s == id })
	p.refresh()
}

// photo finds a photo: one just added, else the project's.
func (p *photoField) photo(id string) (photo.Photo, error) {
	if ph, ok := p.fresh[id]; ok {
		return ph, nil
	}
	if p.env.ws.Project() == nil {
		return photo.Photo{}, fmt.Errorf("%s", lang.L("No project"))
	}
	return p.env.ws.Project().Photo(id)
}

// refresh draws the thumbnails, each above its Remove button.
func (p *photoField) refresh() {
	p.thumbs.RemoveAll()
	for _, id := range p.ids {
		remove := widget.NewButtonWithIcon("", theme.DeleteIcon(), func() { p.remove(id) })
		ph, err := p.photo(id)
		if err != nil {
			p.thumbs.Add(container.NewBorder(nil, remove, nil, nil, newBrokenPhoto(err, p.env.win)))
			continue
		}
		p.thumbs.Add(container.NewBorder(nil, remove, nil, nil, newThumbnail(ph, func() { showPhotoOver(p.env.win, ph) })))
	}
	if len(p.ids) == 0 {
		p.thumbs.Hide()
	} else {
		p.thumbs.Show()
	}
	p.thumbs.Refresh()
	if p.content != nil {
		p.content.Refresh()
	}
	p.changed()
}

// store puts the photos added here, and still attached, in the project;
// the edit that lists them follows.
func (p *photoField) store() error {
	var ps []photo.Photo
	for _, id := range p.ids {
		if ph, ok := p.fresh[id]; ok {
			ps = append(ps, ph)
		}
	}
	if len(ps) == 0 || p.env.ws.Project() == nil {
		return nil
	}
	return p.env.ws.Project().AddPhotos(ps)
}

// stored stores the new photos, saying so when the project refuses them;
// it reports whether they are stored.
func (p *photoField) stored() bool {
	if err := p.store(); err != nil {
		showError(err, p.env.win)
		return false
	}
	return true
}
