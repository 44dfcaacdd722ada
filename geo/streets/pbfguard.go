package streets

import (
	"bytes"
	"compress/zlib"
	"encoding/binary"
	"errors"
	"io"

	"github.com/khoroomap/khoroomap/geo/words"
)

// maxRaw is the largest unpacked blob taken: OSM's format says a blob
// must unpack to less than 32 MiB.
const maxRaw = 32<<20 - 1

// pbfGuard reads an .osm.pbf file block by block, in order, each part
// checked against the format's limits before it is set aside: a negative
// or huge size is refused, not trusted. Not safe for concurrent use.
type pbfGuard struct {
	r     io.Reader
	block int // blocks read, for messages
}

// rawBlock is one block of the file as read: its number from 1, its
// type ("OSMHeader", "OSMData" or another) and its Blob message.
type rawBlock struct {
	n    int
	typ  string
	blob []byte
}

// next reads the next block; io.EOF at the end of the file.
func (g *pbfGuard) next() (rawBlock, error) {
	var size [4]byte
	if _, err := io.ReadFull(g.r, size[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return rawBlock{}, io.EOF
		}
		return rawBlock{}, words.Errorf("block %d: %w", g.block+1, err)
	}
	g.block++
	head, err := g.read(int64(binary.BigEndian.Uint32(size[:])), 64<<10, "header")
	if err != nil {
		return rawBlock{}, err
	}
	typ, ok := pbfField(head, 1)
	datasize, ok2 := pbfVarint(head, 3)
	if !ok || !ok2 {
		return rawBlock{}, words.Errorf("block %d: a damaged header", g.block)
	}
	blob, err := g.read(int64(datasize), 32<<20, "blob")
	return rawBlock{n: g.block, typ: string(typ), blob: blob}, err
}

// read reads n bytes of a block's part, refused when n is not below max.
func (g *pbfGuard) read(n, max int64, part string) ([]byte, error) {
	header := part == "header"
	switch {
	case (n < 0 || n >= max) && header:
		return nil, words.Errorf("block %d: its header declares %d bytes (at most %d)", g.block, n, max-1)
	case n < 0 || n >= max:
		return nil, words.Errorf("block %d: its blob declares %d bytes (at most %d)", g.block, n, max-1)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(g.r, b); err != nil {
		if header {
			return nil, words.Errorf("block %d: its header is cut short", g.block)
		}
		return nil, words.Errorf("block %d: its blob is cut short", g.block)
	}
	return b, nil
}

// unpack returns the data of a Blob message: its raw data (field 1), or
// its zlib data (3) unpacked within the size it declares (2) and maxRaw,
// into *buf, which grows when it is too small. A 130 KB blob of zeros declaring
// 100 bytes is refused after 101, not unpacked to its 128 MiB.
func unpack(blob []byte, buf *[]byte) ([]byte, error) {
	var raw, zdata []byte
	var rawSize uint64
	other := false
	if !pbfWalk(blob, func(num, v uint64, b []byte) {
		switch num {
		case 1:
			raw = b
		case 2:
			rawSize = v
		case 3:
			zdata = b
		case 4, 5, 6, 7:
			other = true
		}
	}) {
		return nil, words.Errorf("its blob is damaged")
	}
	switch {
	case raw != nil:
		return raw, nil
	case zdata == nil && other:
		return nil, words.Errorf("its blob is packed with lzma, bzip2, lz4 or zstd, which this reader cannot unpack (only zlib)")
	case zdata == nil:
		return nil, words.Errorf("its blob holds no data")
	case rawSize > maxRaw:
		return nil, words.Errorf("its blob declares %d bytes unpacked (at most %d)", rawSize, maxRaw)
	}
	z, err := zlib.NewReader(bytes.NewReader(zdata))
	if err != nil {
		return nil, words.Errorf("its blob is not zlib data (%v)", err)
	}
	defer z.Close()
	if uint64(cap(*buf)) <= rawSize {
		*buf = make([]byte, rawSize+1)
	}
	n, err := io.ReadFull(z, (*buf)[:rawSize+1])
	if n != int(rawSize) || err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, words.Errorf("its blob does not unpack to the %d bytes it declares", rawSize)
	}
	return (*buf)[:n], nil
}
