//go:build !windows

package lsp

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// TestDisableEdit checks where "disable for this line" puts its comment
// in each format, and that it extends a comment already there.
func TestDisableEdit(t *testing.T) {
	cases := []struct {
		name   string
		format article.Format
		src    string
		line   int
		want   string // the text after the edit; "" for no edit
	}{
		{"markdown first line", article.Markdown, "# T\n\nBad word.\n", 2,
			"# T\n\n<!-- copydesk-disable-next-line typo -->\nBad word.\n"},
		{"markdown inside a paragraph", article.Markdown, "One line.\nBad word.\n", 1,
			"One line. <!-- copydesk-disable-next-line typo -->\nBad word.\n"},
		{"markdown list item, CRLF", article.Markdown, "Intro\r\n\r\n  - Bad word.\r\n", 2,
			"Intro\r\n\r\n  <!-- copydesk-disable-next-line typo -->\r\n  - Bad word.\r\n"},
		{"extends a comment above", article.Markdown, "<!-- copydesk-disable-next-line spacing -->\nBad word.\n", 1,
			"<!-- copydesk-disable-next-line spacing typo -->\nBad word.\n"},
		{"already silenced", article.Markdown, "<!-- copydesk-disable-next-line typo -->\nBad word.\n", 1, ""},
		{"html", article.HTML, "<p>One line.\nBad word.</p>\n", 1,
			"<p>One line.\n<!-- copydesk-disable-next-line typo -->\nBad word.</p>\n"},
		{"plain text has no comments", article.Text, "One line.\nBad word.\n", 1, ""},
	}
	for _, c := range cases {
		d := &document{format: c.format, src: []byte(c.src), text: newText([]byte(c.src), encUTF16)}
		e, ok := disableEdit(d, c.line, "typo")
		if !ok {
			if c.want != "" {
				t.Errorf("%s: no edit, want %q", c.name, c.want)
			}
			continue
		}
		got, err := rules.Apply([]byte(c.src), []rules.Edit{e})
		if err != nil {
			t.Fatal(err)
		}
		if string(got) != c.want {
			t.Errorf("%s: got %q, want %q", c.name, got, c.want)
		}
	}
}
