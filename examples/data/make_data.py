#!/usr/bin/env python3
"""Generates the sample data under examples/data/ (committed; rerun to refresh).

streaming_input/: JSON events {timestamp, category, value} over 40 minutes in 8
files, with some late events (minutes behind the others) and a few NULL values,
so that filters, windows, watermarks and late-data handling all show something.
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

HERE = os.path.dirname(os.path.abspath(__file__))
BASE = datetime(2025, 3, 1, 10, 0, 0, tzinfo=timezone.utc)
CATS = ["books", "music", "games", "sports"]


def main():
    rng = random.Random(2025)
    out = os.path.join(HERE, "streaming_input")
    os.makedirs(out, exist_ok=True)
    for f in range(8):
        rows = []
        for i in range(12):
            t = f * 300 + rng.randint(0, 299)
            if f > 0 and i < 2:
                t -= rng.randint(420, 840)  # late events
            v = round(rng.uniform(1, 100), 2)
            rows.append({"timestamp": (BASE + timedelta(seconds=t)).strftime("%Y-%m-%dT%H:%M:%SZ"),
                         "category": rng.choice(CATS), "value": None if rng.random() < 0.04 else v})
        with open(os.path.join(out, "events-%02d.json" % f), "w") as fh:
            for r in rows:
                fh.write(json.dumps(r) + "\n")


if __name__ == "__main__":
    main()
