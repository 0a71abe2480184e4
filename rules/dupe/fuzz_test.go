package dupe_test

import (
	"testing"

	"github.com/copydesk/copydesk/rules/dupe"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzDupe: on any input, as plain text, Markdown or HTML, every finding
// and fix of duplicate-text is valid (ruletest.CheckFuzz: inside the file,
// on character boundaries, edits sorted and apart, no HTML comment cut) and
// its safe fixes apply to a file the reader still reads.
//
//	go test ./rules/dupe -run '^$' -fuzz FuzzDupe -fuzztime 60s
func FuzzDupe(f *testing.F) {
	ruletest.AddFuzzSeeds(f, "testdata/*", "../../testdata/example.txt")
	f.Add([]byte("A line said twice. A line said twice.\n\n<p>A line said twice.</p>\n"), uint8(1))
	f.Add([]byte("# Head\n\nHead\n\n- item one two three\n- item one two three\n"), uint8(1))
	f.Fuzz(func(t *testing.T, src []byte, kind uint8) {
		ruletest.CheckFuzz(t, dupe.Rule, map[string][]byte{ruletest.FuzzName(kind): src}, ruletest.Options{})
	})
}
