package report

import (
	"bytes"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/engine"
)

// maxWordDiff bounds the before/after shown for a fix: a fix that rewrites
// more than this (a deleted run of paragraphs) is described by its message.
const maxWordDiff = 200

// wordDiff shows a fix as the words it changes in their line, deletions in
// [-brackets-] and insertions in {+braces+} (coloured instead, on a
// terminal), cut to a few words of context. ok is false for fixes spanning
// lines or too large to show.
func (t *textWriter) wordDiff(ft *engine.FileText, fx rules.Fix) (string, bool) {
	if ft == nil || len(fx.Edits) == 0 {
		return "", false
	}
	first, last := fx.Edits[0].Span, fx.Edits[len(fx.Edits)-1].Span
	line := ft.Line(first.Start)
	if ft.Line(last.End) != line {
		return "", false
	}
	lineSpan, ok := ft.LineSpan(line)
	if !ok || last.End > lineSpan.End || first.Start < lineSpan.Start {
		return "", false
	}
	// the line's text, addressed from its start: offsets below are in it
	src, base := ft.Bytes(lineSpan), lineSpan.Start
	ls, le := wordDiffWindow(src, 0, len(src), first.Start-base, last.End-base)
	var shifted []rules.Edit
	changed := 0
	for _, e := range fx.Edits {
		changed += e.Span.Len() + len(e.New)
		shifted = append(shifted, rules.Edit{Span: article.Span{Start: e.Span.Start - base - ls, End: e.Span.End - base - ls}, New: e.New})
	}
	if changed > maxWordDiff {
		return "", false
	}
	before := src[ls:le]
	after, err := rules.Apply(before, shifted)
	if err != nil {
		return "", false
	}
	diffs := t.words.diff(string(before), string(after))
	var b strings.Builder
	for i, d := range diffs {
		text := escapeText(d.Text) // article text: no terminal commands, colour or not
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			b.WriteString(context(text, i == 0, i == len(diffs)-1))
		case diffmatchpatch.DiffDelete:
			b.WriteString(t.mark(ansiRed, "[-", text, "-]"))
		case diffmatchpatch.DiffInsert:
			b.WriteString(t.mark(ansiGreen, "{+", text, "+}"))
		}
	}
	// The line is printed after spaces only, so it must not read as a
	// workflow command either; see escape.go.
	out := strings.TrimSpace(b.String())
	if ls > 0 && !strings.HasPrefix(out, "…") {
		out = "…" + out
	}
	if le < len(src) && !strings.HasSuffix(out, "…") {
		out += "…"
	}
	return breakLineCommand(breakCommands(out)), true
}

// wordDiffContext is how many bytes of the line either side of a fix are
// diffed: far more than the few words of context shown, and a bound, so a
// report of many fixes on a one-line article of a megabyte stays linear.
const wordDiffContext = 256

// wordDiffWindow narrows the line [ls, le) to the part diffed for a fix of
// [from, to): up to wordDiffContext bytes either side, cut at a space so
// that no word is split.
func wordDiffWindow(src []byte, ls, le, from, to int) (int, int) {
	if from-ls > wordDiffContext {
		ws := boundaryAtOrBefore(src, from-wordDiffContext, ls)
		if i := bytes.IndexByte(src[ws:from], ' '); i >= 0 {
			ws += i + 1
		}
		ls = ws
	}
	if le-to > wordDiffContext {
		we := boundaryAtOrBefore(src, to+wordDiffContext, ls)
		if i := bytes.LastIndexByte(src[to:we], ' '); i >= 0 {
			we = to + i
		}
		le = we
	}
	return ls, le
}

// wordDiffer diffs two texts word by word: each word (or space, or
// punctuation mark) becomes one rune for the diff, as go-diff does for
// lines. It keeps its tables from one diff to the next.
type wordDiffer struct {
	ids    map[string]rune     // each token's rune
	ascii  [utf8.RuneSelf]rune // a one-byte token's rune plus one (0: none yet), not to look it up in ids
	tokens []string            // each rune's token
	a, b   []rune
}

func (w *wordDiffer) diff(a, b string) []diffmatchpatch.Diff {
	if w.ids == nil {
		w.ids = map[string]rune{}
	}
	clear(w.ids)
	clear(w.ascii[:])
	w.tokens = w.tokens[:0]
	w.a, w.b = w.encode(w.a[:0], a), w.encode(w.b[:0], b)
	diffs := diffmatchpatch.New().DiffMainRunes(w.a, w.b, false)
	for i, d := range diffs {
		var sb strings.Builder
		for _, r := range d.Text {
			sb.WriteString(w.tokens[r])
		}
		diffs[i].Text = sb.String()
	}
	return diffs
}

// encode appends the runes of the tokens of s to dst.
func (w *wordDiffer) encode(dst []rune, s string) []rune {
	forTokens(s, func(tok string) {
		if len(tok) == 1 { // a space, a punctuation mark, a one-letter word: always ASCII
			if w.ascii[tok[0]] == 0 {
				w.ascii[tok[0]] = rune(len(w.tokens)) + 1
				w.tokens = append(w.tokens, tok)
			}
			dst = append(dst, w.ascii[tok[0]]-1)
			return
		}
		id, ok := w.ids[tok]
		if !ok {
			id = rune(len(w.tokens))
			w.ids[tok] = id
			w.tokens = append(w.tokens, tok)
		}
		dst = append(dst, id)
	})
	return dst
}

// forTokens calls f with each token of s in turn: words (letters, digits,
// marks, inner apostrophes) and single other characters, an invalid byte
// as U+FFFD.
func forTokens(s string, f func(tok string)) {
	start := -1 // where the word being read began
	for i := 0; i < len(s); {
		r, size := utf8.DecodeRuneInString(s[i:])
		word := unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r) || (start >= 0 && (r == '\'' || r == '’'))
		if word {
			if start < 0 {
				start = i
			}
			i += size
			continue
		}
		if start >= 0 {
			f(s[start:i])
			start = -1
		}
		if r == utf8.RuneError && size == 1 {
			f(string(utf8.RuneError))
		} else {
			f(s[i : i+size])
		}
		i += size
	}
	if start >= 0 {
		f(s[start:])
	}
}

// mark shows a changed piece: coloured on a terminal, bracketed otherwise.
func (t *textWriter) mark(color, opening, s, closing string) string {
	if t.opts.Color {
		return t.paint(color, s)
	}
	return opening + s + closing
}

// context keeps the words of an unchanged piece nearest the change: the
// last few before it, the first few after it, and a few either side of a
// gap between two changes.
func context(s string, atStart, atEnd bool) string {
	const n = 4
	words := strings.Fields(s)
	if len(words) <= 2*n {
		return s
	}
	lead, trail := "", ""
	if strings.HasPrefix(s, " ") {
		lead = " "
	}
	if strings.HasSuffix(s, " ") {
		trail = " "
	}
	switch {
	case atStart:
		return "…" + strings.Join(words[len(words)-n:], " ") + trail
	case atEnd:
		return lead + strings.Join(words[:n], " ") + "…"
	}
	return lead + strings.Join(words[:n], " ") + " … " + strings.Join(words[len(words)-n:], " ") + trail
}
