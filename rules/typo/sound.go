package typo

import "bytes"

// soundKey is a rough phonetic key of a lower-case word, so that spellings
// that sound alike ("definately", "definitely"; "fone", "phone") meet. It
// keeps the first letter, folds letter groups that spell one sound, drops
// later vowels and silent letters, and squeezes repeats. It is cruder than
// Metaphone on purpose: it only has to bring candidates together.
func soundKey(w string) string {
	var buf [soundBuf]byte
	return string(appendSoundKey(buf[:0], w))
}

// sameSound reports whether a and b have the same soundKey, without
// allocating: it is asked for every suggestion weighed.
func sameSound(a, b string) bool {
	var ka, kb [soundBuf]byte
	return bytes.Equal(appendSoundKey(ka[:0], a), appendSoundKey(kb[:0], b))
}

// sameSoundKey reports whether w's soundKey is key.
func sameSoundKey(w string, key []byte) bool {
	var kw [soundBuf]byte
	return bytes.Equal(appendSoundKey(kw[:0], w), key)
}

// soundBuf is the word length up to which soundKey works on the stack.
const soundBuf = 64

// appendSoundKey appends w's soundKey to dst. The letter groups are
// replaced rule by rule as strings.ReplaceAll would, in two buffers that
// take turns; a rule is tried only when the word has all of its letters.
func appendSoundKey(dst []byte, w string) []byte {
	if w == "" {
		return dst
	}
	var b1, b2 [soundBuf]byte
	s, spare := append(b1[:0], w...), b2[:0]
	have := letterSet(s)
	for _, r := range soundRules {
		if have&r.letters != r.letters {
			continue
		}
		i := bytes.Index(s, r.old)
		if i < 0 {
			continue
		}
		out := spare[:0]
		for i >= 0 {
			out = append(append(out, s[:i]...), r.new...)
			s = s[i+len(r.old):]
			i = bytes.Index(s, r.old)
		}
		out = append(out, s...)
		s, spare = out, s[:0]
		have = letterSet(s)
	}
	dst = append(dst, s[0])
	last := s[0]
	for i := 1; i < len(s); i++ {
		c := s[i]
		switch c {
		case 'a', 'e', 'i', 'o', 'u', 'y', 'h', 'w':
			last = 0
			continue
		case 'c', 'q':
			c = 'k'
		case 'z':
			c = 's'
		case 'v':
			c = 'f'
		}
		if c != last {
			dst = append(dst, c)
		}
		last = c
	}
	return dst
}

// letterSet has bit c−'a' set for each letter c of s (other bytes share
// the top bit).
func letterSet(s []byte) uint32 {
	var m uint32
	for _, c := range s {
		if c >= 'a' && c <= 'z' {
			m |= 1 << (c - 'a')
		} else {
			m |= 1 << 31
		}
	}
	return m
}

// soundRule replaces old by new; letters is letterSet(old).
type soundRule struct {
	old, new []byte
	letters  uint32
}

var soundRules = func() []soundRule {
	var out []soundRule
	for _, r := range [][2]string{
		{"ph", "f"}, {"gh", "f"}, {"ck", "k"}, {"tch", "ch"}, {"sch", "sk"}, {"ce", "se"},
		{"ci", "si"}, {"cy", "sy"}, {"dge", "je"}, {"kn", "n"}, {"wr", "r"}, {"mb", "m"},
		{"tion", "shun"}, {"sion", "shun"}, {"cian", "shun"}, {"x", "ks"}, {"qu", "kw"},
	} {
		out = append(out, soundRule{[]byte(r[0]), []byte(r[1]), letterSet([]byte(r[0]))})
	}
	return out
}()

// skeleton is the first letter and the consonants after it, each run of one
// consonant squeezed even across vowels: "competion" and "competition" both
// give "cmptn". It catches letters dropped or doubled in long words.
func skeleton(w string) string {
	if w == "" {
		return ""
	}
	b := []byte{w[0]}
	for i := 1; i < len(w); i++ {
		c := w[i]
		if isVowel(c) || c == 'h' || c == 'w' || c == b[len(b)-1] {
			continue
		}
		b = append(b, c)
	}
	return string(b)
}
