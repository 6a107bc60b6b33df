#!/usr/bin/env bash
# Paused-seek latency with real libVLC on the frame-index sample videos: seek (or frame step) to the first picture
# showing the frame at the player's clock, p50/p90/max (see docs/decisions/0010). Headless; needs libVLC.
# Usage: docs/bench-paused-seek.sh [SEEKS_PER_VIDEO]   (default 100)
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests
mvn -q -o test-compile
java -cp target/rapport.jar:target/test-classes org.rapport.media.PausedSeekBench "$@" 2> target/bench-paused-seek.log
