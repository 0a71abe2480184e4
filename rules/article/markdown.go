package article

import (
	"bytes"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	extast "github.com/yuin/goldmark/extension/ast"
	"github.com/yuin/goldmark/parser"
	"github.com/yuin/goldmark/text"
)

// markdownParser is CommonMark with GFM tables (their cells are prose) and
// linkify, so that bare URLs become nodes we can leave out. goldmark's parser
// keeps no state between calls, so one serves every goroutine.
var markdownParser = goldmark.New(goldmark.WithExtensions(extension.Table, extension.Linkify)).Parser()

// readMarkdown reads the prose of a Markdown file: paragraphs, headings, list
// items, block quotes and table cells. Code blocks, raw HTML blocks, link
// reference definitions and front matter are not prose and are left out.
// Within a block, emphasis and inline HTML tags are taken out (the text
// between tags stays), a link is its text, and code spans, images and URLs
// become a Placeholder: image alt text describes a picture for those who
// cannot see it and is not part of the story's sentences.
//
// goldmark reports every node against the bytes it was given; it is given
// the file after the byte order mark and front matter, so base is added back.
func (a *Article) readMarkdown(fields []string) error {
	base := frontMatterEnd(a.Source, a.bodyStart())
	if base > a.bodyStart() {
		a.readFrontMatter(a.bodyStart(), base, fields)
	}
	if at := tooDeep(a.Source, base); at >= 0 {
		a.readTooDeep(at, base)
		return nil
	}
	body := a.Source[base:]
	doc := markdownParser.Parse(text.NewReader(body), parser.WithContext(parser.NewContext()))
	return ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if !entering {
			return ast.WalkContinue, nil
		}
		switch n := n.(type) {
		case *ast.HTMLBlock:
			a.htmlComments(body, base, n.Lines(), n.ClosureLine)
			return ast.WalkSkipChildren, nil
		case *ast.FencedCodeBlock, *ast.CodeBlock, *ast.LinkReferenceDefinition:
			return ast.WalkSkipChildren, nil
		case *ast.Paragraph, *ast.TextBlock, *ast.Heading, *extast.TableCell:
			c := &mdInline{src: body, base: base, a: a}
			c.children(n)
			a.addParagraph(markdownKind(n), c.pieces)
			return ast.WalkSkipChildren, nil
		}
		return ast.WalkContinue, nil
	})
}

// htmlComments records the comments in a block of raw HTML (its lines, and
// the closing line goldmark keeps apart), as Comments.
func (a *Article) htmlComments(body []byte, base int, lines *text.Segments, closure text.Segment) {
	if lines.Len() == 0 {
		return
	}
	start, end := lines.At(0).Start, lines.At(lines.Len()-1).Stop
	if closure.Stop > end {
		end = closure.Stop
	}
	a.commentsIn(body[:end], start, base)
}

// commentsIn records each "<!-- … -->" found in src[from:] as a Comment,
// offset by base.
func (a *Article) commentsIn(src []byte, from, base int) {
	for i := from; ; {
		j := bytes.Index(src[i:], []byte("<!--"))
		if j < 0 {
			return
		}
		k := bytes.Index(src[i+j+4:], []byte("-->"))
		if k < 0 {
			return
		}
		start, end := i+j, i+j+4+k+3
		a.Comments = append(a.Comments, Span{base + start, base + end})
		i = end
	}
}

// markdownKind is the paragraph kind of a prose block: its own kind, or
// that of the nearest list item or block quote holding it.
func markdownKind(n ast.Node) Kind {
	switch n.(type) {
	case *ast.Heading:
		return Heading
	case *extast.TableCell:
		return Cell
	}
	for p := n.Parent(); p != nil; p = p.Parent() {
		switch p.(type) {
		case *ast.ListItem:
			return ListItem
		case *ast.Blockquote:
			return Quotation
		}
	}
	return Body
}

// frontMatterEnd returns where the body begins after YAML (---) or TOML (+++)
// front matter at start, or start itself when there is none or it is never
// closed (a lone "---" is then a thematic break or setext underline).
func frontMatterEnd(src []byte, start int) int {
	line, next := lineAt(src, start)
	var closers []string
	switch string(bytes.TrimRight(line, " \t")) {
	case "---":
		closers = []string{"---", "..."}
	case "+++":
		closers = []string{"+++"}
	default:
		return start
	}
	for i := next; i < len(src); {
		line, next = lineAt(src, i)
		l := string(bytes.TrimRight(line, " \t"))
		if l == closers[0] || len(closers) > 1 && l == closers[1] {
			return next
		}
		i = next
	}
	return start
}

// lineAt returns the line starting at i without its line ending, and where
// the next line starts.
func lineAt(src []byte, i int) (line []byte, next int) {
	j := bytes.IndexByte(src[i:], '\n')
	if j < 0 {
		return src[i:], len(src)
	}
	line = src[i : i+j]
	return bytes.TrimSuffix(line, []byte("\r")), i + j + 1
}
