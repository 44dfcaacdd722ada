package photoimport

import (
	"context"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync"
	"sync/atomic"

	"github.com/khoroomap/khoroomap/geo/photo"
	"github.com/khoroomap/khoroomap/geo/words"
)

// maxFileSize bounds a photo file read whole: a 12 MP JPEG is 3-8 MB.
const maxFileSize = 64 << 20

// reduced is one file's outcome.
type reduced struct {
	photo photo.Photo
	err   error
}

// reduceAll reduces files on every core, in order. Memory stays bounded:
// each worker holds one photo being decoded; the results are reduced.
// progress (may be nil) is called from the workers after each file, one
// call at a time, so it may touch what is not safe for concurrent use.
func reduceAll(ctx context.Context, files []string, progress func(done, total int)) ([]reduced, error) {
	out := make([]reduced, len(files))
	var next atomic.Int64
	var wg sync.WaitGroup
	var mu sync.Mutex // one progress call at a time
	done := 0
	for range min(runtime.GOMAXPROCS(0), max(len(files), 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for ctx.Err() == nil {
				i := int(next.Add(1) - 1)
				if i >= len(files) {
					return
				}
				out[i].photo, out[i].err = reduceFile(ctx, files[i])
				mu.Lock()
				done++
				if progress != nil {
					progress(done, len(files))
				}
				mu.Unlock()
			}
		}()
	}
	wg.Wait()
	if err := ctx.Err(); err != nil {
		return nil, fmt.Errorf("photoimport: stopped: %w", err)
	}
	return out, nil
}

// reduceFile reads and reduces one photo; a ctx cancelled while the file
// was read (a slow USB stick) stops it before the decode.
func reduceFile(ctx context.Context, path string) (photo.Photo, error) {
	data, err := readPhoto(path)
	if err != nil {
		return photo.Photo{}, err
	}
	if err := ctx.Err(); err != nil {
		return photo.Photo{}, err
	}
	ph, err := photo.Reduce(filepath.Base(path), data)
	if err != nil {
		return ph, words.Errorf("%w (%s)", err, path)
	}
	return ph, nil
}

// readPhoto reads a photo file whole into one buffer of its size (a
// growing one would copy a 6 MB photo a dozen times and leave twice its
// size to collect), refusing one over maxFileSize. A file that grows
// while it is read is read up to the limit all the same.
func readPhoto(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, words.Errorf("photoimport: %w", err)
	}
	defer f.Close()
	size := int64(0)
	if info, err := f.Stat(); err == nil {
		size = info.Size()
	}
	if size > maxFileSize {
		return nil, words.Errorf("photoimport: %s: larger than %d MB, not a phone photo", path, maxFileSize>>20)
	}
	buf := make([]byte, 0, size+1) // +1: the read that finds the end
	for len(buf) <= maxFileSize {
		if len(buf) == cap(buf) { // it grew since
			buf = append(buf, 0)[:len(buf)]
		}
		n, err := f.Read(buf[len(buf):min(cap(buf), maxFileSize+1)])
		buf = buf[:len(buf)+n]
		if err == io.EOF {
			return buf, nil
		}
		if err != nil {
			return nil, words.Errorf("photoimport: %s: %w", path, err)
		}
	}
	return nil, words.Errorf("photoimport: %s: larger than %d MB, not a phone photo", path, maxFileSize>>20)
}
