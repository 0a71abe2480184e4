package typo

import (
	"encoding/binary"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// mapsTable makes maps.bin for lexicon l (with lookup.bin read) from the
// committed data (layout: mapstable.go's wordMaps, each section written by
// writeStrMap).
func mapsTable(l *lexicon) ([]byte, error) {
	vocabTXT, err := os.ReadFile(filepath.Join("data", "vocab.txt"))
	if err != nil {
		return nil, err
	}
	variantsTSV, err := os.ReadFile(filepath.Join("data", "variants.tsv"))
	if err != nil {
		return nil, err
	}
	toUS, toGB := variantMaps(string(variantsTSV))
	var out []byte
	for _, m := range []map[string][]string{
		nameSlipsMap(l), nameEditsMap(l), accentedSet(l), vocabSet(string(vocabTXT)), toUS, toGB,
	} {
		out = append(out, writeStrMap(m)...)
	}
	return append(format.Header(format.Maps, len(out)), out...), nil
}

// writeStrMap writes m as a strMap section, little-endian:
//
//	bits, keys, vals, refs, keyBytes, valBytes uint32
//	table  [1<<bits]uint32  1 + key index, at format.Slot(format.HashLower(key), bits) or the next free slot
//	keyOff [keys+1]uint32   key k is keyBlob[keyOff[k]:keyOff[k+1]]
//	from   [keys+1]uint32   key k's values are refs[from[k]:from[k+1]], in m's order
//	refs   [refs]uint32     value indexes
//	valOff [vals+1]uint32   value v is valBlob[valOff[v]:valOff[v+1]]
//	keyBlob, valBlob
//
// Keys and values are sorted, each value kept once; the table is at most
// half full.
func writeStrMap(m map[string][]string) []byte {
	keys := make([]string, 0, len(m))
	seen := map[string]bool{}
	var vals []string
	for k, vs := range m {
		keys = append(keys, k)
		for _, v := range vs {
			if !seen[v] {
				seen[v] = true
				vals = append(vals, v)
			}
		}
	}
	slices.Sort(keys)
	slices.Sort(vals)
	bits := uint(4)
	for 1<<bits < 2*len(keys) {
		bits++
	}
	table := make([]uint32, 1<<bits)
	mask := uint64(1)<<bits - 1
	var keyOff, from, refs, valOff []uint32
	var keyBlob, valBlob []byte
	for k, key := range keys {
		s := format.Slot(format.HashLower(key), bits)
		for table[s] != 0 {
			s = (s + 1) & mask
		}
		table[s] = uint32(k + 1)
		keyOff = append(keyOff, uint32(len(keyBlob)))
		keyBlob = append(keyBlob, key...)
		from = append(from, uint32(len(refs)))
		for _, v := range m[key] {
			i, _ := slices.BinarySearch(vals, v)
			refs = append(refs, uint32(i))
		}
	}
	keyOff, from = append(keyOff, uint32(len(keyBlob))), append(from, uint32(len(refs)))
	for _, v := range vals {
		valOff = append(valOff, uint32(len(valBlob)))
		valBlob = append(valBlob, v...)
	}
	valOff = append(valOff, uint32(len(valBlob)))
	var out []byte
	for _, v := range []int{int(bits), len(keys), len(vals), len(refs), len(keyBlob), len(valBlob)} {
		out = binary.LittleEndian.AppendUint32(out, uint32(v))
	}
	for _, a := range [][]uint32{table, keyOff, from, refs, valOff} {
		for _, v := range a {
			out = binary.LittleEndian.AppendUint32(out, v)
		}
	}
	return append(append(out, keyBlob...), valBlob...)
}

// variantMaps reads variants.tsv ("british TAB american"): British to
// American and back, the first pair of a word kept.
func variantMaps(tsv string) (toUS, toGB map[string][]string) {
	toUS, toGB = map[string][]string{}, map[string][]string{}
	for text := tsv; text != ""; {
		line, rest, _ := strings.Cut(text, "\n")
		text = rest
		gb, us, ok := strings.Cut(line, "\t")
		if !ok {
			continue
		}
		if _, seen := toUS[gb]; !seen {
			toUS[gb] = []string{us}
		}
		if _, seen := toGB[us]; !seen {
			toGB[us] = []string{gb}
		}
	}
	return toUS, toGB
}

// vocabSet is vocab.txt's words, one a line.
func vocabSet(txt string) map[string][]string {
	m := map[string][]string{}
	for _, w := range strings.Split(strings.TrimSpace(txt), "\n") {
		m[w] = nil
	}
	return m
}

// accentedSet is the lexicon's words with accents, in lower case and
// written without them.
func accentedSet(l *lexicon) map[string][]string {
	m := map[string][]string{}
	add := func(w string) {
		if !isASCII(w) {
			m[stripAccents(strings.ToLower(w))] = nil
		}
	}
	for i := range l.n {
		add(l.word(i))
	}
	for b := range l.rareBlockOff.len() - 1 {
		l.eachInBlock(b, func(w []byte) { add(string(w)) })
	}
	return m
}

// nameSlipsMap maps each swapped or doubled-letter spelling of a common
// name (lower case) to the names it may be a slip for (see wordMaps).
func nameSlipsMap(l *lexicon) map[string][]string {
	slipsOf := map[string][]string{}
	for g := 0; g < l.n; g++ {
		if g > 0 && l.ents.at(g-1)&format.MoreBit != 0 {
			continue // not the first spelling of its lower-case form
		}
		lw := strings.ToLower(l.word(g))
		disp := l.folded(lw)
		if disp == "" {
			continue
		}
		e, ok := l.get(disp)
		if !ok || e.class > nameMaxClass || e.count < nameMinCount || !isASCII(lw) {
			continue
		}
		for _, typed := range slips(lw) {
			if !contains(slipsOf[typed], lw) {
				slipsOf[typed] = append(slipsOf[typed], lw)
			}
		}
	}
	for _, v := range slipsOf {
		sort.Strings(v) // map order must not reach the output
	}
	return slipsOf
}

// nameEditsMap files the best-known names under their lower-case form and
// each spelling of it with one letter deleted (see wordMaps).
func nameEditsMap(l *lexicon) map[string][]string {
	edits := map[string][]string{}
	add := func(key, name string) {
		if !contains(edits[key], name) {
			edits[key] = append(edits[key], name)
		}
	}
	for g := 0; g < l.n; g++ {
		name := l.word(g)
		e := l.entryAt(g)
		r := name[0]
		if r < 'A' || r > 'Z' || len(name) < nameEditMinLen-1 || e.class > nameEditMaxClass ||
			e.count < nameEditMinCount || !isASCII(name) {
			continue
		}
		if we, ok := l.get(strings.ToLower(name)); ok && !l.properOnly(strings.ToLower(name), we) && we.class <= e.class+20 {
			continue // also a word, and as common ("March", "Bill", "China")
		}
		key := strings.ToLower(name)
		add(key, name)
		for i := range len(key) {
			add(key[:i]+key[i+1:], name)
		}
	}
	for _, v := range edits {
		sort.Strings(v) // map order must not reach the output
	}
	return edits
}
