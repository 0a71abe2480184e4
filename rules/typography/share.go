package typography

import "fmt"

// share says, as English, how many of the article's total marks (one, many:
// the noun's singular and plural) follow a style (isStyle, areStyle: "is a
// spaced em dash", "are spaced em dashes"), for a message that explains
// why one style is wanted:
//
//	the article's only dash is a spaced em dash
//	both of the article's dashes are spaced em dashes
//	all 3 of the article's dashes are spaced em dashes
//	2 of the article's 3 dashes are spaced em dashes
//	1 of the article's 3 dashes is a spaced em dash
func share(n, total int, one, many, isStyle, areStyle string) string {
	switch {
	case total == 1 && n == 1:
		return fmt.Sprintf("the article's only %s %s", one, isStyle)
	case total == 2 && n == 2:
		return fmt.Sprintf("both of the article's %s %s", many, areStyle)
	case n == total:
		return fmt.Sprintf("all %d of the article's %s %s", n, many, areStyle)
	case n == 1:
		return fmt.Sprintf("1 of the article's %d %s %s", total, many, isStyle)
	}
	return fmt.Sprintf("%d of the article's %d %s %s", n, total, many, areStyle)
}
