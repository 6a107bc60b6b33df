#!/usr/bin/env bash
# Makes the frame-index sample videos: every frame shows its own index, so a test can read back which frame
# libVLC delivered. Top left, 12 blocks of 16x16 pixels carry the index in binary (bit 11 first, white = 1) and
# the row below carries its complement (a frame read with both rows agreeing is a real, whole frame); the index
# is also drawn as a number for people looking at screenshots.
# The H.264 streams are long-GOP (one key frame per keyint frames, no scene-cut key frames), as a camera or
# screen recorder writes them, so seeking has to decode from far back.
#
# Needs ffmpeg (with libx264 and drawtext) and fonts-dejavu-core. Deterministic for the same ffmpeg version.
# Usage: bash src/test/resources/media/make-frame-index.sh [output-dir]   (default: next to this script)
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
out="${1:-$here}"
font=/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf
command -v ffmpeg >/dev/null || { echo "make-frame-index.sh: ffmpeg not found (apt-get install ffmpeg)" >&2; exit 1; }
[[ -f $font ]] || { echo "make-frame-index.sh: font $font not found (apt-get install fonts-dejavu-core)" >&2; exit 1; }

# bit(k) of the frame number N; row 0 (Y < 16) shows it, row 1 (16 <= Y < 32) its complement
bits="if(lt(Y,32)*lt(X,192),255*abs(gte(Y,16)-mod(floor(N/pow(2,11-floor(X/16))),2)),40)"

# make NAME FPS SECONDS KEYINT BFRAMES AUDIO(yes|no)
make() {
  local name=$1 fps=$2 secs=$3 keyint=$4 bf=$5 audio=$6
  local inputs=(-f lavfi -i "color=c=black:s=320x180:r=$fps:d=$secs")
  local acodec=(-an)
  if [[ $audio == yes ]]; then
    inputs+=(-f lavfi -i "anullsrc=r=22050:cl=mono")
    acodec=(-c:a aac -b:a 16k -shortest)
  fi
  ffmpeg -nostdin -loglevel error -y -fflags +bitexact "${inputs[@]}" \
    -vf "geq=lum='$bits':cb=128:cr=128,drawtext=fontfile=$font:text='%{frame_num}':x=(w-tw)/2:y=80:fontsize=48:fontcolor=white" \
    -c:v libx264 -preset medium -g "$keyint" -keyint_min "$keyint" -sc_threshold 0 -bf "$bf" -crf 28 \
    -pix_fmt yuv420p -threads 1 "${acodec[@]}" -flags:v +bitexact -movflags +faststart "$out/$name.mp4"
}

make frames-10fps-bframes 10 60 300 3 yes
make frames-25fps-bframes 25 40 250 3 no
make frames-30fps-no-bframes 30 40 300 0 no
ls -l "$out"/frames-*.mp4
