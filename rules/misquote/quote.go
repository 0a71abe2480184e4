package misquote

import (
	"strings"

	"github.com/copydesk/copydesk/rules/sources"
)

// qword is a word of a quotation, with what news style allows around it.
type qword struct {
	sources.Word      // offsets are the paragraph's Text
	bracket      bool // inside [brackets]: the writer's words, not the speaker's
	// gap: an ellipsis or a bracketed insertion stands just before the
	// word, so words of the record may be missing there; ellipsis: an
	// ellipsis does (the words either side may be far apart in the record).
	gap, ellipsis bool
}

// quoteWords splits the quoted words text[s:e] of a paragraph into words,
// marking those in brackets and those after an ellipsis ("...", "…",
// ". . .") or a bracketed insertion.
func quoteWords(text string, s, e int) []qword {
	inner := text[s:e]
	var out []qword
	gap, ell := false, false
	prev := 0
	open := false                                  // a [ before this word has not closed
	lastClose := strings.LastIndexByte(inner, ']') // a bracket closes only before it
	for _, w := range sources.Words(inner) {
		between := inner[prev:w.Start]
		prev = w.End
		if hasEllipsis(between) {
			gap, ell = true, true
		}
		if strings.Contains(between, "]") {
			gap = true
		}
		for i := 0; i < len(between); i++ { // brackets stand only between words
			switch between[i] {
			case '[':
				open = true
			case ']':
				open = false
			}
		}
		br := open && w.Start < lastClose // inside [brackets] that close later
		if br {
			gap = true
		}
		w.Start += s
		w.End += s
		out = append(out, qword{Word: w, bracket: br, gap: gap && !br, ellipsis: ell && !br})
		if !br {
			gap, ell = false, false
		}
	}
	return out
}

func hasEllipsis(s string) bool {
	return strings.Contains(s, "…") || strings.Contains(s, "...") || strings.Contains(s, ". . .")
}

// spoken returns the words of a quotation the speaker is quoted as saying:
// without bracketed ones, and without fillers when the desk allows their
// omission (so they count neither way).
func spoken(ws []qword, dropFillers bool) []qword {
	var out []qword
	gap, ell := false, false
	for _, w := range ws {
		if w.bracket || dropFillers && sources.IsFiller(w.Key) {
			gap = gap || w.bracket
			ell = ell || w.ellipsis
			continue
		}
		w.gap, w.ellipsis = w.gap || gap, w.ellipsis || ell
		gap, ell = false, false
		out = append(out, w)
	}
	return out
}

// segments are the keys of the words between ellipses, for the index (a
// bracketed insertion does not cut them: the words either side of it are
// next to each other in the record).
func segments(ws []qword) [][]string {
	var segs [][]string
	var cur []string
	for _, w := range ws {
		if w.ellipsis && len(cur) > 0 {
			segs = append(segs, cur)
			cur = nil
		}
		if !sources.IsFiller(w.Key) {
			cur = append(cur, w.Key)
		}
	}
	if len(cur) > 0 {
		segs = append(segs, cur)
	}
	return segs
}
