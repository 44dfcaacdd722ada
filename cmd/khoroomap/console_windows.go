//go:build windows

package main

import (
	"os"
	"syscall"
)

// attachParentProcess is ATTACH_PARENT_PROCESS, (DWORD)-1.
const attachParentProcess = uintptr(^uint32(0))

var procAttachConsole = syscall.NewLazyDLL("kernel32.dll").NewProc("AttachConsole")

// useParentConsole lets a sub-command of the GUI-subsystem .exe write to
// the console it was started from (cmd.exe, PowerShell), which Windows does
// not give such a program: it attaches to the parent's console and reopens
// os.Stdout and os.Stderr on CONOUT$. Output already redirected to a file
// or a pipe is left there; started from Explorer there is no console to
// attach to and nothing changes. Call it before anything keeps os.Stdout.
func useParentConsole(args []string) {
	if !wantsConsole(args) || (usable(os.Stdout) && usable(os.Stderr)) {
		return
	}
	if ok, _, _ := procAttachConsole.Call(attachParentProcess); ok == 0 {
		return
	}
	out, err := os.OpenFile("CONOUT$", os.O_RDWR, 0)
	if err != nil {
		return
	}
	if !usable(os.Stdout) {
		os.Stdout = out
	}
	if !usable(os.Stderr) {
		os.Stderr = out
	}
}

// usable says whether f is an open file, pipe or console: a GUI program
// started from a console gets no handles (0), which GetFileType refuses.
func usable(f *os.File) bool {
	if f == nil {
		return false
	}
	t, err := syscall.GetFileType(syscall.Handle(f.Fd()))
	return err == nil && t != syscall.FILE_TYPE_UNKNOWN
}
