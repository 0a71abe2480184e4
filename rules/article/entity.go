package article

import (
	"strings"

	"golang.org/x/net/html"
)

// maxEntity bounds the name of a character reference; the longest HTML name,
// "CounterClockwiseContourIntegral", has 31 letters.
const maxEntity = 32

// entityAt decodes the character reference (&amp; &#8217; &#x2019;) that
// starts at s[i], returning its text and its length in bytes, or n == 0 when
// there is none. Markdown (strict) requires the closing semicolon; HTML also
// accepts the legacy forms browsers do, such as "&amp" and "&copy".
func entityAt(s []byte, i int, strict bool) (text string, n int) {
	j := i + 1
	numeric := j < len(s) && s[j] == '#'
	if numeric {
		j++
		if j < len(s) && (s[j] == 'x' || s[j] == 'X') {
			j++
		}
	}
	k := j
	for k < len(s) && k-j < maxEntity && isAlnum(s[k]) {
		k++
	}
	if k == j {
		return "", 0
	}
	if k < len(s) && s[k] == ';' {
		ref := string(s[i : k+1])
		if u := html.UnescapeString(ref); u != ref {
			return u, k + 1 - i
		}
	}
	if strict {
		return "", 0
	}
	return legacyEntity(string(s[i:k]))
}

// legacyEntity finds the longest entity without a semicolon at the start of
// ref ("&notit" is "¬" then "it"). html.UnescapeString decodes it but does not
// say where it ended, so look for the shortest prefix after which decoding
// the rest only appends the rest as it is.
func legacyEntity(ref string) (string, int) {
	whole := html.UnescapeString(ref)
	if whole == ref {
		return "", 0
	}
	n := len(ref)
	for n > 2 {
		u := html.UnescapeString(ref[:n-1])
		if u+ref[n-1:] != whole {
			break
		}
		n--
	}
	u := html.UnescapeString(ref[:n])
	if u == ref[:n] || !strings.HasPrefix(whole, u) {
		return "", 0
	}
	return u, n
}

func isAlnum(c byte) bool {
	return c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z'
}
