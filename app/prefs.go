package app

import (
	"sync"

	"fyne.io/fyne/v2"

	"github.com/khoroomap/khoroomap/app/settings"
)

// stores are the settings of each app: the file UseSettingsFile opened,
// or a store in memory.
var stores = struct {
	sync.Mutex
	of map[fyne.App]*settings.Store
}{of: map[fyne.App]*settings.Store{}}

// UseSettingsFile makes a keep its settings in settings/settings.json in
// its storage folder (~/.config/fyne/mn.khoroomap.app, %APPDATA%\fyne\
// mn.khoroomap.app; see settings.OpenIn), carried over on the first
// start. The error, one line, says what could not be read; a works
// anyway, from the default settings.
func UseSettingsFile(a fyne.App) error {
	s, err := settings.OpenIn(a.Storage().RootURI().Path())
	stores.Lock()
	defer stores.Unlock()
	stores.of[a] = s
	return err
}

// prefsOf is a's settings: the file UseSettingsFile opened, else (tests,
// offscreen pictures) a store in memory of a's own, never the user's.
func prefsOf(a fyne.App) *settings.Store {
	stores.Lock()
	defer stores.Unlock()
	s := stores.of[a]
	if s == nil {
		s = settings.Memory()
		stores.of[a] = s
	}
	return s
}

// prefs is the window's settings.
func (ui *UI) prefs() *settings.Store { return prefsOf(ui.app) }
