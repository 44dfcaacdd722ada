package main

import (
	"flag"
	"fmt"
	"os"
	"runtime"

	"fyne.io/fyne/v2"
	fyneapp "fyne.io/fyne/v2/app"

	"github.com/khoroomap/khoroomap/app"
)

// runGUI opens the map window on the last project (the training sample
// the first time) with the given files added, or on the project given;
// with -screenshot it draws the window offscreen into a PNG and exits.
func runGUI(args []string) int {
	fs := flag.NewFlagSet("khoroomap", flag.ContinueOnError)
	shot := fs.String("screenshot", "", "render the main window offscreen at 1280x800 into this PNG and exit")
	if err := fs.Parse(args); err != nil {
		fmt.Fprint(os.Stderr, usage)
		return 2
	}
	if *shot != "" {
		if err := app.Screenshot(*shot, fs.Args()); err != nil {
			fmt.Fprintln(os.Stderr, "khoroomap: "+visible(err.Error()))
			return 1
		}
		return 0
	}
	if why := noDisplay(runtime.GOOS, os.Getenv); why != "" {
		fmt.Fprintln(os.Stderr, "khoroomap: "+noWindow(why))
		return 1
	}
	var ui *app.UI
	if err := openWindow(func() (err error) {
		ui, err = app.New(newApp())
		return err
	}); err != nil {
		fmt.Fprintln(os.Stderr, "khoroomap: "+visible(err.Error()))
		return 1
	}
	ui.EndAtStop()
	ui.OpenStartup(fs.Args())
	ui.Window().ShowAndRun()
	ui.Close() // when Fyne dropped the stop hook: it may, as it stops
	return 0
}

// newApp is the Fyne app, keeping its settings in settings.json (a line
// says when they could not be read).
func newApp() fyne.App {
	a := fyneapp.NewWithID(app.AppID)
	if err := app.UseSettingsFile(a); err != nil {
		fmt.Fprintln(os.Stderr, "khoroomap: "+visible(err.Error()))
	}
	return a
}
