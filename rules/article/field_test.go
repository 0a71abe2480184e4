package article

import (
	"reflect"
	"strings"
	"testing"
	"unicode/utf8"
)

// fieldPara is what a test expects of a paragraph: its kind and text, and
// for some of its words the exact source bytes they must span.
type fieldPara struct {
	kind  Kind
	text  string
	words map[string]string // word → its source bytes
}

// checkFields parses src and compares its paragraphs with want. Each word
// named must span exactly the given source bytes, and each paragraph read
// from a field must lie inside the field's value.
func checkFields(t *testing.T, f Format, src string, opts Options, want []fieldPara) *Article {
	t.Helper()
	a, err := ParseWith("test", f, []byte(src), opts)
	if err != nil {
		t.Fatal(err)
	}
	if err := checkArticle(a); err != nil {
		t.Fatalf("%q: %v", src, err)
	}
	var got []fieldPara
	for _, p := range a.Paragraphs {
		got = append(got, fieldPara{kind: p.Kind, text: p.Text})
	}
	var wantShort []fieldPara
	for _, w := range want {
		wantShort = append(wantShort, fieldPara{kind: w.kind, text: w.text})
	}
	if !reflect.DeepEqual(got, wantShort) {
		t.Fatalf("paragraphs\n%q\nwant\n%q", got, wantShort)
	}
	for i, w := range want {
		p := a.Paragraphs[i]
		for word, source := range w.words {
			found := false
			for _, pw := range p.Words {
				if pw.Text == word {
					found = true
					if got := src[pw.Span.Start:pw.Span.End]; got != source {
						t.Errorf("word %q spans %q (%v), want %q", word, got, pw.Span, source)
					}
				}
			}
			if !found {
				t.Errorf("paragraph %q has no word %q", p.Text, word)
			}
		}
	}
	return a
}

func TestYAMLFrontMatter(t *testing.T) {
	src := "\uFEFF---\r\n" +
		"title: \"Goverment \\\"shutdown\\\" looms\"\r\n" +
		"description: 'It''s over, caf\u00e9' # a comment\r\n" +
		"summary: Plain instillations here # comment\r\n" +
		"subtitle: |\r\n  a block scalar\r\n" +
		"author: Not Prose\r\n" +
		"tags: [a, b]\r\n" +
		"---\r\n" +
		"Body text.\r\n"
	a := checkFields(t, Markdown, src, Options{}, []fieldPara{
		{Heading, `Goverment "shutdown" looms`, map[string]string{"Goverment": "Goverment", "shutdown": "shutdown", "looms": "looms"}},
		{Standfirst, "It's over, café", map[string]string{"It's": "It''s", "café": "café"}},
		{Standfirst, "Plain instillations here", map[string]string{"instillations": "instillations", "here": "here"}},
		{Body, "Body text.", nil},
	})
	title := a.Paragraphs[0].Field()
	if title == nil || title.Quoting != YAMLDouble || src[title.Value.Start-1] != '"' || src[title.Value.End] != '"' ||
		!strings.HasPrefix(src[title.Whole.Start:title.Whole.End], "title:") || strings.HasSuffix(src[title.Whole.Start:title.Whole.End], "\r") {
		t.Errorf("title field %+v: value %q", title, src[title.Value.Start:title.Value.End])
	}
	// The escaped quote maps to its two source bytes, atomically.
	p := a.Paragraphs[0]
	q := strings.IndexByte(p.Text, '"')
	if sp := p.SourceSpan(q, q+1); src[sp.Start:sp.End] != `\"` {
		t.Errorf("the quote maps to %q", src[sp.Start:sp.End])
	}
	if got := a.Paragraphs[1].Field().Quoting; got != YAMLSingle {
		t.Errorf("description quoting %v", got)
	}
	if got := a.Paragraphs[2].Field(); got.Quoting != YAMLPlain || src[got.Value.Start:got.Value.End] != "Plain instillations here" {
		t.Errorf("summary field %+v", got)
	}
	if a.Paragraphs[3].Field() != nil {
		t.Error("a body paragraph has a field")
	}
}

// TestFrontMatterLeftOut: values that are not one-line strings stay out,
// as does everything not listed.
func TestFrontMatterLeftOut(t *testing.T) {
	for _, src := range []string{
		"---\ntitle: A plain scalar\n  folded onto two lines\n---\nBody.\n",
		"---\ntitle: >\n  folded block\n---\nBody.\n",
		"---\ntitle: \"a quoted scalar\n  on two lines\"\n---\nBody.\n",
		"---\ntitle: \"a bad \\q escape\"\n---\nBody.\n",
		"---\ntitle: \"text after\" the quote\n---\nBody.\n",
		"---\ntitle: [a, list]\n---\nBody.\n",
		"---\ntitle: a: b\n---\nBody.\n",
		"---\ntitle:\n---\nBody.\n",
		"---\nparams:\n  title: nested\n---\nBody.\n",
		"+++\n[params]\ntitle = \"in a table\"\n+++\nBody.\n",
		"+++\ntitle = \"\"\"multi\nline\"\"\"\n+++\nBody.\n",
		"+++\ntitle = 2024\n+++\nBody.\n",
		"---\nauthor: Not listed\n---\nBody.\n",
	} {
		a := mustParse(t, Markdown, src)
		if got := paragraphTexts(a); !reflect.DeepEqual(got, []string{"Body."}) {
			t.Errorf("%q: paragraphs %q", src, got)
		}
	}
}

func TestTOMLFrontMatter(t *testing.T) {
	src := "+++\n" +
		"title = \"Caf\\u00e9 \\\"owner\\\" wins\" # note\n" +
		"  description='C:\\path is literal'\n" +
		"+++\nBody.\n"
	a := checkFields(t, Markdown, src, Options{}, []fieldPara{
		{Heading, `Café "owner" wins`, map[string]string{"Café": `Caf\u00e9`, "owner": "owner", "wins": "wins"}},
		{Standfirst, `C:\path is literal`, map[string]string{"literal": "literal", "path": "path"}},
		{Body, "Body.", nil},
	})
	if q := a.Paragraphs[0].Field().Quoting; q != TOMLBasic {
		t.Errorf("title quoting %v", q)
	}
	if q := a.Paragraphs[1].Field().Quoting; q != TOMLLiteral {
		t.Errorf("description quoting %v", q)
	}
}

// TestFieldOptions: the configured list decides, for front matter and HTML.
func TestFieldOptions(t *testing.T) {
	src := "---\ntitle: Headline\nauthor: Jane Doe\n---\nBody.\n"
	checkFields(t, Markdown, src, Options{Fields: []string{}}, []fieldPara{{Body, "Body.", nil}})
	checkFields(t, Markdown, src, Options{Fields: []string{"author"}}, []fieldPara{
		{Standfirst, "Jane Doe", map[string]string{"Jane": "Jane"}}, {Body, "Body.", nil}})
	html := "<head><title>Headline</title><meta name=\"description\" content=\"Standfirst\"></head><p>Body.</p>"
	checkFields(t, HTML, html, Options{Fields: []string{}}, []fieldPara{{Body, "Body.", nil}})
}

func TestHTMLHead(t *testing.T) {
	src := "<!DOCTYPE html>\r\n<html><head>\r\n" +
		"<title>Goverment &amp; shutdown\r\n looms</title>\r\n" +
		"<meta charset=utf-8><META NAME=\"Description\" CONTENT=\"Tom &quot;said&quot; &ampx it&#8217;s instillations\">\r\n" +
		"<meta property='og:title' content='Goverment &amp; shutdown looms'>\r\n" +
		"<meta name=summary content=Bare&amp;bold>\r\n" +
		"<meta name=\"author\" content=\"Not Prose\">\r\n" +
		"</head><body><p>Body.</p></body></html>"
	a := checkFields(t, HTML, src, Options{}, []fieldPara{
		{Heading, "Goverment & shutdown\nlooms", map[string]string{"Goverment": "Goverment", "looms": "looms"}},
		{Standfirst, "Tom \"said\" &ampx it’s instillations", map[string]string{"said": "said", "it’s": "it&#8217;s", "instillations": "instillations"}},
		{Standfirst, "Bare&bold", map[string]string{"Bare": "Bare", "bold": "bold"}},
		{Body, "Body.", nil},
	})
	// The og:title repeats the <title> and is not read twice, but its
	// bytes are still a field that edits must respect.
	var names []string
	for _, f := range a.Fields {
		names = append(names, f.Name)
	}
	if want := []string{"title", "description", "title", "summary"}; !reflect.DeepEqual(names, want) {
		t.Errorf("fields %q, want %q", names, want)
	}
	for i, q := range []Quoting{HTMLTitle, HTMLDouble, HTMLSingle, HTMLBare} {
		if a.Fields[i].Quoting != q {
			t.Errorf("field %d quoting %v, want %v", i, a.Fields[i].Quoting, q)
		}
	}
	if w := a.Fields[0].Whole; src[w.Start:w.End] != "<title>Goverment &amp; shutdown\r\n looms</title>" {
		t.Errorf("title whole %q", src[w.Start:w.End])
	}
}

func TestEscape(t *testing.T) {
	for _, tt := range []struct {
		q        Quoting
		in, want string
		ok       bool
	}{
		{YAMLDouble, `say "hi" \o/`, `say \"hi\" \\o/`, true},
		{YAMLDouble, "tab\tok", "tab\tok", true},
		{YAMLDouble, "bell\a", "", false},
		{YAMLSingle, "it's", "it''s", true},
		{YAMLPlain, "government", "government", true},
		{YAMLPlain, "a: b", "", false},
		{YAMLPlain, "a #b", "", false},
		{YAMLPlain, "'quoted", "", false},
		{TOMLBasic, `"x"`, `\"x\"`, true},
		{TOMLLiteral, "it's", "", false},
		{HTMLDouble, `AT&T "x"`, "AT&amp;T &quot;x&quot;", true},
		{HTMLSingle, "it's", "it&#39;s", true},
		{HTMLBare, "two words", "", false},
		{HTMLTitle, "a<b&c", "a&lt;b&amp;c", true},
		{YAMLDouble, "two\nlines", "", false},
	} {
		got, ok := tt.q.Escape(tt.in)
		if got != tt.want || ok != tt.ok {
			t.Errorf("%v.Escape(%q) = %q, %v; want %q, %v", tt.q, tt.in, got, ok, tt.want, tt.ok)
		}
		if ok && !tt.q.wellFormed("x"+got+"x") {
			t.Errorf("%v.Escape(%q) = %q is not well formed", tt.q, tt.in, got)
		}
	}
}

func TestCheckEdit(t *testing.T) {
	src := "---\ntitle: \"Goverment looms\"\nsummary: Plain text\n---\nBody \"text\".\n"
	a := mustParse(t, Markdown, src)
	at := func(s string) int { return strings.Index(src, s) }
	word := Span{at("Goverment"), at("Goverment") + len("Goverment")}
	titleLine := Span{at("title"), at("summary")}
	for _, tt := range []struct {
		name string
		span Span
		new  string
		ok   bool
	}{
		{"a word", word, "Government", true},
		{"an escaped quote", word, `\"Government\"`, true},
		{"a raw quote", word, `"Government"`, false},
		{"a lone backslash at the end", Span{at(" looms") + 6, at(" looms") + 6}, `\`, false},
		{"over the closing quote", Span{at("looms"), at("looms") + 6}, "looms", false},
		{"the whole line", titleLine, "", true},
		{"a colon in a plain scalar", Span{at("Plain") + 5, at("Plain") + 5}, ":", false},
		{"a space in a plain scalar", Span{at("Plain") + 5, at("Plain") + 6}, "  ", true},
		{"body text", Span{at("Body") + 5, at("Body") + 6}, "“", true},
	} {
		err := a.CheckEdit(tt.span, tt.new)
		if (err == nil) != tt.ok {
			t.Errorf("%s: CheckEdit(%v, %q) = %v", tt.name, tt.span, tt.new, err)
		}
	}
}

// FuzzFieldEdit: text that Escape writes into a field, at any place in its
// value, is accepted by CheckEdit, and the file read again still has the
// same fields.
func FuzzFieldEdit(f *testing.F) {
	f.Add([]byte("---\ntitle: \"A \\\"b\\\" c\"\ndescription: 'It''s'\nsummary: plain text\n---\nBody.\n"), 3, `say "hi" \ it's`)
	f.Add([]byte("+++\ntitle = \"Caf\\u00e9\"\ndescription = 'lit'\n+++\n"), 2, "a'b")
	f.Add([]byte("<title>A &amp; b</title><meta name=description content='x &quot; y'><meta name=summary content=bare>"), 1, `</title> & "'`)
	f.Add([]byte("---\nsummary: plain\n---\n"), 0, " -x")
	f.Fuzz(func(t *testing.T, src []byte, at int, s string) {
		format := Markdown
		if len(src) > 0 && src[0] == '<' {
			format = HTML
		}
		a, err := Parse("fuzz", format, src)
		if err != nil || !utf8.ValidString(s) {
			return
		}
		for _, p := range a.Paragraphs {
			if p.field == nil {
				continue
			}
			w, ok := p.Escape(s)
			if !ok {
				continue
			}
			i := max(at, 0) % (len(p.Text) + 1)
			for i > 0 && i < len(p.Text) && !utf8.RuneStart(p.Text[i]) {
				i--
			}
			off := p.SourceOffset(i)
			if err := a.CheckEdit(Span{off, off}, w); err != nil {
				t.Fatalf("Escape(%q) = %q at %d: %v", s, w, off, err)
			}
			out := append(append(append([]byte{}, src[:off]...), w...), src[off:]...)
			b, err := Parse("fuzz", format, out)
			if err != nil {
				t.Fatalf("%q: %v", out, err)
			}
			if len(b.Fields) != len(a.Fields) {
				t.Fatalf("%q became %q: %d fields, was %d", src, out, len(b.Fields), len(a.Fields))
			}
		}
	})
}
