// Package photo reads the photos people attach to annotations: JPEG and
// PNG from phones and cameras, with their EXIF orientation, GPS position
// and time taken. Reduce turns a photo as it came off a phone into what a
// project stores: turned upright, at most MaxSide pixels on its long side,
// re-encoded as JPEG with every other piece of metadata left behind.
//
// Every file is treated as hostile: EXIF offsets and counts are checked
// against the data, and images too large to decode safely are refused
// before their pixels are allocated.
package photo
