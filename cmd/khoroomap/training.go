package main

import (
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/khoroomap/khoroomap/geo/store"
)

// runTraining implements `khoroomap training -o P.gpkg [-force]`: a fresh
// training project, the same on every laptop.
func runTraining(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("training", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the training project file to write (.gpkg)")
	force := fs.Bool("force", false, "replace the file if it exists")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap training -o P.gpkg [-force]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		fmt.Fprintf(stderr, "khoroomap training: %s exists; give -force to replace it\n", *out)
		return 1
	}
	if err := store.CreateSample(*out); err != nil {
		fmt.Fprintln(stderr, "khoroomap training:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: a fresh training project\n", *out)
	return 0
}
