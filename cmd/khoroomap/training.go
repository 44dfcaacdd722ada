package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"github.com/khoroomap/khoroomap/geo/training"
)

// runTraining implements `khoroomap training -o P.gpkg [-force | -reset]`:
// a fresh training project, the same on every laptop; -reset keeps the
// old one as a dated backup.
func runTraining(args []string, stdout, stderr io.Writer) int {
	fs := flag.NewFlagSet("training", flag.ContinueOnError)
	fs.SetOutput(stderr)
	out := fs.String("o", "", "the training project file to write (.gpkg)")
	force := fs.Bool("force", false, "replace the file if it exists")
	reset := fs.Bool("reset", false, "replace the training project, keeping the old file beside it as a dated backup")
	fs.Usage = func() {
		fmt.Fprintln(stderr, "usage: khoroomap training -o P.gpkg [-force | -reset]")
		fs.PrintDefaults()
	}
	if err := fs.Parse(args); err != nil {
		return 2
	}
	if *out == "" || fs.NArg() != 0 {
		fs.Usage()
		return 2
	}
	if *reset {
		return resetTraining(*out, stdout, stderr)
	}
	if _, err := os.Stat(*out); err == nil && !*force {
		fmt.Fprintf(stderr, "khoroomap training: %s exists; give -force to replace it\n", *out)
		return 1
	}
	if err := training.Create(*out); err != nil {
		fmt.Fprintln(stderr, "khoroomap training:", err)
		return 1
	}
	fmt.Fprintf(stdout, "%s: a fresh training project\n", *out)
	return 0
}

// resetTraining resets the training project at path and says where the
// old one went.
func resetTraining(path string, stdout, stderr io.Writer) int {
	backup, err := training.Reset(path, time.Now())
	if err != nil {
		fmt.Fprintln(stderr, "khoroomap training:", err)
		return 1
	}
	if backup != "" {
		fmt.Fprintf(stdout, "%s: the old training project is kept as %s\n", path, backup)
	}
	fmt.Fprintf(stdout, "%s: a fresh training project\n", path)
	return 0
}
