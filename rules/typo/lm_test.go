package typo

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// TestLMFilters checks that the filters in front of the n-gram tables
// (bigSeen, triSeen) never hide an n-gram the tables hold: every bigram
// and trigram of the example article that a table probe finds must come
// through bigram and trigram, and the filters must turn away some probes.
func TestLMFilters(t *testing.T) {
	m, err := loadLM()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int32
	for _, w := range strings.FieldsFunc(strings.ToLower(string(src)), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') }) {
		if id := m.id(w); id >= 0 {
			ids = append(ids, id)
		}
	}
	bigrams, trigrams, turned := 0, 0, 0
	for i := 0; i+1 < len(ids); i++ {
		for _, b := range []int32{ids[i+1], ids[(i*7+3)%len(ids)]} { // the next word, and one from elsewhere
			h := format.NgramHash(format.NgramKey2(uint64(ids[i]), uint64(b)))
			_, _, ok := m.bigram(ids[i], b)
			if find(m.big, m.bigSize, h, format.BigramFPBits, format.BigramFPShift) != 0 {
				bigrams++
				if !ok {
					t.Errorf("bigram %q %q is in the table but the filter hides it", m.word(ids[i]), m.word(b))
				}
			} else if slot, bits := format.BigramFilter(h); m.bigSeen.at(slot)&bits != bits {
				turned++ // absent, and turned away by the filter itself, before the table
			}
		}
		if i+2 < len(ids) {
			h := format.NgramHash(format.NgramKey3(uint64(ids[i]), uint64(ids[i+1]), uint64(ids[i+2])))
			if v := find(m.tri, m.triSize, h, triFPBits, triFPShift); v != 0 {
				trigrams++
				if m.trigram(h) != v {
					t.Errorf("trigram %q %q %q is in the table but the filter hides it", m.word(ids[i]), m.word(ids[i+1]), m.word(ids[i+2]))
				}
			}
		}
	}
	if bigrams < 100 || trigrams < 20 || turned == 0 {
		t.Errorf("too little checked: %d bigrams and %d trigrams found, %d absent ones turned away", bigrams, trigrams, turned)
	}
}

// TestLMIDWord checks that a paragraph's word is found by its Fold (idWord)
// as by its spelling in lower case with straight apostrophes (id): short
// and long words, capitals, curly apostrophes, accents, a word the model
// lacks.
func TestLMIDWord(t *testing.T) {
	m, err := loadLM()
	if err != nil {
		t.Fatal(err)
	}
	a, err := article.Parse("t.txt", article.Text, []byte("The GOVERNMENT said it’s Unbelievable, don't you think? Café zzqxw government.\n"))
	if err != nil {
		t.Fatal(err)
	}
	known := 0
	for _, p := range a.Paragraphs {
		for i := range p.Words {
			wd := &p.Words[i]
			want := m.id(strings.ToLower(normApostrophe(wd.Text)))
			if got := m.idWord(wd); got != want {
				t.Errorf("idWord(%q) = %d, want %d", wd.Text, got, want)
			}
			if want >= 0 {
				known++
			}
		}
	}
	if known < 8 {
		t.Errorf("only %d words known to the model: the test checks too little", known)
	}
}

// TestLMReach checks the bounds lmScore.alt dismisses alternatives with
// before any probe: in every window of the example article, for the
// written word, its alternatives and words from elsewhere, each term of
// S(x) is at most its reach, also without the words beyond the sentence
// (l2, l1, r2 unknown), and the bounds are tight enough to dismiss some.
func TestLMReach(t *testing.T) {
	m, err := loadLM()
	if err != nil {
		t.Fatal(err)
	}
	src, err := os.ReadFile("../../testdata/example.txt")
	if err != nil {
		t.Fatal(err)
	}
	var ids []int32
	for _, w := range strings.FieldsFunc(strings.ToLower(string(src)), func(r rune) bool { return !(r >= 'a' && r <= 'z' || r == '\'') }) {
		if id := m.id(w); id >= 0 {
			ids = append(ids, id)
		}
	}
	checked, below := 0, 0
	for i := 2; i+2 < len(ids); i++ {
		xs := []int32{ids[i], ids[(i*7+3)%len(ids)]}
		as := m.altsOf(ids[i])
		for j := range as.len() {
			xs = append(xs, int32(as.at(j)))
		}
		for _, win := range []lmWindow{
			{ids[i-2], ids[i-1], ids[i+1], ids[i+2]},
			{-1, ids[i-1], ids[i+1], -1},
			{-1, -1, ids[i+1], ids[i+2]},
		} {
			s := lmScore{m: m, win: win}
			s.prepare()
			for _, x := range xs {
				lx, xr := s.leftPair(x), s.rightPair(x)
				up1, up2 := s.reach(x)
				t1 := s.t1(x, lx)
				if t1 > up1 {
					t.Errorf("%v x=%q: t1 %.4f above its reach %.4f", win, m.word(x), t1, up1)
				}
				t2 := s.t2(x, lx, xr)
				if t2 > up2 {
					t.Errorf("%v x=%q: t2 %.4f above its reach %.4f", win, m.word(x), t2, up2)
				}
				if win.r2 >= 0 {
					if t3 := s.t3(x, xr); t3 > s.t3Up {
						t.Errorf("%v x=%q: t3 %.4f above its reach %.4f", win, m.word(x), t3, s.t3Up)
					}
				}
				checked++
				if up1 < t1+1 {
					below++ // within a power of ten of the term itself
				}
			}
		}
	}
	if checked < 1000 || below == 0 {
		t.Errorf("checked %d scores; %d bounds within a power of ten of the term", checked, below)
	}
}
