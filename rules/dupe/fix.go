package dupe

import (
	"github.com/copydesk/copydesk/rules/article"
)

// deletion returns the bytes to delete to remove the repeated run, and
// whether they are whole lines of the file (so deleting them leaves no stray
// markup or words behind). It takes the run's lines with any markup around
// the prose (list markers, '#', tags), the line ending and the blank lines
// after it; at the end of the file it takes the separator before the run
// instead, so the file keeps its final newline, or its lack of one.
func deletion(art *article.Article, paras []para, r repeat) (article.Span, bool) {
	src := art.Source
	first, last := paras[r.copyFrom].p, paras[r.copyTo].p
	s, okS := lineStart(src, first.Span.Start, art.Format)
	e, okE := lineEnd(src, last.Span.End, art.Format)
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
