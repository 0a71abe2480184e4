package typo

import (
	"os"
	"strings"
	"testing"

	"github.com/copydesk/copydesk/rules/article"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// exampleIDs loads the model and gives the ids of the example article's
// words it knows, in order (words of letters and apostrophes, lower case).
func exampleIDs(t *testing.T) (*langModel, []int32) {
	t.Helper()
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
	return m, ids
}

// TestLMFilters checks that the filters in front of the n-gram tables
// (bigSeen, triSeen) never hide an n-gram the tables hold: every bigram
// and trigram of the example article that a table probe finds must come
// through bigram and trigram, and the filters must turn away some probes.
func TestLMFilters(t *testing.T) {
	m, ids := exampleIDs(t)
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
// before any probe. In every window of the example article, for the
// written word, its alternatives and words from elsewhere: each term of
// S(x) is at most its reach, also without the words beyond the sentence
// (l2, l1, r2 unknown); and alt, asked for gains at and about the real
// one, returns either S(x) − base exactly or false with S(x) − base below
// the limit. Windows are added where "l1 x" is kept with a positive
// back-off and "x r1" is not, where t2 needs boUp; and some alternatives
// must be dismissed before any probe where l1 is known.
func TestLMReach(t *testing.T) {
	m, ids := exampleIDs(t)
	type window struct {
		win lmWindow
		w   int32 // the written word
	}
	var wins []window
	for i := 2; i+2 < len(ids); i++ {
		wins = append(wins,
			window{lmWindow{ids[i-2], ids[i-1], ids[i+1], ids[i+2]}, ids[i]},
			window{lmWindow{-1, ids[i-1], ids[i+1], -1}, ids[i]},
			window{lmWindow{-1, -1, ids[i+1], ids[i+2]}, ids[i]})
		// "l1 x" kept with a positive back-off, "x r1" not kept: t2 is the
		// back-off plus the unigram terms, up to boUp above them
		if _, bo, ok := m.bigram(ids[i-1], ids[i]); ok && bo > 0 {
			for _, r1 := range []int32{ids[(i*7+3)%len(ids)], ids[(i*11+5)%len(ids)], m.end} {
				if _, _, ok := m.bigram(ids[i], r1); !ok {
					wins = append(wins, window{lmWindow{-1, ids[i-1], r1, -1}, ids[i]})
					break
				}
			}
		}
	}
	checked, dismissed, boNeeded := 0, 0, 0
	for k, wn := range wins {
		s := lmScore{m: m, win: wn.win}
		s.prepare()
		base := s.score(wn.w, s.leftPair(wn.w), s.rightPair(wn.w))
		xs := []int32{wn.w, ids[(k*7+3)%len(ids)]}
		as := m.altsOf(wn.w)
		for j := range as.len() {
			xs = append(xs, int32(as.at(j)))
		}
		for _, x := range xs {
			lx, xr := s.leftPair(x), s.rightPair(x)
			up1, up2 := s.reach(x)
			t1, t2 := s.t1(x, lx), s.t2(x, lx, xr)
			if t1 > up1 {
				t.Errorf("%v x=%q: t1 %.4f above its reach %.4f", wn.win, m.word(x), t1, up1)
			}
			if wn.win.r1 >= 0 && t2 > up2 {
				t.Errorf("%v x=%q: t2 %.4f above its reach %.4f", wn.win, m.word(x), t2, up2)
			}
			if wn.win.r1 >= 0 && wn.win.l1 >= 0 && t2 > max(s.triR1, s.bigR1, m.uniB(x)+s.uniPR1) {
				boNeeded++ // above the bound without boUp
			}
			if wn.win.r1 >= 0 && wn.win.r2 >= 0 {
				if t3 := s.t3(x, xr); t3 > s.t3Up {
					t.Errorf("%v x=%q: t3 %.4f above its reach %.4f", wn.win, m.word(x), t3, s.t3Up)
				}
			}
			gain := s.score(x, lx, xr) - base
			for _, limit := range []float64{lmNearInfo, lmConfInfo, gain - 1e-9, gain, gain + 1e-9} {
				g, ok := s.alt(x, base, limit)
				switch {
				case ok && g != gain:
					t.Errorf("%v x=%q limit %.4f: alt gives %.6f, the score %.6f", wn.win, m.word(x), limit, g, gain)
				case !ok && gain >= limit:
					t.Errorf("%v x=%q: alt dismissed a gain of %.6f at limit %.6f", wn.win, m.word(x), gain, limit)
				}
			}
			if wn.win.l1 >= 0 && s.ahead(up1, up2)-base < lmNearInfo {
				dismissed++
			}
			checked++
		}
	}
	if checked < 1000 || dismissed == 0 || boNeeded == 0 {
		t.Errorf("checked %d alternatives: %d dismissed before a probe where l1 is known, %d needing boUp", checked, dismissed, boNeeded)
	}
	t.Logf("checked %d alternatives: %d dismissed before a probe where l1 is known, %d needing boUp", checked, dismissed, boNeeded)
}
