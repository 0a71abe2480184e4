// Package channel learns and stores a character-level error model: how
// likely each single slip is, by letter and the letter before it, in the
// manner of Church & Gale (1991), and how likely a few letters are
// rewritten at once, in the manner of Brill & Moore (2000; substr.go).
// The generator learns it from a list of (misspelling, correction) pairs
// that is not an evaluation list (codespell's dictionary); the typo rule
// reads it to rank its suggestions (cost.go).
package channel

import (
	"errors"
	"math"
)

// Start is the context index of a word's start ("^"): the letter before
// the first one.
const Start = 26

// Table holds the cost of each slip in nats, −ln P(slip | letters), as
// learnt: Sub[x][y] is intended x typed as y; Del[p][x] is x left out
// after p; Ins[p][y] is y typed extra after the typed letter p;
// Trans[x][y] is intended xy typed as yx. Contexts are letters 0–25 or
// Start.
type Table struct {
	Sub   [26][26]float64
	Del   [27][26]float64
	Ins   [27][26]float64
	Trans [26][26]float64
}

// counts are the raw tallies Learn divides.
type counts struct {
	sub, trans [26][26]float64
	del, ins   [27][26]float64
	uni        [27]float64     // letters of the intended words; [Start]: words
	bi         [27][26]float64 // letter pairs of the intended words, Start for the first
}

// maxDist is the most edits a training pair may need: further pairs are
// more often a different word than a slip, and their alignment is a guess.
const maxDist = 2

// Model is the single-letter Table and the substring rules (substr.go).
type Model struct {
	Table
	rules   []rule
	sorted  []rule   // the rules by bucket (see index)
	from    []int32  // the first rule of each bucket in sorted
	filled  []uint64 // bit bk set: bucket bk has a rule
	unit    unitCosts
	letters letterOrders
}

// Learn estimates a Model from pairs of (misspelling, correction), both in
// lower case; pairs with a byte other than a–z, or more than maxDist
// edits apart, are skipped.
func Learn(pairs [][2]string) *Model {
	m := &Model{Table: *learnTable(pairs)}
	m.unit = m.units()
	for _, r := range learnRules(pairs) {
		// a rule no cheaper than its letters' slips one by one only
		// slows the alignment down
		if r.cost < m.align([]byte(r.from), []byte(r.to), false)-minGain {
			m.rules = append(m.rules, r)
		}
	}
	m.index()
	return m
}

// minGain is how much cheaper, in nats, a rule must be than the same
// change made letter by letter to be kept.
const minGain = 1.5

// learnTable estimates the single-letter slips. Each probability is
// add-half smoothed, so a slip never seen still has a finite cost.
func learnTable(pairs [][2]string) *Table {
	var c counts
	for _, p := range pairs {
		typed, intended := p[0], p[1]
		if !letters(typed) || !letters(intended) || typed == intended {
			continue
		}
		edits, ok := align(intended, typed)
		if !ok {
			continue
		}
		for _, e := range edits {
			switch e.op {
			case 's':
				c.sub[e.a][e.b]++
			case 'd':
				c.del[e.ctx][e.a]++
			case 'i':
				c.ins[e.ctx][e.b]++
			case 't':
				c.trans[e.a][e.b]++
			}
		}
		prev := Start
		c.uni[Start]++
		for i := 0; i < len(intended); i++ {
			x := int(intended[i] - 'a')
			c.uni[x]++
			c.bi[prev][x]++
			prev = x
		}
	}
	const alpha = 0.5
	cost := func(n, of float64, outcomes int) float64 {
		return -math.Log((n + alpha) / (of + alpha*float64(outcomes)))
	}
	t := &Table{}
	for x := range 26 {
		for y := range 26 {
			t.Sub[x][y] = cost(c.sub[x][y], c.uni[x], 26)
			t.Trans[x][y] = cost(c.trans[x][y], c.bi[x][y], 2)
		}
	}
	for p := range 27 {
		for x := range 26 {
			t.Del[p][x] = cost(c.del[p][x], c.bi[p][x], 2)
			t.Ins[p][x] = cost(c.ins[p][x], c.uni[p], 26)
		}
	}
	return t
}

func letters(s string) bool {
	if s == "" {
		return false
	}
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return true
}

// edit is one slip of an alignment: op 's', 'd', 'i' or 't'; a and b the
// intended and typed letters (0–25); ctx the letter before (or Start).
type edit struct {
	op        byte
	a, b, ctx int
}

// osaTable is the table of unit-cost optimal string alignment distances
// (substitutions, omissions, extra letters, swaps of neighbours) between
// the prefixes of intended and typed: d[i][j] for intended[:i], typed[:j].
func osaTable(intended, typed string) [][]int {
	n, m := len(intended), len(typed)
	d := make([][]int, n+1)
	for i := range d {
		d[i] = make([]int, m+1)
		d[i][0] = i
	}
	for j := 0; j <= m; j++ {
		d[0][j] = j
	}
	for i := 1; i <= n; i++ {
		for j := 1; j <= m; j++ {
			sub := 1
			if intended[i-1] == typed[j-1] {
				sub = 0
			}
			v := min(d[i-1][j-1]+sub, d[i-1][j]+1, d[i][j-1]+1)
			if i > 1 && j > 1 && intended[i-1] == typed[j-2] && intended[i-2] == typed[j-1] && intended[i-1] != intended[i-2] {
				v = min(v, d[i-2][j-2]+1)
			}
			d[i][j] = v
		}
	}
	return d
}

// align finds a cheapest unit-cost alignment of intended to typed
// (optimal string alignment: substitutions, omissions, extra letters,
// swaps of neighbours) and returns its edits, or false when it needs more
// than maxDist.
func align(intended, typed string) ([]edit, bool) {
	n, m := len(intended), len(typed)
	d := osaTable(intended, typed)
	if d[n][m] > maxDist {
		return nil, false
	}
	// walk back, preferring a match, then a swap, a substitution, a letter
	// left out, a letter too many
	var out []edit
	ctxOf := func(s string, k int) int { // the letter before s[k]
		if k == 0 {
			return Start
		}
		return int(s[k-1] - 'a')
	}
	i, j := n, m
	for i > 0 || j > 0 {
		switch {
		case i > 0 && j > 0 && intended[i-1] == typed[j-1] && d[i][j] == d[i-1][j-1]:
			i, j = i-1, j-1
		case i > 1 && j > 1 && intended[i-1] == typed[j-2] && intended[i-2] == typed[j-1] && intended[i-1] != intended[i-2] && d[i][j] == d[i-2][j-2]+1:
			out = append(out, edit{op: 't', a: int(intended[i-2] - 'a'), b: int(intended[i-1] - 'a')})
			i, j = i-2, j-2
		case i > 0 && j > 0 && d[i][j] == d[i-1][j-1]+1:
			out = append(out, edit{op: 's', a: int(intended[i-1] - 'a'), b: int(typed[j-1] - 'a')})
			i, j = i-1, j-1
		case i > 0 && d[i][j] == d[i-1][j]+1:
			out = append(out, edit{op: 'd', a: int(intended[i-1] - 'a'), ctx: ctxOf(intended, i-1)})
			i--
		default:
			out = append(out, edit{op: 'i', b: int(typed[j-1] - 'a'), ctx: ctxOf(typed, j-1)})
			j--
		}
	}
	return out, true
}

// The model is stored as one byte per cost, in steps of 1/16 nat (costs
// of 16 nats or more, which no smoothed estimate from a list of this size
// reaches, are clipped): Sub, Del, Ins, Trans in that order, row by row.
const (
	magic     = "CHN2"
	step      = 16.0
	tableSize = len(magic) + 26*26 + 27*26 + 27*26 + 26*26
)

// Encode writes m in the stored form: the table, then the rule count (two
// bytes, little-endian) and each rule as len(α), α, len(β), β, cost.
func (m *Model) Encode() []byte {
	out := m.encode()
	out = append(out, byte(len(m.rules)), byte(len(m.rules)>>8))
	for _, r := range m.rules {
		out = append(out, byte(len(r.from)))
		out = append(out, r.from...)
		out = append(out, byte(len(r.to)))
		out = append(out, r.to...)
		out = append(out, quantise(r.cost))
	}
	return out
}

func quantise(v float64) byte { return byte(min(255, math.Round(v*step))) }

// Decode reads a model Encode wrote.
func Decode(b []byte) (*Model, error) {
	if len(b) < tableSize+2 {
		return nil, errors.New("channel: not a channel model (too short)")
	}
	t, err := decodeTable(b[:tableSize])
	if err != nil {
		return nil, err
	}
	m := &Model{Table: *t}
	b = b[tableSize:]
	n := int(b[0]) | int(b[1])<<8
	b = b[2:]
	str := func() (string, bool) {
		if len(b) < 1 || len(b) < 1+int(b[0]) || int(b[0]) > maxRule {
			return "", false
		}
		s := string(b[1 : 1+b[0]])
		b = b[1+len(s):]
		return s, true
	}
	for range n {
		from, ok1 := str()
		to, ok2 := str()
		if !ok1 || !ok2 || len(b) < 1 || from == "" {
			return nil, errors.New("channel: a rule is cut short or malformed")
		}
		m.rules = append(m.rules, rule{from, to, float64(b[0]) / step})
		b = b[1:]
	}
	if len(b) != 0 {
		return nil, errors.New("channel: bytes after the last rule")
	}
	m.index()
	return m, nil
}

func (t *Table) encode() []byte {
	out := make([]byte, 0, tableSize)
	out = append(out, magic...)
	q := quantise
	for x := range 26 {
		for y := range 26 {
			out = append(out, q(t.Sub[x][y]))
		}
	}
	for p := range 27 {
		for x := range 26 {
			out = append(out, q(t.Del[p][x]))
		}
	}
	for p := range 27 {
		for x := range 26 {
			out = append(out, q(t.Ins[p][x]))
		}
	}
	for x := range 26 {
		for y := range 26 {
			out = append(out, q(t.Trans[x][y]))
		}
	}
	return out
}

func decodeTable(b []byte) (*Table, error) {
	if string(b[:len(magic)]) != magic {
		return nil, errors.New("channel: not a channel model (" + magic + ")")
	}
	b = b[len(magic):]
	next := func() float64 { v := float64(b[0]) / step; b = b[1:]; return v }
	t := &Table{}
	for x := range 26 {
		for y := range 26 {
			t.Sub[x][y] = next()
		}
	}
	for p := range 27 {
		for x := range 26 {
			t.Del[p][x] = next()
		}
	}
	for p := range 27 {
		for x := range 26 {
			t.Ins[p][x] = next()
		}
	}
	for x := range 26 {
		for y := range 26 {
			t.Trans[x][y] = next()
		}
	}
	return t, nil
}
