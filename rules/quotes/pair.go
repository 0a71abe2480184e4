package quotes

import (
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// Quote is one quoted passage of a paragraph: from its opening mark to its
// closing mark, or to the paragraph's end when it runs on into the next
// paragraph (the convention for quotes of several paragraphs) or into the
// next sentence's opening mark (the same convention, flattened to one line).
type Quote struct {
	Para        int // index into Article.Paragraphs
	Open, Close int // Text offsets of the marks; Close is the end offset of the inner text when RunsOn
	openSize    int
	closeSize   int
	fam         family
	Depth       int  // 0 for a quote in running prose, 1 for one nested in it, …
	RunsOn      bool // no closing mark: the quotation goes on in a new paragraph or sentence
	Prev, Next  int  // indices of the quote this one continues and is continued by, or -1
}

// Inner returns the Text offsets of the quoted words, without marks.
func (q *Quote) Inner() (int, int) { return q.Open + q.openSize, q.Close }

// End is the Text offset just after the quote, closing mark included.
func (q *Quote) End() int { return q.Close + q.closeSize }

// lone is a mark with no partner: an opening that never closes, a closing
// that never opened.
type lone struct {
	para, at, size int
	opening        bool
}

// open is a mark waiting for its partner.
type open struct {
	mark
	depth int
}

// pairer matches the marks of an article's paragraphs into quotes.
type pairer struct {
	paras  []*article.Paragraph
	quotes []Quote
	lones  []lone
	// pendingLink is the quote that runs on into the next paragraph.
	pendingLink int
	// the paragraph's marks and the stack of those open, in slices kept
	// for the next
	marks []mark
	stack []open
}

// pairers are pairers done with (see release), for the next article to
// reuse their memory.
var pairers = sync.Pool{New: func() any { return new(pairer) }}

// maxPooledMarks bounds the pairers kept for reuse: that of an article
// of a great many marks is let go, not kept for the small ones after it.
const maxPooledMarks = 1 << 14

// worthKeeping reports whether pr's memory is small enough to keep.
func (pr *pairer) worthKeeping() bool {
	return cap(pr.marks) <= maxPooledMarks && cap(pr.quotes) <= maxPooledMarks && cap(pr.lones) <= maxPooledMarks
}

// release puts pr back in pairers; nothing may use it after.
func (pr *pairer) release() {
	if pr.worthKeeping() {
		pr.paras = nil
		pairers.Put(pr)
	}
}

// run pairs every quote mark of paras, in the memory of the slices of an
// article paired before.
func (pr *pairer) run(paras []*article.Paragraph) {
	pr.paras, pr.quotes, pr.lones, pr.pendingLink = paras, pr.quotes[:0], pr.lones[:0], -1
	for i, p := range paras {
		pr.paragraph(i, p.Text)
	}
}

func (pr *pairer) paragraph(pi int, text string) {
	stack := pr.stack[:0]
	first := true
	pr.marks = appendMarks(pr.marks[:0], text)
	for _, m := range pr.marks {
		d := m.dir
		if d == either {
			d = opening
			if innermost(stack, m.fam) >= 0 {
				d = closing
			}
		}
		if d == closing {
			stack = pr.close(pi, stack, m)
			continue
		}
		stack = pr.open(pi, text, stack, m)
		if first && m.at == leadingSpace(text) && pr.pendingLink >= 0 {
			stack[len(stack)-1].depth = -1 - pr.pendingLink
		}
		first = false
	}
	pr.pendingLink = -1
	pr.finish(pi, text, stack)
	pr.stack = stack
}

// open pushes an opening mark. A double mark opening while another double
// is open at a sentence boundary is the flattened multi-paragraph
// convention: the earlier quote ends there.
func (pr *pairer) open(pi int, text string, stack []open, m mark) []open {
	link := 0
	if j := innermost(stack, m.fam); j >= 0 && m.fam == double {
		end := trimRight(text, m.at)
		if sentenceEnd(text[:end]) || !stack[j].straight {
			pr.lonesAbove(pi, stack[j+1:])
			o := stack[j]
			if !sentenceEnd(text[:end]) {
				pr.lones = append(pr.lones, lone{pi, o.at, o.size, true})
			} else {
				pr.add(Quote{Para: pi, Open: o.at, openSize: o.size, Close: end, fam: o.fam, RunsOn: true}, o.depth)
				link = -len(pr.quotes) // -1 - index of the quote just added
			}
			stack = stack[:j]
		}
	} else if j >= 0 && stack[j].weak {
		stack = append(stack[:j], stack[j+1:]...) // the earlier one was an apostrophe
	}
	depth := 0
	for _, o := range stack {
		if o.depth >= 0 {
			depth = max(depth, o.depth+1)
		} else {
			depth = max(depth, 1)
		}
	}
	if link < 0 && len(stack) == 0 {
		depth = link
	}
	return append(stack, open{m, depth})
}

// close pairs a closing mark with the innermost open mark of its family.
func (pr *pairer) close(pi int, stack []open, m mark) []open {
	j := innermost(stack, m.fam)
	if j < 0 {
		if !m.weak {
			pr.lones = append(pr.lones, lone{pi, m.at, m.size, false})
		}
		return stack
	}
	pr.lonesAbove(pi, stack[j+1:])
	o := stack[j]
	pr.add(Quote{Para: pi, Open: o.at, openSize: o.size, Close: m.at, closeSize: m.size, fam: o.fam}, o.depth)
	return stack[:j]
}

// add records a quote; depth < 0 encodes the index of the quote it continues.
func (pr *pairer) add(q Quote, depth int) {
	q.Prev, q.Next = -1, -1
	if depth < 0 {
		q.Prev = -1 - depth
		pr.quotes[q.Prev].Next = len(pr.quotes)
		depth = 0
	}
	q.Depth = depth
	pr.quotes = append(pr.quotes, q)
}

// finish handles marks still open at the paragraph's end: the outermost
// runs on when the next paragraph opens with a mark of its family.
func (pr *pairer) finish(pi int, text string, stack []open) {
	if len(stack) == 0 {
		return
	}
	var outer *open
	for k := range stack {
		if !stack[k].weak || stack[k].fam == double {
			outer = &stack[k]
			break
		}
	}
	if outer == nil {
		return
	}
	if pi+1 < len(pr.paras) && opensWith(pr.paras[pi+1].Text, outer.fam) {
		pr.add(Quote{Para: pi, Open: outer.at, openSize: outer.size, Close: trimRight(text, len(text)),
			fam: outer.fam, RunsOn: true}, outer.depth)
		pr.pendingLink = len(pr.quotes) - 1
		pr.lonesAbove(pi, stack[1:])
		return
	}
	pr.lonesAbove(pi, stack)
}

// lonesAbove reports the strong marks of stack as never closed.
func (pr *pairer) lonesAbove(pi int, stack []open) {
	for _, o := range stack {
		if !o.weak {
			pr.lones = append(pr.lones, lone{pi, o.at, o.size, true})
		}
	}
}

func innermost(stack []open, f family) int {
	for j := len(stack) - 1; j >= 0; j-- {
		if stack[j].fam == f {
			return j
		}
	}
	return -1
}

// opensWith reports whether text starts with an opening mark of family f.
func opensWith(text string, f family) bool {
	s := newMarkScanner(text)
	m, ok := s.next()
	return ok && m.at == leadingSpace(text) && m.dir != closing && m.fam == f
}

func leadingSpace(text string) int {
	return len(text) - len(strings.TrimLeftFunc(text, unicode.IsSpace))
}

// trimRight returns end moved back over white space.
func trimRight(text string, end int) int {
	return len(strings.TrimRightFunc(text[:end], unicode.IsSpace))
}

// sentenceEnd reports whether s ends a sentence (or a clause that a new
// quotation may follow).
func sentenceEnd(s string) bool {
	r, _ := utf8.DecodeLastRuneInString(s)
	return strings.ContainsRune(".!?…", r)
}
