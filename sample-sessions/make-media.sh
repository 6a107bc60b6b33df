#!/usr/bin/env bash
# Regenerates everything derived in sample-sessions/ from the scripts in src/:
#   sNN-*.wav is never kept; sNN-*.mp4 (speech + a picture showing who speaks),
#   sNN-*.vtt (exact cue times), sessions.csv, codings.csv and ratings.csv.
# Needs the Debian packages espeak-ng, sox, libsox-fmt-all (only for sox's wav
# handling on minimal systems), ffmpeg and fonts-dejavu-core. Deterministic:
# the same inputs and package versions give the same VTT and CSV files.
#
# Usage: bash sample-sessions/make-media.sh [session-name ...]
#        (no names: every src/s*.txt)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
src="$here/src"
rate=22050
max_bytes=$((3 * 1024 * 1024))
font=/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf
bold=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf

for tool in espeak-ng sox soxi ffmpeg ffprobe awk; do
  command -v "$tool" >/dev/null || { echo "make-media.sh: $tool not found (apt-get install espeak-ng sox libsox-fmt-all ffmpeg)" >&2; exit 1; }
done
for f in "$font" "$bold"; do
  [[ -f $f ]] || { echo "make-media.sh: font $f not found (apt-get install fonts-dejavu-core)" >&2; exit 1; }
done

tmp="$(mktemp -d)"
[[ -n ${KEEP_TMP:-} ]] && echo "make-media.sh: keeping $tmp" >&2 || trap 'rm -rf "$tmp"' EXIT

# meta FILE KEY: the value of a "%KEY value" line in a session script.
meta() {
  local v
  v="$(sed -n "s/^%$2 //p" "$1" | head -n 1)"
  [[ -n $v ]] || { echo "make-media.sh: $1 has no %$2 line" >&2; exit 1; }
  printf '%s' "$v"
}

# ms SAMPLES: milliseconds, rounded, from a sample count at $rate.
ms() { echo $(( ($1 * 1000 + rate / 2) / rate )); }

# vtt_time MS: hh:mm:ss.mmm
vtt_time() {
  local t=$1
  printf '%02d:%02d:%02d.%03d' $((t / 3600000)) $((t / 60000 % 60)) $((t / 1000 % 60)) $((t % 1000))
}

# speak SESSION_TMP INDEX VOICE WPM TEXT: writes INDEX.wav, the utterance with espeak's silence trimmed.
speak() {
  local dir=$1 i=$2 voice=$3 wpm=$4 text=$5
  printf '%s\n' "$text" > "$dir/$i.txt"
  espeak-ng -v "$voice" -s "$wpm" -f "$dir/$i.txt" -w "$dir/$i.raw.wav"
  sox -D "$dir/$i.raw.wav" -r "$rate" -c 1 -b 16 "$dir/$i.wav" \
    silence 1 0.01 0.5% reverse silence 1 0.01 0.5% reverse
}

# build SCRIPT: audio, cue table, VTT and MP4 of one session.
build() {
  local script=$1 name dir
  name="$(basename "$script" .txt)"
  dir="$tmp/$name"
  mkdir -p "$dir"
  local tvoice cvoice wpm
  tvoice="$(meta "$script" voice-therapist)"
  cvoice="$(meta "$script" voice-client)"
  wpm="$(meta "$script" wpm)"

  local i=0 cum=0 parts=() spk pause text voice label pause_samples start n
  : > "$dir/cues"
  while IFS='|' read -r spk pause text; do
    case $spk in
      T) voice=$tvoice label=Therapist ;;
      C) voice=$cvoice label=Client ;;
    esac
    pause_samples="$(awk -v p="$pause" -v r="$rate" 'BEGIN { printf "%d", p * r + 0.5 }')"
    if (( pause_samples > 0 )); then
      sox -D -r "$rate" -c 1 -n -b 16 "$dir/$i.pause.wav" trim 0 "${pause_samples}s"
      parts+=("$dir/$i.pause.wav")
    fi
    speak "$dir" "$i" "$voice" "$wpm" "$text"
    parts+=("$dir/$i.wav")
    n="$(soxi -s "$dir/$i.wav")"
    start=$((cum + pause_samples))
    cum=$((start + n))
    printf '%d|%s|%d|%d|%s\n' "$i" "$label" "$(ms "$start")" "$(ms "$cum")" "$text" >> "$dir/cues"
    i=$((i + 1))
  done < <(grep -E '^[TC]\|' "$script")

  sox -D "${parts[@]}" "$dir/session.wav"
  local total
  total="$(soxi -s "$dir/session.wav")"
  (( total == cum )) || { echo "make-media.sh: $name joined to $total samples, expected $cum" >&2; exit 1; }
  local dur_ms
  dur_ms="$(ms "$total")"
  (( dur_ms < 300000 )) || { echo "make-media.sh: $name is longer than one 5-minute segment" >&2; exit 1; }
  echo "$dur_ms" > "$dir/duration"

  # WebVTT with voice tags.
  {
    echo "WEBVTT"
    local idx who s e t
    while IFS='|' read -r idx who s e t; do
      echo
      echo "$(vtt_time "$s") --> $(vtt_time "$e")"
      echo "<v $who>$t"
    done < "$dir/cues"
  } > "$here/$name.vtt"

  video "$name" "$dir" "$total"
  echo "$name: $i utterances, $(vtt_time "$dur_ms"), $(stat -c %s "$here/$name.mp4") bytes" >&2
}

# enable_expr DIR LABEL: "between(t,s,e)+..." over the cues of one speaker.
enable_expr() {
  awk -F'|' -v who="$2" '$2 == who { printf "%sbetween(t,%.3f,%.3f)", (n++ ? "+" : ""), $3 / 1000, $4 / 1000 }' "$1/cues"
}

# video NAME DIR SAMPLES: a 640x360 picture with two labelled boxes; the speaker's box is lit.
video() {
  local name=$1 dir=$2 samples=$3 seconds
  seconds="$(awk -v s="$samples" -v r="$rate" 'BEGIN { printf "%.3f", s / r }')"
  local t_on c_on
  t_on="$(enable_expr "$dir" Therapist)"
  c_on="$(enable_expr "$dir" Client)"
  cat > "$dir/vf.txt" <<EOF
drawtext=fontfile=$bold:text='$name':fontcolor=0xe8e8e8:fontsize=22:x=24:y=18,
drawtext=fontfile=$font:text='fictional sample session':fontcolor=0x8a9099:fontsize=14:x=24:y=48,
drawtext=fontfile=$font:text='%{pts\:hms}':fontcolor=0xe8e8e8:fontsize=20:x=w-tw-24:y=20,
drawbox=x=40:y=100:w=260:h=190:color=0x3a4049:t=3,
drawbox=x=340:y=100:w=260:h=190:color=0x3a4049:t=3,
drawbox=x=40:y=100:w=260:h=190:color=0x2f7fd8:t=fill:enable='$t_on',
drawbox=x=340:y=100:w=260:h=190:color=0xe08a2c:t=fill:enable='$c_on',
drawtext=fontfile=$bold:text='Therapist':fontcolor=0xf2f2f2:fontsize=30:x=40+(260-tw)/2:y=170,
drawtext=fontfile=$bold:text='Client':fontcolor=0xf2f2f2:fontsize=30:x=340+(260-tw)/2:y=170,
drawtext=fontfile=$font:text='speaking':fontcolor=0xffffff:fontsize=18:x=40+(260-tw)/2:y=220:enable='$t_on',
drawtext=fontfile=$font:text='speaking':fontcolor=0xffffff:fontsize=18:x=340+(260-tw)/2:y=220:enable='$c_on'
EOF
  ffmpeg -nostdin -loglevel error -y \
    -f lavfi -i "color=c=0x15181c:s=640x360:r=10:d=$seconds" \
    -i "$dir/session.wav" \
    -filter_script:v "$dir/vf.txt" \
    -c:v libx264 -crf 30 -tune stillimage -pix_fmt yuv420p \
    -c:a aac -b:a 48k -ac 1 \
    -map_metadata -1 -fflags +bitexact -flags:v +bitexact -flags:a +bitexact \
    -movflags +faststart -shortest "$here/$name.mp4"
  local size
  size="$(stat -c %s "$here/$name.mp4")"
  (( size < max_bytes )) || { echo "make-media.sh: $name.mp4 is $size bytes, over 3 MB" >&2; exit 1; }
}

# sessions.csv from the scripts' metadata.
write_sessions() {
  {
    echo "name,transcript,media,client,therapist,number,date"
    local script name
    for script in "$src"/s*.txt; do
      name="$(basename "$script" .txt)"
      printf '%s,%s.vtt,%s.mp4,%s,%s,%s,%s\n' "$name" "$name" "$name" \
        "$(meta "$script" client)" "$(meta "$script" therapist)" "$(meta "$script" number)" "$(meta "$script" date)"
    done
  } > "$here/sessions.csv"
}

# codings.csv: each "@RATERS|CODE|SPAN|NOTE" line becomes one row per rater, spanning
# the utterance above and SPAN-1 after it. Raters mark boundaries a little off the
# utterance edges, each in their own way, with a fixed pseudo-random offset per coding.
write_codings() {
  {
    echo "session,rater,codebook,code,start_ms,end_ms,value,note"
    local script name
    for script in "$src"/s*.txt; do
      name="$(basename "$script" .txt)"
      awk -F'|' -v session="$name" -v cues="$tmp/$name/cues" -v dur="$(cat "$tmp/$name/duration")" '
        function hash(s,   i, x) { x = 7; for (i = 1; i <= length(s); i++) x = (x * 131 + ord[substr(s, i, 1)]) % 1000003; return x }
        function between(lo, hi, f) { return int(lo + f * (hi - lo) + 0.5) }
        function csv(s) { if (s ~ /[",]/) { gsub(/"/, "\"\"", s); return "\"" s "\"" } return s }
        BEGIN {
          for (c = 32; c < 127; c++) ord[sprintf("%c", c)] = c
          while ((getline line < cues) > 0) { split(line, f, "|"); cs[f[1]] = f[3]; ce[f[1]] = f[4]; n = f[1] + 1 }
          # start offset range, end offset range (ms) per rater
          lo_s["Ana"] = -500;    hi_s["Ana"] = 200;    lo_e["Ana"] = -100;    hi_e["Ana"] = 700
          lo_s["Ben"] = 0;       hi_s["Ben"] = 1200;   lo_e["Ben"] = -400;    hi_e["Ben"] = 1600
          lo_s["Chiara"] = -200; hi_s["Chiara"] = 150; lo_e["Chiara"] = -150; hi_e["Chiara"] = 250
          u = -1
        }
        /^[TC]\|/ { u++; next }
        /^@/ {
          raters = substr($1, 2); code = $2; span = ($3 == "" ? 1 : $3); note = $4
          last = u + span - 1
          if (u < 0 || last >= n) { print "make-media.sh: " session ": coding outside the utterances: " $0 > "/dev/stderr"; exit 1 }
          k = split(raters, rs, ",")
          for (j = 1; j <= k; j++) {
            r = rs[j]
            if (!(r in lo_s)) { print "make-media.sh: " session ": unknown rater " r > "/dev/stderr"; exit 1 }
            h = hash(session "|" r "|" code "|" u)
            s = cs[u] + between(lo_s[r], hi_s[r], (h % 1000) / 999)
            e = ce[last] + between(lo_e[r], hi_e[r], (int(h / 1000) % 1000) / 999)
            if (s < 0) s = 0
            if (e > dur) e = dur
            if (e < s + 300) e = s + 300
            printf "%s,%s,3rs,%s,%d,%d,,%s\n", session, r, code, s, e, csv(note)
          }
        }
      ' "$script"
    done
  } > "$here/codings.csv"
}

# ratings.csv from src/ratings.txt.
write_ratings() {
  {
    echo "session,rater,codebook,item,segment,value"
    awk '
      /^#/ || NF == 0 { next }
      {
        split("seg-withdrawal seg-confrontation seg-resolution", seg, " ")
        split("global-withdrawal global-confrontation global-resolution", glob, " ")
        if (NF != 23 || $3 != "|" || $7 != "|" || $11 != "|") { print "make-media.sh: ratings.txt line " NR " is malformed" > "/dev/stderr"; exit 1 }
        for (i = 1; i <= 3; i++) printf "%s,%s,3rs,%s,0,%s\n", $1, $2, seg[i], $(3 + i)
        for (i = 1; i <= 3; i++) printf "%s,%s,3rs,%s,,%s\n", $1, $2, glob[i], $(7 + i)
        for (i = 1; i <= 12; i++) printf "%s,%s,wai-o-s,wai%02d,,%s\n", $1, $2, i, $(11 + i)
      }
    ' "$src/ratings.txt"
  } > "$here/ratings.csv"
}

scripts=()
if (( $# )); then
  for n in "$@"; do scripts+=("$src/$n.txt"); done
else
  scripts=("$src"/s*.txt)
fi
for s in "${scripts[@]}"; do build "$s"; done
if (( $# == 0 )); then
  write_sessions
  write_codings
  write_ratings
fi
