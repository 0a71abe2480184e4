package main

import (
	"bytes"
	"io"
	"net/http"
	"net/http/httptest"
	"runtime"
	"slices"
	"sync"
	"testing"
	"time"
)

// loadRun sends n check requests of body to url from clients goroutines at
// once and returns each one's latency; any answer but 200 fails the test.
func loadRun(t testing.TB, url string, body []byte, n, clients int) []time.Duration {
	tr := &http.Transport{MaxIdleConnsPerHost: clients}
	defer tr.CloseIdleConnections()
	client := &http.Client{Transport: tr}
	lat := make([]time.Duration, n)
	next := make(chan int)
	var wg sync.WaitGroup
	for range clients {
		wg.Go(func() {
			for i := range next {
				start := time.Now()
				resp, err := client.Post(url, "application/json", bytes.NewReader(body))
				if err != nil {
					t.Error(err)
					continue
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				lat[i] = time.Since(start)
				if resp.StatusCode != http.StatusOK {
					t.Errorf("request %d: status %d", i, resp.StatusCode)
				}
			}
		})
	}
	for i := range n {
		next <- i
	}
	close(next)
	wg.Wait()
	return lat
}

func p99(lat []time.Duration) time.Duration {
	s := slices.Clone(lat)
	slices.Sort(s)
	return s[(len(s)*99+99)/100-1]
}

// TestServeLoad sends a bounded load of 300 checks of the 6 KB example
// article over the loopback, from 4 clients per worker, and reports the
// requests per second and the 99th percentile latency. It asserts that every
// request is answered 200 (the worker slots queue the rest), not how fast:
// the machine is shared.
func TestServeLoad(t *testing.T) {
	if testing.Short() {
		t.Skip("load test: skipped with -short")
	}
	s := testServer(t, nil)
	s.slots = make(chan struct{}, runtime.NumCPU())
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	body := []byte(jsonBody(t, map[string]any{"text": exampleText(t), "format": "txt"}))
	const n = 300
	clients := 4 * runtime.NumCPU()
	start := time.Now()
	lat := loadRun(t, ts.URL+"/v1/check", body, n, clients)
	took := time.Since(start)
	t.Logf("%d checks of a %d-byte article, %d clients, %d workers: %.0f requests/s, p99 %.1f ms",
		n, len(exampleText(t)), clients, cap(s.slots), n/took.Seconds(), float64(p99(lat).Microseconds())/1000)
}

// BenchmarkServeCheck is the load test as a benchmark: go test
// -run XXX -bench ServeCheck ./cmd/copydesk/ reports requests/s and p99.
func BenchmarkServeCheck(b *testing.B) {
	s := testServer(b, nil)
	ts := httptest.NewServer(s.handler())
	defer ts.Close()
	body := []byte(jsonBody(b, map[string]any{"text": exampleText(b), "format": "txt"}))
	b.ResetTimer()
	start := time.Now()
	lat := loadRun(b, ts.URL+"/v1/check", body, b.N, 4*runtime.NumCPU())
	b.ReportMetric(float64(b.N)/time.Since(start).Seconds(), "req/s")
	b.ReportMetric(float64(p99(lat).Microseconds())/1000, "p99-ms")
}
