package names

import (
	"strings"
	"sync"
	"sync/atomic"
)

// keyCache gives the keys of one article's name parts, each made once: a
// name is usually written several times, and its key costs more than a
// look-up. It looks first among the keys the process knows (see known).
type keyCache struct {
	byText map[string]*key // the keys known had no room for; nil until one
	keys   slab[key]
}

// known are the keys of the name parts the process has seen, shared by the
// articles of every run: newsroom copy names the same people again and
// again (the 2,225 BBC articles write 13,000 different name parts, 60,000
// counting each once an article). Keys are never changed once made, so
// any article may point to one. It stops growing at maxKnownKeys: 4,096
// keys hold the commonest names of a run and cost about 1.5 MiB of peak
// RSS over the BBC folder (16,384 cost about 4.5 MiB, for about 17 ms less
// of the rule's CPU a pass, and take the check to about 60 MiB).
var known struct {
	sync.RWMutex
	byText map[string]*key
	// full is set once byText holds maxKnownKeys keys: it changes no more,
	// and is read without the lock, which the workers of a run would
	// otherwise all take for every name.
	full atomic.Bool
}

var maxKnownKeys = 1 << 12 // (a variable for the test that fills it)

// reset empties the cache for another article (see scratch).
func (c *keyCache) reset() {
	c.byText = emptiedMap(c.byText) // the texts point into the article
	c.keys.reset()
}

// of returns the key of s; a nil cache makes a new one each time.
func (c *keyCache) of(s string) *key {
	if c == nil {
		k := keyOf(s)
		return &k
	}
	var k *key
	if known.full.Load() {
		k = known.byText[s]
	} else {
		known.RLock()
		k = known.byText[s]
		known.RUnlock()
	}
	if k != nil {
		return k
	}
	if k := c.byText[s]; k != nil {
		return k
	}
	made := keyOf(s)
	if !known.full.Load() {
		known.Lock()
		if k = known.byText[s]; k == nil && len(known.byText) < maxKnownKeys {
			if known.byText == nil {
				known.byText = map[string]*key{}
			}
			k = new(key)
			*k = made
			// a copy of the text: s points into an article the cache must not keep
			known.byText[strings.Clone(s)] = k
		}
		known.full.Store(len(known.byText) >= maxKnownKeys)
		known.Unlock()
		if k != nil {
			return k
		}
	}
	if c.byText == nil {
		c.byText = map[string]*key{}
	}
	k = c.keys.one()
	*k = made
	c.byText[s] = k
	return k
}
