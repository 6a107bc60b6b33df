#!/usr/bin/env bash
# Kill torture (issue #10): kills `rapport import codings` (100,000 rows) and `rapport import session` (150,000
# utterances) with SIGKILL at random moments, RUNS times each, and checks every killed project: it must open, pass
# `rapport check`, read in full, and hold either nothing of the import or all of it. Prints the figures; exits 1 when
# any project was damaged. The suite runs a short version (KillTortureTest, 3 kills per kind).
#
#   docs/kill-torture.sh [RUNS_PER_KIND=30] [SEED]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-30}
seed=${2:-$RANDOM}
mvn -q -o test-compile
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
# the classes are copied, so rebuilding the working tree while this runs does not change what is tortured
cp -r target/classes "$work/classes"; cp -r target/test-classes "$work/test-classes"
mvn -q -o dependency:build-classpath -Dmdep.outputFile="$work/cp.txt" >/dev/null
echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.1f GB", $2/1048576}' /proc/meminfo), $(uname -sr), $(java -version 2>&1 | head -1)"
java -cp "$work/classes:$work/test-classes:$(cat "$work/cp.txt")" org.rapport.app.imports.KillTorture "$work/run" "$runs" "$seed"
