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

// givenKey is one blocking key of a given name: what kind of key it is and
// its text. A struct, not a string with a prefix, so that making one
// allocates nothing.
type givenKey struct {
	kind byte   // '*' any name, 'f' first letter, 'i' an initial, 'p' plain key or a deletion of it, 'k' skeleton
	text string // the letter, deletion or skeleton; "" for '*'
}

// skelGiven is a key of people.bySkelGiven and of the blocks of
// clusterAcross: a surname skeleton and a key of the first given name.
type skelGiven struct {
	skel  string
	given givenKey
}

// givenIndexKeys are the keys a person is found by, within one surname
// skeleton, for a full mention (see givenQueryKeys).
func givenIndexKeys(g *part) []givenKey {
	if g == nil {
		return []givenKey{{kind: '*'}}
	}
	first := firstLetter(g.key.plain)
	keys := []givenKey{{'f', first}}
	if utf8.RuneCountInString(g.key.plain) == 1 {
		keys = append(keys, givenKey{'i', first})
	}
	for _, d := range deletions(g.key.plain) {
		keys = append(keys, givenKey{'p', d})
	}
	return appendSkeletonKeys(keys, g.key)
}

// givenQueryKeys are the keys to look a full mention's given name up by:
// together they find every person whose given name givenAgree could accept
// (an initial agrees with any name of its letter, a name with an initial
// of its own letter).
func givenQueryKeys(g *part) []givenKey {
	if g == nil {
		return nil // agrees with anyone: the caller looks at every person
	}
	first := firstLetter(g.key.plain)
	keys := []givenKey{{kind: '*'}}
	if utf8.RuneCountInString(g.key.plain) == 1 {
		return append(keys, givenKey{'f', first})
	}
	keys = append(keys, givenKey{'i', first})
	for _, d := range deletions(g.key.plain) {
		keys = append(keys, givenKey{'p', d})
	}
	return appendSkeletonKeys(keys, g.key)
}

// sameGivenKeys are the keys under which two given names that sameGiven
// accepts meet: the plain key, and each skeleton. A name sameGiven never
// accepts (none, or an initial) has none.
func sameGivenKeys(g *part) []givenKey {
	if g == nil || len(g.key.plain) < 2 {
		return nil
	}
	return appendSkeletonKeys([]givenKey{{'p', g.key.plain}}, g.key)
}

// appendSkeletonKeys adds k's skeletons; an empty one matches nothing
// (see shareSkeleton).
func appendSkeletonKeys(keys []givenKey, k *key) []givenKey {
	for _, sk := range k.skeletons() {
		if sk != "" {
			keys = append(keys, givenKey{'k', sk})
		}
	}
	return keys
}

// firstLetter is the first character of s, as a string ("" for ""; the
// replacement character for a bad byte, as string(rune) would give).
func firstLetter(s string) string {
	r, size := utf8.DecodeRuneInString(s)
	if r == utf8.RuneError || size == 0 {
		return string(r)
	}
	return s[:size]
}
