#!/usr/bin/env bash
# Rapport against the tools it replaces, as whole commands on the same files (issue #16, docs/decisions/0017).
# Generates the data (seeded, bench/make_data.py), checks that Rapport and each peer give the same value, times them
# interleaved in one hyperfine run per workload and writes the side-by-side table, with machine, date and load, into
# BENCHMARKS.md between the "compare.sh" markers (the rest of the file is left alone).
#
# usage: bench/compare.sh [--quick] [--skip-import] [--work DIR] [--runs N] [--out FILE]
#   --quick        the table's sizes only (skips the 10x sizes, the 1,000,000-utterance search and the import of 100)
#   --skip-import  skips the import of 100 sessions one by one and in one batch (about 6 minutes); the table keeps
#                  that workload's rows from FILE, marked as from the earlier run
#   --work DIR     where data, corpora and projects are made and kept (default $BENCH_WORK or /tmp/rapport-bench):
#                  what is already there is reused, so a second run only times
#   needs: target/rapport (mvn -q -DskipTests package), hyperfine; peers used when present: Rscript with psych,
#   /usr/bin/python3 with statsmodels, grep. irr and irrCAC are not on Debian: their columns keep the issue's figures.
set -euo pipefail
cd "$(dirname "$0")/.."
repo=$PWD
runs=5
quick=0
skip_import=0
work=${BENCH_WORK:-/tmp/rapport-bench}
out=$repo/BENCHMARKS.md
while [ $# -gt 0 ]; do
  case $1 in
    --quick) quick=1 ;;
    --skip-import) skip_import=1 ;;
    --work) work=$2; shift ;;
    --runs) runs=$2; shift ;;
    --out) out=$2; shift ;;
    *) echo "usage: bench/compare.sh [--quick] [--skip-import] [--work DIR] [--runs N] [--out FILE]" >&2; exit 2 ;;
  esac
  shift
done
rapport=$repo/target/rapport
[ -x "$rapport" ] || { echo "compare.sh: build first: mvn -q -DskipTests package" >&2; exit 2; }
command -v hyperfine >/dev/null || { echo "compare.sh: needs hyperfine (apt-get install hyperfine)" >&2; exit 2; }
py=/usr/bin/python3 # Debian's python, with Debian's statsmodels (a pyenv python3 on PATH may lack it)
have_r=0; Rscript -e 'library(psych)' >/dev/null 2>&1 && have_r=1
have_sm=0; $py -c 'import statsmodels' >/dev/null 2>&1 && have_sm=1

mkdir -p "$work"
data=$work/data
mkdir -p "$data"
rows=$work/rows.tsv    # workload \t tool \t mean_s \t sd_s \t value \t note
: > "$rows"
loads=$work/loads.txt
: > "$loads"

gen() { # KIND UNITS RATERS LEVELS MISSING NAME
  [ -f "$data/$6-wide.csv" ] || $py bench/make_data.py "$1" "$2" "$3" "$4" "$5" 16 "$data/$6"
}

value_of() { "$rapport" "$@" --json | $py -c 'import json,sys; print(repr(json.load(sys.stdin)["value"]))'; }

# time WORKLOAD then pairs of TOOL COMMAND: one hyperfine run, commands interleaved, warm-up first
time_cmds() {
  local workload=$1; shift
  local args=() names=()
  while [ $# -gt 0 ]; do names+=("$1"); args+=(-n "$1" "$2"); shift 2; done
  echo "$workload: $(uptime | sed 's/.*load average: //')" >> "$loads"
  hyperfine -N -w 1 -r "$runs" --export-json "$work/h.json" "${args[@]}" > "$work/h.log" 2>&1 \
    || hyperfine -w 1 -r "$runs" --export-json "$work/h.json" "${args[@]}" > "$work/h.log" 2>&1
  $py - "$work/h.json" "$workload" >> "$rows" <<'EOF'
import json, sys
for r in json.load(open(sys.argv[1]))["results"]:
    print("%s\t%s\t%.4f\t%.4f\t\t" % (sys.argv[2], r["command"], r["mean"], r["stddev"] or 0.0))
EOF
}

note() { printf '%s\t%s\t\t\t%s\t%s\n' "$1" "$2" "$3" "${4:-}" >> "$rows"; }

# --- agreement statistics on rating files ---------------------------------------------------------------------------
agree_workloads() { # SUFFIX SCALE
  local s=$1 scale=$2
  local au=$((100000 * scale)) iu=$((10000 * scale)) fu=$((10000 * scale))
  gen ordinal $au 4 7 0.1 "alpha$s"; gen interval $iu 10 0 0 "icc$s"; gen ordinal $fu 6 5 0 "fleiss$s"

  local w="Krippendorff's alpha (nominal), $au units × 4 raters, 7 levels, 10% missing"
  note "$w" "rapport value" "$(value_of agree --data "$data/alpha$s-wide.csv" --statistic krippendorff-alpha --level nominal)"
  time_cmds "$w" "rapport agree" "$rapport agree --data $data/alpha$s-wide.csv --statistic krippendorff-alpha --level nominal"

  w="ICC(A,1), $iu units × 10 raters"
  note "$w" "rapport value" "$(value_of agree --data "$data/icc$s-wide.csv" --statistic icc --model two-way-random --type agreement --unit single)"
  time_cmds "$w" "rapport agree" "$rapport agree --data $data/icc$s-wide.csv --statistic icc --model two-way-random --type agreement --unit single"

  w="Fleiss' kappa, $fu units × 6 raters"
  local fl=("rapport agree" "$rapport agree --data $data/fleiss$s-wide.csv --statistic fleiss-kappa")
  note "$w" "rapport value" "$(value_of agree --data "$data/fleiss$s-wide.csv" --statistic fleiss-kappa)"
  if [ $have_sm = 1 ]; then
    cat > "$work/fleiss.py" <<'EOF'
import sys
import numpy as np
from statsmodels.stats.inter_rater import aggregate_raters, fleiss_kappa
x = np.loadtxt(sys.argv[1], delimiter=",", skiprows=1)
print(repr(fleiss_kappa(aggregate_raters(x)[0], method="fleiss")))
EOF
    note "$w" "statsmodels value" "$($py "$work/fleiss.py" "$data/fleiss$s-wide.csv")"
    fl+=("statsmodels fleiss_kappa" "$py $work/fleiss.py $data/fleiss$s-wide.csv")
  fi
  time_cmds "$w" "${fl[@]}"
}

# psych's ICC on 1,000 × 10 (on 10,000 × 10 it ran for over 10 minutes)
psych_icc() {
  gen interval 1000 10 0 0 icc1k
  local w="ICC(A,1), 1000 units × 10 raters"
  local cmds=("rapport agree" "$rapport agree --data $data/icc1k-wide.csv --statistic icc --model two-way-random --type agreement --unit single")
  note "$w" "rapport value" "$(value_of agree --data "$data/icc1k-wide.csv" --statistic icc --model two-way-random --type agreement --unit single)"
  if [ $have_r = 1 ]; then
    cat > "$work/icc.R" <<'EOF'
x <- read.csv(commandArgs(TRUE)[1])
r <- suppressMessages(psych::ICC(x, lmer = FALSE))  # lme4 is not on Debian; complete data need no lmer
cat(sprintf("%.17g\n", r$results$ICC[2]))  # ICC2 = ICC(A,1), single random raters
EOF
    note "$w" "psych value" "$(Rscript "$work/icc.R" "$data/icc1k-wide.csv")"
    cmds+=("R psych ICC" "Rscript $work/icc.R $data/icc1k-wide.csv")
  fi
  time_cmds "$w" "${cmds[@]}"
}

# --- start-up --------------------------------------------------------------------------------------------------------
startup() {
  local demo=$work/demo
  [ -d "$demo" ] || "$rapport" demo --dir "$demo" > /dev/null
  mkdir -p "$work/hello"
  if [ ! -f "$work/hello/Hello.class" ]; then
    printf 'public class Hello { public static void main(String[] a) { System.out.println("hello"); } }\n' > "$work/hello/Hello.java"
    javac -d "$work/hello" "$work/hello/Hello.java"
  fi
  local cmds=("rapport --version" "$rapport --version" "rapport help" "$rapport help"
    "rapport sessions (demo)" "$rapport sessions --project $demo"
    "java -jar rapport.jar --version" "java -jar $repo/target/rapport.jar --version"
    "java hello world" "java -cp $work/hello Hello")
  [ $have_r = 1 ] && cmds+=("Rscript -e 1" "Rscript -e 1")
  time_cmds "start-up" "${cmds[@]}"
}

# --- search ----------------------------------------------------------------------------------------------------------
search_project() { # SESSIONS NAME: a corpus and a project holding it (imported in one batch)
  local n=$1 name=$2
  if [ ! -d "$work/$name-project" ]; then
    rm -rf "$work/$name-corpus"
    "$rapport" generate-corpus --sessions "$n" --seed 16 --out "$work/$name-corpus" > /dev/null
    "$rapport" init "$work/$name-project" > /dev/null
    "$rapport" import sessions --project "$work/$name-project" --manifest "$work/$name-corpus/sessions.csv" > /dev/null 2>&1
    "$rapport" index --project "$work/$name-project" > /dev/null
  fi
}

# a search through the store, then, once the store has been left alone for 2 s, one that stamps the index: the timed
# runs then answer from the index alone, as every search does until the project changes (docs/decisions/0022)
settle() { # PROJECT QUERY
  "$rapport" search --project "$1" --limit 0 "$2" > /dev/null
  sleep 2.5
  "$rapport" search --project "$1" --limit 0 "$2" > /dev/null
}

search() {
  search_project 40 s40
  local w="phrase search, 40 sessions, 20,000 utterances"
  local q='"don'"'"'t know"'
  settle "$work/s40-project" "$q"
  note "$w" "rapport hits" "$("$rapport" search --project "$work/s40-project" --json --limit 0 "$q" | $py -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo "?")"
  note "$w" "grep lines" "$(grep -ric "don't know" "$work/s40-corpus/sessions" | awk -F: '{s+=$2} END {print s}')"
  time_cmds "$w" "rapport search" "$rapport search --project $work/s40-project $q" \
    "grep -ric" "grep -ric \"don't know\" $work/s40-corpus/sessions"
  if [ $quick = 0 ]; then
    search_project 2000 s2000
    w="phrase search, 2,000 sessions, 1,000,000 utterances"
    settle "$work/s2000-project" "$q"
    note "$w" "rapport hits" "$("$rapport" search --project "$work/s2000-project" --json --limit 0 "$q" | $py -c 'import json,sys; print(json.load(sys.stdin)["total"])' 2>/dev/null || echo "?")"
    note "$w" "grep lines" "$(grep -ric "don't know" "$work/s2000-corpus/sessions" | awk -F: '{s+=$2} END {print s}')"
    time_cmds "$w" "rapport search" "$rapport search --project $work/s2000-project $q" \
      "grep -ric" "grep -ric \"don't know\" $work/s2000-corpus/sessions"
  fi
}

# --- import ----------------------------------------------------------------------------------------------------------
imports() {
  local n=100
  rm -rf "$work/imp-corpus"
  "$rapport" generate-corpus --sessions $n --seed 16 --out "$work/imp-corpus" > /dev/null
  cat > "$work/one-by-one.sh" <<EOF
#!/bin/sh
set -e
rm -rf "$work/imp-1" && "$rapport" init "$work/imp-1" > /dev/null
for f in "$work/imp-corpus/sessions/"*.vtt; do
  "$rapport" import session --project "$work/imp-1" --name "\$(basename "\$f" .vtt)" --transcript "\$f" > /dev/null
done
EOF
  cat > "$work/batch.sh" <<EOF
#!/bin/sh
set -e
rm -rf "$work/imp-b" && "$rapport" init "$work/imp-b" > /dev/null
"$rapport" import sessions --project "$work/imp-b" --manifest "$work/imp-corpus/sessions.csv" > /dev/null 2>&1
EOF
  local saved=$runs; runs=${IMPORT_RUNS:-1}
  time_cmds "import $n sessions of 500 utterances" "rapport import session, once per file" "sh $work/one-by-one.sh" \
    "rapport import sessions --manifest" "sh $work/batch.sh"
  runs=$saved
}

agree_workloads "" 1
psych_icc
[ $quick = 0 ] && agree_workloads "-10x" 10
startup
search
if [ $quick = 0 ] && [ $skip_import = 0 ]; then
  imports
elif [ $quick = 0 ] && [ -f "$out" ]; then
  # the earlier run's rows of the import workload, kept and marked (the date is that run's, from its heading line)
  when=$(grep -m1 -o 'Measured [0-9-]* [0-9:]* UTC' "$out" | sed 's/Measured //' || true)
  grep '^| import [0-9]* sessions' "$out" | awk -F' [|] ' -v when="${when:-an earlier run}" '
    { sub(/^[|] /, "", $1); split($3, t, " ± "); note = $4; sub(/ *[|] *$/, "", note)
      if (note !~ /not re-run/) note = "(not re-run: from the run of " when ")"
      printf "%s\t%s\t%s\t%s\t\t%s\n", $1, $2, t[1], t[2], note }' >> "$rows" || true
  echo "import 100 sessions of 500 utterances: not re-run (--skip-import)" >> "$loads"
fi

# --- the table -------------------------------------------------------------------------------------------------------
$py - "$rows" "$loads" "$out" "$runs" <<'EOF'
import os, platform, subprocess, sys, datetime
rows_file, loads_file, out, runs = sys.argv[1:5]
rows = [l.rstrip("\n").split("\t") for l in open(rows_file) if l.strip()]
def sh(c):
    try: return subprocess.run(c, shell=True, capture_output=True, text=True).stdout.strip()
    except Exception: return "?"
cpu = sh("grep -m1 'model name' /proc/cpuinfo | cut -d: -f2").strip()
lines = ["<!-- compare.sh begin: written by bench/compare.sh; edit outside the markers -->",
         "## Rapport and its peers, whole commands (bench/compare.sh)", "",
         "Measured %s on %s (%s, %s cores, %s), %s; hyperfine, %s runs after a warm-up, commands of a workload"
         " interleaved in one run. Load average at the start of each workload below the table." % (
             datetime.datetime.now(datetime.timezone.utc).strftime("%Y-%m-%d %H:%M UTC"), platform.node(), cpu,
             os.cpu_count(), platform.platform(), sh("java -version 2>&1 | head -1"), runs), "",
         "| workload | command | mean ± sd (s) | value |", "|---|---|---|---|"]
order = []
for r in rows:
    if r[0] not in order: order.append(r[0])
for w in order:
    for r in rows:
        if r[0] != w: continue
        t = "%s ± %s" % (r[2], r[3]) if r[2] else ""
        lines.append("| %s | %s | %s | %s |" % (w, r[1], t, r[4] + (" " + r[5] if len(r) > 5 and r[5] else "")))
    values = {r[1]: r[4] for r in rows if r[0] == w and r[1].endswith(" value") and r[4]}
    mine = values.pop("rapport value", None)
    for peer, v in values.items():
        try:
            d = abs(float(mine) - float(v))
            lines.append("| %s | same value as %s? | | %s (difference %.1e) |" % (
                w, peer.replace(" value", ""), "yes, to 1e-9" if d <= 1e-9 else "NO", d))
        except (TypeError, ValueError):
            lines.append("| %s | same value as %s? | | cannot compare %r with %r |" % (w, peer, mine, v))
lines += ["", "Figures from the issue, not measurable here (no CRAN on this machine): irrCAC `krippen.alpha.raw`"
          " 0.31 s and irr `kripp.alpha` 3.35 s (alpha, 100,000 × 4); irr `icc` 0.40 s (ICC, 10,000 × 10);"
          " irr 1.00 s (Fleiss, 10,000 × 6).", "",
          "Searches are timed once the project's index is stamped (two searches 2.5 s apart first, docs/decisions/0022):"
          " the timed runs answer from the index alone, as every search does until the project changes; the first"
          " search after a change goes through the store.", "", "Load average (1, 5, 15 min) when each workload started:", ""]
lines += ["- " + l.strip() for l in open(loads_file) if l.strip()]
lines.append("<!-- compare.sh end -->")
block = "\n".join(lines) + "\n"
text = open(out).read() if os.path.exists(out) else "# Benchmarks\n\n"
b, e = "<!-- compare.sh begin", "<!-- compare.sh end -->"
if b in text and e in text:
    text = text[:text.index(b)] + block + text[text.index(e) + len(e) + 1:]
else:
    text = text.rstrip("\n") + "\n\n" + block
open(out, "w").write(text)
print(block)
EOF
