package dupe

import (
	"bytes"
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// deletion returns the bytes to delete to remove the repeated run, and
// whether they are whole lines of the file (so deleting them leaves no stray
// markup or words behind). It takes the run's lines with any markup around
// the prose (list markers, '#', tags), the line ending and the blank lines
// after it; at the end of the file it takes the separator before the run
// instead, so the file keeps its final newline, or its lack of one.
//
// The deletion is not clean (so its fix is not safe) when it would leave
// markup that changes what remains: in HTML, tags it deletes that do not
// close what they open ("<p>copy</p></div>" would take the div's end with
// it); in Markdown, a setext underline ("===") under a copy that is not a
// heading, which would be left as prose. A heading's underline goes with it.
func deletion(art *article.Article, paras []para, r repeat) (article.Span, bool) {
	src := art.Source
	first, last := paras[r.copyFrom].p, paras[r.copyTo].p
	s, okS := lineStart(src, first.Span.Start, art.Format)
	e, okE := lineEnd(src, last.Span.End, art.Format)
	if okE && art.Format == article.Markdown {
		if u, ok := underline(src, e); ok {
			e, okE = u, last.Kind == article.Heading
		}
	}
	if okS && okE && art.Format == article.HTML {
		okS = balancedTags(src[s:e])
	}
	if !okS || !okE {
		return article.Span{Start: first.Span.Start, End: last.Span.End}, false
	}
	// Take the line ending and blank lines after the run.
	next := e
	for next < len(src) && (src[next] == '\r' || src[next] == '\n' || src[next] == ' ' || src[next] == '\t') {
		next++
	}
	if next < len(src) {
		return article.Span{Start: s, End: next}, true
	}
	// At the end of the file: take the separator before the run instead.
	prev := s
	for prev > 0 && (src[prev-1] == '\r' || src[prev-1] == '\n' || src[prev-1] == ' ' || src[prev-1] == '\t') {
		prev--
	}
	if prev == 0 {
		return article.Span{Start: s, End: e}, true
	}
	return article.Span{Start: prev, End: e}, true
}

// lineStart walks back from off over markup to the start of its line; ok is
// false when there is prose between them.
func lineStart(src []byte, off int, f article.Format) (int, bool) {
	for off > 0 {
		c := src[off-1]
		switch {
		case c == '\n':
			return off, true
		case f == article.HTML && c == '>':
			for off > 0 && src[off-1] != '<' {
				off--
			}
			if off == 0 {
				return 0, false
			}
			off--
		case isMarkup(c, f):
			off--
		default:
			return off, false
		}
	}
	return off, true
}

// lineEnd walks forward from off over markup to the end of its line.
func lineEnd(src []byte, off int, f article.Format) (int, bool) {
	for off < len(src) {
		c := src[off]
		switch {
		case c == '\n' || c == '\r':
			return off, true
		case f == article.HTML && c == '<':
			for off < len(src) && src[off] != '>' {
				off++
			}
			if off == len(src) {
				return off, false
			}
			off++
		case isMarkup(c, f):
			off++
		default:
			return off, false
		}
	}
	return off, true
}

func isMarkup(c byte, f article.Format) bool {
	if c == ' ' || c == '\t' {
		return true
	}
	if f != article.Markdown {
		return false
	}
	switch c {
	case '#', '>', '*', '_', '-', '+', '`', '~', '=', '.', ')', '\\',
		'0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		return true
	}
	return false
}

// underline: the line after the line end at off is a Markdown setext
// heading's underline (up to three spaces, then only '=' or only '-', then
// spaces); end is where that line ends.
func underline(src []byte, off int) (end int, ok bool) {
	i := off
	if i < len(src) && src[i] == '\r' {
		i++
	}
	if i < len(src) && src[i] == '\n' {
		i++
	}
	if i == off {
		return off, false // at the end of the file
	}
	for n := 0; n < 3 && i < len(src) && src[i] == ' '; n++ {
		i++
	}
	if i == len(src) || (src[i] != '=' && src[i] != '-') {
		return off, false
	}
	c := src[i]
	for i < len(src) && src[i] == c {
		i++
	}
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	if i < len(src) && src[i] != '\n' && src[i] != '\r' {
		return off, false
	}
	return i, true
}

// voidTags are the HTML elements that have no end tag.
var voidTags = map[string]bool{"area": true, "base": true, "br": true, "col": true, "embed": true,
	"hr": true, "img": true, "input": true, "link": true, "meta": true, "source": true, "track": true, "wbr": true}

// balancedTags reports whether the HTML tags in b each close one opened
// before it in b, and all that open there close there, so that deleting b
// leaves the document's other elements as they were. Comments are skipped;
// a '<' that starts no tag, or an element left to close itself (a <p>
// without </p>), makes it false: deleting there is left to a human.
func balancedTags(b []byte) bool {
	var open []string
	for i := 0; i < len(b); i++ {
		if b[i] != '<' {
			continue
		}
		if bytes.HasPrefix(b[i:], []byte("<!--")) {
			end := bytes.Index(b[i+4:], []byte("-->"))
			if end < 0 {
				return false
			}
			i += 4 + end + 2
			continue
		}
		j := bytes.IndexByte(b[i:], '>')
		if j < 0 {
			return false
		}
		tag := b[i+1 : i+j]
		i += j
		closing := len(tag) > 0 && tag[0] == '/'
		if closing {
			tag = tag[1:]
		}
		n := 0
		for n < len(tag) && (tag[n] >= 'a' && tag[n] <= 'z' || tag[n] >= 'A' && tag[n] <= 'Z' || n > 0 && tag[n] >= '0' && tag[n] <= '9') {
			n++
		}
		name := strings.ToLower(string(tag[:n]))
		switch {
		case name == "":
			return false // not a tag: "a < b", or a doctype
		case voidTags[name] || bytes.HasSuffix(tag, []byte("/")):
		case closing:
			if len(open) == 0 || open[len(open)-1] != name {
				return false
			}
			open = open[:len(open)-1]
		default:
			open = append(open, name)
		}
	}
	return len(open) == 0
}
