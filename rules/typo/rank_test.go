package typo

import (
	"testing"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/ruletest"
	"github.com/copydesk/copydesk/rules/typo/internal/channel"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// TestWidenedSuggestion checks a misspelling two slips from the word
// meant, beyond what suggest looks up (two letters left out): the
// warning's first fix is the word, found by widen and ranked by the error
// model.
func TestWidenedSuggestion(t *testing.T) {
	l, err := loadLexicon()
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range l.suggest("approrate", ".", ".") {
		if c.word == "appropriate" {
			t.Fatal("suggest already finds appropriate for approrate: the test no longer needs widen")
		}
	}
	src := "The council said the approrate response was to wait.\n"
	fs, _ := ruletest.Check(t, Rule, "w.txt", []byte(src), ruletest.Options{Language: "en-GB"})
	for _, f := range fs {
		if f.Severity >= rules.Warning && len(f.Fixes) > 0 && f.Fixes[0].Edits[0].New == "appropriate" {
			return
		}
	}
	t.Errorf("no warning with \"appropriate\" first for \"approrate\": %+v", fs)
}

// TestChannelRanks checks that the learnt model prefers the slips people
// make: a vowel for a vowel over a consonant struck at random, and a word
// that sounds the same.
func TestChannelRanks(t *testing.T) {
	m, err := loadChannel()
	if err != nil {
		t.Fatal(err)
	}
	cs := []candidate{{word: "sexarate"}, {word: "separate"}}
	channelRerank(m, "seperate", cs)
	if cs[1].score <= cs[0].score {
		t.Errorf("separate scores %.2f for seperate, sexarate %.2f", cs[1].score, cs[0].score)
	}
}

// BenchmarkLoadChannel is the error model's load, paid once, at the first
// slip re-ranked (not at start-up).
func BenchmarkLoadChannel(b *testing.B) {
	payload, err := format.Check(format.Channel, channelBin)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, err := channel.Decode([]byte(payload)); err != nil {
			b.Fatal(err)
		}
	}
}

// TestHashMarked checks the suggestion index's sound keys hashed in place
// against the strings they stand for.
func TestHashMarked(t *testing.T) {
	for _, c := range []struct {
		mark byte
		w    string
		skip int
		want string
	}{{'~', "dfntl", -1, "~dfntl"}, {'~', "dfntl", 2, "~dftl"}, {'-', "nvrmnt", -1, "-nvrmnt"}, {'~', "", -1, "~"}} {
		if got := hashMarked(c.mark, c.w, c.skip); got != hash(c.want) {
			t.Errorf("hashMarked(%q, %q, %d) is not hash(%q)", c.mark, c.w, c.skip, c.want)
		}
	}
}
