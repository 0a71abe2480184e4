package names

import "testing"

// A key cache gives keyOf's key, the same one each time a name comes
// again, whether the process-wide cache has room for the name or is full.
func TestKeyCache(t *testing.T) {
	room := maxKnownKeys
	defer func() {
		maxKnownKeys = room
		known.full.Store(len(known.byText) >= maxKnownKeys)
	}()
	for _, full := range []bool{false, true} {
		unseen := "Zyxwo"                     // a name no other test has: remembered, or not
		maxKnownKeys = len(known.byText) + 10 // room, whatever other tests left
		if full {
			maxKnownKeys = 0 // no new name is remembered
			unseen = "Zyxwu"
		}
		known.full.Store(full) // as the cache itself would find
		c := &keyCache{}
		for _, s := range []string{"Gaddafi", "Qadhafi", "Vakhitov", unseen, "Gaddafi"} {
			k := c.of(s)
			if *k != keyOf(s) {
				t.Errorf("full %v: %q has key %+v, want %+v", full, s, *k, keyOf(s))
			}
			if again := c.of(s); again != k {
				t.Errorf("full %v: %q has a second key", full, s)
			}
		}
		if _, kept := known.byText[unseen]; kept == full {
			t.Errorf("full %v: %q remembered: %v", full, unseen, kept)
		}
	}
}

// The values a slab hands out are new and zero, and appending to a slice
// of them does not write over the next.
func TestSlab(t *testing.T) {
	var s slab[int]
	var got [][]int
	for n := range 40 {
		v := s.many(n%3 + 1)
		for _, x := range v {
			if x != 0 {
				t.Fatalf("value %d handed out is not zero", x)
			}
		}
		for i := range v {
			v[i] = n
		}
		_ = append(v, -1)
		got = append(got, v)
	}
	for n, v := range got {
		for _, x := range v {
			if x != n {
				t.Fatalf("slice %d holds %d", n, x)
			}
		}
	}
}

// After reset a slab hands out zero values again, from the block it has.
func TestSlabReset(t *testing.T) {
	var s slab[int]
	allocs := testing.AllocsPerRun(10, func() { // the first run, not counted, makes the block
		s.reset()
		v := s.many(minSlabBlock)
		for i := range v {
			if v[i] != 0 {
				t.Fatalf("value %d handed out after reset is not zero", v[i])
			}
			v[i] = i + 1 // for the next reset to clear
		}
	})
	if allocs != 0 {
		t.Errorf("%v allocations a reuse, want 0", allocs)
	}
}
