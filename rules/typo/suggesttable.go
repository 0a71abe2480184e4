package typo

import (
	"fmt"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// suggestIndex finds lexicon words near a misspelling without comparing it
// with every word: words are filed under themselves and each spelling with
// one letter deleted (a "symmetric delete" index), and under two sound keys.
// It is data/suggest.bin, read in place: derived from common.bin alone,
// it is written by the generator step in suggesttable_test.go (see
// writeSuggestTable for the layout), so that no run builds it. A
// suggestion id indexes keyWord.
type suggestIndex struct {
	l       *lexicon
	keyWord u32view // the common word index of each suggestion id
	keyLow  u32view // 0 for a word in lower case, else 1 + its lower-case form's offset in low
	low     string  // the lower-case forms of the words with capitals
	byDel   hashView
	bySound hashView
	longest int // bytes of the longest word
}

// display is suggestion id as the lexicon spells it ("Britain").
func (x *suggestIndex) display(id int32) string { return x.l.word(int(x.keyWord.at(int(id)))) }

// word is suggestion id in lower case, as compared.
func (x *suggestIndex) word(id int32) string {
	w := x.display(id)
	if v := int(x.keyLow.at(int(id))); v != 0 {
		return x.low[v-1 : v-1+len(w)] // suggestable words are ASCII: one length in either case
	}
	return w
}

// readSuggest reads suggest.bin for lexicon l: views of the embedded
// string, nothing copied or checked entry by entry (the header's version
// and l's word count tie it to common.bin; TestSuggestTable checks that it
// is what common.bin gives).
func readSuggest(l *lexicon, data string) (*suggestIndex, error) {
	r := newReader(format.Suggest, data)
	if n := int(r.u32()); r.err == nil && n != l.n {
		return nil, fmt.Errorf("typo: %s is for %d common words, %s has %d: regenerate it (%s)",
			format.Suggest.Path(), n, format.Common.Path(), l.n, regenerateDerived)
	}
	keys, longest, del, sound, low := int(r.u32()), int(r.u32()), int(r.u32()), int(r.u32()), int(r.u32())
	x := &suggestIndex{l: l, longest: longest}
	x.keyWord, x.keyLow = view(r, keys), view(r, keys)
	x.byDel = readHashView(r, del)
	x.bySound = readHashView(r, sound)
	x.low = r.bytes(low)
	r.end(0, 0)
	if r.err != nil {
		return nil, r.err
	}
	return x, nil
}
