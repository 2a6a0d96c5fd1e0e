#!/usr/bin/env python3
"""Cross-checks the hand-computed expected dates of messages.jsonl and periods.jsonl with Python's datetime.

Independent of the C# engine and of knowledge/rules/calendar: the periods and the 2025/2026 holidays are typed here
from the laws and the State Council notices. Run: python3 crosscheck.py (exit 1 on any mismatch)."""
import calendar, datetime as dt, json, pathlib, sys

D = dt.date.fromisoformat
def rng(a, b): return {D(a) + dt.timedelta(days=i) for i in range((D(b) - D(a)).days + 1)}
# 国务院办公厅关于2025年/2026年部分节假日安排的通知
HOLIDAYS = set().union(
    rng("2025-01-01", "2025-01-01"), rng("2025-01-28", "2025-02-04"), rng("2025-04-04", "2025-04-06"),
    rng("2025-05-01", "2025-05-05"), rng("2025-05-31", "2025-06-02"), rng("2025-10-01", "2025-10-08"),
    rng("2026-01-01", "2026-01-03"), rng("2026-02-15", "2026-02-23"), rng("2026-04-04", "2026-04-06"),
    rng("2026-05-01", "2026-05-05"), rng("2026-06-19", "2026-06-21"), rng("2026-09-25", "2026-09-27"),
    rng("2026-10-01", "2026-10-07"))
WORKDAYS = {D(x) for x in ["2025-01-26", "2025-02-08", "2025-04-27", "2025-09-28", "2025-10-11",
                           "2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"]}

KNOWN_YEARS = {2025, 2026}
# A year without a notice: the holidays 《全国年节及纪念日放假办法》 (2024 revision) fixes — 元旦 1-01, 劳动节 5-01..02, 国庆节
# 10-01..03 every year, and the lunar ones (春节 除夕..初三, 端午, 中秋) and 清明 typed here from published Chinese calendars,
# independently of the engine's ChineseLunisolarCalendar conversion.
FIXED = {(1, 1), (5, 1), (5, 2), (10, 1), (10, 2), (10, 3)}
STATUTORY = {D(x) for x in [
    "2024-02-09", "2024-02-10", "2024-02-11", "2024-02-12", "2024-04-04", "2024-06-10", "2024-09-17",
    "2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08", "2027-04-05", "2027-06-09", "2027-09-15",
    "2028-01-25", "2028-01-26", "2028-01-27", "2028-01-28", "2028-04-04", "2028-05-28", "2028-10-03"]}

def rest(d):
    if d in HOLIDAYS: return True
    if d in WORKDAYS: return False
    if d.year not in KNOWN_YEARS and ((d.month, d.day) in FIXED or d in STATUTORY): return True
    return d.weekday() >= 5

def add_months(d, n):
    y, m = divmod(d.month - 1 + n, 12)
    y, m = d.year + y, m + 1
    return dt.date(y, m, min(d.day, calendar.monthrange(y, m)[1]))

# (unit, n) per rule, from the article each rule cites
PERIODS = {
    "xf-register-15d": ("d", 15), "xf-notify-15d": ("d", 15), "xf-objection-5wd": ("wd", 5), "xf-handle-60d": ("d", 60),
    "xf-review-30d": ("d", 30), "xf-recheck-30d": ("d", 30), "admin-reconsideration-60d": ("d", 60), "disclosure-refused-reconsideration-60d": ("d", 60),
    "admin-litigation-6m": ("m", 6), "admin-litigation-after-reconsideration-15d": ("d", 15),
    "civil-appeal-judgment-15d": ("d", 15), "civil-appeal-ruling-10d": ("d", 10), "admin-appeal-judgment-15d": ("d", 15),
    "admin-appeal-ruling-10d": ("d", 10), "retrial-6m": ("m", 6), "retrial-new-evidence-6m": ("m", 6), "labor-arbitration-1y": ("m", 12),
    "labor-award-sue-15d": ("d", 15), "labor-award-setaside-30d": ("d", 30), "work-injury-employer-30d": ("d", 30),
    "work-injury-worker-1y": ("m", 12), "limitation-3y": ("m", 36), "rural-land-arbitration-2y": ("m", 24),
    "info-disclosure-20wd": ("wd", 20), "xf-review-reply-30d": ("d", 30), "xf-recheck-reply-30d": ("d", 30),
    # 民事诉讼法第二百二十七、二百五十、一百二十六条; 国家赔偿法第十三、十四、二十四条; 人民调解法第三十三条;
    # 消费者权益保护法第二十五、四十六条; 行政诉讼法第五十一条; 法律援助法第四十三条; 劳动争议调解仲裁法第二十九、四十三条;
    # 工伤保险条例第二十、二十六条; 行政复议法第三十一、六十二条; 土地管理法第八十三条; 农村土地承包经营纠纷调解仲裁法第四十八条;
    # 劳动保障监察条例第十七条
    "payment-order-objection-15d": ("d", 15), "enforcement-2y": ("m", 24), "state-compensation-sue-3m": ("m", 3),
    "state-compensation-criminal-30d": ("d", 30), "state-compensation-decide-2m": ("m", 2),
    "judicial-confirmation-30d": ("d", 30), "consumer-return-7d": ("d", 7), "consumer-refund-7d": ("d", 7),
    "consumer-complaint-7wd": ("wd", 7), "court-filing-7d": ("d", 7), "admin-court-filing-7d": ("d", 7),
    "legal-aid-decision-7d": ("d", 7), "labor-arbitration-accept-5d": ("d", 5), "labor-arbitration-award-45d": ("d", 45),
    "work-injury-reassessment-15d": ("d", 15), "work-injury-decision-60d": ("d", 60),
    "admin-reconsideration-decide-60d": ("d", 60), "admin-reconsideration-correction-10d": ("wd", 10),
    "land-demolition-sue-15d": ("d", 15), "rural-land-award-sue-30d": ("d", 30), "labor-inspection-60wd": ("wd", 60),
    "state-compensation-silence-sue-3m": ("m", 3), "state-compensation-criminal-silence-30d": ("d", 30),
    "state-compensation-limit-2y": ("m", 24), "civil-trial-6m": ("m", 6), "admin-trial-6m": ("m", 6),
    # 政府信息公开条例第三十条 (7个工作日), 第三十三条; 行政复议法第三十条 (五日 = 5 working days, 第八十八条第二款);
    # 国家赔偿法第十二、二十五、二十八条; 民事诉讼法第一百八十三、二百三十六、二百三十七、二百三十八条; 反家庭暴力法第三十一条;
    # 民法典第一百五十二条; 行政诉讼法第四十七、八十八条; 劳动争议调解仲裁法第十四、四十九条; 土地管理法第十四条;
    # 物业管理条例第十六条
    "info-disclosure-correction-7wd": ("wd", 7), "info-disclosure-after-correction-20wd": ("wd", 20),
    "admin-reconsideration-review-5wd": ("wd", 5), "state-compensation-correction-5d": ("d", 5),
    "state-compensation-reconsideration-decide-2m": ("m", 2), "state-compensation-committee-silence-30d": ("d", 30),
    "state-compensation-committee-30d": ("d", 30), "state-compensation-committee-decide-3m": ("m", 3),
    "enforcement-objection-review-15d": ("d", 15), "enforcement-objection-reconsider-10d": ("d", 10),
    "third-party-objection-suit-15d": ("d", 15), "third-party-objection-review-15d": ("d", 15),
    "enforcement-delay-6m": ("m", 6), "protection-order-review-5d": ("d", 5), "rescission-1y": ("m", 12),
    "rescission-mistake-90d": ("d", 90), "rescission-duress-1y": ("m", 12), "civil-appeal-trial-3m": ("m", 3),
    "civil-appeal-ruling-trial-30d": ("d", 30), "admin-appeal-trial-3m": ("m", 3), "labor-mediation-15d": ("d", 15),
    "labor-setaside-ruling-sue-15d": ("d", 15), "land-ownership-sue-30d": ("d", 30), "admin-duty-silence-2m": ("m", 2),
    "owners-committee-filing-30d": ("d", 30),
    # 法律援助法第四十九条; 工伤保险条例第二十五条; 医疗纠纷预防和处理条例第三十八、四十条; 农村土地承包经营纠纷调解仲裁法第四十七条
    "legal-aid-objection-review-5d": ("d", 5), "work-injury-assessment-60d": ("d", 60),
    "medical-mediation-30wd": ("wd", 30), "medical-admin-accept-5wd": ("wd", 5), "medical-admin-mediation-30wd": ("wd", 30),
    "rural-land-arbitration-award-60d": ("d", 60),
    # 民事诉讼法第二百一十六条 after the 15-day appeal period of 第一百七十一条 expired unused
    "retrial-after-no-appeal-6m": ("m", 6),
    # 民事诉讼法第一百二十八、一百七十四、一百六十四、一百六十八条; 国家赔偿法第三十七条
    "civil-answer-15d": ("d", 15), "civil-appeal-answer-15d": ("d", 15), "civil-summary-trial-3m": ("m", 3),
    "small-claims-trial-2m": ("m", 2), "state-compensation-payment-7d": ("d", 7),
    # 行政诉讼法第四十五条: 15日 from the expiry of the 复议 organ's 60 days (行政复议法第六十二条)
    "admin-reconsideration-silence-sue-15d": ("d", 15),
}
# 行政复议法第八十八条第二款: its “五日”“十日” are working days (补正 10 working days, 第三十一条)
# 国家赔偿法第十四条第一款、第二十四条第一款: the period runs from the expiry (期限届满之日) of the organ's two months
AFTER = {"state-compensation-silence-sue-3m": "state-compensation-decide-2m",
         "state-compensation-criminal-silence-30d": "state-compensation-decide-2m",
         # 国家赔偿法第二十五条第二款: 30日 from the expiry of the reconsideration organ's two months
         "state-compensation-committee-silence-30d": "state-compensation-reconsideration-decide-2m",
         "retrial-after-no-appeal-6m": "civil-appeal-judgment-15d",
         "admin-reconsideration-silence-sue-15d": "admin-reconsideration-decide-60d"}

def raw_end(rule, event):
    unit, n = PERIODS[rule]
    start = raw_end(AFTER[rule], event) if rule in AFTER else event
    return start + dt.timedelta(days=n) if unit == "d" else add_months(start, n)

def last_day(rule, event):
    unit, n = PERIODS[rule]
    if unit == "wd":
        d, left = event, n
        while left:
            d += dt.timedelta(days=1)
            if not rest(d): left -= 1
        return d
    d = raw_end(rule, event)
    while rest(d): d += dt.timedelta(days=1)
    return d

here = pathlib.Path(__file__).parent
bad = 0
for name in ["messages.jsonl", "periods.jsonl"]:
    for line in (here / name).read_text(encoding="utf-8").splitlines():
        c = json.loads(line)
        for e in c.get("expect", [c] if "rule" in c else []):
            got = last_day(e["rule"], D(e["event"]))
            if got != D(e["last"]):
                bad += 1
                print(f"{name} {c['id']}: {e['rule']} from {e['event']}: expected {e['last']}, python says {got}")
            st = e.get("status")
            if st and "today" in c:
                today = D(c.get("stated_today", c["today"]))
                days = (got - today).days
                want = "passed" if today > got else "last_day" if days == 0 else f"left:{days}"
                # A last day in a year without a notice above (2027): 元旦, 春节 … of that year may still move it, by at most
                # the longest run of rest days of the years typed here (2026's 春节 with its weekend: 9), so not yet "passed".
                if want == "passed" and got.year not in KNOWN_YEARS and (today - got).days <= 9:
                    want = "maybe_passed"
                if st != want and not (st == "passed" and want == "passed"):
                    bad += 1
                    print(f"{name} {c['id']}: status {st}, python says {want}")
print("mismatches:", bad)
sys.exit(1 if bad else 0)
