package report

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// longLineResult is a one-line article of about n bytes with a finding,
// and a fix, every 150 bytes or so: what a pasted article without line
// breaks gives.
func longLineResult(t testing.TB, n int) *engine.Result {
	piece := "The café council met on Tuesday 👍 to discuss the library budget and the new park, teh mayor said. "
	src := strings.Repeat(piece, n/len(piece)+1)
	a := parse(t, "long.txt", src)
	res := &engine.Result{Articles: []*article.Article{a}}
	for at := 0; ; {
		i := strings.Index(src[at:], "teh")
		if i < 0 {
			break
		}
		s := article.Span{Start: at + i, End: at + i + 3}
		res.Findings = append(res.Findings, rules.Finding{Rule: "typo", Severity: rules.Error, Path: "long.txt",
			Span: s, Message: "m", Fixes: []rules.Fix{{Message: "fix", Edits: []rules.Edit{{Span: s, New: "the"}}}}})
		at = s.End
	}
	return res
}

func BenchmarkTextLongLine(b *testing.B) {
	for _, n := range []int{200_000, 800_000} {
		res := longLineResult(b, n)
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			for range b.N {
				if err := Text(io.Discard, res, Options{}); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestGrowthTextLongLine: the text report of a line 4x as long, with 4x
// the findings, costs about 4x, not 16x (each excerpt, position and word
// diff once decoded the whole line).
func TestGrowthTextLongLine(t *testing.T) {
	const n = 50_000
	results := map[int]*engine.Result{n: longLineResult(t, n), 4 * n: longLineResult(t, 4*n)}
	growth.Check(t, n, func(n int) {
		if err := Text(io.Discard, results[n], Options{}); err != nil {
			t.Fatal(err)
		}
	})
}

// TestExcerptWindowMatchesWholeLine: decoding only the part of a long line
// around each span shows exactly what decoding the whole line showed.
func TestExcerptWindowMatchesWholeLine(t *testing.T) {
	res := longLineResult(t, 20_000)
	a := res.Articles[0]
	var got bytes.Buffer
	tw := &textWriter{w: nil, loc: newLocator(res)}
	for _, f := range res.Findings {
		line := a.Lines.Line(f.Span.Start)
		ls, le := a.Lines.LineStart(line), a.Lines.LineEnd(line)
		cells := excerptCells(nil, a.Source[:le], ls, le)
		first := a.Lines.Position(f.Span.Start).Column - 1
		text, under := underline(cells, first, first+3, tw.maxWidth(), false, false)
		want := fmt.Sprintf("%5d | %s\n      | %s\n", line, text, under)

		got.Reset()
		tw.w = bufio.NewWriter(&got)
		tw.excerpt(f)
		tw.w.Flush()
		if got.String() != want {
			t.Fatalf("finding at %d:\n got %q\nwant %q", f.Span.Start, got.String(), want)
		}
	}
}
