package chars

import (
	"unicode"
	"unicode/utf8"
)

// The rules here read each paragraph's Text, the prose with markup taken
// out, so a character in an HTML attribute or a Markdown code block is never
// reported, and map what they find back to the source with SourceSpan.

// neighbours returns the runes before Text[i] and after Text[j], or -1 at
// the paragraph's edges.
func neighbours(t string, i, j int) (prev, next rune) {
	prev, next = -1, -1
	if i > 0 {
		prev, _ = utf8.DecodeLastRuneInString(t[:i])
	}
	if j < len(t) {
		next, _ = utf8.DecodeRuneInString(t[j:])
	}
	return prev, next
}

func isLetterOrMark(r rune) bool { return unicode.IsLetter(r) || unicode.IsMark(r) }
