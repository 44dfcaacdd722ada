package streets

import (
	"bytes"
	"compress/zlib"
	"context"
	"encoding/binary"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

// pbfBlock is one .osm.pbf file block: the 4-byte size, a BlobHeader of
// type typ declaring datasize, and the blob bytes.
func pbfBlock(typ string, datasize int64, blob []byte) []byte {
	h := append([]byte{0x0a, byte(len(typ))}, typ...)
	h = binary.AppendUvarint(append(h, 0x18), uint64(datasize))
	out := binary.BigEndian.AppendUint32(nil, uint32(len(h)))
	return append(append(out, h...), blob...)
}

// pbfBlob is a Blob message: raw_size (field 2) and zlib_data (field 3).
func pbfBlob(rawSize int64, zdata []byte) []byte {
	b := binary.AppendUvarint([]byte{0x10}, uint64(rawSize))
	b = binary.AppendUvarint(append(b, 0x1a), uint64(len(zdata)))
	return append(b, zdata...)
}

// zeros is n zero bytes, zlib-compressed: about a thousandth of n.
func zeros(n int) []byte {
	var buf bytes.Buffer
	w, _ := zlib.NewWriterLevel(&buf, zlib.BestCompression)
	chunk := make([]byte, 1<<20)
	for ; n > 0; n -= len(chunk) {
		w.Write(chunk[:min(n, len(chunk))])
	}
	w.Close()
	return buf.Bytes()
}

// TestReadPBFBombs: an .osm.pbf is a row of zlib blobs, each declaring
// its unpacked size. Crafted ones are refused in one line naming the
// file, without unpacking (or setting aside) what they claim:
//
//	bomb        130 KB of zlib unpacking to 128 MiB, declaring 100 bytes
//	claims-2GB  a 20-byte blob declaring 2 GiB unpacked
//	negative    a blob header declaring a negative blob size
func TestReadPBFBombs(t *testing.T) {
	z := zeros(128 << 20)
	small := zeros(10)
	cases := map[string][]byte{
		"bomb.osm.pbf":       pbfBlock("OSMData", int64(len(pbfBlob(100, z))), pbfBlob(100, z)),
		"claims-2GB.osm.pbf": pbfBlock("OSMData", int64(len(pbfBlob(1<<31-1, small))), pbfBlob(1<<31-1, small)),
		"negative.osm.pbf":   pbfBlock("OSMData", -5, pbfBlob(10, small)),
	}
	dir := t.TempDir()
	for name, data := range cases {
		t.Run(name, func(t *testing.T) {
			p := filepath.Join(dir, name)
			os.WriteFile(p, data, 0o644)
			var before, after runtime.MemStats
			runtime.ReadMemStats(&before)
			_, err := Read(context.Background(), p, Options{})
			runtime.ReadMemStats(&after)
			if err == nil {
				t.Fatal("no error")
			}
			if msg := err.Error(); !strings.HasPrefix(msg, "streets: ") || !strings.Contains(msg, name) || strings.Contains(msg, "\n") {
				t.Errorf("error %q: want one line naming the file", msg)
			}
			if got := after.TotalAlloc - before.TotalAlloc; got > 96<<20 {
				t.Errorf("%d MB allocated for a %d KB file", got>>20, len(data)>>10)
			}
		})
	}
}
