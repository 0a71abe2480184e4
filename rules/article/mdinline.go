package article

import (
	"bytes"

	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/util"
)

// mdInline gathers the prose pieces of one Markdown block from its inline
// nodes. src is what goldmark parsed; base is where src starts in the file.
type mdInline struct {
	src    []byte
	base   int
	pieces []Piece
	a      *Article // for the comments met
}

func (c *mdInline) children(n ast.Node) {
	for ch := n.FirstChild(); ch != nil; ch = ch.NextSibling() {
		c.inline(ch)
	}
}

func (c *mdInline) inline(n ast.Node) {
	switch n := n.(type) {
	case *ast.Text:
		c.text(n.Segment.Start, n.Segment.Stop)
		if n.SoftLineBreak() || n.HardLineBreak() {
			c.lineBreak(n.Segment.Stop)
		}
	case *ast.CodeSpan, *ast.Image:
		// Not prose, but in the sentence: a placeholder keeps its place.
		if start := n.Pos(); start >= 0 {
			c.placeholder(start, inlineEnd(n, c.src))
		}
	case *ast.AutoLink:
		label := n.Label(c.src)
		if n.Pos() >= 0 {
			if i := bytes.Index(c.src[n.Pos():], label); i >= 0 {
				start := n.Pos() + i
				c.placeholder(start, start+len(label))
			}
		}
	case *ast.RawHTML:
		// Tags and comments are markup; the text between them is its own
		// node. A comment may hold a suppression directive.
		if segs := n.Segments; segs.Len() > 0 {
			c.a.commentsIn(c.src[:segs.At(segs.Len()-1).Stop], segs.At(0).Start, c.base)
		}
	case *ast.String:
	default: // emphasis, links (their text, not their destination)
		c.children(n)
	}
}

// text adds the source bytes [start, end) as prose, decoding backslash
// escapes and character references, each of which becomes an atomic piece.
func (c *mdInline) text(start, end int) {
	from := start
	for i := start; i < end; i++ {
		var t string
		n := 0
		switch {
		case c.src[i] == '\\' && i+1 < end && util.IsPunct(c.src[i+1]):
			t, n = string(c.src[i+1]), 2
		case c.src[i] == '&':
			t, n = entityAt(c.src[:end], i, true)
		}
		if n == 0 {
			continue
		}
		c.add(string(c.src[from:i]), from, i)
		for _, pc := range atomic(t, Span{i, i + n}) {
			c.add(pc.Text, pc.Src.Start, pc.Src.End)
		}
		i += n - 1
		from = i + 1
	}
	c.add(string(c.src[from:end]), from, end)
}

// lineBreak adds a "\n" standing for the line ending at or after off; the
// spaces or backslash of a hard break before it are left out.
func (c *mdInline) lineBreak(off int) {
	nl := bytes.IndexByte(c.src[off:], '\n')
	if nl < 0 {
		return
	}
	end := off + nl + 1
	start := end - 1
	if start > off && c.src[start-1] == '\r' {
		start--
	}
	c.add("\n", start, end)
}

func (c *mdInline) placeholder(start, end int) {
	c.add(string(Placeholder), start, end)
}

func (c *mdInline) add(text string, start, end int) {
	if text != "" {
		c.pieces = append(c.pieces, Piece{Text: text, Src: Span{c.base + start, c.base + end}})
	}
}

// inlineEnd finds where an inline node ends in the source, which goldmark
// does not record: where the next node begins, or else the end of the
// enclosing inline node or of the block's last line.
func inlineEnd(n ast.Node, src []byte) int {
	start := n.Pos()
	for ; n != nil && n.Type() != ast.TypeBlock; n = n.Parent() {
		if next := n.NextSibling(); next != nil && next.Pos() > start {
			return next.Pos()
		}
	}
	if n != nil && n.Lines().Len() > 0 {
		end := n.Lines().At(n.Lines().Len() - 1).Stop
		for end > start && isSpaceByte(src[end-1]) {
			end--
		}
		if end > start {
			return end
		}
	}
	return min(start+1, len(src))
}

func isSpaceByte(b byte) bool {
	return b == ' ' || b == '\t' || b == '\r' || b == '\n'
}
