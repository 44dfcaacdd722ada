package geo

import (
	"errors"
	"io/fs"
	"os"

	"github.com/khoroomap/khoroomap/geo/words"
)

// CheckRegular reports whether path names an ordinary file, looking at
// it without opening it: opening a named pipe (FIFO) waits for a writer
// forever, and a device never ends. The error, when there is one, says
// what the path is instead ("is a named pipe (FIFO), not a file"), or
// why it cannot be looked at; callers put the path in front.
func CheckRegular(path string) error {
	st, err := os.Stat(path)
	if err != nil {
		var pe *fs.PathError
		if errors.As(err, &pe) {
			return pe.Err
		}
		return err
	}
	m := st.Mode()
	switch {
	case m.IsRegular():
		return nil
	case m.IsDir():
		return words.Errorf("is a folder, not a file")
	case m&fs.ModeNamedPipe != 0:
		return words.Errorf("is a named pipe (FIFO), not a file; save the data to a file first")
	case m&fs.ModeDevice != 0 || m&fs.ModeCharDevice != 0:
		return words.Errorf("is a device, not a file")
	case m&fs.ModeSocket != 0:
		return words.Errorf("is a socket, not a file")
	}
	return words.Errorf("is not an ordinary file")
}
