package article

import (
	"errors"
	"testing"
)

// fuzzSeeds are inputs that stress the readers: markup, line ends, encodings.
var fuzzSeeds = []string{
	"",
	"\uFEFF",
	"\r\n\r\n",
	"\uFEFFOne\r\nstill one.\r\n\r\nTwo.",
	"Caf\xe9 au \xff\xfelait\r",
	"Cafe\u0301 👍🏽 Gen. Smith said “It’s over.” Really? she asked. 3.5 U.S. 1,000",
	"---\ntitle: x\n---\n# Head *line*\n\nText `code` [link](http://x \"t\") ![img](i.png) <b>raw</b> <!-- c -->\n",
	"\uFEFF+++\r\nx = 1\r\n+++\r\nA  \r\nb\\\r\nc &amp; &ngE; \\*\r\n",
	"- a\n- b\n\n> q\n> r\n\n| h | i |\n|---|---|\n| c \\| d | e |\n\n```\ncode\n```\n",
	"<http://x.com> www.foo.com x@y.com",
	"<!DOCTYPE html><html><head><title>T</title><script>x</script></head><body><h1>H</h1><p>P &amp; &copy q</p></body></html>",
	"<ul><li>one<li>two</ul><p>a<br>b<br><br>c<pre>d</pre><code>e</code><img src=x>",
	"<p>&#8217;&#x201D;&notit&#0;&#xFFFFFFFF;&",
	"<script>never closed",
	"Ends in a no-break space\u00a0\nHi.\u2005",
	// headlines and standfirsts in front matter and HTML heads
	"\uFEFF---\r\ntitle: \"A \\\"quoted\\\" \\u2019 \\x41\"\r\ndescription: 'It''s'\r\nsummary: plain # c\r\nsubtitle: >\r\n  folded\r\n---\r\nBody.",
	"+++\ntitle = \"Caf\\u00e9 \\\"x\\\"\"\ndescription = 'lit'\n[t]\nsummary = \"no\"\n+++\n",
	"<title>T &amp; t</title><meta name=description content='A &quot;b&quot; &amp'><meta property=\"og:title\" content=\"T & t\"><meta name=summary content=x/>",
}

// FuzzParse reads any input as every format and checks the promises every
// reader makes; see checkArticle.
func FuzzParse(f *testing.F) {
	for _, s := range fuzzSeeds {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, src []byte) {
		for _, format := range []Format{Text, Markdown, HTML} {
			a, err := Parse("fuzz", format, src)
			if errors.Is(err, ErrNotText) {
				return // refused with a clear error: nothing more to promise
			}
			if err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if err := checkArticle(a); err != nil {
				t.Fatalf("%s: %v", format, err)
			}
			if format == Text {
				checkVerbatim(t, a)
			}
		}
		if len(src) < 1000 {
			if err := checkRoundTrip(NewLines(src), src, nil); err != nil {
				t.Fatal(err)
			}
		}
	})
}

// checkVerbatim checks that every word of a plain-text article is its
// source bytes: there is no markup to take out.
func checkVerbatim(t *testing.T, a *Article) {
	for _, w := range a.Words() {
		if got := string(a.Source[w.Span.Start:w.Span.End]); got != w.Text {
			t.Fatalf("text: word %q has source %q", w.Text, got)
		}
	}
}
