package channel

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

func (m *Model) index() {
	m.byEnd = [nKeys][nKeys + 1][]rule{}
	for _, r := range m.rules {
		a, b := key(r.from[len(r.from)-1]), nKeys
		if r.to != "" {
			b = key(r.to[len(r.to)-1])
		}
		if a >= 0 && b >= 0 {
			m.byEnd[a][b] = append(m.byEnd[a][b], r)
		}
	}
}

// maxWord is the longest word Cost aligns on the stack.
const maxWord = 30

// Cost is −ln P(typed | intended) in nats, over the cheapest way to
// rewrite intended into typed by single-letter slips (Table) and
// substring rules; both words in lower case.
func (m *Model) Cost(intended, typed string) float64 {
	var ib, tb [maxWord + 2]byte
	I := append(append(append(ib[:0], begin), intended...), end)
	T := append(append(append(tb[:0], begin), typed...), end)
	n, w := len(I), len(T)
	var buf [(maxWord + 3) * (maxWord + 3)]float64
	var d []float64
	if (n+1)*(w+1) <= len(buf) {
		d = buf[:(n+1)*(w+1)]
	} else {
		d = make([]float64, (n+1)*(w+1))
	}
	at := func(i, j int) *float64 { return &d[i*(w+1)+j] }
	const inf = 1e9
	for i := 0; i <= n; i++ {
		for j := 0; j <= w; j++ {
			if i == 0 && j == 0 {
				continue
			}
			c := inf
			if i > 0 && j > 0 && I[i-1] == T[j-1] {
				c = *at(i-1, j-1)
			}
			if i > 0 && j > 0 {
				c = min(c, *at(i-1, j-1)+m.sub(I[i-1], T[j-1]))
			}
			if i > 0 {
				c = min(c, *at(i-1, j)+m.del(I, i-1))
			}
			if j > 0 {
				c = min(c, *at(i, j-1)+m.ins(T, j-1))
			}
			if i > 1 && j > 1 && I[i-1] == T[j-2] && I[i-2] == T[j-1] && I[i-1] != I[i-2] {
				c = min(c, *at(i-2, j-2)+m.trans(I[i-2], I[i-1]))
			}
			if i > 0 {
				if a := key(I[i-1]); a >= 0 {
					c = m.rulesAt(c, d, w, I, T, i, j, a, nKeys)
					if j > 0 {
						if b := key(T[j-1]); b >= 0 {
							c = m.rulesAt(c, d, w, I, T, i, j, a, b)
						}
					}
				}
			}
			*at(i, j) = c
		}
	}
	return d[len(d)-1]
}

// rulesAt lowers c to the cost of reaching (i, j) by a rule of byEnd[a][b].
func (m *Model) rulesAt(c float64, d []float64, w int, I, T []byte, i, j, a, b int) float64 {
	for _, r := range m.byEnd[a][b] {
		lf, lt := len(r.from), len(r.to)
		if lf > i || lt > j || string(I[i-lf:i]) != r.from || string(T[j-lt:j]) != r.to {
			continue
		}
		c = min(c, d[(i-lf)*(w+1)+j-lt]+r.cost)
	}
	return c
}

func (m *Model) sub(a, b byte) float64 {
	x, y := key(a), key(b)
	switch {
	case x < 0 || y < 0:
		return Other
	case x >= 26 || y >= 26:
		return 1e9 // a word's start or end stays put
	}
	return m.Sub[x][y]
}

// del is the cost of s[i] left out, after s[i-1].
func (m *Model) del(s []byte, i int) float64 {
	x := key(s[i])
	if x >= 26 {
		return 1e9
	}
	if x < 0 || i == 0 {
		return Other
	}
	ctx := key(s[i-1])
	if ctx < 0 {
		return Other
	}
	if ctx == 26 {
		ctx = Start
	}
	return m.Del[ctx][x]
}

// ins is the cost of s[j] typed extra, after s[j-1].
func (m *Model) ins(s []byte, j int) float64 {
	y := key(s[j])
	if y >= 26 {
		return 1e9
	}
	if y < 0 || j == 0 {
		return Other
	}
	ctx := key(s[j-1])
	if ctx < 0 {
		return Other
	}
	if ctx == 26 {
		ctx = Start
	}
	return m.Ins[ctx][y]
}

func (m *Model) trans(a, b byte) float64 {
	x, y := key(a), key(b)
	if x < 0 || y < 0 || x >= 26 || y >= 26 {
		return Other
	}
	return m.Trans[x][y]
}
