#!/usr/bin/env python3
"""Generates the sample data under examples/data/ (committed; rerun to refresh).

streaming_input/: JSON events {timestamp, category, value} over 40 minutes in 8
files, with some late events (minutes behind the others) and a few NULL values,
so that filters, windows, watermarks and late-data handling all show something.

ad_clicks/: ad impressions {impressionAdId, impressionTime} and clicks {clickAdId,
clickTime} over 8 hours (10:00-18:00 UTC), one impressions file and one clicks file
per hour (impressions-NN.json, clicks-NN.json, NN = 00..07), for
examples/ad_clicks_join.py (Spark's guide's stream-stream join). Most impressions get
a click within the hour after them (some two), some a click only after the hour (no
match: the impression comes out NULL-padded), some none; a few clicks arrive an hour or
two after their time (still joined) and one more than the watermark's 3 hours (dropped
as late). Each file's modification time is set (pair NN at BASE + NN minutes), so a file
source with maxFilesPerTrigger 1 reads pair NN in batch NN, in Spark as in Runnel.
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
    ad_clicks(os.path.join(HERE, "ad_clicks"))


def ad_clicks(out, hours=8, per_hour=5):
    """Impressions and clicks for the stream-stream join example (see the docstring)."""
    rng = random.Random(16)
    os.makedirs(out, exist_ok=True)
    ts = lambda m: (BASE + timedelta(minutes=m)).strftime("%Y-%m-%dT%H:%M:%SZ")
    imps = [[] for _ in range(hours)]
    clicks = [[] for _ in range(hours + 8)]  # by the hour they arrive in (files past `hours` are dropped)
    ad = 100
    minute = {}  # impression's ad id -> its minute after BASE
    for h in range(hours):
        for t in sorted(rng.sample(range(h * 60, h * 60 + 60), per_hour)):
            imps[h].append({"impressionAdId": ad, "impressionTime": ts(t)})
            minute[ad] = t
            r = rng.random()
            if r < 0.55:  # one click within the hour after the impression: joined
                times = [t + rng.randint(1, 55)]
            elif r < 0.65:  # clicked twice: two joined rows
                times = sorted(rng.sample(range(t + 1, t + 58), 2))
            elif r < 0.80:  # clicked after the hour: no match, the impression comes out NULL-padded
                times = [t + rng.randint(65, 110)]
            else:  # never clicked: NULL-padded
                times = []
            for c in times:
                arrive = c // 60
                if rng.random() < 0.15:
                    arrive += rng.randint(1, 2)  # a click that arrives late, still within the watermark
                clicks[arrive].append({"clickAdId": ad, "clickTime": ts(c)})
            ad += 1
    # One click from the first hour that arrives in the last file: more than the
    # watermark's 3 hours behind, so Spark drops it as late.
    ad = imps[0][1]["impressionAdId"]
    clicks[hours - 1].append({"clickAdId": ad, "clickTime": ts(minute[ad] + 20)})
    for h in range(hours):
        for name, rows in (("impressions", imps[h]), ("clicks", sorted(clicks[h], key=lambda c: c["clickTime"]))):
            path = os.path.join(out, "%s-%02d.json" % (name, h))
            with open(path, "w") as fh:
                for r in rows:
                    fh.write(json.dumps(r) + "\n")
            # Pair h is the h-th file each source lists (file sources read the oldest first).
            m = (BASE + timedelta(minutes=h)).timestamp()
            os.utime(path, (m, m))


if __name__ == "__main__":
    main()
