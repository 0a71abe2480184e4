package names

import (
	"cmp"
	"slices"
	"strings"
	"unicode/utf8"
)

// Finding the person a surname-only mention names with one slip (Haig for
// Louise Haigh): through bySlip, an index of every surname with one letter
// deleted, or, in an article of few people, by checking each.

// indexSlips makes bySlip from the persons so far: every full mention has
// been added when the first surname-only one looks for a slip.
func (g *people) indexSlips() {
	g.bySlip = g.mem.bySlip
	for _, p := range g.all {
		for _, d := range deletions(p.surname.key.plain) {
			// p is the latest, so if a repeated deletion added it already
			// it is the last: no need to search a list of every Smith
			l := g.bySlip[d]
			if len(l) == 0 {
				l = g.mem.lists.many(1)[:0] // most deletions are one person's
			} else if l[len(l)-1] == p {
				continue
			}
			g.bySlip[d] = append(l, p)
		}
	}
}

// slipped returns the persons whose surname a surname-only mention spells
// with one slip (Haig for Louise Haigh, Reevs for Rachel Reeves), when no
// full mention of the article spells a surname as the mention does. They
// come in the order of the first deletion of the mention's spelling (see
// deletions) that their surname shares, then in the order they were made.
func (g *people) slipped(pt *part) []*person {
	s := pt.key.plain
	if g.fullSurnames[s] {
		return nil
	}
	if len(g.all) < manyPeople {
		return g.slippedFew(s)
	}
	if g.bySlip == nil {
		g.indexSlips()
	}
	var out []*person
	for _, d := range deletions(s) {
		for _, p := range g.bySlip[d] {
			if !slices.Contains(out, p) && !institutionWords[p.surname.key.plain] && slip(p.surname.key.plain, s) {
				out = append(out, p)
			}
		}
	}
	return out
}

// manyPeople is how many persons an article must have for slipped to look
// them up through bySlip; fewer are each checked, which costs less than
// making the index. (A variable for the test that compares both ways.)
var manyPeople = 32

// slippedFew is slipped without bySlip: every person is checked, and those
// one slip away (slip implies a shared deletion) are put in the order the
// index would give.
func (g *people) slippedFew(s string) []*person {
	type found struct {
		p  *person
		at int // the first of s's deletions the person's surname shares
	}
	var fs []found
	var mine []string // s's deletions, made for the first person that may share one
	for _, p := range g.all {
		ps := p.surname.key.plain
		// slip needs the same first letter: a byte compares it cheaply
		if ps == "" || s == "" || ps[0] != s[0] || institutionWords[ps] || !slip(ps, s) {
			continue
		}
		if mine == nil {
			mine = deletions(s)
		}
		theirs := deletions(ps)
		at := slices.IndexFunc(mine, func(d string) bool { return slices.Contains(theirs, d) })
		fs = append(fs, found{p, at})
	}
	slices.SortStableFunc(fs, func(a, b found) int { return cmp.Compare(a.at, b.at) })
	out := make([]*person, len(fs))
	for i, f := range fs {
		out[i] = f.p
	}
	return out
}

// deletions returns s and s with each one of its letters deleted: two
// strings one insertion, deletion, change or swap apart share one. The
// deletions are cut from one string, so that a word costs two allocations,
// not two per letter. (s is a plain key: valid UTF-8.)
func deletions(s string) []string {
	n := utf8.RuneCountInString(s)
	var b strings.Builder
	b.Grow(n * len(s))
	for i := 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		b.WriteString(s[:i])
		b.WriteString(s[i+size:])
		i += size
	}
	all := b.String()
	out := make([]string, 1, n+1)
	out[0] = s
	for i, at := 0, 0; i < len(s); {
		_, size := utf8.DecodeRuneInString(s[i:])
		out = append(out, all[at:at+len(s)-size])
		at += len(s) - size
		i += size
	}
	return out
}
