package names

import (
	"slices"
	"strings"
)

// person is one individual of an article: the mentions that name them.
type person struct {
	mentions []*mention
	seq      int      // the order in which the article's persons were made
	first    *mention // the first full mention
	surname  part     // preferred spelling of the surname
	given    *part    // preferred spelling of the first given name
	listed   bool     // preferred spelling from the newsroom list
	// byMajority: the surname is spelled as most of the mentions spell it,
	// not as the first full mention does
	byMajority bool
	prefRef    *mention // a mention spelled the preferred way (Related); nil if none
	// byGiven are one-word mentions after Sir or Dame that name the person
	// by a misspelt given name ("Sir Kier" for Sir Keir Starmer).
	byGiven []*mention
}

// people groups mentions into persons. Full mentions ("Muammar Gaddafi")
// make persons: two are one person when their surnames are variants and
// their first given names agree or are variants. A surname-only mention
// joins the person whose surname it spells or is a variant of; it is left
// alone when that could be more than one person spelled differently.
// Persons are found through the skeleton of their surname, so each
// mention is compared with a handful of candidates, not with all.
//
// The indexes that only narrow a search further are built when a search
// needs them, so that an ordinary article, naming a few dozen people, does
// not pay for them: bySkelGiven for a skeleton once bigSkeleton persons
// share it, bySlip at the first slipped surname-only mention.
type people struct {
	sim    similarity
	all    []*person
	bySkel map[string][]*person
	// owner is the person each mention (by seq) was added to, or nil; the
	// persons' lists of mentions are made from it once all are added.
	owner []*person
	// mem is the scratch the persons, the lists of bySkel and bySlip (most
	// skeletons are one person's) and the maps above are made in.
	mem *scratch
	// bySkelGiven finds persons by a surname skeleton and a key of their
	// first given name (see givenIndexKeys); it holds only the skeletons
	// of bigSkeleton persons or more, and is nil until one is.
	bySkelGiven map[skelGiven][]*person
	ms          []*mention // the article's mentions
	// uses counts how often each spelling (plain key) names anything in
	// the article, inside a longer name or alone. Few articles ask: nil
	// until the first question (see usesOf).
	uses map[string]int
	// bySlip finds the persons whose surname is one slip from a spelling:
	// it holds each full-name surname (plain key) with one letter deleted,
	// and as it is. Nil until slipped first needs it.
	bySlip map[string][]*person
	// fullSurnames are the surnames (plain keys) of the full mentions.
	fullSurnames map[string]bool
	// listed are the spellings (plain keys) of surname-only mentions that
	// are entries of a team sheet (see listEntry); nil until the first
	// question (see isListed).
	listed map[string]bool
}

func groupPeople(ms []*mention, sim similarity, mem *scratch) *people {
	g := &mem.people
	*g = people{sim: sim, ms: ms, mem: mem, bySkel: mem.bySkel, fullSurnames: mem.fullSurnames,
		owner: slices.Grow(mem.owner, len(ms))[:len(ms)]}
	mem.owner = g.owner
	givenNames := mem.givenNames
	full := 0
	for _, m := range ms {
		if m.full() {
			full++
		}
	}
	// a person is made by a full mention: there are at most as many
	g.all = slices.Grow(mem.all, full)
	g.mem.persons.reserve(full)
	var weak []*mention
	for _, m := range ms {
		switch {
		case !m.full():
		case m.parts[0].initial:
			weak = append(weak, m)
		default:
			g.addFull(m)
			givenNames[m.given().key.plain] = true
		}
	}
	// A full mention that begins a sentence has a first word whose capital
	// says nothing: it joins a person it agrees with before making one.
	for _, m := range weak {
		g.addFull(m)
		givenNames[m.given().key.plain] = true
	}
	for _, m := range ms {
		if !m.full() && !g.addGiven(m) && !givenNames[m.surname().key.plain] {
			g.addSurname(m)
		}
	}
	g.collectMentions(ms)
	mem.all = g.all
	for _, p := range g.all {
		p.prefer(p.firstFull())
		p.preferMajority(g)
	}
	return g
}

// usesOf returns how often a spelling (plain key) names anything in the
// article, inside a longer name or alone.
func (g *people) usesOf(s string) int {
	if g.uses == nil {
		g.uses = map[string]int{}
		for _, m := range g.ms {
			for _, pt := range m.parts {
				g.uses[pt.key.plain]++
			}
		}
	}
	return g.uses[s]
}

// isListed reports whether a spelling (plain key) is that of a
// surname-only mention that is an entry of a team sheet (see listEntry).
func (g *people) isListed(s string) bool {
	if g.listed == nil {
		g.listed = listedSpellings(g.ms)
	}
	return g.listed[s]
}

// collectMentions gives each person the mentions added to it, in the order
// of the text, cut from one slice.
func (g *people) collectMentions(ms []*mention) {
	n := make([]int, len(g.all)) // by person seq
	for _, p := range g.owner {
		if p != nil {
			n[p.seq]++
		}
	}
	lists := slices.Grow(g.mem.byPerson, len(ms))[:len(ms)]
	g.mem.byPerson = lists
	at := 0
	for _, p := range g.all {
		p.mentions = lists[at : at : at+n[p.seq]]
		at += n[p.seq]
	}
	for seq, p := range g.owner {
		if p != nil {
			p.mentions = append(p.mentions, ms[seq])
		}
	}
}

// preferMajority makes the surname spelling most of the person's mentions
// use the preferred one when it outnumbers the first full mention's: in
// "Maria Gonzales … Gonzalez … Gonzalez" the full mention is the odd one.
// The first given name stays the first full mention's. (The newsroom list,
// applied later, overrides both.)
func (p *person) preferMajority(g *people) {
	if len(p.mentions) < 3 {
		return // a majority other than the full mention's is two mentions to its one
	}
	counts := make(map[string]int, len(p.mentions)) // by core: al-Sudani and Sudani are one spelling here
	for _, m := range p.mentions {
		counts[m.surname().key.lower]++
	}
	core := func(m *mention) string { return m.surname().key.lower }
	best := p.first
	for _, m := range p.mentions {
		if counts[core(m)] > counts[core(best)] {
			best = m
		}
	}
	// the majority must be the person's alone: a spelling the article also
	// uses for something else (a word, a place, another name) is no vote
	if best != p.first && counts[core(best)] >= 2 && g.usesOf(best.surname().key.plain) == counts[core(best)] &&
		!placeWords[core(best)] {
		p.surname, p.prefRef, p.byMajority = *best.surname(), best, true
	}
}

// firstFull returns the person's first full mention in the text.
func (p *person) firstFull() *mention {
	for _, m := range p.mentions {
		if m.full() {
			return m
		}
	}
	return p.first
}

// prefer makes m's spelling the preferred one.
func (p *person) prefer(m *mention) {
	p.first, p.surname, p.given, p.prefRef = m, *m.surname(), m.given(), m
}

// addFull adds a full mention to the person it names, or to a new person.
// Of several candidates, one spelled exactly as the mention is preferred.
func (g *people) addFull(m *mention) {
	var match *person
	g.fullSurnames[m.surname().key.plain] = true
	for _, p := range g.fullCandidates(m) {
		if !g.sim.sameName(&p.surname, m.surname()) || !g.givenAgree(p.given, m.given(), p.surname.key.plain == m.surname().key.plain) {
			continue
		}
		if match == nil || sameSpelling(&p.surname, m.surname()) && !sameSpelling(&match.surname, m.surname()) {
			match = p
		}
	}
	if match == nil {
		match = g.mem.persons.one()
		match.seq = len(g.all)
		match.prefer(m)
		g.all = append(g.all, match)
		for _, sk := range m.surname().skeletons() {
			l, ok := g.bySkel[sk]
			if !ok {
				l = g.mem.lists.many(1)[:0]
			}
			g.bySkel[sk] = append(l, match)
			switch n := len(g.bySkel[sk]); {
			case n == bigSkeleton: // index the skeleton's persons so far
				for _, p := range g.bySkel[sk] {
					g.indexGiven(sk, p)
				}
			case n > bigSkeleton:
				g.indexGiven(sk, match)
			}
		}
	}
	g.owner[m.seq] = match
}

// givenAgree reports whether two first given names can be one person's:
// the same, a variant, or an initial of it; beside a surname spelled
// exactly alike, also one slip apart (Kier Starmer is Keir Starmer, but
// Kim Jong Un is not Kim Jong Il: their surnames differ).
func (g *people) givenAgree(a, b *part, sameSurname bool) bool {
	if a == nil || b == nil || a.key.plain == b.key.plain {
		return true
	}
	ra, rb := []rune(a.key.plain), []rune(b.key.plain)
	if len(ra) == 1 || len(rb) == 1 {
		return len(ra) > 0 && len(rb) > 0 && ra[0] == rb[0]
	}
	return g.sim.variant(a.key, b.key) || sameSurname && slip(a.key.plain, b.key.plain)
}

// addGiven adds a one-word mention after Sir or Dame ("Sir Kier"), which
// names a given name, to the one person whose first given name it is a
// slip or variant of, and reports whether it did.
func (g *people) addGiven(m *mention) bool {
	if m.title == "" || !honorifics[m.title] { // most mentions have no title
		return false
	}
	pt := m.surname()
	var match *person
	for _, p := range g.all {
		if p.given == nil || !slip(p.given.key.plain, pt.key.plain) && !g.sim.variant(p.given.key, pt.key) {
			continue
		}
		if match != nil && !sameSpelling(match.given, p.given) {
			return false // two people it could be
		}
		if match == nil {
			match = p
		}
	}
	if match == nil {
		return false
	}
	match.byGiven = append(match.byGiven, m)
	return true
}

// addSurname adds a surname-only mention to the person it refers to, if
// there is one.
func (g *people) addSurname(m *mention) {
	if institutionWords[m.surname().key.plain] {
		return // "Press" is not a misspelt Perez
	}
	var cands []*person
	for _, p := range g.candidates(m.surname()) {
		if p.surname.key.plain == m.surname().key.plain {
			g.owner[m.seq] = p // spelled as one of them: a reference
			return
		}
		if g.sim.sameName(&p.surname, m.surname()) && !institutionWords[p.surname.key.plain] {
			cands = append(cands, p)
		}
	}
	if len(cands) == 0 {
		cands = g.slipped(m.surname())
	}
	cands = slices.DeleteFunc(cands, func(p *person) bool { return g.otherThing(m, &p.surname) })
	if len(cands) == 0 {
		return
	}
	for _, p := range cands[1:] {
		if !sameSpelling(&p.surname, &cands[0].surname) {
			return // Brown or Browne? Not ours to guess.
		}
	}
	g.owner[m.seq] = cands[0]
}

// sameSpelling reports whether two parts are written alike, ignoring case
// and the form of apostrophes (O'Neill, O’Neill: a matter for the
// typography rules).
func sameSpelling(a, b *part) bool {
	return a.particle == b.particle && sameCore(a, b)
}

// sameCore reports whether the names after any particle are written alike.
func sameCore(a, b *part) bool {
	return strings.EqualFold(straightened(a.core), straightened(b.core))
}

// straightened is s with its curly apostrophes straight; s itself when it
// is ASCII, as most names are (the Replacer would copy it).
func straightened(s string) string {
	if isASCII(s) {
		return s
	}
	return apostrophes.Replace(s)
}

var apostrophes = strings.NewReplacer("’", "'", "ʼ", "'", "‘", "'")
