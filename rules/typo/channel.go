package typo

import (
	_ "embed" // the channel table
	"fmt"
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

// channelCost is −ln P(typed | intended) under model m, in nats.
func channelCost(m *channel.Model, intended, typed string) float64 { return m.Cost(intended, typed) }
