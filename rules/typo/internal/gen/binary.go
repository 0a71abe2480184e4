package main

import (
	"encoding/binary"
	"fmt"
	"sort"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The binary data files are read by the typo package without parsing:
// little-endian uint32 arrays and byte blobs at fixed places, so that
// start-up costs a copy of a few arrays, not a map entry per word. Each
// starts with the header of internal/format (magic, kind, version, length);
// the entry bits, size classes, block size and hashes are defined there
// too, for this generator and the rule's reader (load.go) alike. The
// payloads, after the header:
//
//	common.bin: n, tableBits, total, bounds; offsets[n+1]; entries[n];
//	            table[1<<tableBits]; blob
//	pairs.bin:  n, m; from[n+2]; right[m]; count[m] (uint16, at most 65535)
//	rare.bin:   count, blocks; blockOff[blocks+1]; entries[count] (bytes); blob
//	nearmiss.bin: k, nalts; keys[k]; from[k+1]; alts[nalts]
//
// The common words are those of size class 70 or below or seen in the
// counted text, with every other spelling of the same lower-case form
// ("Bill" with "bill"), sorted by count, lower-case form, spelling: a word's
// spellings are neighbours, found with one hash look-up of the lower-case
// form. The rare words are the rest, sorted, front-coded in blocks of 16.

// pack is the entry bits of e (format.ClassMask …) without the count.
func pack(e entry, hasNear bool) uint32 {
	c, ok := format.ClassIndex(e.class)
	if !ok {
		panic(fmt.Sprintf("gen: size class %d is not one of format.Classes", e.class))
	}
	f, ok := format.FlagIndex(e.flag)
	if !ok {
		panic(fmt.Sprintf("gen: flag %q is not one of format.Flags", e.flag))
	}
	v := c | f<<format.FlagShift
	if hasNear {
		v |= format.AltsBit
	}
	return v
}

type u32s []uint32

func (a u32s) bytes() []byte {
	b := make([]byte, 4*len(a))
	for i, v := range a {
		binary.LittleEndian.PutUint32(b[4*i:], v)
	}
	return b
}

func writeBinary(dir string, lex map[string]entry, pairs map[[2]string]int, near map[string][]string) error {
	isCommon := func(e entry) bool { return e.class <= 70 || e.count > 0 }
	commonLower := map[string]bool{}
	for w, e := range lex {
		if isCommon(e) {
			commonLower[lower(w)] = true
		}
	}
	var common, rare []string
	for w := range lex {
		if commonLower[lower(w)] {
			common = append(common, w)
		} else {
			rare = append(rare, w)
		}
	}
	// commonest first, so that the words most text is made of share a few
	// cache lines; spellings of one lower-case form together
	sort.Slice(common, func(i, j int) bool {
		a, b := lower(common[i]), lower(common[j])
		ca, cb := lex[common[i]].count, lex[common[j]].count
		return ca > cb || ca == cb && (a < b || a == b && common[i] < common[j])
	})
	sort.Strings(rare)
	id := map[string]uint32{}
	for i, w := range common {
		id[w] = uint32(i)
	}
	n := uint32(len(common))
	for i, w := range rare {
		id[w] = n + 1 + uint32(i)
	}

	// common.bin
	total, bounds := 0, 0
	offsets, entries := make(u32s, 0, n+1), make(u32s, 0, n)
	var blob strings.Builder
	for i, w := range common {
		offsets = append(offsets, uint32(blob.Len()))
		blob.WriteString(w)
		e := lex[w]
		v := pack(e, len(near[w]) > 0) | uint32(e.count)<<format.CountShift
		if i+1 < len(common) && lower(common[i+1]) == lower(w) {
			v |= format.MoreBit
		}
		entries = append(entries, v)
		if isCommon(e) {
			total += e.count
		}
	}
	offsets = append(offsets, uint32(blob.Len()))
	bits := uint(1)
	for 1<<bits < 3*len(commonLower)/2 {
		bits++
	}
	table := make(u32s, 1<<bits)
	for i, w := range common {
		if i > 0 && lower(common[i-1]) == lower(w) {
			continue
		}
		s := format.Slot(format.HashLower(lower(w)), bits)
		for table[s] != 0 {
			s = (s + 1) & (1<<bits - 1)
		}
		table[s] = uint32(i) + 1
	}
	for p, c := range pairs {
		if p[0] == "." && c >= 2 {
			if _, ok := id[p[1]]; ok || p[1] == "." {
				bounds += c
			}
		}
	}
	head := u32s{n, uint32(bits), uint32(total), uint32(bounds)}
	if err := format.Write(dir, format.Common, head.bytes(), offsets.bytes(), entries.bytes(), table.bytes(), []byte(blob.String())); err != nil {
		return err
	}

	// pairs.bin
	type pr struct{ a, b, n uint32 }
	var ps []pr
	pid := func(t string) (uint32, bool) {
		if t == "." {
			return n, true
		}
		i, ok := id[t]
		return i, ok && i < n
	}
	for p, c := range pairs {
		a, okA := pid(p[0])
		b, okB := pid(p[1])
		if c >= 2 && okA && okB {
			ps = append(ps, pr{a, b, uint32(c)})
		}
	}
	sort.Slice(ps, func(i, j int) bool { return ps[i].a < ps[j].a || ps[i].a == ps[j].a && ps[i].b < ps[j].b })
	from := make(u32s, n+2)
	right, counts := make(u32s, len(ps)), make([]byte, 2*len(ps))
	for i, p := range ps {
		right[i] = p.b
		binary.LittleEndian.PutUint16(counts[2*i:], uint16(min(p.n, 0xffff)))
	}
	k := 0
	for a := uint32(0); a <= n+1; a++ {
		for k < len(ps) && ps[k].a < a {
			k++
		}
		from[a] = uint32(k)
	}
	if err := format.Write(dir, format.Pairs, u32s{n, uint32(len(ps))}.bytes(), from.bytes(), right.bytes(), counts); err != nil {
		return err
	}

	// rare.bin
	blocks := (len(rare) + format.RareBlock - 1) / format.RareBlock
	blockOff := make(u32s, 0, blocks+1)
	rareE := make([]byte, len(rare))
	var rb []byte
	for i, w := range rare {
		rareE[i] = byte(pack(lex[w], len(near[w]) > 0))
		if i%format.RareBlock == 0 {
			blockOff = append(blockOff, uint32(len(rb)))
			rb = append(append(rb, byte(len(w))), w...)
			continue
		}
		prev := rare[i-1]
		p := 0
		for p < len(prev) && p < len(w) && p < 255 && prev[p] == w[p] {
			p++
		}
		rb = append(append(rb, byte(p), byte(len(w)-p)), w[p:]...)
	}
	blockOff = append(blockOff, uint32(len(rb)))
	if err := format.Write(dir, format.Rare, u32s{uint32(len(rare)), uint32(blocks)}.bytes(), blockOff.bytes(), rareE, rb); err != nil {
		return err
	}

	// nearmiss.bin
	var keys u32s
	for w := range near {
		keys = append(keys, id[w])
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i] < keys[j] })
	byID := map[uint32]string{}
	for w := range near {
		byID[id[w]] = w
	}
	nfrom := make(u32s, 0, len(keys)+1)
	var alts u32s
	for _, kid := range keys {
		nfrom = append(nfrom, uint32(len(alts)))
		for _, a := range near[byID[kid]] {
			if id[a] < n { // always: a near miss is far more common
				alts = append(alts, id[a])
			}
		}
	}
	nfrom = append(nfrom, uint32(len(alts)))
	return format.Write(dir, format.NearMiss, u32s{uint32(len(keys)), uint32(len(alts))}.bytes(), keys.bytes(), nfrom.bytes(), alts.bytes())
}
