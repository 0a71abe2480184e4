package misquote

import (
	"github.com/sergi/go-diff/diffmatchpatch"

	"github.com/copydesk/copydesk/rules/quotes"
	"github.com/copydesk/copydesk/rules/sources"
)

// shortQuote: a quotation shorter than this must begin and end on the
// passage's words to be taken as a copy of it.
const shortQuote = 10

// hunk is a place where the quotation and the record differ: quotation
// words [qFrom, qTo) stand where the record has words [sFrom, sTo).
type hunk struct {
	qFrom, qTo int
	sFrom, sTo int // indices into the aligned record words
}

// alignment is a quotation held against a passage of the record.
type alignment struct {
	src   []sources.Word // the record's words the quotation spans
	equal int            // quotation words found in the record, in order
	// runs counts the equal words in runs of two or more: words the
	// quotation shares with a passage it does not come from ("the", "we")
	// are scattered, a quotation's are in runs.
	runs    int
	longest int    // the longest run of equal words
	leaves  bool   // the quotation's first or last words are not the passage's
	hunks   []hunk // differences news style does not allow
}

// align diffs the quotation's words q against the record's words rec
// word by word (each word a rune, as diffmatchpatch diffs lines), trims
// the record to the stretch the quotation covers, and keeps the
// differences news style does not allow: a change, an addition, or an
// omission not marked by an ellipsis or a bracketed insertion.
func align(q []qword, rec []sources.Word, dropFillers bool) alignment {
	if dropFillers {
		rec = withoutFillers(rec)
	}
	runes := map[string]rune{}
	toRune := func(k string) rune {
		r, ok := runes[k]
		if !ok {
			r = rune(0x10000 + len(runes)) // past the BMP: never a real word's rune clash
			runes[k] = r
		}
		return r
	}
	qr := make([]rune, len(q))
	for i, w := range q {
		qr[i] = toRune(w.Key)
	}
	sr := make([]rune, len(rec))
	for i, w := range rec {
		sr[i] = toRune(w.Key)
	}
	dmp := diffmatchpatch.New()
	dmp.DiffTimeout = 0
	diffs := dmp.DiffMainRunes(sr, qr, false)

	var all []hunk
	qi, si, equal, runs, longest := 0, 0, 0, 0, 0
	var cur *hunk
	for _, d := range diffs {
		n := len([]rune(d.Text))
		switch d.Type {
		case diffmatchpatch.DiffEqual:
			cur = nil
			if n >= 2 || qi == 0 || qi+n == len(q) {
				runs += n // a single word counts at the quotation's edge
			}
			longest = max(longest, n)
			qi, si, equal = qi+n, si+n, equal+n
			continue
		case diffmatchpatch.DiffDelete: // in the record, not the quotation
			if cur == nil {
				all = append(all, hunk{qi, qi, si, si})
				cur = &all[len(all)-1]
			}
			si += n
		case diffmatchpatch.DiffInsert: // in the quotation, not the record
			if cur == nil {
				all = append(all, hunk{qi, qi, si, si})
				cur = &all[len(all)-1]
			}
			qi += n
		}
		cur.qTo, cur.sTo = qi, si
	}
	a := alignment{equal: equal, runs: runs, longest: longest}
	lo, hi := 0, len(rec)
	for i, h := range all {
		switch {
		case h.sFrom == 0 && h.qFrom == 0 && equal > 0:
			// the record before the quotation starts: keep only as many of
			// its words as the quotation has in their place
			lo = max(h.sFrom, h.sTo-(h.qTo-h.qFrom))
			all[i].sFrom = lo
		case h.sTo == len(rec) && h.qTo == len(q) && equal > 0:
			hi = min(h.sTo, h.sFrom+(h.qTo-h.qFrom))
			all[i].sTo = hi
		}
	}
	// an omission that could as well stand before the words leading up to
	// it, or after those following it, is at the quotation's edge (the
	// passage starts or ends there) or at its ellipsis: "We … have a" held
	// against "We need law and order. If we don't have it, we're not going
	// to have a" leaves out "need … to", which may be the words after "We"
	// or before the second "we".
	keep := make([]bool, len(all))
	for i, h := range all {
		keep[i] = true
		if h.qFrom != h.qTo || h.sFrom >= h.sTo {
			continue
		}
		prevQ, nextQ := 0, len(q)
		if i > 0 {
			prevQ = all[i-1].qTo
		}
		if i+1 < len(all) {
			nextQ = all[i+1].qFrom
		}
		if k := h.qFrom - prevQ; k > 0 && sameKeys(q[prevQ:h.qFrom], rec[h.sTo-k:h.sTo]) {
			if prevQ == 0 && i == 0 {
				lo, keep[i] = max(lo, h.sTo-k), false
			} else if q[prevQ].gap {
				keep[i] = false
			}
		}
		if k := nextQ - h.qFrom; keep[i] && k > 0 && h.sFrom+k <= len(rec) && sameKeys(q[h.qFrom:nextQ], rec[h.sFrom:h.sFrom+k]) {
			if nextQ == len(q) && i == len(all)-1 {
				hi, keep[i] = min(hi, h.sFrom+k), false
			} else if nextQ < len(q) && q[nextQ].gap {
				keep[i] = false
			}
		}
	}
	a.src = rec[lo:hi]
	for i, h := range all {
		if !keep[i] {
			continue
		}
		// (not in a short quotation, whose few words are found anywhere)
		moved := len(q) >= shortQuote && h.qTo-h.qFrom >= 2 && inRecord(q[h.qFrom:h.qTo], rec)
		if moved {
			// a clause moved: its words are the record's, in another place
			a.runs += h.qTo - h.qFrom
		}
		if h.qTo > h.qFrom && (h.qFrom == 0 || h.qTo == len(q)) && !moved {
			a.leaves = true
		}
		h.sFrom, h.sTo = max(h.sFrom, lo)-lo, min(h.sTo, hi)-lo
		if h.sFrom >= h.sTo && h.qFrom >= h.qTo {
			continue // trimmed away
		}
		if h.qFrom == h.qTo && h.qFrom < len(q) && q[h.qFrom].gap {
			continue // left out at an ellipsis or a bracket
		}
		if h.qFrom == h.qTo && (h.qFrom == 0 || h.qFrom == len(q)) {
			continue // the quotation starts or ends inside the passage
		}
		a.hunks = append(a.hunks, h)
	}
	return a
}

func withoutFillers(ws []sources.Word) []sources.Word {
	out := make([]sources.Word, 0, len(ws))
	for _, w := range ws {
		if !sources.IsFiller(w.Key) {
			out = append(out, w)
		}
	}
	return out
}

// matches reports whether a quotation of n words comes from the passage:
// enough of its words are found there in runs, and, for a short quotation,
// its first and last words are the passage's: "I have great admiration for
// the mechanics" shares its opening with "… for the work", and is another
// sentence.
func (a alignment) matches(n int) bool {
	if n < shortQuote && a.leaves {
		return false
	}
	return a.runs >= minEqual && n-a.runs <= max(1, int(maxOwn*float64(n))) && a.longest >= 3 && len(a.src) > 0
}

// minAltered is how many words a quotation that differs from its passage
// must share with it, in runs: with four in common (a quotation of five
// words, one changed) a passage is as often another remark that shares a
// phrase ("That would make [-a-]{+more+} difference") as the one quoted.
const minAltered = 5

// anotherRemark reports whether a quotation that differs from the passage
// it matches is more likely another remark sharing some of its words than
// a copy of the passage: it shares fewer than minAltered words with it;
// or it is short (under shortQuote words) and leaves out of the record
// more words than it has (a copy of six words does not drop more than six
// of the record's, where a long quotation with a clause moved may seem
// to); or the article gives it to someone the record labels, and the
// record to someone else (altered and in another mouth is two errors,
// where another remark is one).
func anotherRemark(q quotes.Spoken, n int, m passage, known map[string]bool) bool {
	al := m.al
	if len(al.hunks) == 0 {
		return false
	}
	if al.runs < minAltered {
		return true
	}
	left := 0
	for _, h := range al.hunks {
		left += h.sTo - h.sFrom
	}
	return n < shortQuote && left > n || wrongSpeaker(q.Speaker, m, known)
}

// inRecord reports whether the words ws stand in a row in rec.
func inRecord(ws []qword, rec []sources.Word) bool {
	for i := 0; i+len(ws) <= len(rec); i++ {
		j := 0
		for j < len(ws) && rec[i+j].Key == ws[j].Key {
			j++
		}
		if j == len(ws) {
			return true
		}
	}
	return false
}

func sameKeys(q []qword, rec []sources.Word) bool {
	for i := range q {
		if q[i].Key != rec[i].Key {
			return false
		}
	}
	return true
}
