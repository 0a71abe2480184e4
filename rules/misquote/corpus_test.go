package misquote

import (
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/corpustest"
	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/quotes"
	"github.com/copydesk/copydesk/rules/sources"
)

// The measurements hold the PolNeAR train and dev articles (October and
// November 2016) against ../shared/corpus/transcripts-2016 (the debates and
// speeches they quote). See README.md for the figures.

var (
	transcriptsOnce sync.Once
	transcripts     *sources.Index
	transcriptsErr  error
)

func loadTranscripts(t testing.TB) *sources.Index {
	dir := corpustest.Dir(t, "transcripts-2016")
	transcriptsOnce.Do(func() {
		files, err := sources.Expand(dir, []string{"."})
		if err != nil {
			transcriptsErr = err
			return
		}
		transcripts, transcriptsErr = sources.Load(files)
	})
	if transcriptsErr != nil {
		t.Fatal(transcriptsErr)
	}
	return transcripts
}

// polnearArticle is one PolNeAR article: its key (split/file) and bytes.
type polnearArticle struct {
	key string
	src []byte
}

func polnearArticles(t testing.TB) []polnearArticle {
	var out []polnearArticle
	for _, split := range []string{"train", "dev"} {
		dir := filepath.Join(corpustest.Dir(t, "polnear"), split, "text")
		names, _ := filepath.Glob(filepath.Join(dir, "*.txt"))
		sort.Strings(names)
		for _, n := range names {
			src, err := os.ReadFile(n)
			if err != nil {
				t.Fatal(err)
			}
			out = append(out, polnearArticle{split + "/" + strings.TrimSuffix(filepath.Base(n), ".txt"), src})
		}
	}
	return out
}

// runRule checks one article against ix with the rule's defaults.
func runRule(t testing.TB, a *article.Article, ix *sources.Index) []rules.Finding {
	p := rules.NewPass(Rule, Rule.DefaultOptions(), Rule.Severity, 0)
	p.Article = a
	p.Shared = &rules.Shared{Sources: ix, References: ix.Articles()}
	if err := Rule.Run(p); err != nil {
		t.Fatal(err)
	}
	return p.Findings()
}

// matched is a real quotation of an article that a passage of the record holds.
type matched struct {
	art   polnearArticle
	a     *article.Article
	q     quotes.Spoken
	span  article.Span // the quotation's bytes in the article
	al    alignment
	src   *sources.Source
	label string // the passage's speaker label
}

func (m matched) key() string { return m.art.key + ":" + itoa(m.span.Start) }

func itoa(n int) string {
	s := ""
	for {
		s = string(rune('0'+n%10)) + s
		n /= 10
		if n == 0 {
			return s
		}
	}
}

// realMatches finds every quotation of five or more words in the articles
// that a passage of the record holds (as the rule decides it).
func realMatches(t testing.TB, ix *sources.Index) []matched {
	var out []matched
	for _, art := range polnearArticles(t) {
		a, err := article.Parse(art.key+".txt", article.Text, art.src)
		if err != nil {
			t.Fatal(err)
		}
		for _, q := range quotes.Quotations(a) {
			p := a.Paragraphs[q.Para]
			ws := spoken(quoteWords(p.Text, q.InnerStart, q.InnerEnd), false)
			if len(ws) < 5 {
				continue
			}
			m, ok := matchQuotation(ix, q, ws, false)
			if !ok {
				continue
			}
			out = append(out, matched{art: art, a: a, q: q, span: p.SourceSpan(q.Open, q.End), al: m.al, src: m.src,
				label: m.speaker})
		}
	}
	return out
}

// TestPolNeARQuotations counts the real quotations that match a passage:
// verbatim, and altered; the altered ones are listed in
// testdata/polnear-altered.list, classified by hand (by key only: no
// corpus text in the repository). A new altered quotation, or a listed one
// gone, fails the test, so that the list stays the one checked.
func TestPolNeARQuotations(t *testing.T) {
	ix := loadTranscripts(t)
	ms := realMatches(t, ix)
	listed := readList(t, "testdata/polnear-altered.list")
	verbatim, altered := 0, 0
	why := map[string]int{}
	seen := map[string]bool{}
	for _, m := range ms {
		if len(m.al.hunks) == 0 {
			verbatim++
			continue
		}
		altered++
		k := m.key()
		seen[k] = true
		reason, ok := listed[k]
		if !ok {
			p := m.a.Paragraphs[m.q.Para]
			t.Errorf("altered quotation not in the list: %s [%s %s] %s", k, m.src.Path, m.label, wordDiff(p, spoken(quoteWords(p.Text, m.q.InnerStart, m.q.InnerEnd), false), m.src, m.al))
			continue
		}
		why[reason]++
	}
	for k := range listed {
		if !seen[k] {
			t.Errorf("listed altered quotation %s no longer found altered", k)
		}
	}
	t.Logf("quotations of 5+ words matching a passage: %d (verbatim %d, altered %d); altered by reason: %v",
		len(ms), verbatim, altered, why)
}

// readList reads "key reason # note" lines.
func readList(t testing.TB, path string) map[string]string {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	out := map[string]string{}
	for _, l := range strings.Split(string(data), "\n") {
		if i := strings.IndexByte(l, '#'); i >= 0 {
			l = l[:i]
		}
		f := strings.Fields(l)
		if len(f) >= 2 {
			out[f[0]] = f[1]
		}
	}
	return out
}
