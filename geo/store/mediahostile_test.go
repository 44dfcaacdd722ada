package store

import (
	"strings"
	"testing"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/annot"
)

// TestHostileStoredPhoto: a project made elsewhere can hold any bytes in
// its media rows. Reading such a photo back is refused in one line naming
// the project and the problem, before anything decodes it:
//
//	bomb     a 25-byte JPEG header (SOF, SOS) declaring 60000x60000 pixels (5 GB decoded)
//	garbage  bytes that are no image
func TestHostileStoredPhoto(t *testing.T) {
	sof := []byte{0xff, 0xd8, 0xff, 0xc0, 0, 17, 8, 0xea, 0x60, 0xea, 0x60, 3, 1, 0x22, 0, 2, 0x11, 1, 3, 0x11, 1, 0xff, 0xda, 0, 12}
	for name, tc := range map[string]struct {
		data []byte
		want string
	}{
		"bomb":    {sof, "60000x60000 pixels is too large"},
		"garbage": {[]byte("not a photo"), "not a JPEG or PNG"},
	} {
		t.Run(name, func(t *testing.T) {
			p := newProject(t)
			defer p.Close()
			phs := testPhotos(t, 1)
			pt := samplePoint("худаг", orb.Point{106.92, 47.95})
			pt.Photos = []string{phs[0].ID}
			must(t, p.ApplyWithPhotos(phs, []annot.Change{{NewPoint: &pt}}))
			if _, err := p.db.Exec(`UPDATE media SET data = ? WHERE uuid = ?`, tc.data, phs[0].ID); err != nil {
				t.Fatal(err)
			}
			_, err := p.Photo(phs[0].ID)
			if err == nil || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), p.Path()) || strings.Contains(err.Error(), "\n") {
				t.Errorf("got %v, want one line naming the project and %q", err, tc.want)
			}
		})
	}
}
