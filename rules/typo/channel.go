package typo

import (
	_ "embed" // the channel table
	"fmt"
	"strings"
	"sync"

	"github.com/copydesk/copydesk/rules/typo/internal/channel"
	"github.com/copydesk/copydesk/rules/typo/internal/format"
)

// The learnt error model. editcost.go's costs are a typist's rules of
// thumb; data/channel.bin holds what slips people actually make, letter by
// letter (an "e" left out after "m", "a" written for "e"), learnt by the
// generator from codespell's list of misspellings (internal/gen/channel.go;
// never from Birkbeck's, on which it is measured). It ranks the first
// suggestions only: whether a word is a slip at all is still judged on
// the rules of thumb.

//go:embed data/channel.bin
var channelBin string

// loadChannel reads channel.bin once, at the first suggestion ranked.
var loadChannel = sync.OnceValues(func() (*channel.Model, error) {
	payload, err := format.Check(format.Channel, channelBin)
	if err != nil {
		return nil, err
	}
	m, err := channel.Decode([]byte(payload))
	if err != nil {
		return nil, fmt.Errorf("%s: %w (%s)", format.Channel.Path(), err, regenerateChannel)
	}
	return m, nil
})

// regenerateChannel says how channel.bin is made again.
const regenerateChannel = "regenerate it: see internal/gen/README.md, channel.bin"

// channelTop is how many of the first suggestions (by the rules of thumb)
// the error model re-costs: on the tuning half of Birkbeck (README "Error
// model") 10 gave right-first 0.607, 20 0.609, 40 0.611; 40 costs twice
// the time of 20.
const channelTop = 20

// channelSound is the factor on the model's cost when both spellings
// sound alike (soundKey): codespell's list is of typing slips, and the
// model learnt from it does not know that "definately" is spelt as heard.
// Tuning half, before widening: 1 gave right-first 0.593, 0.6 0.598, 0.5
// 0.597, 0.4 0.592; with widening 0.5 gives 0.609.
const channelSound = 0.5

// channelRerank replaces the rules-of-thumb edit cost in the scores of
// cands (score = fit − lambda × cost, see suggest) by the error model's
// cost in nats, −ln P(typed | word): a score is then a log-probability in
// the noisy-channel sense, fit + ln P(typed | word). A name offered for a
// lower-case word keeps its costCapital.
func channelRerank(ch *channel.Model, typed string, cands []candidate) {
	for i := range cands {
		cd := &cands[i]
		w := strings.ToLower(cd.word)
		fit := cd.score + lambda*cd.cost
		nats := ch.Cost(w, typed)
		if sameSound(w, typed) {
			nats *= channelSound
		}
		if w != cd.word {
			nats += lambda * costCapital
		}
		cd.score = fit - nats
	}
}
