// Package photoimport turns the photos of a walk, copied from a phone
// (its DCIM folder, or picked files), into service points: each photo
// with a GPS position becomes a point of the chosen category at that
// position, observed on the day it was taken, or, when it was taken close
// to an annotation already there (a service point, a gap point, or inside
// or beside a gap area), one more photo of that annotation. A photo
// without a position goes onto the annotation a person picks (Attach).
// Photos are reduced on every core (see photo.Reduce); a photo already
// in the project is not imported twice.
package photoimport
