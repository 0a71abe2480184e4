//go:build race

package article

// raceEnabled lets tests that are slow under the race detector step aside.
const raceEnabled = true
