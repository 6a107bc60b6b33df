#!/usr/bin/env bash
# Measures the desktop workspace end to end: window visible after start, opening a 90-minute session with 2,000
# utterances and 1,000 codings, transcript highlight lag, hotkey to committed coding, resident memory while playing.
# Needs ffmpeg (the 90-minute test video is made once in target/test-media), libVLC and xvfb-run.
# Usage: docs/bench-workspace.sh [PROJECT_DIR]   (default: target/bench-project, built on first run)
set -euo pipefail
cd "$(dirname "$0")/.."
project="${1:-target/bench-project}"
mvn -q -o package -DskipTests
mvn -q -o test-compile
xvfb-run -a -s "-screen 0 1280x800x24" java -Xmx256m -cp target/rapport.jar:target/test-classes \
  org.rapport.ui.WorkspaceBench "$project" 2> target/bench-workspace.log
