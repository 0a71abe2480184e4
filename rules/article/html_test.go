package article

import (
	"reflect"
	"strings"
	"testing"
)

func TestHTML(t *testing.T) {
	checkReader(t, HTML, []readerCase{
		{name: "document",
			src: "<!DOCTYPE html><html><head><title>Headline | Site</title>" +
				"<style>p { color: red }</style><script>var s = \"<p>no</p>\";</script></head>\n" +
				"<body>\n<h1>The <em>big</em> story</h1>\n<p class=\"lede\">It was <a href=\"http://x.example\">over</a>.</p>\n</body></html>",
			want:   []string{"Headline | Site", "The big story", "It was over."},
			absent: []string{"color", "var", "lede", "http"}},
		{name: "fragment without body",
			src:  "Just text, no tags.",
			want: []string{"Just text, no tags."}},
		{name: "entities",
			src:  "<p>Fish &amp; chips &#8220;here&#x201D; caf&eacute; &copy 2024 &nosuch; AT&T</p>",
			want: []string{"Fish & chips “here” café © 2024 &nosuch; AT&T"}},
		{name: "white space collapses",
			src:  "<p>\n   One  two\r\n   three\t</p>",
			want: []string{"One two\nthree"}},
		{name: "comments, code, pre, noscript, template",
			src: "<p>Call <code>f()</code> now<!-- note -->.</p><pre>preformatted</pre>" +
				"<noscript>enable</noscript><template><p>later</p></template><p>End.</p>",
			want:   []string{"Call \uFFFC now.", "End."},
			absent: []string{"f()", "note", "preformatted", "enable", "later"}},
		{name: "br and br br",
			src:  "<div>line one<br>line two<br/><br>new paragraph</div>",
			want: []string{"line one\nline two", "new paragraph"}},
		{name: "implied ends",
			src:  "<ul><li>one<li>two</ul><p>first<p>second<table><tr><td>a<td>b</table>",
			want: []string{"one", "two", "first", "second", "a", "b"}},
		{name: "BOM and CRLF",
			src:  "\uFEFF<p>Hello\r\nthere.</p>\r\n",
			want: []string{"Hello\nthere."}},
		{name: "unclosed script",
			src:  "<p>Before.</p><script>never closed",
			want: []string{"Before."}},
		{name: "empty", src: "", want: nil},
	})
}

func TestHTMLKinds(t *testing.T) {
	a := mustParse(t, HTML, "<h2>H</h2><p>Body</p><ul><li><p>item</p></li></ul>"+
		"<blockquote><p>quoted</p></blockquote><table><tr><th>c</th><td>d</td></tr></table><div>after</div>")
	var got []Kind
	for _, p := range a.Paragraphs {
		got = append(got, p.Kind)
	}
	want := []Kind{Heading, Body, ListItem, Quotation, Cell, Cell, Body}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
}

func TestHTMLSpans(t *testing.T) {
	src := "\uFEFF<p>Caf&eacute; <b>au</b>\n  lait&nbsp;now</p>"
	a := mustParse(t, HTML, src)
	var got []string
	for _, w := range a.Words() {
		got = append(got, src[w.Span.Start:w.Span.End])
	}
	want := []string{"Caf&eacute;", "au", "lait", "now"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("word sources = %q, want %q", got, want)
	}
	p := a.Paragraphs[0]
	nl := strings.Index(p.Text, "\n")
	if sp := p.SourceSpan(nl, nl+1); src[sp.Start:sp.End] != "\n  " {
		t.Errorf("line break maps to %q, want the whole white space run", src[sp.Start:sp.End])
	}
}

// TestHTMLQ: <q> reads as quotation marks, as a browser shows it; nested
// ones as single marks; the marks map to the tags.
func TestHTMLQ(t *testing.T) {
	src := `<p>He called it <q>costly and <q>badly run</q> from the start</q>.</p>`
	a, err := Parse("q.html", HTML, []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	p := a.Paragraphs[0]
	if want := "He called it “costly and ‘badly run’ from the start”."; p.Text != want {
		t.Fatalf("Text = %q, want %q", p.Text, want)
	}
	i := strings.Index(p.Text, "“")
	if sp := p.SourceSpan(i, i+len("“")); src[sp.Start:sp.End] != "<q>" {
		t.Errorf("opening mark maps to %q, want <q>", src[sp.Start:sp.End])
	}
}
