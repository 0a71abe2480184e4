package names

import (
	"cmp"
	"slices"

	"github.com/copydesk/copydesk/rules"
	"github.com/copydesk/copydesk/rules/article"
)

// LearnedName is one person found in an archive under more than one
// spelling: the most frequent spelling, the others, and how many mentions
// each had. It is a proposed entry of the newsroom names list.
type LearnedName struct {
	Preferred string         `yaml:"preferred" json:"preferred"`
	Variants  []string       `yaml:"variants" json:"variants"`
	Counts    map[string]int `yaml:"counts" json:"counts"`
}

// Entry is the names-list entry the proposal stands for.
func (l LearnedName) Entry() rules.NameEntry {
	return rules.NameEntry{Preferred: l.Preferred, Variants: slices.Clone(l.Variants)}
}

// Learn proposes a names list from an archive (for `copydesk names learn`):
// the people it names under more than one spelling, most mentioned first.
// Each mention counts for the full name as the article spells it there
// (a surname-only mention with the article's given name).
func Learn(arts []*article.Article) []LearnedName {
	return LearnWith(arts, DefaultOptions())
}

// LearnWith is Learn with the rule's options (max_distance, min_length).
func LearnWith(arts []*article.Article, opts *Options) []LearnedName {
	var out []LearnedName
	for _, c := range clusterAcross(arts, &listIndex{}, opts.similarity()) {
		counts := map[string]int{}
		for _, fp := range c {
			for _, m := range fp.p.mentions {
				counts[fp.p.given.text+" "+learnedSpelling(fp.p, m)]++
			}
		}
		if len(counts) < 2 {
			continue
		}
		out = append(out, proposal(counts))
	}
	slices.SortFunc(out, func(a, b LearnedName) int {
		return cmp.Or(cmp.Compare(total(b), total(a)), cmp.Compare(a.Preferred, b.Preferred))
	})
	return out
}

func proposal(counts map[string]int) LearnedName {
	names := make([]string, 0, len(counts))
	for n := range counts {
		names = append(names, n)
	}
	slices.SortFunc(names, func(a, b string) int { return cmp.Or(cmp.Compare(counts[b], counts[a]), cmp.Compare(a, b)) })
	return LearnedName{Preferred: names[0], Variants: names[1:], Counts: counts}
}

func total(l LearnedName) int {
	n := 0
	for _, c := range l.Counts {
		n += c
	}
	return n
}

// learnedSpelling is how a mention spells the person's surname, leaving
// out differences of case and a dropped Arabic article (house style).
func learnedSpelling(p *person, m *mention) string {
	s := m.surname()
	if sameCore(s, &p.surname) && (s.particle == p.surname.particle || s.particle == "") {
		return p.surname.text
	}
	return s.text
}
