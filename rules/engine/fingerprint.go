package engine

import (
	"crypto/sha256"
	"encoding/hex"
	"strconv"

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
	var buf []byte // what is hashed: rule, NUL, key, NUL, count in decimal
	for i, f := range fs {
		k := id{f.Path, f.Rule, f.Key}
		n := seen[k]
		seen[k]++
		if f.Fingerprint != "" {
			out[i] = f.Fingerprint
			continue
		}
		buf = append(buf[:0], f.Rule...)
		buf = append(buf, 0)
		buf = append(buf, f.Key...)
		buf = append(buf, 0)
		buf = strconv.AppendInt(buf, int64(n), 10)
		sum := sha256.Sum256(buf)
		out[i] = hex.EncodeToString(sum[:16])
	}
	return out
}
