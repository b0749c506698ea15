package main

import (
	"context"
	"runtime"
	"sync"
)

// inOrder runs work on every item that next yields, on one goroutine per CPU, and hands the
// results to emit in the order of the items. At most a few items per worker are in flight, so
// a long input streams through in bounded memory. It stops at the first error from next or
// emit, or when ctx is cancelled.
func inOrder[T, R any](ctx context.Context, next func() (T, bool, error), work func(T) R, emit func(R) error) error {
	workers := runtime.GOMAXPROCS(0)
	type job struct {
		seq int
		in  T
	}
	type done struct {
		seq int
		out R
	}
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	jobs := make(chan job)
	results := make(chan done)
	window := make(chan struct{}, workers*4) // items read but not yet emitted

	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for j := range jobs {
				select {
				case results <- done{j.seq, work(j.in)}:
				case <-ctx.Done():
					return
				}
			}
		}()
	}
	var readErr error
	go func() {
		defer close(jobs)
		for seq := 0; ; seq++ {
			select {
			case window <- struct{}{}:
			case <-ctx.Done():
				return
			}
			in, ok, err := next()
			if err != nil || !ok {
				readErr = err
				<-window
				return
			}
			select {
			case jobs <- job{seq, in}:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(results)
	}()

	pending := map[int]R{}
	want := 0
	var err error
	for d := range results {
		if err != nil {
			continue // drain
		}
		pending[d.seq] = d.out
		for {
			r, ok := pending[want]
			if !ok {
				break
			}
			delete(pending, want)
			want++
			<-window
			if err = emit(r); err != nil {
				cancel()
				break
			}
		}
	}
	if err != nil {
		return err
	}
	if readErr != nil {
		return readErr
	}
	return ctx.Err()
}

// each is inOrder over a slice.
func each[T, R any](ctx context.Context, items []T, work func(T) R, emit func(R) error) error {
	i := 0
	next := func() (T, bool, error) {
		if i == len(items) {
			var zero T
			return zero, false, nil
		}
		i++
		return items[i-1], true, nil
	}
	return inOrder(ctx, next, work, emit)
}
