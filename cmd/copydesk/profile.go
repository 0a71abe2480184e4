package main

import (
	"errors"
	"fmt"
	"os"
	"runtime"
	"runtime/pprof"
)

// startProfiles starts a CPU profile into cpuPath, if set, and returns the
// function that ends the run's profiling: it stops the CPU profile and
// writes the allocation profile into memPath, if set. Both files are read
// by `go tool pprof`; the README's performance section says how.
func startProfiles(cpuPath, memPath string) (func() error, error) {
	var cpu *os.File
	if cpuPath != "" {
		f, err := os.Create(cpuPath)
		if err != nil {
			return nil, fmt.Errorf("--cpuprofile: %w", err)
		}
		if err := pprof.StartCPUProfile(f); err != nil {
			f.Close()
			return nil, fmt.Errorf("--cpuprofile %s: %w", cpuPath, err)
		}
		cpu = f
	}
	stop := func() error {
		var errs []error
		if cpu != nil {
			pprof.StopCPUProfile()
			if err := cpu.Close(); err != nil {
				errs = append(errs, fmt.Errorf("--cpuprofile: %w", err))
			}
		}
		if memPath != "" {
			errs = append(errs, writeMemProfile(memPath))
		}
		return errors.Join(errs...)
	}
	return stop, nil
}

// writeMemProfile writes the "allocs" profile: every allocation sampled
// since the start (pprof -sample_index=alloc_space) and, after a collection,
// what is still live (inuse_space, the default view).
func writeMemProfile(path string) error {
	f, err := os.Create(path)
	if err != nil {
		return fmt.Errorf("--memprofile: %w", err)
	}
	runtime.GC()
	err = pprof.Lookup("allocs").WriteTo(f, 0)
	if cerr := f.Close(); err == nil {
		err = cerr
	}
	if err != nil {
		return fmt.Errorf("--memprofile %s: %w", path, err)
	}
	return nil
}
