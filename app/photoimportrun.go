package app

import (
	"context"
	"errors"
	"fmt"
	"strings"

	"fyne.io/fyne/v2/dialog"
	"fyne.io/fyne/v2/lang"
	"fyne.io/fyne/v2/theme"

	"github.com/khoroomap/khoroomap/geo/annot"
	"github.com/khoroomap/khoroomap/geo/photoimport"
	"github.com/khoroomap/khoroomap/geo/store"
)

// importPhotos reads and reduces the photos of paths and writes them to
// p in one transaction, unless g is cancelled before the write begins
// (context.Canceled); it returns the project's annotations as written.
// Safe to call from any goroutine.
func importPhotos(g *cancelGate, p *store.Project, paths []string, s *annot.Set, opt photoimport.Options) (*photoimport.Result, *annot.Set, error) {
	files, err := photoimport.Files(paths)
	if err != nil {
		return nil, nil, err
	}
	res, err := photoimport.Run(g.ctx, files, s, opt)
	if err != nil {
		return nil, nil, err
	}
	if beforePhotoWrite != nil {
		beforePhotoWrite()
	}
	if !g.write() { // Cancel after the last photo still writes nothing
		return nil, nil, context.Canceled
	}
	if err := p.ApplyWithPhotos(res.Photos, res.Changes); err != nil {
		return nil, nil, err
	}
	s, err = p.Load()
	return res, s, err
}

// beforePhotoWrite, when set (by tests), runs just before an import's
// write is let through or refused.
var beforePhotoWrite func()

// finish shows how the import went and, when it wrote, the new
// annotations (if p is still the open project).
func (pi *photoImporter) finish(p *store.Project, res *photoimport.Result, s *annot.Set, err error) {
	pi.progress.Hide()
	switch {
	case errors.Is(err, context.Canceled):
		dialog.ShowInformation(lang.L("Import photos"), lang.L("Cancelled: nothing was imported, the project is as it was."), pi.win)
		return
	case err != nil:
		showError(err, pi.win)
		return
	}
	if pi.ws.Project() == p {
		pi.ws.Imported(s, pi.from) // one step that Ctrl+Z undoes
		pi.changed()
	}
	summary := newTextDialog(lang.L("Import photos"), lang.L("OK"), theme.InfoIcon(), pi.win)
	summary.add(strings.Split(photoSummary(res), "\n")...) // scrolled when many photos were not read
	if len(res.NoGPS) > 0 && pi.noGPS != nil {
		summary.d.SetOnClosed(func() { pi.noGPS(res) }) // then place them
	}
	summary.d.Show()
}

// photoSummary says what an import did, a line for each count that is not
// zero, and names the photos it could not place or read.
func photoSummary(res *photoimport.Result) string {
	var lines []string
	for _, n := range []struct {
		text  string
		count int
	}{
		{lang.L("New service points: %d"), res.Added},
		{lang.L("Photos added to points or gaps already there: %d"), res.Attached},
		{lang.L("Photos already in the project, left as they were: %d"), res.Already},
	} {
		if n.count > 0 {
			lines = append(lines, fmt.Sprintf(n.text, n.count))
		}
	}
	if len(lines) == 0 {
		lines = append(lines, lang.L("No new photos with a GPS position."))
	}
	if len(res.NoGPS) > 0 {
		var names []string
		for _, ph := range res.NoGPS {
			names = append(names, ph.Name)
		}
		lines = append(lines, fmt.Sprintf(lang.L("%d without a GPS position: %s"), len(res.NoGPS), strings.Join(names, ", ")))
	}
	for _, e := range res.Skipped {
		lines = append(lines, lang.L("Not read:")+" "+errorText(e))
	}
	return strings.Join(lines, "\n")
}
