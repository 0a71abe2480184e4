package article

import "bytes"

// readText splits a plain-text file into paragraphs. Blank lines separate
// paragraphs; a file with no blank line between its lines has one paragraph
// per line, as wire copy and CMS exports often do. Reading starts at byte
// from: after the byte order mark, or after front matter already read.
func (a *Article) readText(from int) {
	src := a.Source
	type line struct{ start, end, next int } // [start,end) content; next is the following line's start
	lines := make([]line, 0, bytes.Count(src[from:], []byte{'\n'})+1)
	for i := from; i < len(src); {
		j := len(src)
		if k := bytes.IndexByte(src[i:], '\n'); k >= 0 {
			j = i + k
		}
		next := j
		if j < len(src) {
			next = j + 1
		}
		end := j
		if end > i && src[end-1] == '\r' {
			end--
		}
		lines = append(lines, line{i, end, next})
		i = next
	}
	blank := func(l line) bool { return isBlank(src[l.start:l.end]) }
	hasBlank := false
	for i := 1; i+1 < len(lines); i++ {
		if blank(lines[i]) && !blank(lines[i-1]) {
			hasBlank = true
			break
		}
	}
	// the lines' text is cut from one copy of the file, not copied a line
	// at a time
	text := string(src)
	var pieces []Piece
	flush := func() {
		if len(pieces) > 0 {
			a.Paragraphs = append(a.Paragraphs, NewParagraph(Body, pieces))
			pieces = pieces[:0] // NewParagraph keeps none of them
		}
	}
	for i, l := range lines {
		if blank(l) {
			flush()
			continue
		}
		s, e := trimSpace(src, l.start, l.end)
		if len(pieces) > 0 {
			// The line break inside a paragraph reads as one "\n".
			prev := lines[i-1]
			pieces = append(pieces, Piece{Text: "\n", Src: Span{prev.end, l.start}})
			s = l.start
		}
		pieces = append(pieces, Piece{Text: text[s:e], Src: Span{s, e}})
		if !hasBlank {
			flush()
		}
	}
	flush()
}

func isBlank(b []byte) bool {
	for _, c := range b {
		if c != ' ' && c != '\t' && c != '\f' && c != '\v' {
			return false
		}
	}
	return true
}

// trimSpace narrows [s,e) of src past ASCII spaces and tabs at either end.
func trimSpace(src []byte, s, e int) (int, int) {
	for s < e && (src[s] == ' ' || src[s] == '\t') {
		s++
	}
	for e > s && (src[e-1] == ' ' || src[e-1] == '\t') {
		e--
	}
	return s, e
}
