package app

import (
	"os"
	"path/filepath"
	"runtime"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/lang"

	"github.com/khoroomap/khoroomap/geo/workspace"
)

// Preference keys of the project.
const (
	prefProject = "lastProject"
	prefAuthor  = "author"
)

// readProject opens a project and reads it whole, off the UI goroutine; a
// missing file is created, and the training project is created with the
// sample in it.
func readProject(path string, training bool) (*workspace.Read, error) {
	missing := workspace.Create
	if training {
		missing = workspace.Sample
	}
	d, err := workspace.ReadFile(path, missing)
	if err != nil {
		return nil, err
	}
	if err := d.Project.Claim(); err != nil { // open in another window: say so, edit nothing
		d.Close()
		return nil, err
	}
	return d, nil
}

// OpenProject switches the window to the project file at path, reading it
// in the background; a missing file becomes a new, empty project. Safe to
// call from any goroutine.
func (ui *UI) OpenProject(path string) { ui.openProject(path, false) }

// OpenTraining opens the training project in the user's documents,
// creating it from the embedded sample the first time.
func (ui *UI) OpenTraining() { ui.openProject(trainingPath(), true) }

func (ui *UI) openProject(path string, training bool) {
	fyne.Do(func() { ui.setLoading(+1) })
	ui.background(func() {
		d, err := readProject(path, training)
		fyne.Do(func() {
			ui.setLoading(-1)
			if err != nil {
				ui.forget(path)
				showError(err, ui.win)
				return
			}
			ui.setProject(d)
			showLeftOut(d.Project.LeftOut(), ui.win)
		})
	})
}

// setProject shows a project that was read: its layers, annotations and
// title; the previous project is closed (everything in it is saved).
func (ui *UI) setProject(d *workspace.Read) {
	ui.rememberView() // of the project being closed
	ui.ws.Open(d.Project, d.Annotations)
	ui.selectedAnnot = ""
	ui.info.show(nil, nil) // what was selected belongs to the previous project
	ui.cancelTool()
	ui.layers.reset()
	for _, sl := range d.Layers {
		ui.layers.addStored(sl)
	}
	ui.placesChanged()
	ui.prefs().SetString(prefProject, d.Project.Path())
	ui.remember(d.Project.Path())
	ui.updateTitle()
	ui.base.loadFromProject()
	ui.streets.loadFromProject()
	ui.sheets.load()
	ui.annotsChanged()
	if !ui.restoreView() {
		ui.fitAll()
	}
	ui.flushPending()
}

// saveSetting stores a setting in the open project, if there is one, and
// says so when the file refuses it.
func (ui *UI) saveSetting(key, value string) {
	if ui.ws.Project() == nil {
		return
	}
	if err := ui.ws.Project().SetSetting(key, value); err != nil {
		showError(err, ui.win)
	}
}

// updateTitle names the window after the project file, and says
// "training" for the training sample only.
func (ui *UI) updateTitle() {
	title := lang.L("Khoroo Map")
	if ui.ws.Project() != nil {
		title = projectTitle(ui.ws.Project().Path()) + " — " + title
	}
	if ui.isTraining() {
		title = lang.L("Training sample") + ": " + title
	}
	ui.win.SetTitle(title)
}

// Close stops the map's render worker, closes the basemap and the project
// file (every edit is already saved) and removes the scratch folder of a
// window that made one. It does so once: later calls, from any goroutine,
// wait for the first to finish and do nothing.
func (ui *UI) Close() { ui.end.once.Do(ui.close) }

// close is Close's work.
func (ui *UI) close() {
	ui.rememberView()
	ui.Map.Close()
	if ui.base != nil {
		ui.base.close()
	}
	ui.ws.Close()
	if ui.scratch != "" {
		os.RemoveAll(ui.scratch)
		ui.scratch = ""
	}
}

// documentsDir is where projects go by default: a "Khoroo Map" folder in
// the user's Documents, or in the home folder when there is no Documents.
func documentsDir() string {
	dir := localFolders().Projects
	if st, err := os.Stat(filepath.Dir(dir)); err == nil && st.IsDir() {
		return dir
	}
	home, err := os.UserHomeDir()
	if err != nil {
		return filepath.Join(os.TempDir(), "Khoroo Map")
	}
	return filepath.Join(home, "Khoroo Map")
}

// localFolders are this machine's folders.
func localFolders() Folders {
	home, _ := os.UserHomeDir()
	return foldersFor(runtime.GOOS, os.Getenv, home)
}

// trainingPath is the training project's file.
func trainingPath() string { return filepath.Join(documentsDir(), "training.gpkg") }

// StartupProject is the project the window opens with: the last one used
// when it is still there, else the training project.
func StartupProject(a fyne.App) (path string, training bool) {
	if p := prefsOf(a).String(prefProject); p != "" {
		if _, err := os.Stat(p); err == nil {
			return p, false
		}
	}
	return trainingPath(), true
}

// author is who is editing, as the settings say ("" when not set).
func (ui *UI) author() string { return ui.prefs().String(prefAuthor) }

// OpenStartup opens the project the window starts with (see
// StartupProject), unless files include a project: then that one. On the
// first start it shows the welcome, which asks the user's name.
func (ui *UI) OpenStartup(files []string) {
	defer ui.welcomeFirstRun()
	for _, f := range files {
		if isProject(f) {
			ui.Open(files)
			return
		}
	}
	path, training := StartupProject(ui.app)
	ui.openProject(path, training)
	if len(files) > 0 {
		ui.Open(files)
	}
}
