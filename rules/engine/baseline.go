package engine

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sync"

	"github.com/copydesk/copydesk/internal/worktree"
	"github.com/copydesk/copydesk/rules"
)

// Baseline is a record of findings accepted as they are, so that a desk can
// adopt copydesk on an archive and be told only of new findings. Entries are
// keyed by path, rule and fingerprint, which survive unrelated edits. Paths
// are stored relative to the baseline file's folder, so the baseline serves
// from any working folder.
type Baseline struct {
	Version  int             `json:"version"`
	Findings []BaselineEntry `json:"findings"`
	dir      string          // the folder of the file it was read from
	// known are the findings' keys, made on the first Filter: Filter runs
	// for every file of a run, and making them for each file made a run
	// with a baseline quadratic in the size of the archive
	knownOnce sync.Once
	known     map[baselineKey]bool
}

// BaselineEntry is one accepted finding. Message is there for people
// reading the file; matching ignores it.
type BaselineEntry struct {
	Path        string `json:"path"`
	Rule        string `json:"rule"`
	Fingerprint string `json:"fingerprint"`
	Message     string `json:"message"`
}

type baselineKey struct{ path, rule, fp string }

// NewBaseline records findings (with their fingerprints set, as the engine
// returns them).
func NewBaseline(fs []rules.Finding) *Baseline {
	b := &Baseline{Version: 1, Findings: []BaselineEntry{}}
	for _, f := range fs {
		b.Findings = append(b.Findings, BaselineEntry{Path: filepath.ToSlash(f.Path), Rule: f.Rule, Fingerprint: f.Fingerprint, Message: f.Message})
	}
	return b
}

// Write saves the baseline as indented JSON.
func (b *Baseline) Write(path string) error {
	out := Baseline{Version: b.Version, Findings: make([]BaselineEntry, len(b.Findings))}
	for i, e := range b.Findings {
		e.Path = filepath.ToSlash(worktree.Rel(filepath.Dir(path), e.Path))
		out.Findings[i] = e
	}
	data, err := json.MarshalIndent(&out, "", "  ")
	if err != nil {
		return err
	}
	if err := os.WriteFile(path, append(data, '\n'), 0o644); err != nil {
		return fmt.Errorf("writing baseline: %w", err)
	}
	return nil
}

// LoadBaseline reads a baseline written by Write.
func LoadBaseline(path string) (*Baseline, error) {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil, fmt.Errorf("reading baseline: %w", err)
	}
	var b Baseline
	if err := json.Unmarshal(data, &b); err != nil {
		return nil, fmt.Errorf("%s: not a copydesk baseline: %w", path, err)
	}
	if b.Version != 1 {
		return nil, fmt.Errorf("%s: baseline version %d is not supported (want 1)", path, b.Version)
	}
	b.dir = filepath.Dir(path)
	return &b, nil
}

// Filter returns the findings the baseline does not hold. It may be called
// from several goroutines; the baseline's findings must not change once
// Filter has been called.
func (b *Baseline) Filter(fs []rules.Finding) []rules.Finding {
	b.knownOnce.Do(func() {
		b.known = make(map[baselineKey]bool, len(b.Findings))
		for _, e := range b.Findings {
			b.known[baselineKey{e.Path, e.Rule, e.Fingerprint}] = true
		}
	})
	known := b.known
	var out []rules.Finding
	for _, f := range fs {
		path := f.Path
		if b.dir != "" {
			path = worktree.Rel(b.dir, path)
		}
		if !known[baselineKey{filepath.ToSlash(path), f.Rule, f.Fingerprint}] {
			out = append(out, f)
		}
	}
	return out
}
