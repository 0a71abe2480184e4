package typography

import "testing"

// TestShare: the count phrases of the dash and apostrophe messages read as
// English at every count ("1 of the article's 1 dashes are" was one).
func TestShare(t *testing.T) {
	for _, tc := range []struct {
		n, total int
		want     string
	}{
		{1, 1, "the article's only dash is a spaced em dash ( — )"},
		{2, 2, "both of the article's dashes are spaced em dashes ( — )"},
		{3, 3, "all 3 of the article's dashes are spaced em dashes ( — )"},
		{2, 3, "2 of the article's 3 dashes are spaced em dashes ( — )"},
		{1, 3, "1 of the article's 3 dashes is a spaced em dash ( — )"},
	} {
		if got := share(tc.n, tc.total, "dash", "dashes", "is "+emSpaced.describeOne(), "are "+emSpaced.describe()); got != tc.want {
			t.Errorf("share(%d, %d) = %q, want %q", tc.n, tc.total, got, tc.want)
		}
	}
}
