package settings

import (
	"errors"
	"syscall"
)

// errSharingViolation is Windows' ERROR_SHARING_VIOLATION.
const errSharingViolation syscall.Errno = 32

// busy reports whether err is Windows refusing a file for a moment: it is
// being replaced (a rename over it) or another program holds it open.
func busy(err error) bool {
	return errors.Is(err, errSharingViolation) || errors.Is(err, syscall.ERROR_ACCESS_DENIED)
}
