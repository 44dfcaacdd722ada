package photo

import (
	"math"
	"time"
)

// Ulaanbaatar is the time zone (UTC+08:00, no daylight saving) of a
// photo whose EXIF says its local time but neither its offset nor a GPS
// time to tell the offset from. Khoroo Map's photos are taken in
// Ulaanbaatar.
var Ulaanbaatar = time.FixedZone("ULAT", 8*3600)

// Day is the date a photo taken at t was taken on, in Ulaanbaatar: the
// day a point made from it was observed, whichever zone t is kept in.
func Day(t time.Time) string { return t.In(Ulaanbaatar).Format(time.DateOnly) }

// EXIF tags of the GPS IFD giving the fix's time in UTC.
const (
	gpsTimeStamp = 7
	gpsDateStamp = 29
)

// taken reads DateTimeOriginal from the Exif IFD (DateTime from IFD0 when
// it is missing), a local time, and places it in time with, in order:
// OffsetTimeOriginal (iPhones write it); the offset from the GPS date
// and time stamp (UTC, as Android phones write it beside the position),
// rounded to the quarter hour; else Ulaanbaatar time.
func (t *tiff) taken(ifd0 map[uint16]entry) time.Time {
	s, offset := ifd0[tagDateTime].ascii(t), ""
	if off, ok := ifd0[tagExifIFD].long(t); ok {
		ex := t.ifd(off)
		if d := ex[tagDateOriginal].ascii(t); d != "" {
			s, offset = d, ex[tagOffsetOrig].ascii(t)
		}
	}
	if offset != "" {
		if tm, err := time.Parse("2006:01:02 15:04:05-07:00", s+offset); err == nil {
			return tm
		}
	}
	local, err := time.Parse("2006:01:02 15:04:05", s)
	if err != nil {
		return time.Time{}
	}
	zone := Ulaanbaatar
	if off, ok := ifd0[tagGPSIFD].long(t); ok {
		if z, ok := t.gpsZone(t.ifd(off), local); ok {
			zone = z
		}
	}
	return time.Date(local.Year(), local.Month(), local.Day(), local.Hour(), local.Minute(), local.Second(), 0, zone)
}

// gpsZone is the zone whose offset turns local (a wall time read as UTC)
// into the GPS IFD's UTC time, to the quarter hour; none when the IFD has
// no valid stamp or the offset is beyond any zone's (UTC-12 to UTC+14).
func (t *tiff) gpsZone(ifd map[uint16]entry, local time.Time) (*time.Location, bool) {
	day, err := time.Parse("2006:01:02", ifd[gpsDateStamp].ascii(t))
	hms, ok := ifd[gpsTimeStamp].rationals(t, 3)
	if err != nil || !ok || hms[0] >= 24 || hms[1] >= 60 || hms[2] >= 61 {
		return nil, false
	}
	utc := day.Add(time.Duration((hms[0]*3600 + hms[1]*60 + hms[2]) * float64(time.Second)))
	quarters := math.Round(local.Sub(utc).Minutes() / 15)
	if math.IsNaN(quarters) || quarters < -12*4 || quarters > 14*4 {
		return nil, false
	}
	return time.FixedZone("", int(quarters)*15*60), true
}
