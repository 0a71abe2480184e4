package names

import (
	"fmt"
	"os"
	"slices"
	"sort"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/ruletest"
)

// bbcFiles reads every BBC article of the corpus, by path.
func bbcFiles(t testing.TB) map[string][]byte {
	t.Helper()
	files := map[string][]byte{}
	for _, a := range corpustest.BBC(t) {
		files[a.Path] = a.Src
	}
	return files
}

// TestCorpusUntouched: real articles, as published. Their real variants,
// checked by hand, are listed in testdata/bbc-confirmed.list ("path word
// line"); every other finding is a false alarm, printed, and there may be
// at most 0.005 per article. NAMES_SHOW=1 prints every finding.
func TestCorpusUntouched(t *testing.T) {
	files := bbcFiles(t)
	known := confirmedList(t, "testdata/bbc-confirmed.list")
	res := ruletest.CheckBatch(t, Rule, files, ruletest.Options{})
	arts := map[string]*article.Article{}
	for _, a := range res.Articles {
		arts[a.Path] = a
	}
	alarms, confirmed := 0, 0
	for _, f := range res.Findings {
		a := arts[f.Path]
		if a == nil {
			t.Fatalf("finding in %s, an article the run did not return", f.Path)
		}
		k := fmt.Sprintf("%s %s %d", f.Path, a.Source[f.Span.Start:f.Span.End], a.Lines.Position(f.Span.Start).Line)
		if known[k] {
			confirmed++
			continue
		}
		alarms++
		t.Logf("false alarm? %s: %s", k, f.Message)
	}
	n := float64(len(files))
	t.Logf("untouched BBC: %d articles, %d findings: %d confirmed real, %d false alarms (%.4f per article)",
		len(files), len(res.Findings), confirmed, alarms, float64(alarms)/n)
	if os.Getenv("NAMES_SHOW") != "" {
		t.Log("\n" + ruletest.Format(res.Findings, res.Articles...))
	}
	if float64(alarms)/n > 0.005 {
		t.Errorf("%.4f false alarms per untouched article; want at most 0.005", float64(alarms)/n)
	}
}

// confirmedList reads "path word line" keys, one a line (a tab and the
// reason may follow); # starts a comment.
func confirmedList(t *testing.T, path string) map[string]bool {
	t.Helper()
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for _, line := range strings.Split(string(src), "\n") {
		key, _, _ := strings.Cut(line, "\t")
		if fs := strings.Fields(key); len(fs) == 3 && !strings.HasPrefix(fs[0], "#") {
			m[strings.Join(fs, " ")] = true
		} else if len(fs) > 0 && !strings.HasPrefix(fs[0], "#") {
			t.Fatalf("%s: want \"path word line\", got %q", path, key)
		}
	}
	return m
}

// BenchmarkBBC runs the rule over the whole BBC folder (reading from
// memory, parsing and checking each article): go test -bench BBC
// ./rules/names/ -run '^$'.
func BenchmarkBBC(b *testing.B) {
	benchBBC(b, false)
}

// BenchmarkBBCAcrossFiles adds the comparison across all 2,225 files.
func BenchmarkBBCAcrossFiles(b *testing.B) {
	benchBBC(b, true)
}

func benchBBC(b *testing.B, across bool) {
	files := bbcFiles(b)
	size := 0
	for _, f := range files {
		size += len(f)
	}
	o := DefaultOptions()
	o.AcrossFiles = across
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		ruletest.CheckBatch(b, Rule, files, ruletest.Options{Options: o})
	}
	b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(files)), "µs/article")
}

// BenchmarkBBCPeople times the rule's own work over the BBC folder, parsed
// beforehand, on one goroutine: finding names and people in every article,
// then clustering the people of all 2,225 articles as across_files does.
func BenchmarkBBCPeople(b *testing.B) {
	arts := parseAll(b, bbcFiles(b))
	sim := DefaultOptions().similarity()
	list := newListIndex(nil, sim)
	b.Run("articles", func(b *testing.B) {
		for b.Loop() {
			for _, a := range arts {
				analyse(a, list, sim, newScratch())
			}
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(arts)), "µs/article")
	})
	b.Run("across", func(b *testing.B) {
		for b.Loop() {
			clusterAcross(arts, list, sim)
		}
		b.ReportMetric(float64(b.Elapsed().Microseconds())/float64(b.N)/float64(len(arts)), "µs/article")
	})
}

func parseAll(t testing.TB, files map[string][]byte) []*article.Article {
	var arts []*article.Article
	for name, src := range files {
		a, err := article.Parse(name, article.Text, src)
		if err != nil {
			t.Fatal(err)
		}
		arts = append(arts, a)
	}
	sort.Slice(arts, func(i, j int) bool { return arts[i].Path < arts[j].Path })
	return arts
}

// TestCorpusLearn runs Learn over the BBC folder (1.5 s): every proposal is well formed (its preferred spelling
// the most counted, its variants listed once and counted), proposals come
// most mentioned first, and a variant confirmed by reading the copy
// (Monteith/Montieth, tech/325) is among them.
func TestCorpusLearn(t *testing.T) {
	arts := parseAll(t, bbcFiles(t))
	got := Learn(arts)
	t.Logf("learn over %d BBC articles: %d names with variants", len(arts), len(got))
	for i, l := range got {
		if i < 15 {
			t.Logf("  %s %v %v", l.Preferred, l.Variants, l.Counts)
		}
		if err := checkLearned(l); err != nil {
			t.Errorf("proposal %d: %v", i, err)
		}
		if i > 0 && total(l) > total(got[i-1]) {
			t.Errorf("proposal %d (%s, %d mentions) comes after one with fewer (%d)", i, l.Preferred, total(l), total(got[i-1]))
		}
	}
	found := false
	for _, l := range got {
		found = found || l.Preferred == "David Monteith" && slices.Contains(l.Variants, "David Montieth")
	}
	if !found {
		t.Error("Learn does not propose David Monteith with the variant David Montieth (tech/325)")
	}
}

// checkLearned says what is wrong with one proposal, if anything.
func checkLearned(l LearnedName) error {
	if len(l.Variants) == 0 {
		return fmt.Errorf("%s: no variants", l.Preferred)
	}
	if len(l.Counts) != 1+len(l.Variants) {
		return fmt.Errorf("%s: %d counts for %d spellings", l.Preferred, len(l.Counts), 1+len(l.Variants))
	}
	for _, v := range l.Variants {
		if v == l.Preferred || l.Counts[v] == 0 {
			return fmt.Errorf("%s: variant %q is the preferred spelling or not counted", l.Preferred, v)
		}
		if l.Counts[v] > l.Counts[l.Preferred] {
			return fmt.Errorf("%s (%d) is preferred over the commoner %s (%d)", l.Preferred, l.Counts[l.Preferred], v, l.Counts[v])
		}
	}
	return nil
}
