package engine

import (
	"cmp"
	"errors"
	"slices"
	"sync"
	"sync/atomic"

	"github.com/copydesk/copydesk/rules"
)

// Stream checks inputs as Run does, but hands emit each file's result as
// soon as that file and every file before it in path order are done: its
// findings sorted and fingerprinted, its warnings, and what reports read of
// its text (Texts, one FileText, or none for a file with nothing to show).
// Nothing of a file is kept once emit returns, so a run's memory is bounded
// by the files in flight (a few per job), not by the size of the run.
//
// The Result Stream returns holds what spans the run: the rules, how many
// files were checked and the files that could not be (Errors). When a rule
// looks across files (or KeepProse is set) every article is needed to the
// end: Stream then runs Run and hands its result out file by file.
//
// An error from emit stops the run and is returned, as is a rule error.
func (e *Engine) Stream(inputs []Input, emit func(*Result) error) (*Result, error) {
	return e.StreamList(InputSlice(inputs), emit)
}

// Inputs is a run's list of files by index: a slice (InputSlice), or a
// list that keeps a long run's paths compactly and makes each Input when
// asked (the list is kept to the end of the run: at a few hundred bytes a
// file, a run over a large archive grew with it).
type Inputs interface {
	Len() int
	Path(i int) string // Input(i).Path, without making the Input
	Input(i int) Input
}

// InputSlice is a slice of inputs as Inputs.
type InputSlice []Input

// Len is the number of inputs.
func (s InputSlice) Len() int { return len(s) }

// Path is input i's path.
func (s InputSlice) Path(i int) string { return s[i].Path }

// Input is input i.
func (s InputSlice) Input(i int) Input { return s[i] }

// StreamList is Stream over a list of inputs.
func (e *Engine) StreamList(list Inputs, emit func(*Result) error) (*Result, error) {
	n := list.Len()
	if e.KeepProse || e.UsesBatch() {
		inputs := make([]Input, n)
		for i := range inputs {
			inputs[i] = list.Input(i)
		}
		return e.streamBatch(inputs, emit)
	}
	c := *e
	c.Compact = true

	// the files in path order: the list's own, when it is sorted already
	// (a walk's is), else through an index of four bytes a file
	var order []int32
	if !sortedList(list) {
		order = make([]int32, n)
		for i := range order {
			order[i] = int32(i)
		}
		slices.SortStableFunc(order, func(a, b int32) int { return cmp.Compare(list.Path(int(a)), list.Path(int(b))) })
	}
	nth := func(k int) int {
		if order == nil {
			return k
		}
		return int(order[k])
	}

	// Each worker takes the next file in path order from a counter, checks
	// it and leaves the result in the file's slot of a ring; this goroutine
	// emits the slots in turn. A worker first takes a token, given back
	// once its file is emitted: so at most a window of files are in flight
	// (checked or being checked, and not yet emitted), and the slot a file
	// takes was emptied before. Taking files from a counter, rather than
	// from a goroutine handing them out, lets a worker go on to its next
	// file without waiting for that goroutine to be scheduled.
	type slot struct {
		out   fileOut
		ready chan struct{} // a value once out is set; emptied when emitted
	}
	jobs := c.jobs()
	ring := make([]slot, StreamWindow(jobs))
	for i := range ring {
		ring[i].ready = make(chan struct{}, 1)
	}
	tokens := make(chan struct{}, len(ring))
	stop := make(chan struct{})
	var next atomic.Int64 // the place in path order of the next file to take
	var wg sync.WaitGroup
	var progressMu sync.Mutex
	done := 0
	for range min(jobs, max(n, 1)) {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for {
				select {
				case <-stop:
					return // the run has failed: take no more files
				default:
				}
				select {
				case tokens <- struct{}{}:
				case <-stop:
					return
				}
				k := int(next.Add(1) - 1)
				if k >= n {
					return
				}
				s := &ring[k%len(ring)]
				s.out = c.checkFile(list.Input(nth(k)), false)
				if c.Progress != nil {
					progressMu.Lock()
					done++
					c.Progress(done, n)
					progressMu.Unlock()
				}
				s.ready <- struct{}{}
			}
		}()
	}

	total := &Result{Rules: e.EnabledRules()}
	var err error
	for k := range n {
		s := &ring[k%len(ring)]
		<-s.ready
		out := s.out
		s.out = fileOut{} // let the file go: its slot is kept
		<-tokens
		if err = c.emitFile(total, list.Path(nth(k)), out, emit); err != nil {
			close(stop)
			break
		}
	}
	wg.Wait()
	if err != nil {
		return nil, err
	}
	return total, nil
}

// sortedList reports whether a list is in path order already.
func sortedList(list Inputs) bool {
	for i := 1; i < list.Len(); i++ {
		if list.Path(i-1) > list.Path(i) {
			return false
		}
	}
	return true
}

// emitFile hands one checked file to emit, or records why it could not be
// checked; a rule error is returned, for it stops the run.
func (e *Engine) emitFile(total *Result, path string, o fileOut, emit func(*Result) error) error {
	if re := (ruleError{}); errors.As(o.err, &re) {
		return re.err
	}
	if o.err != nil {
		total.Errors = append(total.Errors, FileError{Path: path, Err: o.err})
		return nil
	}
	total.Checked++
	r := &Result{Rules: total.Rules, Checked: 1, Findings: o.findings}
	if o.text != nil {
		r.Texts = []*FileText{o.text}
	}
	for _, w := range o.warnings {
		r.Warnings = append(r.Warnings, FileWarning{Path: path, Offset: w.Offset, Message: w.Message})
	}
	rules.SortFindings(r.Findings)
	for i, fp := range Fingerprints(r.Findings) {
		r.Findings[i].Fingerprint = fp
	}
	e.withReferences(r)
	return emit(r)
}

// streamBatch runs a whole run, for rules that look across files, and
// hands its result out file by file in path order. Each file's result
// shares the run's articles, so that a finding's related places in other
// files can still be shown.
func (e *Engine) streamBatch(inputs []Input, emit func(*Result) error) (*Result, error) {
	res, err := e.Run(inputs)
	if err != nil {
		return nil, err
	}
	warnings := map[string][]FileWarning{}
	for _, w := range res.Warnings {
		warnings[w.Path] = append(warnings[w.Path], w)
	}
	fs := res.Findings
	var stray []rules.Finding // on paths not read (none, normally): they come out last
	for _, a := range res.Articles {
		var mine []rules.Finding // findings are sorted by path
		for len(fs) > 0 && fs[0].Path <= a.Path {
			if fs[0].Path == a.Path {
				mine = append(mine, fs[0])
			} else {
				stray = append(stray, fs[0])
			}
			fs = fs[1:]
		}
		r := &Result{Rules: res.Rules, Checked: 1, Articles: res.Articles, Texts: res.Texts,
			Findings: mine, Warnings: warnings[a.Path]}
		delete(warnings, a.Path)
		if err := emit(r); err != nil {
			return nil, err
		}
	}
	// what is left names no file read: no article, so it counts no file
	rest := &Result{Rules: res.Rules, Findings: append(stray, fs...)}
	for _, w := range res.Warnings {
		if _, ok := warnings[w.Path]; ok {
			rest.Warnings = append(rest.Warnings, w)
		}
	}
	if len(rest.Findings)+len(rest.Warnings) > 0 {
		if err := emit(rest); err != nil {
			return nil, err
		}
	}
	return &Result{Rules: res.Rules, Checked: res.Checked, Errors: res.Errors}, nil
}

// EnabledRules lists the rules that run on some file: enabled in the
// configuration, or in an override (a nested config file may turn on a rule
// the top file leaves off), in the order of Rules. A report's list of rules
// must name every rule a finding can come from.
func (e *Engine) EnabledRules() []*rules.Rule {
	var rs []*rules.Rule
	for _, rc := range e.Rules {
		on := rc.Enabled
		for i := 0; i < len(e.Overrides) && !on; i++ {
			orc, ok := e.Overrides[i].Rules[rc.Rule.ID]
			on = ok && orc.Enabled
		}
		if on {
			rs = append(rs, rc.Rule)
		}
	}
	return rs
}

// StreamWindow is how many files Stream has in flight at most with jobs
// workers: checked or being checked, and not yet emitted. A few more than
// the workers, so that one slow file does not idle the others at once.
func StreamWindow(jobs int) int { return 4*jobs + 4 }
