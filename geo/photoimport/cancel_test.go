package photoimport

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"testing"

	"github.com/khoroomap/khoroomap/geo/photo/phototest"
)

// photoFiles writes n small distinct photos with a position.
func photoFiles(t *testing.T, n int) []string {
	dir := t.TempDir()
	var files []string
	for i := range n {
		p := filepath.Join(dir, fmt.Sprintf("IMG_%d.jpg", i))
		data := phototest.JPEG(phototest.Quadrants(40+i, 30), phototest.Tags{GPS: true, Lat: 47.9, Lon: 106.9})
		if err := os.WriteFile(p, data, 0o644); err != nil {
			t.Fatal(err)
		}
		files = append(files, p)
	}
	return files
}

// Cancel is honoured between every photo: pressed when the first is
// read, each reader finishes at most the photo in its hands.
func TestCancelBetweenPhotos(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	read := 0
	_, err := reduceAll(ctx, photoFiles(t, 24), func(done, total int) {
		read = done
		stop()
	})
	if !errors.Is(err, context.Canceled) || read > runtime.GOMAXPROCS(0) {
		t.Errorf("%d of 24 photos read after Cancel at the first (%d readers); %v", read, runtime.GOMAXPROCS(0), err)
	}
}

// A Cancel pressed while a photo file was read stops it before the
// decode.
func TestCancelBeforeTheDecode(t *testing.T) {
	ctx, stop := context.WithCancel(context.Background())
	stop()
	if ph, err := reduceFile(ctx, photoFiles(t, 1)[0]); !errors.Is(err, context.Canceled) || ph.Data != nil {
		t.Errorf("a cancelled read went on to %d bytes (%v)", len(ph.Data), err)
	}
}
