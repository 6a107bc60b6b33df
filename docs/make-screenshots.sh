#!/usr/bin/env bash
# Renders screenshots of the desktop workspace from the real app into docs/images/ (under xvfb-run, real libVLC).
# The project is the demo project built from sample-sessions/ (or, without it, a small generated test project).
# Usage: docs/make-screenshots.sh
set -euo pipefail
cd "$(dirname "$0")/.."
mvn -q -o package -DskipTests
mvn -q -o test-compile
work=target/screenshots
# the project folder shows in the window's header: keep it short and neutral
project="${TMPDIR:-/tmp}/Rapport/alliance-study"
rm -rf "$work" "$project"
mkdir -p "$work" docs/images
cp="target/rapport.jar:target/test-classes"
if [ -f sample-sessions/sessions.csv ]; then
  java -cp "$cp" org.rapport.Main demo --dir "$project" --samples sample-sessions
else
  java -cp "$cp" org.rapport.ui.TestSessions "$project"
fi
run() { xvfb-run -a -s "-screen 0 1280x800x24" java -Drapport.audio=dummy "$@" 2>> "$work/screenshots.log"; }
# an observer's views (sessions, search, session with player, rating forms, codings, dark theme)
run -cp "$cp" org.rapport.ui.Screenshots "$project" docs/images "${OBSERVER:-Ana}" full
# a supervisor showing every rater's codings (one timeline lane per rater)
run -cp "$cp" org.rapport.ui.Screenshots "$project" docs/images "${SUPERVISOR:-Dana}" supervisor
# a supervisor's review: Reliability view, a disagreement at its moment, settling it, the consensus lane
run -cp "$cp" org.rapport.ui.Screenshots "$project" docs/images "${SUPERVISOR:-Dana}" review
# the Analytics view, on a project built for it (six sessions of one client with observer and self-report alliance)
analytics="${TMPDIR:-/tmp}/Rapport/analytics"
rm -rf "$analytics"
java -cp "$cp" org.rapport.cli.AnalyticsProject "$analytics" > /dev/null
run -cp "$cp" org.rapport.ui.Screenshots "$analytics/lab" docs/images "${SUPERVISOR:-Dana}" analytics
# transcript-only mode, as when libVLC is not installed
run -Drapport.libvlc=absent -cp "$cp" org.rapport.ui.Screenshots "$project" docs/images "${OBSERVER:-Ana}" transcript-only
# the supervisor's Training view and its charts, on a generated training study (the demo has too few sessions)
rm -rf "$work/training"
mkdir -p "$work/training"
run -cp "$cp" org.rapport.ui.TrainingScreenshots "$work/training/alliance-study" "$work/training/out"
cp "$work"/training/out/training*.png docs/images/
# the team dialogs: "Who is coding?" with a protected supervisor, its password prompt, "Open server project"
rm -rf "$work/team-project"
run -cp "$cp" org.rapport.ui.DialogScreenshots "$work/team-project" docs/images
ls -1 docs/images
