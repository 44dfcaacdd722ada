package streets

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"io"
)

// maxRaw is the largest unpacked blob taken: OSM's format says a blob
// must unpack to less than 32 MiB, and the decoder refuses a block of
// 32 MiB or more, so room is left for the raw blob's own fields.
const maxRaw = 32<<20 - 64

// pbfGuard passes an .osm.pbf file through to the decoder block by block,
// each zlib blob unpacked here, within what it declares and maxRaw, and
// handed on raw. The decoder trusts what a blob declares: a 200 KB blob
// of zeros made it set aside 800 MB, a negative block size made it panic.
// The unpacking moves here; it is not done twice.
type pbfGuard struct {
	r     io.Reader
	block int // blocks read, for messages
	out   bytes.Reader
	buf   []byte // the block being handed on
	raw   []byte // the unpacked blob, kept for the next
}

func (g *pbfGuard) Read(p []byte) (int, error) {
	for g.out.Len() == 0 {
		if err := g.next(); err != nil {
			return 0, err
		}
	}
	return g.out.Read(p)
}

// next reads one block and sets it, checked and unpacked, to be read.
func (g *pbfGuard) next() error {
	var size [4]byte
	if _, err := io.ReadFull(g.r, size[:]); err != nil {
		if errors.Is(err, io.EOF) {
			return io.EOF
		}
		return fmt.Errorf("block %d: %w", g.block+1, err)
	}
	g.block++
	head, err := g.read(int64(binary.BigEndian.Uint32(size[:])), 64<<10, "header")
	if err != nil {
		return err
	}
	typ, ok := pbfField(head, 1)
	datasize, ok2 := pbfVarint(head, 3)
	if !ok || !ok2 {
		return fmt.Errorf("block %d: a damaged header", g.block)
	}
	blob, err := g.read(int64(datasize), 32<<20, "blob")
	if err != nil {
		return err
	}
	if blob, err = g.unpack(blob); err != nil {
		return fmt.Errorf("block %d: %w", g.block, err)
	}
	if raw, ok := pbfField(blob, 1); ok && string(typ) == "OSMData" {
		if err := checkGroups(raw); err != nil {
			return fmt.Errorf("block %d: %w", g.block, err)
		}
	}
	h := binary.AppendUvarint([]byte{0x0a}, uint64(len(typ)))
	h = binary.AppendUvarint(append(append(h, typ...), 0x18), uint64(len(blob)))
	g.buf = binary.BigEndian.AppendUint32(g.buf[:0], uint32(len(h)))
	g.buf = append(append(g.buf, h...), blob...)
	g.out.Reset(g.buf)
	return nil
}

// read reads n bytes of a block's part, refused when n is not below max.
func (g *pbfGuard) read(n, max int64, part string) ([]byte, error) {
	if n < 0 || n >= max {
		return nil, fmt.Errorf("block %d: its %s declares %d bytes (at most %d)", g.block, part, n, max-1)
	}
	b := make([]byte, n)
	if _, err := io.ReadFull(g.r, b); err != nil {
		return nil, fmt.Errorf("block %d: its %s is cut short", g.block, part)
	}
	return b, nil
}

// unpack returns a Blob message with its zlib data (if any) unpacked
// into raw data; other blobs go on as they are.
func (g *pbfGuard) unpack(blob []byte) ([]byte, error) {
	zdata, ok := pbfField(blob, 3)
	if !ok {
		return blob, nil
	}
	rawSize, _ := pbfVarint(blob, 2)
	if int64(rawSize) < 0 || rawSize > maxRaw {
		return nil, fmt.Errorf("its blob declares %d bytes unpacked (at most %d)", int64(rawSize), maxRaw)
	}
	z, err := newZlib(zdata)
	if err != nil {
		return nil, fmt.Errorf("its blob is not zlib data (%v)", err)
	}
	defer z.Close()
	if uint64(cap(g.raw)) < rawSize+24 {
		g.raw = make([]byte, 0, rawSize+24)
	}
	out := binary.AppendUvarint(g.raw[:1], rawSize)
	out[0] = 0x0a // field 1, raw: the unpacked bytes, read one past
	k := len(out)
	n, err := io.ReadFull(z, out[k:k+int(rawSize)+1])
	if n != int(rawSize) || err != io.ErrUnexpectedEOF && err != io.EOF {
		return nil, fmt.Errorf("its blob does not unpack to the %d bytes it declares", rawSize)
	}
	return binary.AppendUvarint(append(out[:k+n], 0x10), rawSize), nil
}

// checkGroups refuses a data block the decoder cannot read without
// panicking: one with nodes not in the dense form (allowed by the format
// but written by no current tool; the decoder stops the program on them).
func checkGroups(block []byte) error {
	sparse, good := false, true
	good = pbfWalk(block, func(num, _ uint64, group []byte) {
		if num == 2 && group != nil {
			good = pbfWalk(group, func(num, _ uint64, _ []byte) { sparse = sparse || num == 1 }) && good
		}
	}) && good
	switch {
	case !good:
		return errors.New("its data is damaged")
	case sparse:
		return errors.New("its nodes are not in the dense form, which this reader cannot read")
	}
	return nil
}
