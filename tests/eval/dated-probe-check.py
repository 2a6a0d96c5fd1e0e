#!/usr/bin/env python3
"""Checks `answer --jsonl` output of dated-probe.jsonl: reply_contains_all (as eval) and reply_lacks_any (a date from
the wrong start event; eval ignores it) and reply_lacks_re (a regular expression, e.g. any
date for a question that must get none). Usage: dated-probe-check.py dated-probe.jsonl answers.jsonl [-v] [-r]"""
import json, re, sys
probe = [json.loads(l) for l in open(sys.argv[1])]
out = {}
for l in open(sys.argv[2]):
    o = json.loads(l); out[o.get("id")] = o
ok = 0
for p in probe:
    r = out[p["id"]].get("reply", "")
    e = p["expect"]
    miss = [f for f in e["reply_contains_all"] if f not in r]
    bad = [f for f in e.get("reply_lacks_any", []) if f in r]
    if e.get("reply_lacks_re"):
        bad += re.findall(e["reply_lacks_re"], r)
    good = not miss and not bad
    ok += good
    if not good or "-v" in sys.argv:
        print("FAIL" if not good else "ok  ", p["id"], "missing", miss, "has", bad, "|", p["note"][:80])
        if "-r" in sys.argv: print("   ", r.replace("\n", " ⏎ ")[:1500])
print(ok, "/", len(probe))
