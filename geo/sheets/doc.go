// Package sheets makes field sheets: A4 or A3 pages made for drawing on in
// the field, with a light map of the boundaries, a reference grid (A–H
// across, 1–12 down), lines for notes, a legend of pen symbols, a QR code
// holding the project, the page id and the map's corners, and four corner
// markers that let a photo of the sheet be straightened again. It is free
// of any UI toolkit.
package sheets
