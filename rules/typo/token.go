package typo

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// tok is a word the rule checks: a whole word, or one part of a hyphenated
// compound, with a possessive ending taken off.
type tok struct {
	word          string // apostrophes straightened
	start, end    int    // in Paragraph.Text
	part          bool   // one part of a compound: spelling only, no real-word check
	sentenceStart bool
	p             *article.Paragraph
	i             int // the word's index in p.Words
}

// left and right are the neighbouring words in lower case, or "." across
// punctuation; computed only for the few words that need context.
func (t tok) left() string {
	if t.part {
		return "."
	}
	return neighbour(t.p, t.i, -1)
}

func (t tok) right() string {
	if t.part {
		return "."
	}
	return neighbour(t.p, t.i, +1)
}

// letterCase is caseOf(t.word), answered by the tokeniser's Shape when t is
// its whole word and lower-casing leaves that unchanged (most words): such
// a word is lower case, and is not read again.
func (t *tok) letterCase() letterCase {
	if !t.part {
		if wd := &t.p.Words[t.i]; !wd.Shape.Has(article.Capital) && t.start == wd.Start && len(t.word) == len(wd.Text) {
			return lowerCase
		}
	}
	return caseOf(t.word)
}

// tokens returns what to check of word i, or nothing for a word a copy
// editor would leave alone: numbers, acronyms, web addresses, handles, other
// scripts, names in compounds, unknown contractions, "[sic]".
// buf is reused for the result (also when it is empty), to spare an
// allocation per word; sic says
// whether the paragraph has "sic" in it at all.
func tokens(p *article.Paragraph, i int, buf []tok, sic bool) []tok {
	w := &p.Words[i] // not a copy: a Word is 64 bytes, and this is every word
	if len(w.Text) < 3 {
		if len(w.Text) == 2 && w.Text[0]|0x20 == 'i' && w.Text[1]|0x20 == 'm' {
			return append(buf[:0], tok{word: w.Text, start: w.Start, end: w.End, p: p, i: i}) // "Im" for "I'm"
		}
		return buf[:0] // too short to check (see checkable)
	}
	if plainLetters(w.Text) && plainEdges(p.Text, w.Start, w.End) && (!sic || !followedBySic(p.Text[w.End:])) {
		return append(buf[:0], tok{word: w.Text, start: w.Start, end: w.End, p: p, i: i}) // the common case, fast
	}
	text := normApostrophe(w.Text)
	if skipChunk(p.Text, w.Start, w.End) || followedBySic(p.Text[w.End:]) {
		return buf[:0]
	}
	if strings.Contains(text, "-") || strings.ContainsRune(text, '‐') || strings.ContainsRune(text, '‑') {
		return compoundParts(w, buf)
	}
	if !checkable(text) {
		return buf[:0]
	}
	start, end := w.Start, w.End
	if strings.Contains(text, "'") {
		stem, ok := possessiveStem(text)
		if !ok || sContractions[strings.ToLower(text)] {
			return append(buf[:0], tok{word: text, start: start, end: end, p: p, i: i})
		}
		end = start + len(stem) // the stem has no apostrophe, so its bytes are the source's
		text = stem
	}
	return append(buf[:0], tok{word: text, start: start, end: end, p: p, i: i})
}

// compoundParts checks each lower-case part of a hyphenated word on its
// own ("HIV-postive", "12-memeber"). A capitalised part is a name
// ("al-Sudani", "Israel-Gaza") and is left to the names rule; parts with
// digits are numbers ("12-member"); short parts are prefixes ("co-", "ex-").
// The parts are put in buf.
func compoundParts(w *article.Word, buf []tok) []tok {
	out := buf[:0]
	off := w.Start
	minLen := 4
	for _, part := range strings.FieldsFunc(w.Text, isHyphen) {
		i := strings.Index(w.Text[off-w.Start:], part) + off
		off = i + len(part)
		r, _ := utf8.DecodeRuneInString(part)
		if unicode.IsUpper(r) {
			minLen = 5 // a short part after a name may be the name's ("Dai-ichi")
			continue
		}
		if utf8.RuneCountInString(part) < minLen || strings.ContainsAny(part, "'’") || !checkable(part) {
			continue
		}
		out = append(out, tok{word: part, start: i, end: i + len(part), part: true})
	}
	return out
}

func isHyphen(r rune) bool { return r == '-' || r == '‐' || r == '‑' }

// possessiveStem takes "'s" or a closing "'" off a possessive; ok is false
// for a contraction ("don't"), which is checked whole.
func possessiveStem(w string) (string, bool) {
	switch {
	case strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "'S"):
		return w[:len(w)-2], !strings.Contains(w[:len(w)-2], "'")
	case strings.HasSuffix(w, "s'"):
		return w[:len(w)-1], !strings.Contains(w[:len(w)-1], "'")
	}
	return w, false
}

// plainLetters is an ASCII word of three letters or more with at most a
// capital at the start.
func plainLetters(w string) bool {
	if len(w) < 3 {
		return false
	}
	for i := 0; i < len(w); i++ {
		c := w[i]
		if c < 'a' || c > 'z' {
			if i > 0 || c < 'A' || c > 'Z' {
				return false
			}
		}
	}
	return true
}

// sContractions end in 's but are no possessives.
var sContractions = map[string]bool{"it's": true, "he's": true, "she's": true, "that's": true,
	"there's": true, "here's": true, "what's": true, "who's": true, "where's": true, "let's": true,
	"how's": true, "when's": true, "why's": true}

// normApostrophe writes typographic apostrophes as "'".
func normApostrophe(s string) string {
	if isASCII(s) || !strings.ContainsAny(s, "’ʼ") {
		return s // both marks are outside ASCII: most words need one quick scan
	}
	return apostrophes.Replace(s)
}

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'")

// checkable is a word of Latin letters (with inner apostrophes and hyphens)
// that is not an acronym, a number or a dotted abbreviation.
func checkable(w string) bool {
	if utf8.RuneCountInString(w) < 3 || strings.Contains(w, ".") {
		return false
	}
	upper, letters := 0, 0
	for _, r := range w {
		switch {
		case r == '\'' || isHyphen(r):
		case unicode.IsDigit(r):
			return false
		case unicode.IsLetter(r) && !unicode.Is(unicode.Latin, r):
			return false // another script
		case unicode.IsUpper(r):
			upper++
			letters++
		case unicode.IsLetter(r):
			letters++
		default:
			return false // a combining mark: leave decomposed foreign words alone
		}
	}
	return upper < 2 // "NATO", "iPhone"s are not inner capitals; "McDonald" is a name
}

// skipChunk reports whether the word sits in a web address, an e-mail
// address, a hashtag, a handle or a file name.
func skipChunk(text string, start, end int) bool {
	if plainEdges(text, start, end) {
		return false
	}
	s, e := start, end
	for s > 0 && !isSpaceByte(text[s-1]) {
		if s--; start-s > maxChunk {
			return true // a long run without spaces is code or data, not prose
		}
	}
	for e < len(text) && !isSpaceByte(text[e]) {
		if e++; e-end > maxChunk {
			return true
		}
	}
	chunk := text[s:e]
	if strings.ContainsAny(chunk, "@#/\\_=~<>|") || strings.Contains(chunk, "www.") {
		return true
	}
	// a dot with a letter on both sides: "bbc.co.uk", "example.com"
	for i := 1; i+1 < len(chunk); i++ {
		if chunk[i] == '.' && isLetterByte(chunk[i-1]) && isLetterByte(chunk[i+1]) {
			return true
		}
	}
	return false
}

// maxChunk bounds the look around a word for an address, so that a long
// unspaced run costs linear time.
const maxChunk = 100

// plainEdges is the common case, checked first for speed: the word stands
// between spaces or ordinary punctuation, so it is in no address or handle.
func plainEdges(text string, start, end int) bool {
	if start > 0 && !isSpaceByte(text[start-1]) && !strings.ContainsRune("(\"'", rune(text[start-1])) {
		return false
	}
	if end == len(text) || isSpaceByte(text[end]) {
		return true
	}
	switch text[end] {
	case ',', ';', ':', '!', '?', ')', '"', '\'', '.':
		return end+1 == len(text) || isSpaceByte(text[end+1]) || strings.IndexByte("\"'),;:", text[end+1]) >= 0
	}
	return false
}

func isSpaceByte(b byte) bool  { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }
func isLetterByte(b byte) bool { return b|0x20 >= 'a' && b|0x20 <= 'z' }

// hasSic reports whether text has "sic]" or "sic)" in any case: only then
// need each word be checked for a following "[sic]". It looks only before
// each closing bracket, which few paragraphs have.
func hasSic(text string) bool {
	return sicBefore(text, ']') || sicBefore(text, ')')
}

// sicBefore reports whether "sic", in any case, comes right before a close
// byte in text.
func sicBefore(text string, closer byte) bool {
	for from := 0; ; {
		k := strings.IndexByte(text[from:], closer)
		if k < 0 {
			return false
		}
		k += from
		if k >= 3 && text[k-3]|0x20 == 's' && text[k-2]|0x20 == 'i' && text[k-1]|0x20 == 'c' {
			return true
		}
		from = k + 1
	}
}

// followedBySic is the newsroom's own suppression: "teh [sic]".
func followedBySic(after string) bool {
	if len(after) > 12 {
		after = after[:12]
	}
	bracket := false
	for i := 0; i < len(after); i++ {
		if after[i] == '(' || after[i] == '[' {
			bracket = true
			break
		}
	}
	if !bracket {
		return false
	}
	after = strings.TrimLeft(after, " \u00a0”\"’'")
	if len(after) < 5 {
		return false
	}
	return strings.EqualFold(after[:5], "[sic]") || strings.EqualFold(after[:5], "(sic)")
}

// neighbour is the lower-case word next to word i (dir -1 or +1) when only
// spaces separate them, else "." as in the pair counts.
func neighbour(p *article.Paragraph, i, dir int) string {
	j := i + dir
	if j < 0 || j >= len(p.Words) {
		return "."
	}
	a, b := p.Words[min(i, j)], p.Words[max(i, j)]
	if strings.TrimSpace(p.Text[a.End:b.Start]) != "" {
		return "."
	}
	return strings.ToLower(normApostrophe(p.Words[j].Text))
}
