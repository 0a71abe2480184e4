package names

import (
	"os"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// FuzzNames: on any two inputs, as plain text, Markdown or HTML, every
// finding and fix of name-spelling is valid, within a file and across the
// two (across_files on, a names list given), and its safe fixes apply to a
// file the reader still reads (ruletest.CheckFuzz).
//
//	go test ./rules/names -run '^$' -fuzz FuzzNames -fuzztime 60s
func FuzzNames(f *testing.F) {
	for _, s := range ruletest.FuzzSeeds {
		f.Add([]byte(s.Src), []byte("Qasem Soleimani spoke. Soleimani left."), ruletest.FuzzKind(s.Name))
	}
	f.Add(batchFiles["a.txt"], batchFiles["c.txt"], uint8(0))
	for _, name := range []string{"testdata/stress.txt", "testdata/stress.md"} {
		src, err := os.ReadFile(name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(src, batchFiles["c.txt"], ruletest.FuzzKind(name))
	}
	f.Add([]byte("Mr al-Sudani met Mohammed al-Sudani.\n\nSudani and Al-Sudani left."), []byte("<p>Muhammad Al Sudani</p>"), uint8(2))
	f.Add([]byte("Jane Smith and Jane Smyth.\r\n\r\nSmyth said Smith’s view was O’Neill’s."), []byte("# Jane Smith\n\nSmith, Jane"), uint8(1))
	o := DefaultOptions()
	o.AcrossFiles = true
	shared := &rules.Shared{Names: []rules.NameEntry{
		{Preferred: "Qasem Soleimani", Variants: []string{"Qassem Suleimani"}},
		{Preferred: "Jane Smith", Variants: []string{"Jane Smyth"}},
	}}
	f.Fuzz(func(t *testing.T, a, b []byte, kind uint8) {
		files := map[string][]byte{"a" + ruletest.FuzzName(kind): a, "b" + ruletest.FuzzName(kind/3): b}
		ruletest.CheckFuzz(t, Rule, files, ruletest.Options{Language: "en-GB", Options: o, Shared: shared})
	})
}
