package main

import (
	"fmt"
	"io"

	"github.com/khoroomap/khoroomap/geo/store"
)

// warnTo returns what prints a problem a command went past, one line on
// stderr: "khoroomap CMD: warning: ...".
func warnTo(stderr io.Writer, cmd string) func(error) {
	return func(err error) { fmt.Fprintf(stderr, "khoroomap %s: warning: %v\n", cmd, err) }
}

// warnLeftOut tells warn (when there is one) of each row reading the
// project left out: coordinates that are not finite or lie outside
// longitude/latitude (see store.Project.LeftOut).
func warnLeftOut(p *store.Project, warn func(error)) {
	if warn == nil {
		return
	}
	for _, err := range p.LeftOut() {
		warn(err)
	}
}
