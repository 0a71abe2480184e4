package typo

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/internal/cputime"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// BenchmarkLoadLexicon is the start-up cost: reading the embedded word
// list, pair counts, near misses and the derived tables, the hot tables
// among them, all read in place (paid once per process).
func BenchmarkLoadLexicon(b *testing.B) {
	for b.Loop() {
		if _, err := readLexicon(); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkRuleExample checks the example article.
func BenchmarkRuleExample(b *testing.B) {
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		b.Fatal(err)
	}
	benchRule(b, map[string][]byte{"example.txt": src})
}

// BenchmarkRuleBBC checks the BBC articles (skipped without the corpus):
// the speed on real news copy, in MB/s.
func BenchmarkRuleBBC(b *testing.B) {
	in := map[string][]byte{}
	for _, a := range corpustest.BBC(b) {
		in[a.Path] = a.Src
	}
	benchRule(b, in)
}

// benchRule times the rule alone: the articles are parsed beforehand, and
// the lexicon is loaded (see BenchmarkLoadLexicon for what it costs).
func benchRule(b *testing.B, in map[string][]byte) {
	if _, err := loadLexicon(); err != nil {
		b.Fatal(err)
	}
	var arts []*article.Article
	n := 0
	for name, src := range in {
		a, err := article.Parse(name, article.Text, src)
		if err != nil {
			b.Fatal(err)
		}
		arts = append(arts, a)
		n += len(src)
	}
	b.SetBytes(int64(n))
	// the CPU time per pass besides the wall time: on this project's
	// shared machines the wall time of a pass moves by half from run to
	// run, the CPU time by a tenth
	cpu0, ok := cputime.Process()
	for b.Loop() {
		for _, a := range arts {
			p := &rules.Pass{Rule: Rule, Options: NewOptions(), Article: a, Language: "en-GB", Shared: &rules.Shared{}}
			if err := run(p); err != nil {
				b.Fatal(err)
			}
		}
	}
	if cpu1, ok1 := cputime.Process(); ok && ok1 {
		b.ReportMetric(float64(cpu1-cpu0)/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkLookup is the hot path alone: each word of the BBC articles
// looked up in the lexicon (skipped without the corpus).
func BenchmarkLookup(b *testing.B) {
	var words []string
	n := 0
	for _, a := range corpustest.BBC(b) {
		src := a.Src
		n += len(src)
		words = append(words, strings.FieldsFunc(string(src), func(r rune) bool { return !isLetterByte(byte(r)) || r > 0x7f })...)
	}
	l, err := loadLexicon()
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, w := range words {
			l.lookup(w)
		}
	}
}
