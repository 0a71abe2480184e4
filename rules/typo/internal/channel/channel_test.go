package channel

import (
	"bytes"
	"testing"
)

// pairs is a small made-up list in which "a" is often written for "e",
// "ph" as "f", and a letter is left out after "m".
var pairs = [][2]string{
	{"seperate", "separate"}, {"desparate", "desperate"}, {"independant", "independent"},
	{"existance", "existence"}, {"catagory", "category"}, {"grammer", "grammar"},
	{"fone", "phone"}, {"foto", "photo"}, {"grafic", "graphic"}, {"fysics", "physics"},
	{"comitee", "committee"}, {"recomend", "recommend"}, {"imediate", "immediate"},
	{"untill", "until"}, {"teh", "the"}, {"recieve", "receive"},
	{"x1y", "xy"},            // not letters: skipped
	{"abcdefgh", "zzzzzzzz"}, // too far apart: skipped
}

func TestLearnedSlipsAreCheaper(t *testing.T) {
	m := Learn(pairs)
	for _, c := range []struct{ intended, likely, unlikely string }{
		{"separate", "seperate", "sexarate"}, // a vowel for a vowel, seen often, over an unseen letter
		{"phantom", "fantom", "xantom"},      // "ph" as "f", a rule, over a letter struck at random
		{"command", "comand", "commad"},      // "m" left out after "m", seen, over "n" after "a", not
		{"their", "thier", "thrie"},          // a swap seen against one not
	} {
		if l, u := m.Cost(c.intended, c.likely), m.Cost(c.intended, c.unlikely); l >= u {
			t.Errorf("%s: %q costs %.2f nats, not less than %q at %.2f", c.intended, c.likely, l, c.unlikely, u)
		}
	}
	if got := m.Cost("same", "same"); got != 0 {
		t.Errorf("a word typed right costs %.2f nats, want 0", got)
	}
	if len(m.rules) == 0 {
		t.Error("no substring rule learnt")
	}
}

// TestRuleBeatsLetters checks that "ph" written "f" costs less as one
// rule than as a letter replaced and one left out (by a nat at least).
func TestRuleBeatsLetters(t *testing.T) {
	m := Learn(pairs)
	letters := m.align([]byte("^phone$"), []byte("^fone$"), false)
	if got := m.Cost("phone", "fone"); got >= letters-1 {
		t.Errorf("phone→fone costs %.2f nats with the rules, %.2f letter by letter", got, letters)
	}
}

func TestEncodeDecode(t *testing.T) {
	b := Learn(pairs).Encode()
	m, err := Decode(b)
	if err != nil {
		t.Fatal(err)
	}
	if again := m.Encode(); !bytes.Equal(again, b) {
		t.Error("decoding and encoding again changed the bytes")
	}
	if len(m.rules) == 0 || m.Cost("phone", "fone") >= m.align([]byte("^phone$"), []byte("^fone$"), false) {
		t.Error("the decoded model lost its rules")
	}
	for _, bad := range [][]byte{nil, b[:10], b[:len(b)-1], append(append([]byte{}, b...), 0), append([]byte("XXXX"), b[4:]...)} {
		if _, err := Decode(bad); err == nil {
			t.Errorf("Decode of %d bad bytes gave no error", len(bad))
		}
	}
}

// TestLongWords checks words past the stack buffer and bytes that are not
// letters.
func TestLongWords(t *testing.T) {
	m := Learn(pairs)
	long := "pneumonoultramicroscopicsilicovolcanoconiosis"
	if got := m.Cost(long, long); got != 0 {
		t.Errorf("a long word typed right costs %.2f", got)
	}
	if got := m.Cost(long, long[:20]+long[21:]); got <= 0 || got > 3*Other {
		t.Errorf("a long word with a letter left out costs %.2f", got)
	}
	if got := m.Cost("don't", "dont"); got != Other {
		t.Errorf("an apostrophe left out costs %.2f, want Other (%.0f)", got, Other)
	}
}
