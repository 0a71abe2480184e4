package report

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"
)

// TestJSONLines: the JSON Lines report holds the JSON report's findings,
// one a line, in the same order and with the same fields and values.
func TestJSONLines(t *testing.T) {
	res := fixture(t)
	var full, lines bytes.Buffer
	if err := Render(&full, res, Options{Format: "json", BaseDir: "."}); err != nil {
		t.Fatal(err)
	}
	if err := Render(&lines, res, Options{Format: "jsonl", BaseDir: "."}); err != nil {
		t.Fatal(err)
	}
	var rep struct{ Findings []json.RawMessage }
	if err := json.Unmarshal(full.Bytes(), &rep); err != nil {
		t.Fatal(err)
	}
	got := strings.Split(strings.TrimSuffix(lines.String(), "\n"), "\n")
	if len(got) != len(rep.Findings) || len(got) == 0 {
		t.Fatalf("%d lines for %d findings", len(got), len(rep.Findings))
	}
	for i, line := range got {
		var want, have any
		if err := json.Unmarshal(rep.Findings[i], &want); err != nil {
			t.Fatal(err)
		}
		if err := json.Unmarshal([]byte(line), &have); err != nil {
			t.Fatalf("line %d is not JSON: %v: %s", i+1, err, line)
		}
		w, _ := json.Marshal(want)
		h, _ := json.Marshal(have)
		if !bytes.Equal(w, h) {
			t.Errorf("line %d:\n got %s\nwant %s", i+1, h, w)
		}
	}
}
