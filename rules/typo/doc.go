// Package typo is copydesk's spelling check: misspelt words with ranked
// suggestions, valid words that are probably slips for far more common ones,
// and house spelling (en-GB / en-US).
//
// The data under data/ is built by internal/gen (go generate; see
// internal/gen/README.md) from SCOWL, the US State of the Union addresses
// and WordNet's glosses, and embedded.
package typo

const doc = `Finds misspelt words, and real words that are probably slips for another.

**Misspellings.** A word in none of the word lists (SCOWL, 10 size classes,
about 500,000 spellings, plus the newsroom dictionary) is reported with up to
three suggestions, ranked by a noisy-channel score: how likely the word meant
is in this context (its frequency and the words either side, counted in the
US State of the Union addresses and WordNet's glosses, and the language
model's view of the two words either side) times how likely the
slip is (a weighted edit distance in which a swapped pair, a doubled letter,
a wrong vowel, a letter left out or a neighbouring key cost less than any
other change, and words that sound alike come closer). Suggestions in the other variety's
spelling come last (in British copy, "criticise" before "criticize"). The first fix is marked safe only when it is a single cheap
edit and clearly ahead of the second. A word far from every listed word, or
used three times in the article, is only info: more likely a term the lists
lack than a slip.

**Real-word slips.** A rare word one edit from a far more common one that fits
the neighbours better ("American instillations and troops" → "installations"),
and the usual confusions (affect/effect, their/there/they're, its/it's,
then/than, lose/loose, led/lead, principal/principle, council/counsel, …)
when the words around speak clearly for the other one, judged by a 3-gram
language model (pocketsphinx's English model, pruned). A contraction that
lost its apostrophe is reported in the article's own apostrophe: always
for "dont", "thats", "Im" (a safe fix); from context for "its", "their",
"your", "wont", "cant" ("Its a long way", "I think it wont work"). A rare
short word that is a slip of one of the commonest words ("tat" for
"that", "wen" for "when") is weighed against it. Strong evidence is a
warning; weaker evidence between two common words is info. A capitalised
word opening a sentence or a headline ("Council to close library") is
judged on strong evidence only. These fixes are never safe.

**Quiet where a copy editor would be.** A capitalised word the lists lack is a
name, left to the names rule, unless it is a swapped or doubled-letter slip
of a common name ("Britian"), one letter off inside one of the best-known
names ("Febuary", "Europian"), or, starting a sentence or a quotation, a slip
of a common word ("Wtih", "Teh").
Also left alone: acronyms, words with digits, web and e-mail addresses,
hashtags and handles, other scripts, compounds of real words ("gameplay",
"anti-war") or of a living prefix and a word ("uncosted", "nanoscale"),
possessives and contractions (' or ’), quotations in another language
("nous sommes en guerre": no English function word, and a French, German,
Spanish, Italian or Portuguese one or mostly unlisted words), and any word
followed by "[sic]". A listed word plus "s" ("millennials") is only info:
more often a plural the lists lack than a slip. In
a hyphenated word, each lower-case part is checked on its own ("HIV-postive");
capitalised parts are names.

**House spelling.** With ` + "`language: en-GB`" + ` (or another Commonwealth
tag) British spellings are accepted and American ones reported as info with
the British form as a safe fix; with en-US the other way round. A
capitalised word that may be a name (capitalised inside a sentence elsewhere
in the article, followed by a capitalised word, or a word of a names-list
entry: "Labour") is offered the house form for review, never as a safe fix.
An en-GB
article that mixes -ise and Oxford -ize forms of one word is told so (info).

**Newsroom lists.** ` + "`dictionary:`" + ` and ` + "`dictionary_files:`" + ` words are
always accepted; ` + "`rejected:`" + ` words are reported with their replacement as
a safe fix.

Options (under ` + "`rules: typo:`" + `):

| key | default | meaning |
|---|---|---|
| ` + "`real_words`" + ` | true | check valid words for slips and confusions |
| ` + "`house_spelling`" + ` | true | report the other variety's spellings |
| ` + "`suggestions`" + ` | 3 | how many fixes a finding offers at most |
| ` + "`words`" + ` | [] | more words to accept, for this rule only |

Example: ` + "`\"recieve\" may be a typo for \"receive\"`" + `, with "receive" as a safe fix.
`
