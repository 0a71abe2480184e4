package report

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Text from articles, file names and rule messages is shown to people on
// terminals and in CI logs, where some characters are commands rather than
// text: ESC starts colour, cursor and title sequences, BEL rings, a newline
// in a file name fakes a second finding, bidirectional controls reorder what
// is shown, and GitHub's runner reads a log line that starts with "::" (after
// any spaces) or holds "##[" anywhere as a workflow command. Every piece of
// such text goes through clean (or, for excerpts, cells) before it is written.

// escapeRune returns the visible form of a character that must not reach a
// terminal as itself: "\x1b" for C0 controls and DEL, "\u0085" for C1
// controls, bidirectional controls and the Unicode line and paragraph
// separators. A tab is harmless and stays a tab.
func escapeRune(r rune) (string, bool) {
	switch {
	case r == '\t':
		return "", false
	case r < 0x20 || r == 0x7f:
		return fmt.Sprintf(`\x%02x`, r), true
	case r >= 0x80 && r <= 0x9f, isBidiControl(r), r == '\u2028', r == '\u2029':
		return fmt.Sprintf(`\u%04x`, r), true
	}
	return "", false
}

// isBidiControl reports the characters that change the display order of
// text around them (the "Trojan Source" set).
func isBidiControl(r rune) bool {
	switch {
	case r == '\u061c', r == '\u200e', r == '\u200f':
		return true
	case r >= '\u202a' && r <= '\u202e', r >= '\u2066' && r <= '\u2069':
		return true
	}
	return false
}

// clean returns s safe to print mid-line: unsafe characters escaped (see
// escapeText) and "##[" broken as "\x23#[" so no runner reads it.
func clean(s string) string {
	return breakCommands(escapeText(s))
}

// breakCommands breaks "##[", which GitHub's runner reads as a command
// anywhere in a log line, as "\x23#[".
func breakCommands(s string) string {
	return strings.ReplaceAll(s, "##[", `\x23#[`)
}

// escapeText returns s with unsafe characters escaped (escapeRune) and an
// invalid byte shown as "\xff" (a raw 0x80–0x9f byte is a C1 control to an
// 8-bit terminal).
func escapeText(s string) string {
	if !needsEscaping(s) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if e, ok := escapeRune(r); ok {
			b.WriteString(e)
		} else if r == utf8.RuneError && size == 1 {
			fmt.Fprintf(&b, `\x%02x`, s[i])
		} else {
			b.WriteString(s[i : i+size])
		}
		i += size
	}
	return b.String()
}

func needsEscaping(s string) bool {
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		if _, ok := escapeRune(r); ok || r == utf8.RuneError && size == 1 {
			return true
		}
		i += size
	}
	return false
}

// cleanLineStart is clean for text that begins a line of output.
func cleanLineStart(s string) string { return breakLineCommand(clean(s)) }

// breakLineCommand breaks a leading "::" (after any spaces, which the runner
// skips), which GitHub's runner reads as a workflow command, as "\x3a:".
func breakLineCommand(s string) string {
	rest := strings.TrimLeftFunc(s, unicode.IsSpace)
	if strings.HasPrefix(rest, "::") {
		return s[:len(s)-len(rest)] + `\x3a` + rest[1:]
	}
	return s
}
