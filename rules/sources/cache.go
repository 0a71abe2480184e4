package sources

import (
	"slices"
	"strings"
	"sync"
	"time"
)

// Cache keeps the indexes it has loaded, and gives one again while none
// of its files has changed (the same size and modification time): for a
// long-running process, copydesk serve or lsp, which would otherwise read
// and index the whole record again for every request. The process owns
// it and hands it to where the configuration loads its sources; a run of
// check loads the record once and has no use for one. The zero Cache is
// empty and ready.
type Cache struct {
	mu   sync.Mutex
	sets map[string]*cached // by the files' paths
	uses uint64
}

// maxCached is how many sets of sources a Cache keeps (a server has one,
// or a few where folders have configurations of their own).
const maxCached = 4

type cached struct {
	stamps []stamp
	ix     *Index
	used   uint64 // when last used, for evicting the least recent
}

// stamp is what tells that a file has changed.
type stamp struct {
	size int64
	mod  time.Time
}

func (s stamp) same(t stamp) bool { return s.size == t.size && s.mod.Equal(t.mod) }

// Load is Load, but gives the index kept for paths when no file's stamp
// has changed. The stamps are taken before the files are read, so that a
// file written during the reading is read again the next time.
func (c *Cache) Load(paths []string) (*Index, error) {
	paths = slices.Sorted(slices.Values(paths))
	stamps, err := statAll(paths)
	if err != nil {
		return nil, err
	}
	key := strings.Join(paths, "\x00")
	c.mu.Lock()
	defer c.mu.Unlock() // (one load at a time: requests wanting the same record wait for it)
	c.uses++
	if k := c.sets[key]; k != nil && slices.EqualFunc(k.stamps, stamps, stamp.same) {
		k.used = c.uses
		return k.ix, nil
	}
	ix, err := load(paths, stamps)
	if err != nil {
		return nil, err
	}
	if c.sets == nil {
		c.sets = map[string]*cached{}
	}
	delete(c.sets, key)
	for len(c.sets) >= maxCached {
		oldest := ""
		for k, s := range c.sets {
			if oldest == "" || s.used < c.sets[oldest].used {
				oldest = k
			}
		}
		delete(c.sets, oldest)
	}
	c.sets[key] = &cached{stamps, ix, c.uses}
	return ix, nil
}
