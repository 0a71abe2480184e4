package article

import (
	"reflect"
	"strings"
	"testing"
)

// readerCase is an input, the paragraphs it should give, and text that must
// not appear in any paragraph.
type readerCase struct {
	name, src string
	want      []string
	absent    []string
}

// checkReader parses each case and checks its paragraphs, that the absent
// text is gone, and that every word free of markup and entities is exactly
// its source bytes.
func checkReader(t *testing.T, f Format, tests []readerCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := mustParse(t, f, tt.src)
			got := paragraphTexts(a)
			if !reflect.DeepEqual(got, tt.want) {
				t.Errorf("paragraphs = %q\nwant %q", got, tt.want)
			}
			all := strings.Join(got, "\n")
			if strings.Contains(all, "\r") {
				t.Errorf("a carriage return is left in Text")
			}
			for _, s := range tt.absent {
				if strings.Contains(all, s) {
					t.Errorf("%q should not be prose", s)
				}
			}
			for _, p := range a.Paragraphs {
				for _, w := range p.Words {
					if p.Verbatim(w.Start, w.End, a.Source) {
						continue
					}
					if src := string(a.Source[w.Span.Start:w.Span.End]); !strings.ContainsAny(src, "&\\*_<") {
						t.Errorf("word %q: source %q has no markup but differs", w.Text, src)
					}
				}
			}
		})
	}
}

func TestMarkdown(t *testing.T) {
	checkReader(t, Markdown, []readerCase{
		{name: "paragraphs and emphasis",
			src:  "# The *big* story\n\nOfficials **said** it was _over_.\nThey left.\n",
			want: []string{"The big story", "Officials said it was over.\nThey left."}},
		{name: "front matter",
			src:    "---\ntitle: The title\nauthor: Secret\ntags: [a]\n---\nBody text.\n",
			want:   []string{"The title", "Body text."},
			absent: []string{"Secret", "tags"}},
		{name: "TOML front matter after BOM, CRLF",
			src:    "\uFEFF+++\r\ntitle = \"The title\"\r\nslug = \"Secret\"\r\n+++\r\nBody text.\r\nMore.\r\n",
			want:   []string{"The title", "Body text.\nMore."},
			absent: []string{"Secret"}},
		{name: "unclosed front matter is a rule",
			src:  "---\nJust text.\n",
			want: []string{"Just text."}},
		{name: "code is not prose",
			src:    "Run `rm -rf` now.\n\n```go\nfunc main() {}\n```\n\n    indented code\n\nEnd.\n",
			want:   []string{"Run \uFFFC now.", "End."},
			absent: []string{"rm", "func", "indented"}},
		{name: "links keep their text, not their destination",
			src: "See [the report](http://example.com/r \"Title here\") and [ref][1], " +
				"<http://auto.example.com>, www.bare.example.com.\n\n[1]: http://ref.example.com\n",
			want:   []string{"See the report and ref, \uFFFC, \uFFFC."},
			absent: []string{"example", "Title here", "http"}},
		{name: "images and raw HTML",
			src:    "A ![chart of growth](c.png) shows <span class=\"x\">it</span>.<!-- note to editor -->\n\n<div>\nHTML block\n</div>\n",
			want:   []string{"A \uFFFC shows it."},
			absent: []string{"chart", "class", "note", "HTML block"}},
		{name: "escapes and entities",
			src:  "Fish &amp; chips, 5 \\* 3, &#8220;quoted&#x201D; and &nosuch;\n",
			want: []string{"Fish & chips, 5 * 3, “quoted” and &nosuch;"}},
		{name: "lists, quotes and tables",
			src: "- first item\n- second item\n\n1. loose\n\n2. list\n\n> A quote\n> goes on.\n\n" +
				"| Name | Age |\n|------|-----|\n| Ann \\| Bo | 30 |\n",
			want: []string{"first item", "second item", "loose", "list", "A quote\ngoes on.",
				"Name", "Age", "Ann | Bo", "30"}},
		{name: "hard breaks and CRLF",
			src:  "Line one  \r\nline two\\\r\nline three\r\n",
			want: []string{"Line one\nline two\nline three"}},
		{name: "CRLF blocks",
			src: "Title\r\n===\r\n\r\n- one\r\n  two\r\n- three\r\n\r\n> a\r\n> b\r\n\r\n" +
				"| x | y |\r\n|---|---|\r\n| 1 | 2 |\r\n\r\n```\r\ncode\r\n```\r\n",
			want: []string{"Title", "one\ntwo", "three", "a\nb", "x", "y", "1", "2"}},
		{name: "setext heading",
			src:  "Title\n=====\n\nText.\n",
			want: []string{"Title", "Text."}},
		{name: "empty", src: "", want: nil},
	})
}

func TestMarkdownKinds(t *testing.T) {
	a := mustParse(t, Markdown, "# H\n\nBody\n\n- item\n\n> quoted\n\n| c |\n|---|\n| d |\n")
	var got []Kind
	for _, p := range a.Paragraphs {
		got = append(got, p.Kind)
	}
	want := []Kind{Heading, Body, ListItem, Quotation, Cell, Cell}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("kinds = %v, want %v", got, want)
	}
}

func TestMarkdownSpans(t *testing.T) {
	src := "\uFEFF---\r\nx: 1\r\n---\r\nSee *the* &amp; `code`.\r\n"
	a := mustParse(t, Markdown, src)
	p := a.Paragraphs[0]
	for _, w := range p.Words {
		if got := src[w.Span.Start:w.Span.End]; got != w.Text {
			t.Errorf("word %q has source %q", w.Text, got)
		}
	}
	amp := strings.Index(p.Text, "&")
	if sp := p.SourceSpan(amp, amp+1); src[sp.Start:sp.End] != "&amp;" {
		t.Errorf("& maps to %q, want the whole entity", src[sp.Start:sp.End])
	}
	ph := strings.IndexRune(p.Text, Placeholder)
	if sp := p.SourceSpan(ph, ph+len(string(Placeholder))); src[sp.Start:sp.End] != "`code`" {
		t.Errorf("placeholder maps to %q, want the code span", src[sp.Start:sp.End])
	}
}
