// Package photoimport turns the photos of a walk, copied from a phone
// (its DCIM folder, or picked files), into service points: each photo
// with a GPS position becomes a point of the chosen category at that
// position, observed on the day it was taken, or, when it was taken close
// to an annotation already there, one more photo of that annotation.
// Photos are reduced on every core (see photo.Reduce); a photo already
// in the project is not imported twice.
package photoimport
