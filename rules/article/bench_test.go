package article

import (
	"bytes"
	"sync"
	"testing"

	"github.com/copydesk/copydesk/internal/cputime"
)

// bigArticle repeats a sample of the format's prose to about 10 MB.
func bigArticle(f Format) []byte {
	unit := map[Format]string{
		Text: "Gen. Smith said the U.S. economy grew 3.5 percent, “a record,” in Jan. 2024.\n" +
			"Officials didn’t agree. Really? she asked.\n\n",
		Markdown: "## Heading *here*\n\nGen. Smith said the [U.S. economy](http://x.example) grew **3.5** percent.\n" +
			"Officials didn’t `agree` &amp; left.\n\n- an item\n- another\n\n",
		HTML: "<h2>Heading <em>here</em></h2>\n<p>Gen. Smith said the <a href=\"http://x.example\">U.S. economy</a>\n" +
			"grew 3.5&nbsp;percent &amp; didn&rsquo;t stop.</p>\n<ul><li>an item</li></ul>\n",
	}[f]
	return bytes.Repeat([]byte(unit), 10<<20/len(unit))
}

func BenchmarkParse10MB(b *testing.B) {
	for _, f := range []Format{Text, Markdown, HTML} {
		src := bigArticle(f)
		b.Run(string(f), func(b *testing.B) {
			b.SetBytes(int64(len(src)))
			b.ReportAllocs()
			defer reportCPU(b)()
			for b.Loop() {
				if _, err := Parse("big", f, src); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// reportCPU reports, when the function it returns is called at the end of
// a benchmark, the CPU time (garbage collection included) per iteration as
// cpu-ms/op: on a busy machine it is steadier than ns/op, the time on the
// clock. Use it as defer reportCPU(b)().
func reportCPU(b *testing.B) func() {
	start, ok := cputime.Process()
	return func() {
		if end, _ := cputime.Process(); ok {
			b.ReportMetric(float64((end-start).Microseconds())/1000/float64(b.N), "cpu-ms/op")
		}
	}
}

// TestParseBig checks a 10 MB article is read whole; the benchmark says how fast.
func TestParseBig(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("10 MB inputs take long in -short or -race runs")
	}
	for _, f := range []Format{Text, Markdown, HTML} {
		a, err := Parse("big", f, bigArticle(f))
		if err != nil {
			t.Fatal(err)
		}
		if len(a.Words()) < 500_000 {
			t.Errorf("%s: only %d words in 10 MB", f, len(a.Words()))
		}
	}
}

// TestParseConcurrently lets the race detector see the shared parsers.
func TestParseConcurrently(t *testing.T) {
	var wg sync.WaitGroup
	for _, f := range []Format{Text, Markdown, HTML} {
		for range 4 {
			wg.Go(func() {
				for _, s := range fuzzSeeds {
					if _, err := Parse("x", f, []byte(s)); err != nil {
						t.Error(err)
					}
				}
			})
		}
	}
	wg.Wait()
}
