//go:build !windows

package main

// useParentConsole does nothing outside Windows: every program there
// writes to the terminal it was started from.
func useParentConsole([]string) {}
