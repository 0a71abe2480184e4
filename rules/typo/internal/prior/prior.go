// Package prior holds what the typo rule and its data generator must agree
// on: how often a word of each SCOWL size class is expected in text that
// has not been seen to use it.
package prior

// Words is the length of the text the priors are set for: the 1.8 million
// words of the State of the Union addresses.
const Words = 1.8e6

// Class is how often a word of a SCOWL size class (10 most common … 95
// rarest) is expected in Words words of prose when the counted text has not
// seen it, so that unseen words still rank by how common SCOWL says they are.
func Class(class int) float64 {
	switch {
	case class <= 10:
		return 100
	case class <= 20:
		return 30
	case class <= 35:
		return 8
	case class <= 40:
		return 5
	case class <= 50:
		return 2.5
	case class <= 55:
		return 1.6
	case class <= 60:
		return 1
	case class <= 70:
		return 0.5
	case class <= 80:
		return 0.15
	}
	return 0.05
}
