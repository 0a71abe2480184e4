package names

import (
	"strings"
	"unicode/utf8"

	"github.com/copydesk/copydesk/rules/article"
)

// extractor finds the name mentions of one article.
type extractor struct {
	art *article.Article
	// lower answers, for the lower-cased words whose capital says nothing
	// (see initials), whether the article writes them in lower case
	// somewhere; it holds no other word.
	lower map[string]bool
	mem   *scratch // where the mentions, their parts and keys are made
}

// initials are the words of a paragraph whose capital says nothing: those
// that begin a sentence (after any opening quote or bracket: the
// tokeniser marks them), or every word of a headline.
type initials struct {
	headline bool
}

func (in initials) of(w *article.Word) bool { return in.headline || w.Shape.Has(article.SentenceStart) }

// mentionsOf returns every name mention of an article, in order, made in
// mem.
func mentionsOf(art *article.Article, mem *scratch) []*mention {
	ins := make([]initials, len(art.Paragraphs))
	for i, p := range art.Paragraphs {
		ins[i] = initials{headline: p.Kind == article.Heading || headlineCase(p)}
	}
	x := &extractor{art: art, lower: lowerWords(art, ins, mem.lower), mem: mem}
	for i, p := range art.Paragraphs {
		x.paragraph(p, ins[i])
	}
	return mem.out
}

// lowerWords makes extractor.lower in m, an empty map: only the words emit
// may ask about are looked for, which are far fewer than the article's
// lower-case words.
func lowerWords(art *article.Article, ins []initials, m map[string]bool) map[string]bool {
	var folds foldSet // of the words of m: faster than the map at saying no
	var buf [32]byte
	for i, p := range art.Paragraphs {
		words := p.Words // a local slice: no load of p.Words a word
		for j := range words {
			w := &words[j]
			if !ins[i].of(w) {
				continue
			}
			end, _ := cutPossessive(w)
			l := appendLower(buf[:0], p.Text[w.Start:end])                      // a string only for a new key
			if len(l) == 0 || classes[string(l)]&(calendarWord|stopWord) != 0 { // emit does not ask about these
				continue
			}
			if _, ok := m[string(l)]; !ok {
				m[string(l)] = false
				folds.add(article.FoldHash(string(l)))
			}
		}
	}
	for _, p := range art.Paragraphs {
		words := p.Words
		for j := range words {
			// a word spelled as one of m's has that word's hash as its Fold
			w := &words[j]
			if !folds.has(w.Fold) || !w.Shape.Has(article.LowerInitial) {
				continue
			}
			if _, asked := m[w.Text]; asked {
				m[w.Text] = true
			}
		}
	}
	return m
}

// foldSet is a set of words by their fold hash (see article.FoldHash), a
// bit each: a word whose bit is clear is not in the set, which the bits
// answer without reading the word. (Words may share a bit: a set bit
// says nothing.)
type foldSet [foldBits / 64]uint64

// foldBits is the number of bits of a foldSet: many more than the words
// one is made of, so that few others share one.
const foldBits = 4096

func (s *foldSet) add(fold uint64) {
	h := fold % foldBits
	s[h/64] |= 1 << (h % 64)
}

func (s *foldSet) has(fold uint64) bool {
	h := fold % foldBits
	return s[h/64]&(1<<(h%64)) != 0
}

// paragraph scans runs of capitalised words (with particles) and turns
// each into a mention; titles, acronyms, possessives and punctuation other
// than a space end a run.
func (x *extractor) paragraph(p *article.Paragraph, ins initials) {
	run := x.mem.run[:0] // reused: emit keeps nothing of it
	flush := func() {
		if len(run) > 0 {
			x.emit(p, run)
			run = run[:0]
		}
	}
	skipGap := false
	title := "" // a title just before the next word
	for i := 0; i < len(p.Words); i++ {
		// Most words are in lower case, and end any run: a loop of their
		// own passes them by. (A lower-case suffix, "jr", ends the run in
		// the default case all the same.)
		if j := nextCandidate(p, i); j > i {
			flush()
			skipGap, title = false, ""
			if i = j; i == len(p.Words) {
				break
			}
		}
		w := &p.Words[i]
		end, poss := cutPossessive(w)
		text := w.Text[:end-w.Start]
		if len(run) > 0 && !skipGap && x.nickname(p, i) {
			skipGap = true // Michael “Erik” Kurilla
			continue
		}
		if len(run) > 0 && !skipGap && !joinable(p.Text[run[len(run)-1].End:w.Start], run[len(run)-1].Text) {
			flush()
		}
		skipGap = false
		before := title
		title = ""
		upper := capitalisedWord(w, text)
		cls := classOfWord(w, text)
		trimmed := cls // of the word without a final full stop
		if upper && strings.HasSuffix(text, ".") {
			trimmed = classOf(text[:len(text)-1])
		}
		switch {
		case upper && len(text) <= 4 && trimmed&suffixWord != 0:
			flush()
			continue
		case upper && trimmed&titleWord != 0: // Mr, President
			flush()
			if i+1 < len(p.Words) && joinable(p.Text[w.End:p.Words[i+1].Start], w.Text) {
				title = strings.ToLower(strings.TrimSuffix(text, "."))
			}
			continue
		case cls&particleClasses != 0 && i+1 < len(p.Words) && nameWordOf(&p.Words[i+1]) && isParticle(text):
		case !w.Shape.Has(article.HasDigit) && (upper || articleJoined(text)):
		default:
			flush()
			continue
		}
		if len(run) > 0 {
			before = ""
		}
		particle := !poss && cls&particleClasses != 0 && isParticle(text)
		run = append(run, word{Word: w, end: end, initial: ins.of(w), particle: particle, class: cls, title: before})
		if poss {
			flush()
		}
	}
	flush()
	x.mem.run = run
}

// particleClasses are the classes of particles (see isParticle).
const particleClasses = particleWord | capitalParticleWord

// nextCandidate returns the index of the first word from i on that may be
// part of a name: a capitalised word, a particle before a name word (van
// Gogh) or an Arabic article joined to one (al-Sudani). The tokeniser's
// Shape answers for most words without a look at their letters.
func nextCandidate(p *article.Paragraph, i int) int {
	words := p.Words // a local slice: no load of p.Words a word
	for ; i < len(words); i++ {
		w := &words[i]
		if w.Shape.Has(article.UpperInitial) {
			return i
		}
		// The tests that need no look at the word's letters first: a word
		// joined to an article has a capital after its first letter
		// (al-Sudani), and a particle comes before a name word.
		joined := w.Shape.Has(article.HasUpper) && !w.Shape.Has(article.HasDigit) && articleInitials[w.Text[0]]
		particle := i+1 < len(words) && nameWordOf(&words[i+1]) && mayBeParticle(w)
		if !joined && !particle {
			continue
		}
		end, _ := cutPossessive(w)
		text := w.Text[:end-w.Start]
		if joined && articleJoinedAfter(text) || particle && isParticle(text) {
			return i
		}
	}
	return i
}

// nickname reports whether word i is a quoted nickname between two names.
func (x *extractor) nickname(p *article.Paragraph, i int) bool {
	if i+1 >= len(p.Words) || i == 0 || !p.Words[i].Shape.Has(article.UpperInitial) {
		return false // a nickname is capitalised
	}
	w, next := &p.Words[i], &p.Words[i+1]
	before := strings.TrimSpace(p.Text[p.Words[i-1].End:w.Start])
	after := strings.TrimSpace(p.Text[w.End:next.Start])
	open := before == "“" || before == "\"" || before == "‘"
	closed := after == "”" || after == "\"" || after == "’"
	return open && closed && capitalised(w.Text) && nameWord(next.Text)
}

// joinable reports whether the text between two words keeps them in one
// name: spaces, or an apostrophe standing for a final ayn or hamza
// ("Shia’ al-Sudani"), but not a plural possessive ("Hamas’ leader").
func joinable(gap, prev string) bool {
	if strings.HasPrefix(gap, "’") || strings.HasPrefix(gap, "'") || strings.HasPrefix(gap, "ʼ") {
		if strings.HasSuffix(prev, "s") || strings.HasSuffix(prev, "z") {
			return false
		}
		_, size := utf8.DecodeRuneInString(gap)
		gap = gap[size:]
	}
	if gap == "" {
		return false
	}
	for _, r := range gap {
		if r != ' ' && r != '\u00a0' {
			return false
		}
	}
	return true
}

// nameWord reports whether a word can be (the end of) a name: capitalised,
// or an Arabic article joined to a capitalised word ("al-Sudani").
func nameWord(s string) bool {
	return capitalised(s) || articleJoined(s)
}

// articleJoined reports whether s is an Arabic article joined by a hyphen
// to a capitalised word ("al-Sudani").
func articleJoined(s string) bool {
	return len(s) > 0 && articleInitials[s[0]] && articleJoinedAfter(s) // most words fail the first test
}

// articleJoinedAfter is articleJoined for a word that begins as an article
// does.
func articleJoinedAfter(s string) bool {
	// the hyphen, if any, stands within the longest article's length
	i := strings.IndexByte(s[:min(len(s), maxArticlePrefix+1)], '-')
	return i >= 0 && articlePrefixes[s[:i]] && capitalised(s[i+1:])
}

// nameWordOf is nameWord(w.Text), answered from the word's Shape when it
// can be.
func nameWordOf(w *article.Word) bool {
	switch {
	case !w.Shape.Has(article.UpperInitial):
		// not capitalised: joined to an article, with a capital after it
		return w.Shape.Has(article.HasUpper) && articleJoined(w.Text)
	case !w.Shape.Has(article.HasUpper):
		return true // capitalised, and no acronym
	}
	return nameWord(w.Text)
}

// capitalisedWord is capitalised(text), for text a word w with at most a
// possessive cut off its end, answered from w's Shape when it can be.
func capitalisedWord(w *article.Word, text string) bool {
	switch {
	case !w.Shape.Has(article.UpperInitial):
		return false
	case !w.Shape.Has(article.HasUpper):
		return true // one capital, then no other: no acronym
	}
	return capitalised(text)
}

// headlineCase reports whether a paragraph capitalises most of its words,
// as headlines in title case do; their capitals say nothing.
func headlineCase(p *article.Paragraph) bool {
	if strings.HasSuffix(strings.TrimSpace(p.Text), ".") {
		return false // a sentence: no need to count its words
	}
	long, caps := 0, 0
	for i := range p.Words {
		w := &p.Words[i]
		if len(w.Text) < 4 || !w.Shape.Has(article.ASCII) && utf8.RuneCountInString(w.Text) < 4 {
			continue // fewer than four letters: an ASCII word has a byte a letter
		}
		long++
		if w.Shape.Has(article.UpperInitial) { // the tokeniser's unicode.IsUpper of the first letter
			caps++
		}
	}
	return long >= 3 && caps*5 >= long*4
}
