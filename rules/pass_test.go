package rules

import (
	"sync"
	"sync/atomic"
	"testing"
)

// Derived makes a value once for each key of a Shared, also when many
// articles' goroutines ask at once (they wait for the one build), and keeps the values of two keys, or
// of two Shareds, apart.
func TestSharedDerived(t *testing.T) {
	type key struct{ n int }
	sh := &Shared{Dictionary: []string{"Yarallah"}}
	builds := 0
	build := func() any { builds++; return &[]string{"made"} }
	first := sh.Derived(key{1}, build)
	if again := sh.Derived(key{1}, build); again != first || builds != 1 {
		t.Fatalf("second ask: same value %v, builds %d; want the first value, one build", again == first, builds)
	}
	if other := sh.Derived(key{2}, build); other == first || builds != 2 {
		t.Fatalf("another key: got the first key's value (%v) or no build (%d)", other == first, builds)
	}
	if fresh := (&Shared{}).Derived(key{1}, build); fresh == first {
		t.Fatal("another Shared got this one's value")
	}
	// many goroutines at once: one build, and all get its value
	sh2 := &Shared{}
	var wg sync.WaitGroup
	var concurrent atomic.Int32
	got := make([]any, 16)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i] = sh2.Derived(key{1}, func() any { concurrent.Add(1); return new(int) })
		}()
	}
	wg.Wait()
	for i := range got {
		if got[i] != got[0] {
			t.Fatalf("goroutine %d got another value than goroutine 0", i)
		}
	}
	if n := concurrent.Load(); n != 1 {
		t.Errorf("%d builds for one key asked at once, want 1", n)
	}
}
