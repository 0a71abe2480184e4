package typo

// The channel model: what a typing or spelling slip costs, in edits. A
// cheap edit is a likely slip. Typists hit a neighbouring key, swap two
// letters, double or undouble a letter, and confuse vowels far more often
// than they replace a letter at random; the first letter is seldom wrong.
const (
	costSub      = 1.0
	costNearKey  = 0.7 // a key next to the intended one
	costVowel    = 0.6 // one vowel for another: "seperate"
	costSwap     = 0.6 // two letters transposed: "recieve"
	costOmit     = 0.7 // a letter left out: "goverment", the commonest slip of all
	costExtra    = 0.9 // a letter too many: "untill"
	costDouble   = 0.4 // a doubled letter added or lost: "accomodate"
	costFirst    = 0.6 // extra when the edit touches the first letter
	costSoundsOK = 0.6 // factor when both spellings sound alike
)

var qwertyRows = []string{"qwertyuiop", "asdfghjkl", "zxcvbnm"}

// nearKeys[a][b] says a and b are neighbours on a QWERTY keyboard.
var nearKeys = func() (t [26][26]bool) {
	pos := map[byte][2]int{}
	for r, row := range qwertyRows {
		for c := 0; c < len(row); c++ {
			pos[row[c]] = [2]int{r, c + r/2} // rows are staggered by half a key
		}
	}
	for a, pa := range pos {
		for b, pb := range pos {
			dr, dc := pa[0]-pb[0], pa[1]-pb[1]
			if a != b && dr*dr <= 1 && dc >= -1 && dc <= 1 {
				t[a-'a'][b-'a'] = true
			}
		}
	}
	return t
}()

func isVowel(c byte) bool {
	switch c {
	case 'a', 'e', 'i', 'o', 'u', 'y':
		return true
	}
	return false
}

func subCost(a, b byte) float64 {
	switch {
	case a == b:
		return 0
	case isVowel(a) && isVowel(b):
		return costVowel
	case a >= 'a' && a <= 'z' && b >= 'a' && b <= 'z' && nearKeys[a-'a'][b-'a']:
		return costNearKey
	}
	return costSub
}

// subCosts is subCost for two lower-case letters, looked up in the
// alignment's inner loop.
var subCosts = func() (t [26][26]float64) {
	for a := range 26 {
		for b := range 26 {
			t[a][b] = subCost(byte('a'+a), byte('a'+b))
		}
	}
	return t
}()

// insCost is the cost of s[i] being in one spelling and not the other:
// a letter of a double pair costs costDouble, another costs plain.
func insCost(s string, i int, plain float64) float64 {
	if (i > 0 && s[i-1] == s[i]) || (i+1 < len(s) && s[i+1] == s[i]) {
		return costDouble
	}
	return plain
}

// editCost is a weighted optimal-string-alignment distance from the
// intended word to the typed one (lower-case), or more than limit when it
// is further than that.
func editCost(intended, typed string, limit float64) float64 {
	d, ok := alignCost(intended, typed, limit)
	if !ok {
		return limit + 1
	}
	if d > 0 && sameSound(intended, typed) {
		d *= costSoundsOK
	}
	return d
}

// alignCost is editCost before the discount for spellings that sound
// alike; ok is false when the alignment was cut short as too far.
func alignCost(intended, typed string, limit float64) (d float64, ok bool) {
	n, m := len(intended), len(typed)
	if d := n - m; float64(d*d) > limit*limit*4 {
		return 0, false
	}
	var bufs [3][32]float64 // on the stack for words of up to 31 letters
	var prev2, prev, cur []float64
	if m+1 <= len(bufs[0]) {
		prev2, prev, cur = bufs[0][:m+1], bufs[1][:m+1], bufs[2][:m+1]
	} else {
		prev2, prev, cur = make([]float64, m+1), make([]float64, m+1), make([]float64, m+1)
	}
	// the typed letters' insertion costs, worked out once, not once a row
	var insBuf [32]float64
	insTyped := insBuf[:0]
	for j := range m {
		insTyped = append(insTyped, insCost(typed, j, costExtra))
	}
	for j := 1; j <= m; j++ {
		prev[j] = prev[j-1] + insTyped[j-1]
	}
	for i := 1; i <= n; i++ {
		insI := insCost(intended, i-1, costOmit)
		cur[0] = prev[0] + insI
		rowMin := cur[0]
		a := intended[i-1]
		for j := 1; j <= m; j++ {
			var sub float64
			if b := typed[j-1]; a-'a' < 26 && b-'a' < 26 { // bytes: false below 'a' too
				sub = subCosts[a-'a'][b-'a']
			} else {
				sub = subCost(a, b)
			}
			c := prev[j-1] + sub
			c = min(c, prev[j]+insI, cur[j-1]+insTyped[j-1])
			if i > 1 && j > 1 && intended[i-1] == typed[j-2] && intended[i-2] == typed[j-1] && intended[i-1] != intended[i-2] {
				c = min(c, prev2[j-2]+costSwap)
			}
			cur[j] = c
			rowMin = min(rowMin, c)
		}
		if rowMin > limit+costFirst {
			return 0, false
		}
		prev2, prev, cur = prev, cur, prev2
	}
	d = prev[m]
	if n > 0 && m > 0 && intended[0] != typed[0] {
		d += costFirst
	}
	return d, true
}
