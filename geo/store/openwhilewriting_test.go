package store

import (
	"path/filepath"
	"sync"
	"testing"
)

// TestOpenWhileAnotherWrites: a project opened while another connection
// (a second program importing into it) adds layers is checked in one
// read, so it never sees the layers table name a table its schema read
// did not yet hold. Before, the check read the tables and the layers in
// separate statements and refused the file now and then.
func TestOpenWhileAnotherWrites(t *testing.T) {
	path := filepath.Join(t.TempDir(), "p.gpkg")
	w := newProjectAt(t, path)
	defer w.Close()
	khoroo := sampleLayers(t)[0]
	var wg sync.WaitGroup
	done := make(chan struct{})
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(done)
		for range 40 {
			if _, err := w.AddLayer(khoroo, 0); err != nil {
				t.Error(err)
				return
			}
		}
	}()
	opened := 0
	for {
		select {
		case <-done:
			wg.Wait()
			if opened == 0 {
				t.Fatal("the project was never opened while the other connection wrote")
			}
			return
		default:
		}
		p, err := Open(path)
		if err != nil {
			<-done
			wg.Wait()
			t.Fatalf("opened while another connection wrote: %v", err)
		}
		p.Close()
		opened++
	}
}
