package channel

import "sort"

// Other is the cost in nats of a slip on a byte that is not a lower-case
// letter (an apostrophe, a hyphen): rarer than most letters'.
const Other = 8.0

// nKeys: the 26 letters, '^' and '$'; byEnd's extra β slot is "β empty".
const nKeys = 28

func key(c byte) int {
	switch {
	case c >= 'a' && c <= 'z':
		return int(c - 'a')
	case c == begin:
		return 26
	case c == end:
		return 27
	}
	return -1
}

// index files the rules by the last two bytes of α and the last of β
// (bucket), so that a cell of the alignment looks only at rules that can
// end there: a few, where the last byte of α alone left up to 150.
func (m *Model) index() {
	m.unit = m.units()
	m.letters = m.orders()
	m.sorted = append(m.sorted[:0], m.rules...)
	sort.SliceStable(m.sorted, func(i, j int) bool { return ruleBucket(m.sorted[i]) < ruleBucket(m.sorted[j]) })
	m.from = make([]int32, nBuckets+1)
	k := 0
	for bk := range nBuckets + 1 {
		for k < len(m.sorted) && ruleBucket(m.sorted[k]) < bk {
			k++
		}
		m.from[bk] = int32(k)
	}
	m.filled = make([]uint64, (nBuckets+63)/64)
	for bk := range nBuckets {
		if m.from[bk+1] > m.from[bk] {
			m.filled[bk/64] |= 1 << (bk % 64)
		}
	}
}

// The buckets: α's byte before last (or shortAlpha), α's last, β's last
// (or emptyBeta).
const (
	shortAlpha = nKeys
	emptyBeta  = nKeys
	nBuckets   = (nKeys + 1) * nKeys * (nKeys + 1)
)

func bucket(p, a, b int) int { return (p*nKeys+a)*(nKeys+1) + b }

func ruleBucket(r rule) int {
	p, a, b := shortAlpha, key(r.from[len(r.from)-1]), emptyBeta
	if len(r.from) > 1 {
		p = key(r.from[len(r.from)-2])
	}
	if r.to != "" {
		b = key(r.to[len(r.to)-1])
	}
	if p < 0 || a < 0 || b < 0 {
		return nBuckets // no bucket: a byte with no key never takes part in a rule
	}
	return bucket(p, a, b)
}

// maxWord is the longest word Cost aligns on the stack.
const maxWord = 30

// Cost is −ln P(typed | intended) in nats, over the cheapest way to
// rewrite intended into typed by single-letter slips (Table) and
// substring rules; both words in lower case.
func (m *Model) Cost(intended, typed string) float64 {
	var ib, tb [maxWord + 2]byte
	in := append(append(append(ib[:0], begin), intended...), end)
	ty := append(append(append(tb[:0], begin), typed...), end)
	return m.align(in, ty, true)
}

// align is the cost of the cheapest alignment of in to ty (both padded),
// with the rules or by single letters alone.
func (m *Model) align(in, ty []byte, withRules bool) float64 {
	n, w := len(in), len(ty)
	// rows i-maxRule … i of the table, in turn: a rule reaches back
	// maxRule rows at most, a swap two
	const rows = maxRule + 1
	var buf [rows * (maxWord + 3)]float64
	var d []float64
	if rows*(w+1) <= len(buf) {
		d = buf[:rows*(w+1)]
	} else {
		d = make([]float64, rows*(w+1))
	}
	stride := w + 1
	var ikb, tkb [maxWord + 3]uint8
	ik, tk := keys(ikb[:0], in), keys(tkb[:0], ty)
	u := &m.unit
	d[0] = 0
	for j := 1; j <= w; j++ {
		d[j] = d[j-1] + u.ins[ctxKey(tk, j-1)][tk[j-1]]
	}
	for i := 1; i <= n; i++ {
		a := ik[i-1]
		row, up := d[(i%rows)*stride:(i%rows+1)*stride], d[((i-1)%rows)*stride:((i-1)%rows+1)*stride]
		del := u.del[ctxKey(ik, i-1)][a]
		row[0] = up[0] + del
		for j := 1; j <= w; j++ {
			b := tk[j-1]
			c := up[j-1] + u.sub[a][b]
			if in[i-1] == ty[j-1] {
				c = up[j-1]
			}
			c = min(c, up[j]+del, row[j-1]+u.ins[ctxKey(tk, j-1)][b])
			if i > 1 && j > 1 && in[i-1] == ty[j-2] && in[i-2] == ty[j-1] && in[i-1] != in[i-2] {
				c = min(c, d[((i-2)%rows)*stride+j-2]+u.trans[ik[i-2]][a])
			}
			if withRules && a < nKeys {
				c = m.rulesAt(c, d, stride, in, ty, i, j, bucket(shortAlpha, int(a), emptyBeta))
				if b < nKeys {
					c = m.rulesAt(c, d, stride, in, ty, i, j, bucket(shortAlpha, int(a), int(b)))
				}
				if i > 1 && ik[i-2] < nKeys {
					p := int(ik[i-2])
					c = m.rulesAt(c, d, stride, in, ty, i, j, bucket(p, int(a), emptyBeta))
					if b < nKeys {
						c = m.rulesAt(c, d, stride, in, ty, i, j, bucket(p, int(a), int(b)))
					}
				}
			}
			row[j] = c
		}
	}
	return d[(n%rows)*stride+w]
}

// keys appends the key of each byte of s, otherKey for one that has none.
func keys(dst []uint8, s []byte) []uint8 {
	for _, c := range s {
		k := key(c)
		if k < 0 {
			k = otherKey
		}
		dst = append(dst, uint8(k))
	}
	return dst
}

// ctxKey is the key of the byte before s[i], noContext at the start.
func ctxKey(ks []uint8, i int) uint8 {
	if i == 0 {
		return noContext
	}
	return ks[i-1]
}

// rulesAt lowers c to the cost of reaching (i, j) by a rule of bucket bk.
func (m *Model) rulesAt(c float64, d []float64, stride int, in, ty []byte, i, j, bk int) float64 {
	if m.filled[bk/64]&(1<<(bk%64)) == 0 {
		return c // most buckets are empty: a 3 KB bit set says so without reading from
	}
	for _, r := range m.sorted[m.from[bk]:m.from[bk+1]] {
		lf, lt := len(r.from), len(r.to)
		if lf > i || lt > j || string(in[i-lf:i]) != r.from || string(ty[j-lt:j]) != r.to {
			continue
		}
		c = min(c, d[((i-lf)%(maxRule+1))*stride+j-lt]+r.cost)
	}
	return c
}

// Keys beyond nKeys: a byte that is no letter or pad, and "nothing before".
const (
	otherKey  = nKeys
	noContext = nKeys + 1
	allKeys   = nKeys + 2
)

// unitCosts are the single-letter slips by key, worked out once from the
// Table for the alignment's inner loop: a pad ('^', '$') never changes;
// a byte with no key, or with nothing before it, costs Other.
type unitCosts struct {
	sub, trans [allKeys][allKeys]float64 // [intended][typed], [first][second]
	del, ins   [allKeys][allKeys]float64 // [context][letter]
}

const never = 1e9

func (t *Table) units() (u unitCosts) {
	for x := range allKeys {
		for y := range allKeys {
			xl, yl := x < 26, y < 26
			pad := x == 26 || x == 27 || y == 26 || y == 27
			switch {
			case xl && yl:
				u.sub[x][y], u.trans[x][y] = t.Sub[x][y], t.Trans[x][y]
			case pad:
				u.sub[x][y], u.trans[x][y] = never, never
			default:
				u.sub[x][y], u.trans[x][y] = Other, Other
			}
			// del and ins: x is the context, y the letter
			switch {
			case y == 26 || y == 27:
				u.del[x][y], u.ins[x][y] = never, never
			case yl && (xl || x == 26):
				u.del[x][y], u.ins[x][y] = t.Del[x][y], t.Ins[x][y] // key 26 ('^') is Start
			default:
				u.del[x][y], u.ins[x][y] = Other, Other
			}
		}
	}
	return u
}

// letterOrders are the letters best first for widening a search: which
// letter was most likely left out after each context (omitted), and which
// was most likely meant where each letter was typed (intended).
type letterOrders struct {
	omitted  [27][26]byte // [context: letter or Start]
	intended [26][26]byte // [typed letter]; the letter itself last
}

func (t *Table) orders() (o letterOrders) {
	for ctx := range 27 {
		o.omitted[ctx] = byCost(func(c int) float64 { return t.Del[ctx][c] })
	}
	for y := range 26 {
		o.intended[y] = byCost(func(c int) float64 {
			if c == y {
				return never
			}
			return t.Sub[c][y]
		})
	}
	return o
}

// byCost is the letters a–z ordered by cost, cheapest first (ties by letter).
func byCost(cost func(int) float64) (out [26]byte) {
	idx := make([]int, 26)
	for i := range idx {
		idx[i] = i
	}
	sort.SliceStable(idx, func(a, b int) bool { return cost(idx[a]) < cost(idx[b]) })
	for i, c := range idx {
		out[i] = byte('a' + c)
	}
	return out
}

var alphabet = [26]byte{'a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j', 'k', 'l', 'm', 'n', 'o', 'p', 'q', 'r', 's', 't', 'u', 'v', 'w', 'x', 'y', 'z'}

// Omitted is the n letters most likely left out after before (0: at a
// word's start), best first; all 26 in order after a byte that is no
// letter.
func (m *Model) Omitted(before byte, n int) []byte {
	ctx := Start
	if before != 0 {
		if ctx = key(before); ctx < 0 || ctx >= 26 {
			return alphabet[:]
		}
	}
	return m.letters.omitted[ctx][:min(n, 26)]
}

// Intended is the n letters other than typed most likely meant where typed
// was typed, best first; all 26 when typed is no letter.
func (m *Model) Intended(typed byte, n int) []byte {
	y := key(typed)
	if y < 0 || y >= 26 {
		return alphabet[:]
	}
	return m.letters.intended[y][:min(n, 25)]
}
