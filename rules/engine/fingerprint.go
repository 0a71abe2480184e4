package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"

	"github.com/copydesk/copydesk/rules"
)

// Fingerprints returns a stable identity for each finding of a sorted list:
// its own Fingerprint when set, else a hash of the rule, the finding's Key
// and how many findings of the same file, rule and key came before it. It
// does not depend on line numbers, so it survives edits elsewhere in the file.
func Fingerprints(fs []rules.Finding) []string {
	type id struct{ path, rule, key string }
	seen := map[id]int{}
	out := make([]string, len(fs))
	for i, f := range fs {
		k := id{f.Path, f.Rule, f.Key}
		n := seen[k]
		seen[k]++
		if f.Fingerprint != "" {
			out[i] = f.Fingerprint
			continue
		}
		h := sha256.New()
		fmt.Fprintf(h, "%s\x00%s\x00%d", f.Rule, f.Key, n)
		out[i] = hex.EncodeToString(h.Sum(nil)[:16])
	}
	return out
}
