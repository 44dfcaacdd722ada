// Package smalljpeg decodes a baseline JPEG straight to a half, quarter
// or eighth of its size, the way a phone photo is needed for a project:
// each 8x8 block of coefficients becomes a 4x4, 2x2 or 1x1 block of
// pixels, each the mean of the 2x2, 4x4 or 8x8 pixels the full inverse
// DCT (ITU T.81, A.3.3) would give, without ever making those pixels.
//
// It reads sequential Huffman-coded 8-bit JPEGs (SOF0 and SOF1) with one
// interleaved scan, restart markers included, in YCbCr with 4:4:4, 4:2:2,
// 4:2:0 or 4:4:0 sampling, or grayscale: what phones and cameras write.
// Anything else (progressive, arithmetic coding, 12-bit samples, CMYK,
// RGB, other sampling, several scans) is refused with ErrUnsupported, and
// the caller decodes it with image/jpeg instead.
//
// Every file is treated as hostile: the size from the frame header is
// checked against a limit before any plane is allocated, every table and
// segment length is checked against the data, and a scan cut short is an
// error, never a hang or a panic.
package smalljpeg
