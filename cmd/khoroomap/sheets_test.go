package main

import (
	"bytes"
	"path/filepath"
	"strings"
	"testing"
)

func TestSheetsCommand(t *testing.T) {
	dir := t.TempDir()
	tests := []struct {
		name string
		args []string
		code int
		want string
	}{
		{"every kheseg", []string{"-o", filepath.Join(dir, "a.pdf")}, 0, "an overview and 6 sheet(s)"},
		{"one kheseg", []string{"-area", "2-р хэсэг", "-o", filepath.Join(dir, "b.pdf")}, 0, "an overview and 1 sheet(s)"},
		{"a khoroo's kheseg", []string{"-area", "Сургалтын 1-р хороо", "-paper", "a3", "-o", filepath.Join(dir, "c.pdf")}, 0, "an overview and 6 sheet(s)"},
		{"unknown area", []string{"-area", "nowhere", "-o", filepath.Join(dir, "d.pdf")}, 1, "no area is called"},
		{"bad paper", []string{"-paper", "A5", "-o", filepath.Join(dir, "e.pdf")}, 1, "choose A4 or A3"},
		{"no output", nil, 2, "usage"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var out, errOut bytes.Buffer
			code := runSheets(tt.args, &out, &errOut)
			if code != tt.code || !strings.Contains(out.String()+errOut.String(), tt.want) {
				t.Errorf("exit %d, %q %q; want exit %d and %q", code, out.String(), errOut.String(), tt.code, tt.want)
			}
		})
	}
}
