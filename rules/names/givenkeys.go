package names

import "unicode/utf8"

// Blocking keys for first given names. Comparing a mention with every
// person of its surname's skeleton made an article naming many people of
// one surname (a hundred Smiths, each with a first name of their own)
// quadratic. Two given names that can belong to one person share a key:
// equal plain keys, or keys one slip apart, share a deletion (see
// deletions); variants share a skeleton; an initial is found by its letter.
// The keys only narrow the search: every candidate is still checked by
// givenAgree or sameGiven, so results are unchanged.

// givenIndexKeys are the keys a person is found by, within one surname
// skeleton, for a full mention (see givenQueryKeys).
func givenIndexKeys(g *part) []string {
	if g == nil {
		return []string{"*"}
	}
	first, _ := utf8.DecodeRuneInString(g.key.plain)
	keys := []string{"f" + string(first)}
	if utf8.RuneCountInString(g.key.plain) == 1 {
		keys = append(keys, "i"+string(first))
	}
	for _, d := range deletions(g.key.plain) {
		keys = append(keys, "p"+d)
	}
	return appendSkeletonKeys(keys, g.key)
}

// givenQueryKeys are the keys to look a full mention's given name up by:
// together they find every person whose given name givenAgree could accept
// (an initial agrees with any name of its letter, a name with an initial
// of its own letter).
func givenQueryKeys(g *part) []string {
	if g == nil {
		return nil // agrees with anyone: the caller looks at every person
	}
	first, _ := utf8.DecodeRuneInString(g.key.plain)
	keys := []string{"*"}
	if utf8.RuneCountInString(g.key.plain) == 1 {
		return append(keys, "f"+string(first))
	}
	keys = append(keys, "i"+string(first))
	for _, d := range deletions(g.key.plain) {
		keys = append(keys, "p"+d)
	}
	return appendSkeletonKeys(keys, g.key)
}

// sameGivenKeys are the keys under which two given names that sameGiven
// accepts meet: the plain key, and each skeleton. A name sameGiven never
// accepts (none, or an initial) has none.
func sameGivenKeys(g *part) []string {
	if g == nil || len(g.key.plain) < 2 {
		return nil
	}
	return appendSkeletonKeys([]string{"p" + g.key.plain}, g.key)
}

// appendSkeletonKeys adds k's skeletons; an empty one matches nothing
// (see shareSkeleton).
func appendSkeletonKeys(keys []string, k key) []string {
	for _, sk := range k.skeletons() {
		if sk != "" {
			keys = append(keys, "k"+sk)
		}
	}
	return keys
}
