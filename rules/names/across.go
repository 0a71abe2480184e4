package names

import (
	"slices"

	"github.com/copydesk/copydesk/rules/article"
)

// acrossFactor scales max_distance for surnames compared across files.
const acrossFactor = 0.7

// filePerson is a person of one article of a batch.
type filePerson struct {
	art *article.Article
	p   *person
}

// clusterAcross groups the people of many articles into individuals: two
// are one when their surnames are variants and their first given names
// agree. People are compared only within a block of one surname skeleton
// and a key of the given name, so the work grows with the number of
// people, not its square (but for one person named alike in many files,
// whose pairs cost a root look-up each).
func clusterAcross(arts []*article.Article, list *listIndex, sim similarity) [][]filePerson {
	// Across files only the first given name ties two people together, so
	// surnames must be closer than within one article.
	strict := similarity{minLen: sim.minLen, maxDist: sim.maxDist * acrossFactor}
	var all []filePerson
	blocks := map[skelGiven][]int{}
	for _, art := range arts {
		for _, p := range analyse(art, list, sim, newScratch()).all {
			if institutionWords[p.surname.key.plain] {
				continue
			}
			// a block is a surname skeleton and a key of the first given
			// name: people sameGiven could join share one
			for _, sk := range p.surname.skeletons() {
				for _, k := range sameGivenKeys(p.given) {
					blocks[skelGiven{sk, k}] = append(blocks[skelGiven{sk, k}], len(all))
				}
			}
			all = append(all, filePerson{art, p})
		}
	}
	parent := make([]int, len(all))
	for i := range parent {
		parent[i] = i
	}
	root := func(i int) int {
		for parent[i] != i {
			parent[i] = parent[parent[i]]
			i = parent[i]
		}
		return i
	}
	for _, ids := range blocks {
		for x, i := range ids {
			for _, j := range ids[x+1:] {
				a, b := all[i].p, all[j].p
				if ri, rj := root(i), root(j); ri != rj && strict.sameName(&a.surname, &b.surname) && sameGiven(sim, a.given, b.given) {
					// the smaller index is the root, whatever order the
					// blocks are visited in (a map's order is random)
					parent[max(ri, rj)] = min(ri, rj)
				}
			}
		}
	}
	byRoot := map[int][]filePerson{}
	var order []int
	for i := range all {
		r := root(i)
		if _, ok := byRoot[r]; !ok {
			order = append(order, r)
		}
		byRoot[r] = append(byRoot[r], all[i])
	}
	slices.Sort(order)
	out := make([][]filePerson, 0, len(order))
	for _, r := range order {
		out = append(out, byRoot[r])
	}
	return out
}

// sameGiven is strict, since across files nothing else ties two people:
// the same first given name or a variant of it; an initial is not enough
// ("S Williams" could be Serena or Shane).
func sameGiven(sim similarity, a, b *part) bool {
	if a == nil || b == nil || len(a.key.plain) < 2 || len(b.key.plain) < 2 {
		return false
	}
	return a.key.plain == b.key.plain || sim.variant(a.key, b.key)
}
