package names

import (
	"strings"

	"github.com/copydesk/copydesk/rules/article"
)

// emit turns a run of words into mentions. Words whose capital says
// nothing (sentence-initial, headline case) and that the article also
// writes in lower case, or that are function words, split the run; so do
// month and day names.
func (x *extractor) emit(p *article.Paragraph, run []word) {
	from := 0 // the segment of the run not yet added
	for i := range run {
		if w := &run[i]; w.class&calendarWord != 0 || w.initial && (w.class&stopWord != 0 || x.writesLower(w)) {
			x.add(p, run[from:i])
			from = i + 1
		}
	}
	x.add(p, run[from:])
}

// writesLower reports whether the article writes w, possessive excluded,
// in lower case somewhere (see extractor.lower).
func (x *extractor) writesLower(w *word) bool {
	var buf [32]byte
	return x.lower[string(appendLower(buf[:0], w.Text[:w.end-w.Start]))]
}

// add builds a mention from words: particles join the word after them.
func (x *extractor) add(p *article.Paragraph, ws []word) {
	for len(ws) > 0 && ws[len(ws)-1].particle {
		ws = ws[:len(ws)-1]
	}
	if len(ws) == 0 {
		return
	}
	parts := x.mem.partBuf[:0] // copied to the slab if the mention is kept
	from := -1
	for i, w := range ws {
		if from < 0 {
			from = i
		}
		if w.particle && i+1 < len(ws) {
			continue
		}
		parts = append(parts, makePart(p, ws[from:i+1], &x.mem.keys))
		from = -1
	}
	x.mem.partBuf = parts
	if allInitials(parts) {
		return
	}
	m := x.mem.mentions.one()
	*m = mention{art: x.art, para: p, seq: len(x.mem.out), title: ws[0].title, parts: x.mem.parts.many(len(parts))}
	copy(m.parts, parts)
	x.mem.out = append(x.mem.out, m)
}

// makePart builds a part from particle words and the word they belong to.
func makePart(p *article.Paragraph, ws []word, keys *keyCache) part {
	last := ws[len(ws)-1]
	pt := part{start: ws[0].Start, end: last.end, initial: ws[0].initial}
	pt.text = p.Text[pt.start:pt.end]
	core := p.Text[last.Start:last.end]
	if len(ws) > 1 {
		pt.particle = strings.ToLower(strings.Join(wordTexts(ws[:len(ws)-1]), " "))
	} else if pre, rest, ok := strings.Cut(core, "-"); ok && articlePrefixes[strings.ToLower(pre)] && nameWord(rest) {
		pt.particle, core = strings.ToLower(pre), rest
	}
	pt.core = core
	pt.setKey(keys)
	return pt
}

func wordTexts(ws []word) []string {
	out := make([]string, len(ws))
	for i, w := range ws {
		out[i] = w.Text
	}
	return out
}

func allInitials(ps []part) bool {
	for _, p := range ps {
		if len([]rune(p.key.plain)) > 1 {
			return false
		}
	}
	return true
}
