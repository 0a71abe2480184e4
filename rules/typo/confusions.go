package typo

import "strings"

// confusionSets are words that writers confuse although they are spelt
// differently, whatever their frequencies: which one is meant is decided
// only by the words around them. Pairs one edit apart that differ greatly in
// frequency are found in the data (nearmiss.tsv.gz); these are the rest.
var confusionSets = [][]string{
	{"affect", "effect"}, {"affected", "effected"}, {"affects", "effects"},
	{"principal", "principle"}, {"principals", "principles"},
	{"complement", "compliment"}, {"complemented", "complimented"}, {"complementary", "complimentary"},
	{"breach", "breech"}, {"council", "counsel"}, {"councillor", "counsellor"},
	{"discreet", "discrete"}, {"pore", "pour"}, {"pored", "poured"}, {"poring", "pouring"},
	{"reign", "rein"}, {"reigns", "reins"}, {"led", "lead"}, {"lose", "loose"}, {"losing", "loosing"},
	{"their", "there", "they're"}, {"its", "it's"}, {"whose", "who's"}, {"your", "you're"},
	{"then", "than"}, {"accept", "except"}, {"advice", "advise"}, {"desert", "dessert"},
	{"stationary", "stationery"}, {"weather", "whether"}, {"where", "were"}, {"quiet", "quite"},
	{"lightning", "lightening"}, {"peak", "peek", "pique"}, {"site", "sight", "cite"},
	{"brake", "break"}, {"canvas", "canvass"}, {"capital", "capitol"}, {"elicit", "illicit"},
	{"flair", "flare"}, {"flaunt", "flout"}, {"hoard", "horde"}, {"pedal", "peddle"},
	{"precede", "proceed"}, {"rational", "rationale"}, {"role", "roll"}, {"tenet", "tenant"},
	{"tenets", "tenants"}, {"troop", "troupe"}, {"troops", "troupes"}, {"manner", "manor"},
	{"wreak", "wreck"}, {"vain", "vein", "vane"}, {"waive", "wave"}, {"waiver", "waver"},
	{"passed", "past"}, {"to", "too"}, {"loath", "loathe"}, {"aid", "aide"}, {"aides", "aids"},
	{"born", "borne"}, {"bated", "baited"}, {"cord", "chord"}, {"compose", "comprise"},
	{"dual", "duel"}, {"emigrate", "immigrate"}, {"eminent", "imminent"}, {"ensure", "insure"},
	{"fair", "fare"}, {"forbear", "forebear"}, {"foreword", "forward"}, {"hanger", "hangar"},
	{"hear", "here"}, {"lead", "lede"}, {"miner", "minor"}, {"palate", "palette"},
	{"prescribe", "proscribe"}, {"sole", "soul"}, {"steal", "steel"}, {"storey", "story"},
	{"threw", "through"}, {"wary", "weary"}, {"who's", "whose"}, {"averse", "adverse"},
}

// slipsOneWay are typing slips common one way only: "form" is written for
// "from" (two letters swapped) far more often than the other way round,
// and weighing every "from" against "form" would cost a full scoring of
// one word in sixty for almost nothing.
var slipsOneWay = map[string][]string{"form": {"from"}}

// confusions maps each word of a set to the others, and each one-way slip
// to the words it is written for.
var confusions = func() map[string][]string {
	m := map[string][]string{}
	for w, meant := range slipsOneWay {
		m[w] = append(m[w], meant...)
	}
	for _, set := range confusionSets {
		for _, a := range set {
			for _, b := range set {
				if a != b && !contains(m[a], b) {
					m[a] = append(m[a], b)
				}
			}
		}
	}
	return m
}()

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// buildPluralConfusions adds to l.moreAlts the sets above with "s"
// added to every word ("desserts", "deserts"; "brakes", "breaks"), where
// every such word is a listed common word (class 70 or below) and no
// contraction without its apostrophe ("heres"), none is listed already
// (the sets give "affects", "effects" themselves), and no word of the set
// is one of the 300 commonest (function words: "theirs" is no plural of
// "their"). A confusion of two words is a confusion of their plurals and
// third persons too. Called at load (a few hundred words).
func (l *lexicon) buildPluralConfusions() {
	for _, set := range confusionSets {
		plural := make([]string, 0, len(set))
		for _, w := range set {
			if len(w) < lmMinLength || !plainLower(w) || strings.HasSuffix(w, "s") || confusions[w+"s"] != nil {
				break
			}
			if i, ok := l.exact(w); !ok || i < shortSlipMeantRank {
				break
			}
			j, ok := l.exact(w + "s")
			if !ok || l.entryAt(j).class > 70 || contractions[w+"s"] != "" { // "heres" is "here's"
				break
			}
			plural = append(plural, w+"s")
		}
		if len(plural) != len(set) {
			continue
		}
		for _, a := range plural {
			for _, b := range plural {
				if a != b {
					l.addMoreAlts(a, moreAlts{conf: []string{b}})
				}
			}
		}
	}
}
