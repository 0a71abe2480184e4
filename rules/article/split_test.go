package article

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"Gen. Smith arrived. He left.", []string{"Gen. Smith arrived.", "He left."}},
		{"The U.S. economy grew 3.5 percent. Mr. Jones agreed.",
			[]string{"The U.S. economy grew 3.5 percent.", "Mr. Jones agreed."}},
		{"He came on Jan. 5. Then he left.", []string{"He came on Jan. 5.", "Then he left."}},
		{`"Really?" she asked. Then she left.`, []string{`"Really?" she asked.`, "Then she left."}},
		{"He said: “It’s over.” Then he left.", []string{"He said: “It’s over.”", "Then he left."}},
		{"(See below.) Next one!", []string{"(See below.)", "Next one!"}},
		{"It cost $1,000. That is a lot.", []string{"It cost $1,000.", "That is a lot."}},
		{"J. K. Rowling wrote it.", []string{"J. K. Rowling wrote it."}},
		{"Wait... what? Yes.", []string{"Wait... what?", "Yes."}},
		{"No full stop at the end", []string{"No full stop at the end"}},
		{"Dr. Who? Mrs. Who!", []string{"Dr. Who?", "Mrs. Who!"}},
		{"Ends in a no-break space\u00a0", []string{"Ends in a no-break space"}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range appendSentences(nil, tt.text) {
			got = append(got, tt.text[s.Start:s.End])
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("appendSentences(nil, %q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}

func TestWords(t *testing.T) {
	tests := []struct {
		text string
		want []string
	}{
		{"don't stop", []string{"don't", "stop"}},
		{"don’t", []string{"don’t"}},
		{"al-Sudani’s office", []string{"al-Sudani’s", "office"}},
		{"the U.S. and U.K.", []string{"the", "U.S.", "and", "U.K."}},
		{"e.g. this", []string{"e.g.", "this"}},
		{"1,000 people, 3.5 percent", []string{"1,000", "people", "3.5", "percent"}},
		{"a well-known, long-running row", []string{"a", "well-known", "long-running", "row"}},
		{"end. Next", []string{"end", "Next"}},
		{"'quoted' “curly”", []string{"quoted", "curly"}},
		{"a,b - c -d", []string{"a", "b", "c", "d"}},
		{"Cafe\u0301 crème", []string{"Cafe\u0301", "crème"}},
		{"👍🏽 ok 🎉", []string{"ok"}},
		{"x" + string(Placeholder) + "y", []string{"x", "y"}},
	}
	for _, tt := range tests {
		var got []string
		for _, w := range appendWords(nil, tt.text) {
			if tt.text[w.Start:w.End] != w.Text {
				t.Errorf("%q: word %q at [%d,%d)", tt.text, w.Text, w.Start, w.End)
			}
			got = append(got, w.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("appendWords(nil, %q) = %q, want %q", tt.text, got, tt.want)
		}
	}
}
