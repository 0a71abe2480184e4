package main

import (
	"io"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
)

// TestFixSettlesBBC: fixing the BBC articles (in memory: nothing is
// written) settles in every file, with no rules undoing each other's fixes
// (under the en-US default the typo rule once turned "Labour" into "Labor"
// at the start of a sentence, and name-spelling turned it back, for all ten
// rounds). It reads the corpus, so it is skipped with -short.
//
//	go test ./cmd/copydesk -run FixSettlesBBC -v
func TestFixSettlesBBC(t *testing.T) {
	dir := corpustest.Dir(t, "bbc-fulltext")
	cfg, eng, err := setup("", 0)
	if err != nil {
		t.Fatal(err)
	}
	inputs, err := collect([]string{dir}, cfg, nil, "", io.Discard)
	if err != nil {
		t.Fatal(err)
	}
	if len(inputs) == 0 {
		t.Fatalf("no article found in %s", dir)
	}
	run, err := fixAll(eng, inputs, false, nil)
	if err != nil {
		t.Fatal(err)
	}
	for _, err := range run.failed {
		t.Errorf("not read: %v", err)
	}
	for _, n := range run.notes {
		t.Errorf("did not settle: %s", n)
	}
	most, changed, edits := 0, 0, 0
	for p, n := range run.rounds {
		most = max(most, n)
		if n > 0 {
			changed++
			edits += run.counts[p]
		}
	}
	t.Logf("%d files, %d changed with %d edits; at most %d rounds", len(inputs), changed, edits, most)
}
