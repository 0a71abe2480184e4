package corpustest

import (
	"fmt"
	"runtime"
	"strings"
	"testing"
)

// fakeTB records how a helper ended the test: skipped or failed, and why.
type fakeTB struct {
	testing.TB
	skipped, failed bool
	msg             string
}

func (f *fakeTB) Helper() {}
func (f *fakeTB) Skip(args ...any) {
	f.skipped, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Skipf(format string, args ...any) {
	f.skipped, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatal(args ...any) {
	f.failed, f.msg = true, fmt.Sprint(args...)
	runtime.Goexit()
}
func (f *fakeTB) Fatalf(format string, args ...any) {
	f.failed, f.msg = true, fmt.Sprintf(format, args...)
	runtime.Goexit()
}

// outcome runs fn on a fake test in its own goroutine, as Skip and Fatal
// end the goroutine they are called from.
func outcome(fn func(testing.TB)) *fakeTB {
	f := &fakeTB{}
	done := make(chan struct{})
	go func() {
		defer close(done)
		fn(f)
	}()
	<-done
	return f
}

func TestMissingSkipsOrFailsUnderCI(t *testing.T) {
	missing := func(tb testing.TB) { Shared(tb, "no-such-folder-here") }

	t.Setenv("CI", "")
	got := outcome(missing)
	if !got.skipped || got.failed || !strings.Contains(got.msg, "../shared/no-such-folder-here not found") {
		t.Errorf("without CI: want a skip naming the folder, got skipped=%v failed=%v %q", got.skipped, got.failed, got.msg)
	}

	t.Setenv("CI", "true")
	got = outcome(missing)
	if !got.failed || got.skipped || !strings.Contains(got.msg, "CI is set") {
		t.Errorf("under CI: want a failure, got skipped=%v failed=%v %q", got.skipped, got.failed, got.msg)
	}
}

func TestLong(t *testing.T) {
	t.Setenv(LongEnv, "")
	if got := outcome(Long); !got.skipped || !strings.Contains(got.msg, LongEnv+"=1") {
		t.Errorf("without %s: want a skip that says how to run it, got %+v", LongEnv, got)
	}
	t.Setenv(LongEnv, "1")
	if got := outcome(Long); got.skipped || got.failed {
		t.Errorf("with %s=1: want the test to run, got %+v", LongEnv, got)
	}
}
