package sources

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"reflect"
	"regexp"
	"strings"
	"testing"
)

// words returns the keys of s's words, and checks that each word's span
// holds the word as written (positions are the file's bytes).
func words(t *testing.T, s *Source) string {
	t.Helper()
	var ks []string
	for _, w := range s.Words() {
		written := string(s.Text[w.Start:w.End])
		if key(written) != w.Key && !strings.HasSuffix(s.Path, ".html") { // an entity: see TestReadHTMLSpans
			t.Errorf("%s: word %q at %d:%d reads %q in the file", s.Path, w.Key, w.Start, w.End, written)
		}
		ks = append(ks, w.Key)
	}
	return strings.Join(ks, " ")
}

// turns renders each turn as "SPEAKER: first word".
func turns(s *Source) string {
	var out []string
	for _, t := range s.Turns {
		first := ""
		if t.From < len(s.Words()) {
			first = s.Words()[t.From].Key
		}
		out = append(out, t.Speaker+": "+first)
	}
	return strings.Join(out, " | ")
}

func TestReadFormats(t *testing.T) {
	for _, tc := range []struct {
		name, text, words, turns string
	}{
		{"debate.txt", "HOLT: Good evening.\r\nTRUMP: We’re going to win. (APPLAUSE)\nAnd win [laughter] again.\nCLINTON: Well, Donald…\n",
			"good evening we're going to win and win again well donald", "HOLT: good | TRUMP: we're | CLINTON: well"},
		{"rev.txt", "Speaker 1 (00:01:02): Thank you all.\nJane Doe (1:02:03): Uh, thanks.\n",
			"thank you all uh thanks", "Speaker 1: thank | Jane Doe: uh"},
		{"qa.txt", "Q: Will you run?\nA: I will not.\n", "will you run i will not", "Q: will | A: i"},
		{"speech.txt", "Trump: Thank you.\nRemember: we win.\nTrump: Again.\n",
			"thank you remember we win again", "Trump: thank"},
		{"plain.txt", "Note: e-mails are emails.\n", "note emails are emails", ""},
		{"cp1252.txt", "We don\x92t know\x97Russia.\n", "we don't know russia", ""},
		{"talk.vtt", "WEBVTT\n\nNOTE a comment\nspanning lines\n\n1\n00:00:01.000 --> 00:00:02.000\n<v Jane Doe>We will <i>never</i> stop.\n\n00:00:03.000 --> 00:00:04.000\n<v John>Never.\n",
			"we will never stop never", "Jane Doe: we | John: never"},
		{"talk.srt", "1\n00:00:01,000 --> 00:00:02,000\nTRUMP: Believe me.\n\n2\n00:00:03,000 --> 00:00:04,000\nIt's true.\n",
			"believe me it's true", "TRUMP: believe"},
		{"notes.md", "# Interview\n\n**TRUMP:** We will build it.\n\n**HOLT:** Thank you.\n",
			"interview we will build it thank you", "TRUMP: we | HOLT: thank"},
		{"page.html", "<p>CLINTON: I&rsquo;m with her.</p><p>TRUMP: Wrong.</p>",
			"i'm with her wrong", "CLINTON: i'm | TRUMP: wrong"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s, err := Read(tc.name, []byte(tc.text))
			if err != nil {
				t.Fatal(err)
			}
			if got := words(t, s); got != tc.words {
				t.Errorf("words %q, want %q", got, tc.words)
			}
			if got := turns(s); got != tc.turns {
				t.Errorf("turns %q, want %q", got, tc.turns)
			}
		})
	}
}

// An HTML entity is one word's bytes in the file: "I&rsquo;m" spans them all.
func TestReadHTMLSpans(t *testing.T) {
	src := "<p>CLINTON: I&rsquo;m with her.</p>"
	s, err := Read("page.html", []byte(src))
	if err != nil {
		t.Fatal(err)
	}
	if got := src[s.Words()[0].Start:s.Words()[0].End]; got != "I&rsquo;m" || s.Words()[0].Key != "i'm" {
		t.Errorf("first word %q (%s), want I&rsquo;m (i'm)", got, s.Words()[0].Key)
	}
}

func TestIndexFind(t *testing.T) {
	a, _ := Read("a.txt", []byte("TRUMP: We are going to build a great wall and Mexico is going to pay.\n"))
	b, _ := Read("b.txt", []byte("We are going to build a great wall and Mexico is going to pay.\n"))
	ix := NewIndex([]*Source{b, a})
	m, ok := ix.Find([][]string{strings.Fields("build a great wall and mexico")})
	if !ok || m.Source.Path != "a.txt" {
		t.Fatalf("found %v in %v; want a.txt, whose passage has a speaker", ok, m.Source)
	}
	if got := m.Source.SpeakerAt(m.Near[0] + 2); got != "TRUMP" {
		t.Errorf("speaker %q", got)
	}
	if _, ok := ix.Find([][]string{strings.Fields("nothing of the kind here")}); ok {
		t.Error("found a quotation the record does not hold")
	}
	if !ix.Speakers()["trump"] || ix.Len() != 2 {
		t.Errorf("speakers %v, len %d", ix.Speakers(), ix.Len())
	}
}

func TestExpandAndLoad(t *testing.T) {
	dir := t.TempDir()
	for _, f := range []string{"a/one.txt", "a/two.vtt", "a/.hidden/x.txt", "a/skip.pdf", "b/three.srt"} {
		p := filepath.Join(dir, f)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("WEBVTT\n\nsome words\n"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	files, err := Expand(dir, []string{"a", "b/*.srt", "a/one.txt"})
	if err != nil {
		t.Fatal(err)
	}
	var rel []string
	for _, f := range files {
		r, _ := filepath.Rel(dir, f)
		rel = append(rel, filepath.ToSlash(r))
	}
	if got := strings.Join(rel, " "); got != "a/one.txt a/two.vtt b/three.srt" {
		t.Errorf("expanded to %q", got)
	}
	if _, err := Expand(dir, []string{"nothing/*.txt"}); err == nil || !strings.Contains(err.Error(), "nothing/*.txt") {
		t.Errorf("a pattern naming nothing: %v", err)
	}
	if _, err := Load([]string{filepath.Join(dir, "missing.txt")}); err == nil || !strings.Contains(err.Error(), "missing.txt") {
		t.Errorf("a missing source: %v", err)
	}
	ix, err := Load(files)
	if err != nil || ix.Len() != 3 || len(ix.Articles()) != 3 {
		t.Fatalf("load: %v", err)
	}
}

// mask blanks what this pattern matches (the pattern it replaced, for
// speed): held against it on random strings of the characters that matter.
func TestMaskAsPattern(t *testing.T) {
	re := regexp.MustCompile(`\[[^\]\n]*\]|\([A-Z][A-Z ,.'’-]*\)|<[^>\n]*>`)
	alphabet := []string{"[", "]", "(", ")", "<", ">", "\n", "A", "Z", "a", " ", ",", ".", "'", "’", "-", "\x92", "é"}
	rng := rand.New(rand.NewPCG(1, 2))
	for range 20000 {
		var b strings.Builder
		for range rng.IntN(14) {
			b.WriteString(alphabet[rng.IntN(len(alphabet))])
		}
		text := b.String()
		want := re.ReplaceAllStringFunc(text, func(m string) string { return strings.Repeat(" ", len(m)) })
		if got := mask(text); got != want {
			t.Fatalf("mask(%q) = %q, want %q", text, got, want)
		}
	}
}

// WordsOf gives an indexed source's words as Words does (all, or a
// stretch of them), its keys the index's own.
func TestWordsOf(t *testing.T) {
	a, err := Read("a.txt", []byte("TRUMP: We’re going to build a Great Wall, uh, a big one.\nCLINTON: I-I don't think so.\n"))
	if err != nil {
		t.Fatal(err)
	}
	b, err := Read("b.srt", []byte("1\n00:00:01,000 --> 00:00:02,000\n<v Holt>Good evening from Hofstra.\n"))
	if err != nil {
		t.Fatal(err)
	}
	ix := NewIndex([]*Source{b, a})
	for _, s := range []*Source{a, b} {
		if got, want := ix.WordsOf(s, 0, s.Len()), s.Words(); !reflect.DeepEqual(got, want) {
			t.Errorf("%s: WordsOf %v, Words %v", s.Path, got, want)
		}
		if got, want := ix.WordsOf(s, 2, 4), s.Words()[2:4]; !reflect.DeepEqual(got, want) {
			t.Errorf("%s: WordsOf 2 to 4 %v, Words %v", s.Path, got, want)
		}
	}
	if other, _ := Read("a.txt", a.Text); ix.WordsOf(other, 0, other.Len()) != nil {
		t.Error("the words of a source not in the index")
	}
}

// WordsOf of a long plain-text source reads from a mark, not the start:
// the words are the same wherever the stretch falls.
func TestWordsOfFromMarks(t *testing.T) {
	var b strings.Builder
	for i := range 400 {
		fmt.Fprintf(&b, "Trump: We’re going to win number %d, (APPLAUSE) believe me.\r\n", i)
		fmt.Fprintf(&b, "Holt: [crosstalk] Mr. Trump, e-mails? Line %d.\n", i)
	}
	s, err := Read("long.txt", []byte(b.String()))
	if err != nil {
		t.Fatal(err)
	}
	if len(s.marks) < 10 {
		t.Fatalf("%d marks in %d words", len(s.marks), s.Len())
	}
	ix := NewIndex([]*Source{s})
	all := s.Words()
	for _, r := range [][2]int{{0, 5}, {250, 270}, {255, 257}, {1000, 1300}, {s.Len() - 7, s.Len()}, {0, s.Len()}} {
		if got := ix.WordsOf(s, r[0], r[1]); !reflect.DeepEqual(got, all[r[0]:r[1]]) {
			t.Errorf("words %d to %d: %v, want %v", r[0], r[1], got, all[r[0]:r[1]])
		}
	}
}
