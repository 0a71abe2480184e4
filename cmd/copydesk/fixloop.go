package main

import (
	"bytes"
	"errors"
	"fmt"
	"os"
	"slices"
	"strings"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/engine"
)

// maxRounds bounds the fix loop: each round applies the fixes that do not
// overlap, and the next round re-checks and applies the rest.
const maxRounds = 10

// fixRun is what fixAll did, by path.
type fixRun struct {
	orig, fixed map[string][]byte
	counts      map[string]int   // edits that made fixed from orig
	rounds      map[string]int   // rounds that changed the file
	read        map[string]stamp // each file on disk as it was read, to check before replacing it
	failed      []error          // files left out (unreadable, changed while read), each naming its file
	notes       []string         // files whose fixes did not settle, for standard error
}

// state is one state of a file's text during the rounds.
type state struct {
	text  []byte
	count int      // edits applied to reach it
	rules []string // the rules whose fixes made it from the version before
}

// fixAll runs rounds of check-and-apply over every input in memory. A file
// that cannot be read is left out (listed in failed) and the others go on.
// A file whose text comes back to a state of an earlier round is stopped
// there: its rules undo each other's fixes, and a note names them.
func fixAll(eng *engine.Engine, inputs []engine.Input, unsafe bool, only map[string]bool) (*fixRun, error) {
	r := &fixRun{orig: map[string][]byte{}, fixed: map[string][]byte{}, counts: map[string]int{},
		rounds: map[string]int{}, read: map[string]stamp{}}
	history := map[string][]state{}
	var pending []engine.Input // the files changed by the last round, to check again
	for _, in := range inputs {
		data, err := r.readInput(in)
		if err != nil {
			r.failed = append(r.failed, err)
			continue
		}
		r.orig[in.Path], r.fixed[in.Path] = data, data
		history[in.Path] = []state{{text: data}}
		pending = append(pending, in)
	}
	for range maxRounds {
		if len(pending) == 0 {
			break
		}
		res, err := r.check(eng, pending)
		if err != nil {
			return nil, err
		}
		groups := byPath(res.Findings, only)
		var next []engine.Input
		for _, in := range pending {
			if _, ok := r.fixed[in.Path]; !ok {
				continue // failed to parse: left out by check
			}
			changed, err := r.applyRound(in.Path, groups[in.Path], unsafe, history)
			if err != nil {
				return nil, err
			}
			if changed {
				next = append(next, in)
			}
		}
		pending = next
	}
	for _, in := range pending {
		r.notes = append(r.notes, fmt.Sprintf("%s: fixes still changing the text after %d rounds; run fix again", in.Path, maxRounds))
	}
	return r, nil
}

// readInput reads one input and, for a file on disk, notes what it was
// (device, inode, size, time) so that the file can be checked again just
// before it is replaced.
func (r *fixRun) readInput(in engine.Input) ([]byte, error) {
	if in.Stdin {
		return in.Load()
	}
	before, err := statFile(in.Path)
	if err != nil {
		return nil, err
	}
	data, err := in.Load()
	if err != nil {
		var pe *os.PathError
		if errors.As(err, &pe) {
			return nil, err // it names the file already
		}
		return nil, fmt.Errorf("%s: %w", in.Path, err)
	}
	after, err := statFile(in.Path)
	if err != nil {
		return nil, err
	}
	if before != after || after.size != int64(len(data)) {
		return nil, fmt.Errorf("%s: changed while being read; not fixed (run fix again)", in.Path)
	}
	r.read[in.Path] = after
	return data, nil
}

// check runs one round's rules over the current text of the pending files.
// A file the engine cannot parse is left out with its error (the engine
// goes on with the others).
func (r *fixRun) check(eng *engine.Engine, pending []engine.Input) (*engine.Result, error) {
	round := make([]engine.Input, 0, len(pending))
	for _, in := range pending {
		if data, ok := r.fixed[in.Path]; ok {
			round = append(round, engine.Input{Path: in.Path, Format: in.Format, Read: func() ([]byte, error) { return data, nil }})
		}
	}
	res, err := eng.Run(round)
	if err != nil {
		return nil, err // not one file's fault
	}
	for _, fe := range res.Errors {
		r.failed = append(r.failed, fe.Err)
		delete(r.fixed, fe.Path)
		delete(r.orig, fe.Path)
	}
	return res, nil
}

// applyRound applies one round's fixes to one file and reports whether its
// text changed. A text seen in an earlier round ends the file's rounds: it
// is put back to that text (and that count) and a note names the rules
// whose fixes went round in a circle.
func (r *fixRun) applyRound(path string, fs []rules.Finding, unsafe bool, history map[string][]state) (bool, error) {
	edits := rules.SafeEdits(fs, unsafe)
	if len(edits) == 0 {
		return false, nil
	}
	out, err := rules.Apply(r.fixed[path], edits)
	if err != nil {
		return false, fmt.Errorf("%s: applying fixes: %w", path, err)
	}
	if bytes.Equal(out, r.fixed[path]) {
		return false, nil
	}
	h := history[path]
	now := state{text: out, count: h[len(h)-1].count + len(edits), rules: rulesTaken(fs, edits, unsafe)}
	for i, v := range h {
		if bytes.Equal(v.text, out) {
			var ids []string
			for _, later := range append(h[i+1:], now) {
				ids = append(ids, later.rules...)
			}
			slices.Sort(ids)
			r.fixed[path], r.counts[path] = v.text, v.count
			r.notes = append(r.notes, fmt.Sprintf("%s: fixes do not settle: %s undo each other's changes; stopped at the text of round %d (fix the rest by hand)",
				path, strings.Join(slices.Compact(ids), " and "), i))
			return false, nil
		}
	}
	history[path] = append(h, now)
	r.fixed[path], r.counts[path] = out, now.count
	r.rounds[path]++
	return true, nil
}

// byPath groups findings by file, keeping only the rules asked for.
func byPath(fs []rules.Finding, only map[string]bool) map[string][]rules.Finding {
	out := map[string][]rules.Finding{}
	for _, f := range fs {
		if len(only) == 0 || only[f.Rule] {
			out[f.Path] = append(out[f.Path], f)
		}
	}
	return out
}

// rulesTaken names the rules whose fixes are among the edits applied.
func rulesTaken(fs []rules.Finding, edits []rules.Edit, unsafe bool) []string {
	applied := map[rules.Edit]bool{}
	for _, e := range edits {
		applied[e] = true
	}
	var ids []string
	for _, f := range fs {
		mine := rules.SafeEdits([]rules.Finding{f}, unsafe)
		if len(mine) > 0 && !slices.ContainsFunc(mine, func(e rules.Edit) bool { return !applied[e] }) {
			ids = append(ids, f.Rule)
		}
	}
	return ids
}
