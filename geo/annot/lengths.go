package annot

import (
	"unicode/utf8"

	"github.com/khoroomap/khoroomap/geo/words"
)

// Bounds on an annotation's texts, in characters: what a file brings in
// is refused beyond them (a 100 MB name in a hostile CSV would otherwise
// be stored, drawn and printed whole).
const (
	// MaxName bounds a name, a category, a recorder and an author.
	MaxName = 300
	// MaxNotes bounds notes.
	MaxNotes = 10000
)

// TooLong says which of a point's texts is longer than its bound, nil
// when none is; the text itself is not repeated.
func (p *Point) TooLong() error {
	return tooLong(
		text{longName, p.Name, MaxName}, text{longCategory, p.Category, MaxName},
		text{longRecorder, p.RecordedBy, MaxName}, text{longAuthor, p.Author, MaxName},
		text{longNotes, p.Notes, MaxNotes})
}

// TooLong says which of a gap's texts is longer than its bound, nil when
// none is.
func (g *Gap) TooLong() error {
	return tooLong(
		text{longService, g.Service, MaxName}, text{longRaisedBy, g.RaisedBy, MaxName},
		text{longAuthor, g.Author, MaxName}, text{longNotes, g.Notes, MaxNotes})
}

// The words of a text too long, keys of the translations: its length,
// then its bound.
const (
	longName     = "the name is %d characters long, more than the %d a name may hold"
	longCategory = "the category is %d characters long, more than the %d a category may hold"
	longRecorder = "the recorder's name is %d characters long, more than the %d a name may hold"
	longAuthor   = "the author's name is %d characters long, more than the %d a name may hold"
	longService  = "the missing service is %d characters long, more than the %d a category may hold"
	longRaisedBy = "the name of who raised it is %d characters long, more than the %d a name may hold"
	longNotes    = "the notes are %d characters long, more than the %d notes may hold"
)

// longKeys are the keys above, for the test that they are translated.
var longKeys = []string{longName, longCategory, longRecorder, longAuthor, longService, longRaisedBy, longNotes}

// text is one of an annotation's texts with its bound.
type text struct {
	key   string // one of longKeys
	value string
	most  int
}

func tooLong(texts ...text) error {
	for _, t := range texts {
		if len(t.value) > t.most && utf8.RuneCountInString(t.value) > t.most {
			return words.Errorf(t.key, utf8.RuneCountInString(t.value), t.most)
		}
	}
	return nil
}

// NameTooLong, RecorderTooLong, RaisedByTooLong and NotesTooLong say, in
// the words of TooLong, that a text typed in a form is longer than its
// bound; nil when it is not. A form checks them as they are typed, so that
// what it saves is what an import would take.
func NameTooLong(s string) error     { return tooLong(text{longName, s, MaxName}) }
func RecorderTooLong(s string) error { return tooLong(text{longRecorder, s, MaxName}) }
func RaisedByTooLong(s string) error { return tooLong(text{longRaisedBy, s, MaxName}) }
func NotesTooLong(s string) error    { return tooLong(text{longNotes, s, MaxNotes}) }
