package phoneform_test

import (
	"slices"
	"testing"

	"github.com/khoroomap/khoroomap/geo/phoneform"
)

// The columns offered as photo columns: a form with two photo questions
// (one in a group), a column of URLs to photos, a KoBo _attachments JSON
// cell and a column of other file names are told apart.
func TestPhotoColumns(t *testing.T) {
	data := "name,photo,place/зураг,extra,url,_attachments,doc,gps\n" +
		"a,1.jpg,,,https://kc.kobo.org/media/x/IMG_2.JPEG,\"[{\"\"filename\"\": \"\"u/x.jpg\"\"}]\",report.pdf,47.9 106.9\n" +
		"b,,2.png,,,,,47.9 106.9\n"
	tab := table(t, "kobo.csv", data)
	for _, tc := range []struct {
		name string
		m    phoneform.Mapping
		want []string
	}{
		{"guess", phoneform.Guess(tab.Header), []string{"photo", "place/зураг", "url"}},
		{"chosen before", phoneform.Mapping{Photos: []string{"extra"}}, []string{"photo", "place/зураг", "extra", "url"}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			if got := tab.PhotoColumns(tc.m); !slices.Equal(got, tc.want) {
				t.Errorf("%q, want %q", got, tc.want)
			}
		})
	}
	if m := phoneform.Guess(tab.Header); !slices.Equal(m.Photos, []string{"photo", "place/зураг"}) {
		t.Errorf("guessed photo columns %q", m.Photos)
	}
}
