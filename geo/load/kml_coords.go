package load

import (
	"strconv"

	"github.com/paulmach/orb"

	"github.com/khoroomap/khoroomap/geo/words"
)

// coordParser reads the text of KML <coordinates> as it arrives, in as
// many pieces as the XML decoder gives, appending each point to pts
// without allocating per vertex: "lon,lat[,alt] lon,lat[,alt] ...".
// Tuples are separated by white space; a comma (with or without spaces
// around it) continues a tuple.
type coordParser struct {
	pts        []orb.Point
	num        []byte // the number being read: it may go on in the next piece
	tuple      [2]float64
	n          int // values in the tuple so far
	afterComma bool
	threeD     bool
}

// maxNumber is the longest number text accepted.
const maxNumber = 64

// feed reads one piece of text.
func (p *coordParser) feed(b []byte) error {
	for _, c := range b {
		switch c {
		case ' ', '\t', '\n', '\r':
			if err := p.endNumber(); err != nil {
				return err
			}
		case ',':
			if err := p.endNumber(); err != nil {
				return err
			}
			if p.n == 0 {
				return words.Errorf("a <coordinates> tuple starts with a comma")
			}
			p.afterComma = true
		default:
			if len(p.num) >= maxNumber {
				return words.Errorf("invalid number %q… in <coordinates>", p.num[:16])
			}
			p.num = append(p.num, c)
		}
	}
	return nil
}

// end finishes the text of one <coordinates>.
func (p *coordParser) end() error {
	if err := p.endNumber(); err != nil {
		return err
	}
	p.afterComma = false
	return p.flush()
}

// endNumber adds the number just read, if any, to the tuple, or starts a
// new tuple with it when no comma came before it.
func (p *coordParser) endNumber() error {
	if len(p.num) == 0 {
		return nil
	}
	v, ok := fastFloat(p.num)
	if !ok {
		f, err := strconv.ParseFloat(string(p.num), 64)
		if err != nil {
			return words.Errorf("invalid number %q in <coordinates>", p.num)
		}
		v = f
	}
	p.num = p.num[:0]
	if !p.afterComma {
		if err := p.flush(); err != nil {
			return err
		}
	}
	if p.n < 2 {
		p.tuple[p.n] = v
	}
	p.n++
	p.afterComma = false
	return nil
}

// flush stores the tuple read as a point.
func (p *coordParser) flush() error {
	if p.n == 0 {
		return nil
	}
	if p.n < 2 {
		p.n = 0
		return words.Errorf("a <coordinates> tuple needs longitude,latitude; found %q", strconv.FormatFloat(p.tuple[0], 'f', -1, 64))
	}
	p.threeD = p.threeD || p.n > 2
	p.pts = append(p.pts, orb.Point{p.tuple[0], p.tuple[1]})
	p.n = 0
	return nil
}
