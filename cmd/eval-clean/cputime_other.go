//go:build !unix

package main

import "time"

// start is when the program started; on systems without getrusage the speed is measured
// in wall-clock time.
var start = time.Now()

// cpuTime returns the time since the program started: the processor time is not
// available here.
func cpuTime() time.Duration { return time.Since(start) }
