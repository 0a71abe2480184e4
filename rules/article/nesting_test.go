package article

import (
	"reflect"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/internal/growth"
)

// deepHTML is n nested <div>s, each with a word, then n stray end tags
// and the closing ones: before the stack kept the kinds, each paragraph
// walked the whole stack, and each stray end tag too.
func deepHTML(n int) []byte {
	return []byte(strings.Repeat("<div>x ", n) + strings.Repeat("</li>", n) + strings.Repeat("</div>", n) + "<p>end</p>")
}

func TestGrowthHTMLNesting(t *testing.T) {
	srcs := map[int][]byte{2000: deepHTML(2000), 8000: deepHTML(8000)}
	growth.Check(t, 2000, func(n int) {
		a := parseOnly(t, HTML, srcs[n])
		if got := len(a.Paragraphs); got != n+1 {
			t.Fatalf("%d paragraphs, want %d", got, n+1)
		}
	})
}

// Beyond the depth cap, paragraphs keep the kind in force at the cap, and
// the elements close in order.
func TestHTMLDeepKinds(t *testing.T) {
	deep := maxDepth + 100
	src := "<blockquote><p>q</p><ul><li>" + strings.Repeat("<div>", deep) + "<p>deep</p>" +
		strings.Repeat("</div>", deep) + "item</li></ul>after</blockquote><p>body</p>"
	a := mustParse(t, HTML, src)
	var got []Kind
	for _, p := range a.Paragraphs {
		got = append(got, p.Kind)
	}
	want := []Kind{Quotation, ListItem, ListItem, Quotation, Body}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
}

func BenchmarkGrowthHTMLNesting(b *testing.B) {
	src := deepHTML(100_000)
	for b.Loop() {
		parseOnly(b, HTML, src)
	}
}

// parseOnly parses src without mustParse's round-trip checks, whose line
// positions are measured on their own.
func parseOnly(t testing.TB, f Format, src []byte) *Article {
	t.Helper()
	a, err := Parse("deep", f, src)
	if err != nil {
		t.Fatal(err)
	}
	return a
}

// deepMarkdown are the ways Markdown nests n deep: quotes or list items on
// one line, a deep quote continued lazily by n lines, and list items each
// indented past the last.
func deepMarkdown(n int) map[string][]byte {
	var indented strings.Builder
	for i := range n {
		indented.WriteString(strings.Repeat("  ", i) + "- item\n")
	}
	return map[string][]byte{
		"quotes":   []byte(strings.Repeat("> ", n) + "text\n"),
		"items":    []byte(strings.Repeat("- ", n) + "text\n"),
		"lazy":     []byte(strings.Repeat(">", n) + " text\n" + strings.Repeat("more\n", n)),
		"numbered": []byte(strings.Repeat("1. ", n) + "text\n"),
		// quadratic in size itself, so kept short
		"indented": []byte(indented.String()[:min(indented.Len(), 40*n)]),
	}
}

func TestGrowthMarkdownNesting(t *testing.T) {
	srcs := map[int]map[string][]byte{2000: deepMarkdown(2000), 8000: deepMarkdown(8000)}
	for _, name := range []string{"quotes", "items", "lazy", "numbered", "indented"} {
		t.Run(name, func(t *testing.T) {
			growth.Check(t, 2000, func(n int) {
				a := parseOnly(t, Markdown, srcs[n][name])
				if len(a.Warnings) != 1 || !strings.Contains(a.Warnings[0].Message, "plain text") {
					t.Fatalf("warnings = %v, want one saying the file is read as plain text", a.Warnings)
				}
			})
		})
	}
}

// Up to the cap Markdown is Markdown; past it the file is plain text,
// with its words at their exact places.
func TestMarkdownDepthCap(t *testing.T) {
	ok := strings.Repeat("> ", maxMarkdownDepth) + "deep *quote*\n"
	a := parseOnly(t, Markdown, []byte(ok))
	if len(a.Warnings) != 0 || len(a.Paragraphs) != 1 || a.Paragraphs[0].Kind != Quotation || a.Paragraphs[0].Text != "deep quote" {
		t.Fatalf("at the cap: warnings %v, paragraphs %d", a.Warnings, len(a.Paragraphs))
	}
	src := "# Title\n\n" + strings.Repeat("- ", maxMarkdownDepth+1) + "deep\n"
	a = parseOnly(t, Markdown, []byte(src))
	if len(a.Warnings) != 1 || a.Warnings[0].Offset != len("# Title\n\n") {
		t.Fatalf("past the cap: warnings %v", a.Warnings)
	}
	w := a.Paragraphs[len(a.Paragraphs)-1].Words
	if last := w[len(w)-1]; src[a.Paragraphs[len(a.Paragraphs)-1].SourceSpan(last.Start, last.End).Start:][:4] != "deep" {
		t.Errorf("the last word is not at its place in the file")
	}
	// a long rule of dashes or stars is no list
	if a := parseOnly(t, Markdown, []byte(strings.Repeat("-", 500)+"\n\n"+strings.Repeat("*", 500)+"\n")); len(a.Warnings) != 0 {
		t.Errorf("thematic breaks read as nesting: %v", a.Warnings)
	}
}

func BenchmarkGrowthMarkdownNesting(b *testing.B) {
	src := deepMarkdown(100_000)["items"]
	for b.Loop() {
		parseOnly(b, Markdown, src)
	}
}

// TestMarkdownTooDeepFrontMatter: a Markdown file read as plain text for its
// depth reads its front matter once, as the headline field, and its body
// after it: no paragraph overlaps another or comes before it.
func TestMarkdownTooDeepFrontMatter(t *testing.T) {
	src := []byte("---\ntitle: The title\n---\n\n" + strings.Repeat("> ", maxMarkdownDepth+20) + "deep words\n")
	a := parseOnly(t, Markdown, src)
	end := 0
	var texts []string
	for _, p := range a.Paragraphs {
		s := p.SourceSpan(0, len(p.Text))
		if s.Start < end {
			t.Errorf("paragraph %q at %d starts inside or before the one before it (which ends at %d)", p.Text, s.Start, end)
		}
		end = s.End
		texts = append(texts, p.Text)
	}
	if len(texts) != 2 || texts[0] != "The title" || !strings.HasSuffix(texts[1], "deep words") {
		t.Errorf("paragraphs %q, want the title, then the deep line", texts)
	}
}
