package sources

import (
	"os"
	"slices"
	"strings"
	"sync"
	"sync/atomic"
	"time"
)

// Reuse makes Load give again the index it made of the same files while
// none of them has changed (the same size and modification time): for a
// long-running process, copydesk serve, which would otherwise read and
// index the whole record again for every request. A run of check loads
// the record once and has no use for it.
func Reuse() { reuse.Store(true) }

var reuse atomic.Bool

// maxCached is how many sets of sources are kept (a server has one, or a
// few where folders have configurations of their own).
const maxCached = 4

var cache struct {
	sync.Mutex
	sets map[string]*cached // by the files' paths
	uses uint64
}

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

// loadCached is Load with Reuse: the index kept for paths when no file's
// stamp has changed, else a new one. The stamps are taken before the files
// are read, so that a file written during the reading is read again the
// next time.
func loadCached(paths []string) (*Index, error) {
	paths = slices.Sorted(slices.Values(paths))
	stamps := make([]stamp, len(paths))
	for i, p := range paths {
		st, err := os.Stat(p)
		if err != nil {
			return load(paths) // which says what is wrong with the file
		}
		stamps[i] = stamp{st.Size(), st.ModTime()}
	}
	key := strings.Join(paths, "\x00")
	cache.Lock()
	defer cache.Unlock() // (one load at a time: requests wanting the same record wait for it)
	cache.uses++
	if c := cache.sets[key]; c != nil && slices.EqualFunc(c.stamps, stamps, stamp.same) {
		c.used = cache.uses
		return c.ix, nil
	}
	ix, err := load(paths)
	if err != nil {
		return nil, err
	}
	if cache.sets == nil {
		cache.sets = map[string]*cached{}
	}
	delete(cache.sets, key)
	for len(cache.sets) >= maxCached {
		oldest := ""
		for k, c := range cache.sets {
			if oldest == "" || c.used < cache.sets[oldest].used {
				oldest = k
			}
		}
		delete(cache.sets, oldest)
	}
	cache.sets[key] = &cached{stamps, ix, cache.uses}
	return ix, nil
}
