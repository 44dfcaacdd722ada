package app

import "testing"

// The training project's pages are marked as such, so that printmap
// titles them in the page's language.
func TestTrainingPagesMarked(t *testing.T) {
	ui := newTestUI(t, 1)
	if !ui.printProject().Training {
		t.Error("the training project prints as an ordinary one")
	}
}
