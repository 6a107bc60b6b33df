#!/usr/bin/env python3
"""Writes the benchmark's rating files, deterministically from a seed (Python's random is stable across versions).

usage: make_data.py KIND UNITS RATERS LEVELS MISSING SEED OUT_PREFIX
writes OUT_PREFIX-wide.csv (a header of rater names, one row per unit, NA for missing, as R's irr, irrCAC and psych
read it) and OUT_PREFIX-long.csv (unit,rater,value; a missing rating is an empty value).
KIND: "ordinal" draws each unit's true level and lets raters stray by one level now and then (alpha, Fleiss);
"interval" draws a unit effect, a rater bias and noise (ICC), rounded to 0.1.
"""
import random
import sys


def main():
    kind, units, raters, levels, missing, seed, out = sys.argv[1:8]
    units, raters, levels, missing, seed = int(units), int(raters), int(levels), float(missing), int(seed)
    rnd = random.Random(seed)
    names = ["r%d" % (j + 1) for j in range(raters)]
    bias = [rnd.gauss(0, 0.5) for _ in range(raters)]
    with open(out + "-wide.csv", "w", newline="\n") as wide, open(out + "-long.csv", "w", newline="\n") as long_:
        wide.write(",".join(names) + "\n")
        long_.write("unit,rater,value\n")
        for u in range(units):
            row = []
            if kind == "ordinal":
                true = rnd.randrange(levels) + 1
            else:
                true = rnd.gauss(50, 10)
            for j in range(raters):
                if missing > 0 and rnd.random() < missing:
                    row.append(None)
                    continue
                if kind == "ordinal":
                    r = rnd.random()
                    v = true + (-1 if r < 0.15 else 1 if r > 0.85 else 0)
                    row.append(str(min(levels, max(1, v))))
                else:
                    row.append("%.1f" % (true + bias[j] + rnd.gauss(0, 5)))
            wide.write(",".join("NA" if v is None else v for v in row) + "\n")
            for j, v in enumerate(row):
                long_.write("u%d,%s,%s\n" % (u + 1, names[j], "" if v is None else v))


if __name__ == "__main__":
    main()
