//go:build unix

package main

import (
	"syscall"
	"time"
)

// cpuTime returns the processor time the process has used so far, user and system, so
// that the speed it measures does not depend on what else the machine is running.
func cpuTime() time.Duration {
	var ru syscall.Rusage
	if err := syscall.Getrusage(syscall.RUSAGE_SELF, &ru); err != nil {
		return 0
	}
	return time.Duration(ru.Utime.Nano() + ru.Stime.Nano())
}
