#!/usr/bin/env python3
"""Checks the sample sessions for consistency: run `python3 sample-sessions/check.py`.

- every mp4 lasts as long as its transcript's last cue (within 100 ms) and is under 3 MB;
- every VTT cue has a Therapist or Client voice tag and cues do not overlap;
- every coding uses a known rater and 3RS code and lies within its session's media;
- every rater who codes rates every session on all 3RS scales and WAI-O-S items, once.
"""
import csv
import json
import os
import re
import subprocess
import sys

HERE = os.path.dirname(os.path.abspath(__file__))
CODES = set("""w-denial w-minimal w-abstract w-avoidant w-deferential w-split w-hopeless
c-therapist c-rejecting c-activities c-parameters c-progress c-defending c-control
r-clarify r-change-task r-rationale r-invite r-acknowledge r-disclose r-link-therapy r-link-other
r-validate r-redirect""".split())
SEGMENT_SCALES = ["seg-withdrawal", "seg-confrontation", "seg-resolution"]
SESSION_SCALES = ["global-withdrawal", "global-confrontation", "global-resolution"]
WAI_ITEMS = ["wai%02d" % i for i in range(1, 13)]
CUE = re.compile(r"^(\d\d):(\d\d):(\d\d)\.(\d\d\d) --> (\d\d):(\d\d):(\d\d)\.(\d\d\d)$")

problems = []


def read_csv(name, header):
    with open(os.path.join(HERE, name), newline="") as f:
        rows = list(csv.reader(f))
    if rows[0] != header:
        problems.append(f"{name}: header {rows[0]} is not {header}")
    return [dict(zip(header, r)) for r in rows[1:]]


def to_ms(h, m, s, ms):
    return ((int(h) * 60 + int(m)) * 60 + int(s)) * 1000 + int(ms)


def read_cues(path):
    cues, lines = [], open(path).read().split("\n")
    if lines[0] != "WEBVTT":
        problems.append(f"{path}: does not start with WEBVTT")
    for i, line in enumerate(lines):
        m = CUE.match(line)
        if m:
            text = lines[i + 1]
            v = re.match(r"^<v (Therapist|Client)>", text)
            if not v:
                problems.append(f"{path}:{i + 2}: no Therapist/Client voice tag")
            cues.append((to_ms(*m.groups()[:4]), to_ms(*m.groups()[4:]), v.group(1) if v else None))
    for (s1, e1, _), (s2, e2, _) in zip(cues, cues[1:]):
        if not (s1 < e1 <= s2 < e2):
            problems.append(f"{path}: cues {s1}-{e1} and {s2}-{e2} are out of order")
    return cues


def media_ms(path):
    out = subprocess.run(["ffprobe", "-v", "error", "-show_entries", "format=duration", "-of", "json", path],
                         check=True, capture_output=True, text=True).stdout
    return round(float(json.loads(out)["format"]["duration"]) * 1000)


sessions = read_csv("sessions.csv", ["name", "transcript", "media", "client", "therapist", "number", "date"])
raters = read_csv("raters.csv", ["name", "role"])
codings = read_csv("codings.csv", ["session", "rater", "codebook", "code", "start_ms", "end_ms", "value", "note"])
ratings = read_csv("ratings.csv", ["session", "rater", "codebook", "item", "segment", "value"])

duration = {}
for s in sessions:
    cues = read_cues(os.path.join(HERE, s["transcript"]))
    media = os.path.join(HERE, s["media"])
    duration[s["name"]] = media_ms(media)
    size = os.path.getsize(media)
    if abs(duration[s["name"]] - cues[-1][1]) > 100:
        problems.append(f"{s['media']}: lasts {duration[s['name']]} ms, last cue ends at {cues[-1][1]} ms")
    if size >= 3 * 1024 * 1024:
        problems.append(f"{s['media']}: {size} bytes, over 3 MB")
    print(f"{s['name']}: {len(cues)} utterances, media {duration[s['name']]} ms, last cue {cues[-1][1]} ms, {size} bytes")

roles = {r["name"]: r["role"] for r in raters}
for r in raters:
    if r["role"] not in ("observer", "supervisor", "master"):
        problems.append(f"raters.csv: {r['name']} has role {r['role']}")
coders = sorted({c["rater"] for c in codings})

for n, c in enumerate(codings, start=2):
    where = f"codings.csv:{n}"
    if c["session"] not in duration:
        problems.append(f"{where}: unknown session {c['session']}")
        continue
    if c["rater"] not in roles:
        problems.append(f"{where}: unknown rater {c['rater']}")
    if c["codebook"] != "3rs" or c["code"] not in CODES:
        problems.append(f"{where}: unknown code {c['codebook']}/{c['code']}")
    start, end = int(c["start_ms"]), int(c["end_ms"])
    if not 0 <= start < end <= duration[c["session"]]:
        problems.append(f"{where}: {start}-{end} ms is not within 0-{duration[c['session']]} ms")

seen = {}
for n, r in enumerate(ratings, start=2):
    key = (r["session"], r["rater"], r["codebook"], r["item"], r["segment"])
    if key in seen:
        problems.append(f"ratings.csv:{n}: repeats line {seen[key]}")
    seen[key] = n
    top = 7 if r["codebook"] == "wai-o-s" else 5
    if not 1 <= int(r["value"]) <= top:
        problems.append(f"ratings.csv:{n}: value {r['value']} outside 1-{top}")
for session in duration:
    for rater in coders:
        wanted = [("3rs", i, "0") for i in SEGMENT_SCALES] + [("3rs", i, "") for i in SESSION_SCALES] \
                 + [("wai-o-s", i, "") for i in WAI_ITEMS]
        for codebook, item, segment in wanted:
            if (session, rater, codebook, item, segment) not in seen:
                problems.append(f"ratings.csv: {rater} did not rate {item} (segment '{segment}') in {session}")

print(f"{len(codings)} codings by {', '.join(coders)}; {len(ratings)} ratings")
for p in problems:
    print("PROBLEM:", p, file=sys.stderr)
sys.exit(1 if problems else 0)
