package main

import (
	"regexp"
	"testing"
)

// Every sub-command the usage lists writes to the console it was started
// from; the window, with or without files, does not.
func TestWantsConsole(t *testing.T) {
	for _, m := range regexp.MustCompile(`(?m)^  khoroomap ([a-z-]+)`).FindAllStringSubmatch(usage, -1) {
		if !wantsConsole([]string{m[1]}) {
			t.Errorf("khoroomap %s: wantsConsole = false, want true", m[1])
		}
	}
	cases := []struct {
		name string
		args []string
		want bool
	}{
		{"the window", nil, false},
		{"the window on a file", []string{`Z:\data\khoroos.geojson`}, false},
		{"a file named like a command, with a path", []string{`.\check`}, false},
		{"help", []string{"--help"}, true},
		{"a screenshot", []string{"--screenshot", "s.png"}, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if got := wantsConsole(c.args); got != c.want {
				t.Errorf("wantsConsole(%q) = %v, want %v", c.args, got, c.want)
			}
		})
	}
}
