package main

import "regexp"

// consoleFlags are the flags of the window's command line that write for
// a terminal instead of opening the window.
var consoleFlags = map[string]bool{"-h": true, "-help": true, "--help": true, "-screenshot": true, "--screenshot": true}

// subCommand is how every sub-command is named (check, sheet-read, ...);
// a file to open has a dot, a separator or a capital letter in its name.
var subCommand = regexp.MustCompile(`^[a-z][a-z-]*$`)

// wantsConsole says whether a run with these arguments writes for a
// terminal: a sub-command, help or --screenshot. Only these attach to the
// console a Windows user started them from; the plain window does not, so
// closing that console never closes the map.
func wantsConsole(args []string) bool {
	return len(args) > 0 && (consoleFlags[args[0]] || subCommand.MatchString(args[0]))
}
