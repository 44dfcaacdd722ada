//go:build !screenshot

package app

import "errors"

// Screenshot is only in builds made with -tags screenshot: it draws with
// Fyne's test driver, whose testing libraries the release binary leaves
// out (see screenshot.go).
func Screenshot(out string, files []string) error {
	return errors.New("this build cannot take screenshots; build it with: go build -tags screenshot ./cmd/khoroomap")
}
