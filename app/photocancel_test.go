package app

import (
	"strings"
	"testing"

	"fyne.io/fyne/v2/test"
)

// Cancel acts at once, while photos are still being read: the window
// says the import was cancelled before the reading ends, and when it
// does end nothing is written and no summary follows.
func TestImportPhotosCancelActsAtOnce(t *testing.T) {
	ui := newTestUI(t, 1)
	before := counts(ui.ws.Annotations())
	reached, release := make(chan struct{}), make(chan struct{})
	beforePhotoWrite = func() { close(reached); <-release }
	defer func() { beforePhotoWrite = nil }()
	pi := ui.newPhotoImporter()
	pi.show()
	pi.run([]string{walkPhotos(t)})
	<-reached // the photos are read; the write waits
	test.Tap(pi.cancel)
	shown := overlayText(ui.win.Canvas().Overlays().Top())
	close(release)
	<-pi.done
	if !strings.Contains(shown, "Cancelled: nothing was imported") {
		t.Errorf("at Cancel the window shows %q", shown)
	}
	onDisk, err := ui.ws.Project().Load()
	if got := counts(ui.ws.Annotations()); got != before || err != nil || counts(onDisk) != before {
		t.Errorf("after Cancel %v in the window, %v in the file (%v); %v before", got, counts(onDisk), err, before)
	}
	if text := overlayText(ui.win.Canvas().Overlays().Top()); strings.Contains(text, "New service points") {
		t.Errorf("a summary followed the Cancel: %q", text)
	}
}

// Cancel and the write exclude each other: once the write has begun
// Cancel does nothing, and once Cancel was pressed nothing is written.
func TestCancelGate(t *testing.T) {
	g := newCancelGate()
	if !g.write() || g.cancel() || g.cancelled() || g.ctx.Err() != nil {
		t.Error("Cancel after the write began was honoured")
	}
	g = newCancelGate()
	if !g.cancel() || g.write() || !g.cancelled() || g.ctx.Err() == nil {
		t.Error("the write after Cancel was let through")
	}
}
