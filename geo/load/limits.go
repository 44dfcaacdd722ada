package load

import (
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
)

// Limits on what one file may make the reader hold, so that a small
// hostile file cannot exhaust memory (variables only so that tests can
// make hostile files small).
var (
	// maxToken is the most bytes one XML token (an element's tag, a run of
	// text, a comment) may span: the XML decoder holds a whole token at
	// once. 64 MiB is a <coordinates> of about 1.5 million points.
	maxToken int64 = 64 << 20
	// maxText is the most bytes a KML text (a name, a description, a
	// value) may gather; a Placemark's texts together are bounded by
	// maxRow.
	maxText = 1 << 20
	// maxPacked is the largest KMZ archive read (it is held whole).
	maxPacked int64 = 1 << 30
)

// Limits on archives.
const (
	// maxUnpacked is the most a KMZ's KML may unpack to.
	maxUnpacked = 1 << 30
	// maxRatio is how many times its packed size a large KMZ document
	// may unpack to: text packs 5 to 20 times, a zip bomb thousands.
	maxRatio = 200
)

// tokenLimit reads for the XML decoder and fails when one token spans
// more than maxToken bytes; reset marks the start of the next token.
type tokenLimit struct {
	r    io.Reader
	n    int64
	file string
	// most, when not 0, bounds the tokens of a text (see kmlReader.text)
	// instead of maxToken; past it Read says errLongText.
	most int64
}

// errLongText is what tokenLimit reads past its most.
var errLongText = errors.New("a text longer than the limit")

func (l *tokenLimit) Read(p []byte) (int, error) {
	limit := cmp.Or(l.most, maxToken)
	if l.n >= limit && l.most > 0 {
		return 0, errLongText
	} else if l.n >= limit {
		return 0, errorf(l.file, "an element, text or comment longer than %d MiB; the file is refused (is it really KML?)", maxToken>>20)
	}
	if int64(len(p)) > limit-l.n {
		p = p[:limit-l.n]
	}
	n, err := l.r.Read(p)
	l.n += int64(n)
	return n, err
}

// token reads the next XML token, within maxToken bytes.
func (k *kmlReader) token() (xml.Token, error) {
	k.lim.n = 0
	return k.d.Token()
}

// skip skips the element just started, with its children.
func (k *kmlReader) skip() error {
	for depth := 1; depth > 0; {
		tok, err := k.token()
		if err != nil {
			return eofIsUnexpected(err)
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}

// checkUnpacked refuses a KMZ document that would unpack to too much.
func checkUnpacked(name, doc string, packed, unpacked uint64) error {
	if unpacked > maxUnpacked {
		return errorf(name, "%s inside the archive unpacks to %s, more than the %s Khoroo Map reads", doc, mib(unpacked), mib(maxUnpacked))
	}
	if unpacked > 64<<20 && unpacked/max(packed, 1) > maxRatio {
		return errorf(name, "%s inside the archive unpacks to %s from %s, %d times its size: a zip bomb, refused", doc, mib(unpacked), mib(packed), unpacked/max(packed, 1))
	}
	return nil
}

func mib(n uint64) string {
	if n >= 1<<30 {
		return fmt.Sprintf("%.1f GiB", float64(n)/(1<<30))
	}
	return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
}
