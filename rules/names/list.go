package names

import (
	"strings"

	"github.com/copydesk/copydesk/rules"
)

// listIndex is the newsroom names list, indexed by surname skeleton.
type listIndex struct {
	sim    similarity
	bySkel map[string][]listed
}

// listed is one spelling on the list (preferred or variant) and the
// preferred name it stands for.
type listed struct {
	spelling  []part // as listed
	preferred []part
}

// sharedListIndex is the names list of sh indexed for sim, made once a run
// (rules.Shared.Derived), not once an article: a newsroom's list may hold
// thousands of names. The index is read, never changed, by every article.
func sharedListIndex(sh *rules.Shared, sim similarity) *listIndex {
	if len(sh.Names) == 0 {
		return newListIndex(nil, sim)
	}
	return sh.Derived(listKey{sim}, func() any { return newListIndex(sh.Names, sim) }).(*listIndex)
}

// listKey files a run's listIndex with its shared data, one for each
// similarity the rule is configured with.
type listKey struct{ sim similarity }

func newListIndex(entries []rules.NameEntry, sim similarity) *listIndex {
	x := &listIndex{sim: sim}
	if len(entries) == 0 {
		return x // most runs have no list: a nil map answers every look-up
	}
	x.bySkel = map[string][]listed{}
	for _, e := range entries {
		pref := parseName(e.Preferred)
		if len(pref) == 0 {
			continue
		}
		for _, s := range append([]string{e.Preferred}, e.Variants...) {
			sp := parseName(s)
			if len(sp) == 0 {
				continue
			}
			for _, sk := range sp[len(sp)-1].skeletons() {
				x.bySkel[sk] = append(x.bySkel[sk], listed{spelling: sp, preferred: pref})
			}
		}
	}
	return x
}

// apply gives a person the list's spelling when one of the list's names is
// theirs: the same surname spelling, or, for a listed full name, a variant
// surname with an agreeing first given name.
func (x *listIndex) apply(p *person) {
	var ls []listed
	for _, sk := range p.surname.skeletons() {
		ls = append(ls, x.bySkel[sk]...)
	}
	for _, l := range ls {
		if !x.matches(l, p) {
			continue
		}
		pref := l.preferred
		p.surname, p.listed = pref[len(pref)-1], true
		if len(pref) > 1 && len(l.spelling) > 1 && p.given != nil {
			g := pref[0]
			p.given = &g
		}
		p.prefRef = nil
		for _, m := range p.mentions {
			if sameSpelling(m.surname(), &p.surname) {
				p.prefRef = m
				break
			}
		}
		return
	}
}

func (x *listIndex) matches(l listed, p *person) bool {
	s := l.spelling[len(l.spelling)-1]
	if len(l.spelling) == 1 || p.given == nil {
		return s.key.plain == p.surname.key.plain
	}
	g := people{sim: x.sim}
	return x.sim.sameName(&s, &p.surname) && g.givenAgree(&l.spelling[0], p.given, false)
}

// parseName splits a listed name into parts, particles joined to the word
// after them: "Osama bin Laden" → Osama, bin Laden.
func parseName(s string) []part {
	var out []part
	var pending []string
	for _, w := range strings.Fields(s) {
		if isParticle(w) {
			pending = append(pending, w)
			continue
		}
		pt := part{text: strings.Join(append(pending, w), " "), core: w}
		if len(pending) > 0 {
			pt.particle = strings.ToLower(strings.Join(pending, " "))
		} else if pre, rest, ok := strings.Cut(w, "-"); ok && articlePrefixes[strings.ToLower(pre)] && rest != "" {
			pt.particle, pt.core = strings.ToLower(pre), rest
		}
		pt.setKey(nil)
		out = append(out, pt)
		pending = nil
	}
	return out
}
