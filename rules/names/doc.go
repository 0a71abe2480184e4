package names

const summary = "a person's name is spelled two ways (Soleimani, Suleimani; al-Sudani, Sudani)"

const doc = `Finds a name spelled more than one way: wire copy transliterates names
differently (Soleimani, Suleimani, Soleymani; Qadhafi, Gaddafi, Qaddafi) and
a rushed article mixes them. The variants are recognised without a list; a
newsroom names list, where there is one, decides the spelling.

## How it reads names

- **Names** are runs of capitalised words with their particles: al-, el-,
  bin, ibn, abu, bint, van, von, de, da, di, le, du, der… ("Osama bin Laden",
  "Ursula von der Leyen", "Mohammed Shia’ al-Sudani"). Acronyms (CENTCOM),
  words with digits, month and day names are not names.
- **Titles are stripped**: Mr, Mrs, Dr, Gen., General, President, Prime
  Minister, Sheikh, Ayatollah, chief executive… split a run, so "Iraqi Prime
  Minister Mohammed al-Sudani" names Mohammed al-Sudani. Suffixes (Jr, Sr)
  are dropped, and a quoted nickname between names is skipped (Michael “Erik”
  Kurilla).
- **Possessives are removed**: "al-Sudani’s" is the name al-Sudani, and a
  fix leaves the "’s" alone.
- **Capitals that say nothing**: the first word of a sentence, and every word
  of a headline in title case, is taken as part of a name only when it is not
  a function word and the article never writes it in lower case.

## People, not strings

A full name ("Muammar Gaddafi") introduces a person. Two full names are one
person when their surnames are variants and their first given names are the
same, a variant or an initial of each other, or, beside a surname spelled
exactly alike, one slip apart (see below: Kier Starmer is Keir Starmer);
"Muammar Gaddafi" and "Saif al-Islam Gaddafi" are two people, as are "Kim
Jong Un" and "Kim Jong Il". A surname on its own ("Gaddafi", "Mr Qadhafi")
refers to the person whose surname it spells or is a variant of, or, when
no full name of the article spells it so, is one slip from (Ms Haig for
Louise Haigh). A single name after Sir or Dame is a given name: "Sir Kier"
is checked against the given names of the article's people. When it could
be two people spelled differently (Gordon Brown, Jane Browne: "Mr Browne")
it is left alone, and a lone word is never taken for a misspelt reference
to a name ending in an institution word (Democratic Party, Louisville
Islamic Center, Boston Globe).

## Variants without a list

Two spellings are compared after folding case and diacritics (with
golang.org/x/text: José is Jose), dropping hyphens, spaces and the ’ ' ʼ ʿ
written for ayn and hamza, and undoing common transliteration choices: q, k,
g, gh; dh, d, th; ou, oo, w, u; ee, i, y, ey; ei, ai, ay; ch, tch, tsch;
kh, h; doubled letters; -ij, -iy and -y; Belarusian -ou for -ov. They are
variants when their consonant skeletons are equal and a weighted edit
distance is at most ` + "`max_distance`" + ` of the longer one: swapping
letters of one consonant class or two inner vowels, or dropping an h or an
inner vowel, costs half. A name beginning differently (Venice, Fenice), an
English ending added (Germany, Brown/Browne, Clark/Clarke) or names shorter
than ` + "`min_length`" + ` letters (Un, Il) are never variants. So
Soleimani, Suleimani, Soleymani; Qadhafi, Gaddafi, Qaddafi, Gadhafi;
Zelensky, Zelenskyy, Zelenskiy; Mohammed and Muhammad as one person's first
name are found, and Clinton/Clifton, Johnson/Johnston, Hassan/Hussein are
not merged. A surname-only variant is reported only when the article uses
that spelling no more often than the person's own ("Wales" beside Rhodri
Wells is a country).

A surname-only word is **not a variant** when it names something else: a
country, region or nationality (Belgium beside van Balkom, Scot beside
Scott), a political party (Tory beside Tyrie), a person known by one name
(Ronaldo beside Rinaldi), or a title of a work (Pirates of the Caribbean
beside Paradis); a title before it ("Mr Scot") says it is a person after
all. Nor is a **common word**: one the typo rule's lexicon has in lower
case, in a SCOWL size class up to 80 ("Mungo" in "Mary, Mungo and Midge"
beside Kylie Minogue, "Pirates" beside Paradis). A misspelt name is seldom
a word. Strong evidence still makes it a variant: the same first name
before it ("Kylie Mungo" is a full mention of Kylie Minogue), a title
("Ms Mungo"), or a verb of speech beside it ("said Hassel" beside Brian
Hassell). Two spellings that are both entries of team sheets (a paragraph of
names between commas and semicolons) are two players, not one misspelt.

Short names and slips of the keyboard escape that comparison (Keir and
Kier are too short; Reevs, Badenock and Streeling change the consonant
skeleton), so two spellings are also **one slip** apart when they begin
with the same letter and differ by two adjacent letters swapped (Kier,
Keir; Rihsi, Rishi), a vowel, y, h or doubled letter added or dropped
(Reevs, Reeves; Haig, Haigh; Ian, Iain), or one letter changed in a name of
eight letters or more (Streeling, Streeting; Badenock, Badenoch). A
consonant added (Johnson, Johnston), a letter changed in a shorter name
(Clinton, Clifton; Jane, June) and an English ending (Brown, Browne; Paul,
Paula) are not slips. Slips are looked for only in the places above.

## What is reported

Every mention spelled differently from the person's **preferred form**, at
the rule's severity, with the preferred mention as a related location and a
fix replacing the span. The preferred form is the newsroom list's where the
list names the person; else the surname spelling **most mentions** use,
when at least two mentions of this person alone agree on it and it is not a
place or nationality word ("Maria Gonzales" once, then "Gonzalez" twice:
the full mention is the odd one); else the spelling of the **first full
mention**, the place a reader meets the name. The fix is marked safe (applied by ` + "`copydesk fix`" + `) only
when the spelling is certain — it comes from the names list, or the
preferred spelling appears at least twice and the variant once — and the
name stands in the source verbatim (no markup or entity inside it).

A later reference that drops or adds the Arabic article (al-Sudani, then
Sudani) is a house-style matter, reported at **info** level according to
` + "`al_prefix`" + `: ` + "`keep`" + ` (later references keep the article
of the full name; the default), ` + "`drop`" + ` (surname-only references
drop it) or ` + "`either`" + ` (not checked). al- against el- is a spelling
variant.

## The newsroom names list

` + "`names:`" + ` in the configuration, or ` + "`names_files:`" + `, gives
preferred spellings and known variants, applied to every article:

    names:
      - preferred: Muammar Gaddafi
        variants: [Muammar Qadhafi, Qaddafi]

An article person matches an entry when their surname is spelled as one of
the entry's names, or, for an entry with a given name, when the surname is
a variant and the first given names agree. ` + "`copydesk names learn DIR...`" + `
proposes a starting list from an archive: each person found under more than
one spelling, the most frequent spelling first, with every spelling's count.

## Across a batch

With ` + "`across_files: true`" + `, people are also compared across every
file of a run. A file that spells a person (same first given name, variant
surname) differently from the spelling most files use is reported, pointing
to the first file with that spelling.

## Options

    rules:
      name-spelling:
        al_prefix: keep      # keep | drop | either
        across_files: false  # compare the files of a run with each other
        max_distance: 0.22   # 0..1 of the longer spelling; higher finds more
        min_length: 4        # shorter names are compared exactly

## Cost

Linear in the article's length: names are found in one pass over the words,
and each is compared only with the people whose surname has the same
consonant skeleton, or, for slips, shares a spelling with one letter
deleted. A name after Sir or Dame is compared with every person. Across a batch the people of all files are blocked the
same way, so the comparisons grow with the number of people, not its square.

## Measured

On the BBC News corpus (2,225 articles, 2004–05), unchanged: 23 findings,
all real inconsistencies of the published text, checked by hand and
listed in testdata/bbc-confirmed.list (Monteith and Montieth, Roddick and
Rodick, Barrionuevo and Barrioneuvo, Kujda and Kudja); no false alarm
(the last one, Mungo beside Kylie Minogue, is a common word). With a
person from the OFAC list put in place of a person an article names in
full and refers to again, and one later reference changed to an alias of
theirs that is a spelling variant: recall 0.877, precision 0.993 (770
changed articles, 620 alias pairs; the common-word guard costs one,
"Awes" for Aweys); with three people per article, recall 0.885, precision
0.993 (2,310 changed articles).
Run beside ` + "`../shared/corpus`" + `:

    go test ./rules/names/ -run Corpus -v                    # one person per article
    COPYDESK_LONG=1 go test ./rules/names/ -run Injection -v # three per article
    go test ./rules/names/ -run '^$' -bench BBC              # speed
`
