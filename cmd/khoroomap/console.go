package main

// consoleCommands are the arguments after which the program writes for a
// terminal: the sub-commands, help and --screenshot. Only these attach to
// the console a Windows user started them from; the plain window does not,
// so closing that console never closes the map.
var consoleCommands = map[string]bool{
	"check": true, "import": true, "export": true, "atlas": true, "coverage": true, "merge": true,
	"find": true, "training": true, "review": true,
	"help": true, "-h": true, "-help": true, "--help": true,
	"-screenshot": true, "--screenshot": true,
}

// wantsConsole says whether a run with these arguments writes for a
// terminal (see consoleCommands).
func wantsConsole(args []string) bool {
	return len(args) > 0 && consoleCommands[args[0]]
}
