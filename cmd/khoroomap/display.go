package main

import (
	"bytes"
	"errors"
	"fmt"
	"log"
	"strings"
)

// noWindowHelp tells a user without a display what still works.
const noWindowHelp = "the sub-commands work without one: khoroomap check|import|export|atlas|coverage|find|merge"

// noDisplay says why no window can open on this system, or "" when one
// may: on Linux and the BSDs the window is an X11 one and needs DISPLAY.
// Windows and macOS always have a display.
func noDisplay(goos string, getenv func(string) string) string {
	switch goos {
	case "windows", "darwin", "ios", "android", "js", "wasip1":
		return ""
	}
	if getenv("DISPLAY") == "" {
		return "no display (DISPLAY is not set)"
	}
	return ""
}

// noWindow is what a user reads, after "khoroomap: ", when the window
// cannot open.
func noWindow(why string) string {
	return "cannot open a window: " + why + "; " + noWindowHelp
}

// openWindow runs open, which builds the app and its window, and turns
// the panic GLFW raises when it cannot reach the display (DISPLAY names a
// server that is not there) into that one line, with the reason GLFW
// logged. When the window opens, what was logged is passed on.
func openWindow(open func() error) (err error) {
	var logged bytes.Buffer
	before := log.Writer()
	log.SetOutput(&logged)
	defer func() {
		log.SetOutput(before)
		if r := recover(); r != nil {
			err = errors.New(noWindow(glfwReason(logged.String(), r)))
			return
		}
		before.Write(logged.Bytes())
	}()
	return open()
}

// glfwReason picks the last thing GLFW logged ("X11: Failed to open
// display :97"), or else the panic's own words.
func glfwReason(logged string, panicked any) string {
	lines := strings.Split(strings.TrimSpace(logged), "\n")
	last := lines[len(lines)-1]
	if i := strings.Index(last, "PlatformError: "); i >= 0 {
		return strings.TrimSpace(last[i+len("PlatformError: "):])
	}
	return fmt.Sprint(panicked)
}
