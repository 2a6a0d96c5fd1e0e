#!/usr/bin/env python3
"""Checks `answer --jsonl` output of dated-probe.jsonl: reply_contains_all (as eval) and reply_lacks_any (a date from
the wrong start event; eval ignores it) and reply_lacks_re (a regular expression, e.g. any
date for a question that must get none). Usage: dated-probe-check.py dated-probe.jsonl answers.jsonl [-v] [-r]
A date listed in reply_lacks_any as the unmoved last day is not counted where the reply names it only as the rest day
the last day was moved off ("12月19日是周六，属于法定休假日，截止日顺延到12月21日") or as the earlier day to act by when a
year's holidays are not on file ("最好在2027年11月20日之前就办好"), or as today ("今天是12月7日"): none says it is the last day
(--strict counts them)."""
import json, re, sys
EXPLAINED = re.compile(r"(?:\d{4}年)?\d{1,2}月\d{1,2}日是[^，。]{1,12}，(?:属于法定休假日|截止日遇到休息日或者法定节假日的往后顺延)，截止日顺延到|最好在(?:\d{4}年)?\d{1,2}月\d{1,2}日之前就办好|今天是(?:\d{4}年)?\d{1,2}月\d{1,2}日")
probe = [json.loads(l) for l in open(sys.argv[1])]
out = {}
for l in open(sys.argv[2]):
    o = json.loads(l); out[o.get("id")] = o
ok = 0
for p in probe:
    r = out[p["id"]].get("reply", "")
    e = p["expect"]
    miss = [f for f in e["reply_contains_all"] if f not in r]
    shown = r if "--strict" in sys.argv else EXPLAINED.sub("", r)
    bad = [f for f in e.get("reply_lacks_any", []) if f in shown]
    if e.get("reply_lacks_re"):
        bad += re.findall(e["reply_lacks_re"], r)
    good = not miss and not bad
    ok += good
    if not good or "-v" in sys.argv:
        print("FAIL" if not good else "ok  ", p["id"], "missing", miss, "has", bad, "|", p["note"][:80])
        if "-r" in sys.argv: print("   ", r.replace("\n", " ⏎ ")[:1500])
print(ok, "/", len(probe))
