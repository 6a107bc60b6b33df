#!/usr/bin/env bash
# Checks Rapport against a folder of real ELAN files, by hand (the files' licences vary, so they stay out of the
# project and out of CI). For each FOLDER/*.eaf it imports the transcript into a scratch project, linked to a sample
# recording, prints how many speech utterances it found and how many tiers it left out, exports the session as EAF
# and validates that export against ELAN's schema with xmllint. The full import summaries (which tiers became
# speech, which were left out and why) go to FOLDER-check.log in the scratch folder, to read by eye.
#
#   docs/check-real-eaf.sh /path/to/eaf-folder [/path/to/EAFv3.0.xsd]
#
# The schema defaults to FOLDER/EAFv3.0.xsd. Needs target/rapport.jar (mvn -q -DskipTests package) and xmllint.
# A file refused for negative times is imported again with --clamp-times (and marked so).
set -u
folder=${1:?usage: check-real-eaf.sh FOLDER [XSD]}
xsd=${2:-$folder/EAFv3.0.xsd}
repo=$(cd "$(dirname "$0")/.." && pwd)
jar=$repo/target/rapport.jar
media=$repo/sample-sessions/s01-withdrawal.mp4
[ -f "$jar" ] || { echo "no $jar: run mvn -q -DskipTests package first" >&2; exit 1; }
[ -f "$xsd" ] || { echo "no schema $xsd" >&2; exit 1; }
work=$(mktemp -d)
log=$work/check.log
project=$work/project
java -jar "$jar" init "$project" > /dev/null || exit 1

printf '%-36s %8s %6s %6s %5s  %s\n' FILE SPEECH SPEAK USED OUT XMLLINT
n=0; ok=0; imported=0
for f in "$folder"/*.eaf; do
    name=$(basename "$f" .eaf)
    n=$((n + 1))
    flag=""
    out=$(java -jar "$jar" import session --project "$project" --name "$name" --transcript "$f" --media "$media" 2>&1)
    rc=$?
    if [ $rc -eq 2 ] && grep -q -- '--clamp-times' <<< "$out"; then
        out=$(java -jar "$jar" import session --project "$project" --name "$name" --transcript "$f" --media "$media" \
            --clamp-times 2>&1)
        rc=$?
        flag=" (--clamp-times)"
    fi
    { echo "== $name$flag (exit $rc)"; echo "$out"; echo; } >> "$log"
    if [ $rc -ne 0 ]; then
        printf '%-36s %8s %6s %6s %5s  %s\n' "$name" - - - - "not imported: $(head -1 <<< "$out" | cut -c1-70)"
        continue
    fi
    imported=$((imported + 1))
    utterances=$(sed -n 's/^imported session .*: \([0-9]*\) utterances, \([0-9]*\) participants.*/\1/p' <<< "$out")
    speakers=$(sed -n 's/^imported session .*: \([0-9]*\) utterances, \([0-9]*\) participants.*/\2/p' <<< "$out")
    used=$(grep '^  speech tiers' <<< "$out" | grep -o '([^()]*, [0-9]*)' | wc -l)
    left=$(grep '^  left out tiers' <<< "$out" | sed 's/^[^:]*: //' | tr ',' '\n' | grep -c .)
    exported=$work/$name.eaf
    java -jar "$jar" export transcript --project "$project" --session "$name" --format eaf --out "$exported" > /dev/null
    if xmllint --noout --schema "$xsd" "$exported" 2>> "$log"; then lint=OK; ok=$((ok + 1)); else lint=FAIL; fi
    printf '%-36s %8s %6s %6s %5s  %s\n' "$name$flag" "$utterances" "$speakers" "$used" "$left" "$lint"
done
echo "$n files: $imported imported, $((n - imported)) refused; $ok of $imported exports valid against $(basename "$xsd")"
echo "summaries: $log"
