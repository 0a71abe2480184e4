package main

import (
	"compress/gzip"
	"io"
	"os"
	"path/filepath"
	"testing"
)

// TestProfiles: both profiles are written, as gzip-compressed protocol
// buffers (the form go tool pprof reads), and hold more than a header.
func TestProfiles(t *testing.T) {
	dir := t.TempDir()
	cpu, mem := filepath.Join(dir, "cpu.out"), filepath.Join(dir, "mem.out")
	stop, err := startProfiles(cpu, mem)
	if err != nil {
		t.Fatal(err)
	}
	var held int // allocate something for the memory profile to sample
	for i := range 64 {
		held += len(make([]byte, 4096*(i+1)))
	}
	if held == 0 {
		t.Fatal("nothing allocated")
	}
	if err := stop(); err != nil {
		t.Fatal(err)
	}
	for _, p := range []string{cpu, mem} {
		f, err := os.Open(p)
		if err != nil {
			t.Fatal(err)
		}
		zr, err := gzip.NewReader(f)
		if err != nil {
			t.Fatalf("%s: not gzip: %v", p, err)
		}
		data, err := io.ReadAll(zr)
		f.Close()
		if err != nil || len(data) < 16 {
			t.Errorf("%s: %d bytes of profile, err %v", p, len(data), err)
		}
	}
}
