package names

import (
	"cmp"
	"slices"
)

// Finding the persons a mention may name: those whose surname shares a
// skeleton with it, and for a full mention, in a skeleton many share, whose
// first given name shares a key with it (see givenkeys.go).

// bigSkeleton is how many persons must share a surname skeleton before
// they are looked up by given name too (a hundred Smiths); fewer are
// simply each checked. (A variable for the test that compares both ways.)
var bigSkeleton = 8

// indexGiven adds person p, of surname skeleton sk, to bySkelGiven.
func (g *people) indexGiven(sk string, p *person) {
	if g.bySkelGiven == nil {
		g.bySkelGiven = map[skelGiven][]*person{}
	}
	for _, k := range givenIndexKeys(p.given) {
		g.bySkelGiven[skelGiven{sk, k}] = append(g.bySkelGiven[skelGiven{sk, k}], p)
	}
}

// fullCandidates returns the persons a full mention may name: those
// candidates (below) whose first given name may agree with the mention's,
// in the same order. Of a skeleton shared by fewer than bigSkeleton persons
// it returns them all: the caller checks each given name anyway, and any
// that givenAgree accepts shares a key with the mention's.
func (g *people) fullCandidates(m *mention) []*person {
	sks := m.surname().skeletons()
	big := slices.ContainsFunc(sks, func(sk string) bool { return len(g.bySkel[sk]) >= bigSkeleton })
	if !big || m.given() == nil {
		return g.candidates(m.surname())
	}
	keys := givenQueryKeys(m.given())
	var out []*person
	seen := map[*person]bool{}
	for _, sk := range sks {
		found := g.bySkel[sk] // in the order they were made
		if len(found) >= bigSkeleton {
			found = nil
			for _, k := range keys {
				found = append(found, g.bySkelGiven[skelGiven{sk, k}]...)
			}
			slices.SortFunc(found, func(a, b *person) int { return cmp.Compare(a.seq, b.seq) })
		}
		for _, p := range found {
			if !seen[p] {
				seen[p] = true
				out = append(out, p)
			}
		}
	}
	return out
}

// candidates returns the persons whose surname shares a skeleton with pt,
// each once.
func (g *people) candidates(pt *part) []*person {
	sks := pt.skeletons()
	if len(sks) == 1 {
		return g.bySkel[sks[0]]
	}
	var out []*person
	for _, sk := range sks {
		for _, p := range g.bySkel[sk] {
			if !slices.Contains(out, p) {
				out = append(out, p)
			}
		}
	}
	return out
}
