package chars

import (
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/unicode/norm"
)

// codePage is an 8-bit encoding UTF-8 is misread as: the bytes of each
// character of its upper half, and which repaired characters to believe.
type codePage struct {
	name   string
	bytes  map[rune]byte
	accept func(rune) bool
}

// windows1252 is the usual culprit. Text read as Latin-1 instead has C1
// controls (U+0083) where Windows-1252 has punctuation (ƒ); both map back.
var windows1252 = codePage{"Windows-1252", withC1(upperHalf(charmap.Windows1252)), func(rune) bool { return true }}

func withC1(m map[rune]byte) map[rune]byte {
	for b := 0x80; b <= 0x9F; b++ {
		m[rune(b)] = byte(b)
	}
	return m
}

// macRoman garbles ’ into "‚Äô" in copy pasted from old Mac software. Its
// upper half holds common letters (Ä, é, ö), so only repairs to punctuation
// (’ “ ” – — …) are believed: "word—épée" must not read as Cyrillic.
var macRoman = codePage{"Mac Roman", upperHalf(charmap.Macintosh), func(r rune) bool { return r >= 0x2010 && r <= 0x2026 }}

func upperHalf(cm *charmap.Charmap) map[rune]byte {
	m := map[rune]byte{}
	for b := 0x80; b <= 0xFF; b++ {
		r := cm.DecodeByte(byte(b))
		if r == utf8.RuneError {
			r = rune(b)
		}
		m[r] = byte(b)
	}
	return m
}

// misdecoded looks for mojibake at the start of s: the bytes of a UTF-8
// character that were read as Windows-1252 (or Mac Roman) and written out
// again, so that ’ (E2 80 99) became "â€™" and é (C3 A9) "Ã©". It returns
// how many bytes of s are garbled, what they were, after undoing the damage
// as often as it was done (text garbled twice reads "Ã¢â‚¬â„¢"), and the
// encoding. Only sequences that decode to valid UTF-8 beyond ASCII count,
// which ordinary words ("São", "à la") never do.
func misdecoded(s string) (n int, fixed, page string) {
	for _, cp := range []codePage{windows1252, macRoman} {
		n, b := cp.undo(s)
		if n == 0 {
			continue
		}
		fixed = string(b)
		for range 2 { // garbled more than once
			m, again := cp.undo(fixed)
			if m != len(fixed) {
				break
			}
			fixed = string(again)
		}
		return n, fixed, cp.name
	}
	return 0, "", ""
}

// undo decodes the garbled characters at the start of s, as many as follow
// one another, returning the length consumed and the UTF-8 they stood for.
func (cp codePage) undo(s string) (int, []byte) {
	var out []byte
	n := 0
	for n < len(s) {
		m, b := cp.undoOne(s[n:])
		if m == 0 {
			break
		}
		out = append(out, b...)
		n += m
	}
	return n, out
}

// undoOne decodes one garbled character: a lead byte's character and as
// many continuation bytes' characters as the lead announces.
func (cp codePage) undoOne(s string) (int, []byte) {
	r, size := firstChar(s)
	lead, ok := cp.bytes[r]
	if !ok || lead < 0xC2 || lead > 0xF4 {
		return 0, nil
	}
	want := 1
	if lead >= 0xE0 {
		want = 2
	}
	if lead >= 0xF0 {
		want = 3
	}
	b := []byte{lead}
	n := size
	for range want {
		r, size := utf8.DecodeRuneInString(s[n:])
		c, ok := cp.bytes[r]
		if !ok || c > 0xBF {
			return 0, nil
		}
		b = append(b, c)
		n += size
	}
	dec, _ := utf8.DecodeRune(b)
	if dec == utf8.RuneError || !utf8.Valid(b) || !cp.accept(dec) || !unicode.IsPrint(dec) && !unicode.IsSpace(dec) && !unicode.Is(unicode.Cf, dec) {
		return 0, nil
	}
	return n, b
}

// firstChar decodes the first character of s, composing it first: mojibake
// that later went through NFD has "Ã" as "A" + U+0303.
func firstChar(s string) (rune, int) {
	r, size := utf8.DecodeRuneInString(s)
	if size == len(s) || s[size] < utf8.RuneSelf {
		return r, size // nothing after it can combine with it
	}
	n := norm.NFC.NextBoundaryInString(s, true)
	if n <= 0 {
		return utf8.RuneError, 0
	}
	c := norm.NFC.String(s[:n])
	r, size = utf8.DecodeRuneInString(c)
	if size != len(c) {
		return utf8.RuneError, n // more than one character
	}
	return r, n
}
