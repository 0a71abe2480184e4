package names

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
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
		res := ruletest.CheckFuzz(t, Rule, files, ruletest.Options{Language: "en-GB", Options: o, Shared: shared})
		for _, f := range res.Findings {
			for _, fx := range f.Fixes {
				if fx.Safe && !t.Failed() {
					respells(t, res.Article(f.Path), fx)
				}
			}
		}
	})
}

// respells checks that a safe fix changes a name and nothing else: the
// file read again has the same paragraphs, of the same kinds, and their
// prose is the old prose with the edited bytes (which stand verbatim in
// it) replaced by the new spelling: no markup was touched or made.
func respells(t *testing.T, a *article.Article, fx rules.Fix) {
	t.Helper()
	out, _ := rules.Apply(a.Source, fx.Edits) // CheckFuzz checked it applies
	before, _ := article.Parse(a.Path, a.Format, a.Source)
	after, _ := article.Parse(a.Path, a.Format, out)
	grew := 0
	for _, e := range fx.Edits {
		grew += len(e.New) - e.Span.Len()
	}
	if len(after.Paragraphs) != len(before.Paragraphs) {
		t.Fatalf("%s: fix %+v of %q made %d paragraphs of %d", a.Path, fx, a.Source, len(after.Paragraphs), len(before.Paragraphs))
	}
	diff := 0
	for i, p := range before.Paragraphs {
		q := after.Paragraphs[i]
		if p.Kind != q.Kind {
			t.Fatalf("%s: fix %+v of %q made paragraph %d a %s", a.Path, fx, a.Source, i, q.Kind)
		}
		diff += len(q.Text) - len(p.Text)
	}
	for _, e := range fx.Edits {
		if !strings.Contains(joined(after), e.New) {
			t.Fatalf("%s: fix %+v of %q: %q is not in the prose after it", a.Path, fx, a.Source, e.New)
		}
	}
	if diff != grew {
		t.Fatalf("%s: fix %+v of %q changed the prose by %d bytes, its edits by %d", a.Path, fx, a.Source, diff, grew)
	}
}

func joined(a *article.Article) string {
	var b strings.Builder
	for _, p := range a.Paragraphs {
		b.WriteString(p.Text)
		b.WriteByte('\n')
	}
	return b.String()
}
