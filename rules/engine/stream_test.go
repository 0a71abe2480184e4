package engine_test

import (
	"errors"
	"reflect"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// wordEngine runs only the article rule (no rule looks across files).
func wordEngine(jobs int) *engine.Engine {
	return &engine.Engine{Jobs: jobs, Rules: []engine.RuleConfig{
		{Rule: wordRule, Enabled: true, Severity: rules.Info, Options: &rules.Settings{}},
	}}
}

// collect streams inputs and gathers what is emitted, file by file.
func collect(t *testing.T, e *engine.Engine, in []engine.Input) ([]*engine.Result, *engine.Result) {
	t.Helper()
	var got []*engine.Result
	total, err := e.Stream(in, func(r *engine.Result) error {
		got = append(got, r)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return got, total
}

// TestStreamMatchesRun: streamed file by file, the findings (fingerprints
// included) are Run's, in Run's order, whatever the number of workers; so
// are the batch rule's when one looks across files.
func TestStreamMatchesRun(t *testing.T) {
	for _, eng := range []func(int) *engine.Engine{wordEngine, newEngine} {
		want, err := eng(1).Run(inputs(40))
		if err != nil {
			t.Fatal(err)
		}
		for _, jobs := range []int{1, 3, 8} {
			files, total := collect(t, eng(jobs), inputs(40))
			var got []rules.Finding
			for _, r := range files {
				for _, f := range r.Findings {
					if r.Checked != 1 || f.Path != r.Findings[0].Path {
						t.Fatalf("a file's result: %d checked, findings in %s and %s", r.Checked, r.Findings[0].Path, f.Path)
					}
				}
				got = append(got, r.Findings...)
			}
			if !reflect.DeepEqual(got, want.Findings) {
				t.Errorf("jobs %d: streamed findings differ from Run's (%d vs %d)", jobs, len(got), len(want.Findings))
			}
			if total.Checked != 40 || len(files) != 40 {
				t.Errorf("jobs %d: %d checked, %d emitted; want 40", jobs, total.Checked, len(files))
			}
		}
	}
}

// TestStreamBoundsFilesInFlight: a file is read only once all but a
// window of the files before it have been emitted, so the run never holds
// more than that window of files, however many it checks.
func TestStreamBoundsFilesInFlight(t *testing.T) {
	const n, jobs = 200, 2
	var mu sync.Mutex
	emitted, worst := 0, 0
	in := inputs(n) // in reverse path order: Stream emits by path
	for i := range in {
		read, k := in[i].Read, n-1-i // k: the file's place in path order
		in[i].Read = func() ([]byte, error) {
			mu.Lock()
			worst = max(worst, k-emitted)
			mu.Unlock()
			return read()
		}
	}
	_, err := wordEngine(jobs).Stream(in, func(*engine.Result) error {
		mu.Lock()
		emitted++
		mu.Unlock()
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if limit := engine.StreamWindow(jobs); worst > limit || emitted != n {
		t.Errorf("a file was read %d files ahead of the last emitted (window %d); %d of %d emitted", worst, limit, emitted, n)
	}
}

// TestStreamStopsOnEmitError: the error of emit ends the run and is
// returned; no file is emitted after it.
func TestStreamStopsOnEmitError(t *testing.T) {
	stop := errors.New("disk full")
	calls := 0
	_, err := wordEngine(2).Stream(inputs(100), func(*engine.Result) error {
		calls++
		if calls == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || calls != 3 {
		t.Errorf("err %v after %d calls; want %v after 3", err, calls, stop)
	}
}

// TestStreamFileErrors: a file that cannot be read is not emitted but
// named in the run's errors, and the others are still checked.
func TestStreamFileErrors(t *testing.T) {
	in := inputs(5)
	in[2].Read = func() ([]byte, error) { return nil, errors.New("gone") }
	files, total := collect(t, wordEngine(2), in)
	if len(files) != 4 || total.Checked != 4 || len(total.Errors) != 1 || total.Errors[0].Path != in[2].Path {
		t.Errorf("%d emitted, %d checked, errors %v", len(files), total.Checked, total.Errors)
	}
}
