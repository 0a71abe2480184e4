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
