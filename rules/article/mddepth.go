package article

import "fmt"

// maxMarkdownDepth caps how deeply block quotes and lists may nest in a
// Markdown file. goldmark's work grows with the square of the nesting
// (100,000 nested list items took 44 s); no article nests a hundred deep.
const maxMarkdownDepth = 100

// tooDeep returns the offset of the first line of src[from:] whose block
// quotes and lists may nest deeper than maxMarkdownDepth, or -1. It reads
// only each line's leading markers, so it is linear and errs on the side
// of deep: its estimate is the line's ">" markers, plus its list markers,
// plus half its indentation besides the space after each marker (a nested
// list item is indented at least two columns past its parent; a quote
// needs its ">" on every line).
func tooDeep(src []byte, from int) int {
	for i := from; i < len(src); {
		start, depth, indent := i, 0, 0
	prefix:
		for i < len(src) {
			switch c := src[i]; {
			case c == ' ':
				indent++
			case c == '\t':
				indent += 4
			case c == '>':
				depth++
			case (c == '-' || c == '+' || c == '*') && spaceAt(src, i+1):
				depth++
			case c >= '0' && c <= '9':
				j := i
				for j < len(src) && j-i < 10 && src[j] >= '0' && src[j] <= '9' {
					j++
				}
				if j == len(src) || src[j] != '.' && src[j] != ')' || !spaceAt(src, j+1) {
					break prefix
				}
				depth++
				i = j
			default:
				break prefix
			}
			i++
			if c := src[i-1]; c != ' ' && c != '\t' && i < len(src) && src[i] == ' ' {
				i++ // the space after a marker is part of it, not indentation
			}
		}
		if depth+indent/2 > maxMarkdownDepth {
			return start
		}
		for i < len(src) && src[i] != '\n' {
			i++
		}
		i++
	}
	return -1
}

// spaceAt reports whether src[i] is a space, a tab or the end of a line:
// what must follow a list marker.
func spaceAt(src []byte, i int) bool {
	return i >= len(src) || src[i] == ' ' || src[i] == '\t' || src[i] == '\n' || src[i] == '\r'
}

// readTooDeep reads a Markdown file nested deeper than maxMarkdownDepth
// as plain text, and says so: its words are still checked, at their exact
// places, but its markup is read as text. Reading starts at base, after
// any front matter (already read as fields).
func (a *Article) readTooDeep(at, base int) {
	a.Warnings = append(a.Warnings, Warning{Offset: at, Message: fmt.Sprintf(
		"Markdown nests more than %d levels deep here: the file is read as plain text", maxMarkdownDepth)})
	a.readText(base)
}
