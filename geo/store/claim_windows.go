//go:build windows

package store

import (
	"os"
	"syscall"
	"unsafe"
)

var procLockFileEx = syscall.NewLazyDLL("kernel32.dll").NewProc("LockFileEx")

const (
	lockfileFailImmediately = 0x1
	lockfileExclusiveLock   = 0x2
	errorLockViolation      = syscall.Errno(33)
	// claimOffsetHigh places the claimed byte at 0x7fff0000_00000000:
	// far past SQLite's lock bytes (at 1 GiB) and any project's size, so
	// Windows' mandatory locking never stops a read or a write.
	claimOffsetHigh = 0x7fff0000
)

// lockFile locks one byte of f with LockFileEx, exclusively and without
// waiting; held says that another handle has it.
func lockFile(f *os.File) (held bool, err error) {
	ol := &syscall.Overlapped{OffsetHigh: claimOffsetHigh}
	ok, _, e := procLockFileEx.Call(f.Fd(), lockfileExclusiveLock|lockfileFailImmediately, 0, 1, 0, uintptr(unsafe.Pointer(ol)))
	if ok != 0 {
		return false, nil
	}
	if e == errorLockViolation {
		return true, nil
	}
	return false, e
}
