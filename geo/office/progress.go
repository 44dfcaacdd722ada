package office

import "context"

// Stage is the part of a sync under way, in the order a sync runs them.
type Stage int

// The stages of a sync.
const (
	// StagePhotosSent: the photos the server lacks go up.
	StagePhotosSent Stage = iota + 1
	// StageBoundaries: the project's khoroo and district layers go up.
	StageBoundaries
	// StageAnnotations: the server merges the project's annotations.
	StageAnnotations
	// StagePhotosReceived: the project takes the merge and the photos it
	// lacks.
	StagePhotosReceived
)

// Progress is how far a sync is: its stage and, in the photo stages,
// how many photos of the stage's Total are done (0 of 0 otherwise).
type Progress struct {
	Stage       Stage
	Done, Total int
}

// Option changes how Sync runs.
type Option func(*options)

type options struct{ progress func(Progress) }

// OnProgress has Sync call f as each stage starts and after each photo
// chunk sent or photo received, on the sync's goroutine; a stage whose
// photos are all done reports Done == Total. f must return quickly.
func OnProgress(f func(Progress)) Option {
	return func(o *options) { o.progress = f }
}

type progressKey struct{}

// withOptions carries opts' progress callback in ctx to the stages.
func withOptions(ctx context.Context, opts []Option) context.Context {
	var o options
	for _, opt := range opts {
		opt(&o)
	}
	if o.progress == nil {
		return ctx
	}
	return context.WithValue(ctx, progressKey{}, o.progress)
}

// progress reports p to the callback ctx carries, if any.
func progress(ctx context.Context, p Progress) {
	if f, ok := ctx.Value(progressKey{}).(func(Progress)); ok {
		f(p)
	}
}
