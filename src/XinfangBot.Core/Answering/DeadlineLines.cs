using System.Globalization;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Text;

namespace XinfangBot.Core.Answering;

/// <summary>
/// The lines of a <see cref="DeadlinePlan"/>: per procedure its period, start and article, the date, the days left in
/// China time, a last day moved off a rest day, the remedies left after a period that has truly passed; the questions
/// that get no date; the procedures whose date is missing, said in words.
/// </summary>
internal static class DeadlineLines
{
    /// <summary>
    /// The lines in order, each marked when computed (days left), and the articles they rest on. Every period in them
    /// comes from a rule whose article states it (checked when the rules load and by tests), never from free text.
    /// </summary>
    public static (List<(string Line, bool Computed)> Lines, List<string> Cites) Render(DeadlinePlan plan, KnowledgeBase kb, AnswerTemplates.DeadlineTexts t, DeadlineRuleSet deadlines)
    {
        var calendar = deadlines.Calendar;
        var lines = new Lines();
        var cites = new List<string>();
        var today = plan.Today;
        foreach (var no in plan.NoDate)
        {
            lines.Add(no.Say);
            cites.Add(no.Cite);
        }

        foreach (var d in plan.Computed)
        {
            var rule = d.Rule;
            cites.AddRange(rule.AllCites);
            var due = OfflineComposer.Fill(rule.Due, ("date", DateText(d.LastDay, today)), ("extended", d.ExtendedLastDay is { } e ? DateText(e, today) : string.Empty));
            var eventText = d.Event.Part is { } part ? ChineseDates.Named(part, d.Event.Date, today) : DateText(d.Event.Date, today, d.Event.DayKnown);
            var line = OfflineComposer.Fill(t.Event, ("procedure", rule.Name), ("period", rule.PeriodText), ("from", rule.From), ("law", Title(kb, rule.Cite)), ("date", eventText), ("due", due));
            if (d.Event.Part is { } named)
            {
                line += OfflineComposer.Fill(rule.Kind == "duty" ? t.PartOnlyDuty : t.PartOnly, ("part", named), ("first", DateText(d.Event.Date, today)), ("last", DateText(d.Event.LastPossibleDay, today)));
            }
            else if (!d.Event.DayKnown)
            {
                line += rule.Kind == "duty" ? t.MonthOnlyDuty : t.MonthOnly;
            }

            if (d.Stated is var (words, from) && rule.StatedLine is { } stated)
            {
                lines.Add(OfflineComposer.Fill(stated, ("stated", words), ("event", DateText(from, today)), ("date", DateText(d.Start, today))));
            }

            lines.Add(line);
            if (d.Moved)
            {
                var law = rule.Counting == "civil" ? Title(kb, deadlines.HolidayArticle) : string.Join("、", rule.CountingCites.Select(c => Title(kb, c)));
                lines.Add(OfflineComposer.Fill(t.Moved, ("raw", DateText(d.RawLastDay, today)), ("rest", RestText(calendar, d.RawLastDay, t.Holiday)), ("date", DateText(d.LastDay, today)), ("law", law)));
            }

            if (rule.WorkingDays > 0)
            {
                lines.Add(t.Working);
            }

            if (!d.CalendarKnown)
            {
                var first = rule.WorkingDays > 0 ? d.Start.Year : d.RawLastDay.Year;
                var lastYear = Math.Max(d.LastDay.Year, d.ExtendedLastDay?.Year ?? d.LastDay.Year);
                var missing = Enumerable.Range(first, lastYear - first + 1).Where(y => !calendar.Knows(y)).Select(y => y.ToString(CultureInfo.InvariantCulture));
                lines.Add(OfflineComposer.Fill(t.NoCalendar, ("years", string.Join("、", missing))));
                if (d.Moved && calendar.StatutoryHolidayName(d.RawLastDay) is { } holiday)
                {
                    // A statutory holiday (元旦) of a year without its notice: moved off, as the law fixes it, and said, since that
                    // year's 调休 (not on file) could make a day it was moved over a working day: the safe day to act by is earlier.
                    lines.Add(OfflineComposer.Fill(rule.Kind == "duty" ? t.NoCalendarHolidayDuty : t.NoCalendarHoliday, ("raw", DateText(d.RawLastDay, today)), ("name", holiday), ("law", calendar.StatutoryLaw ?? string.Empty), ("year", d.RawLastDay.Year.ToString(CultureInfo.InvariantCulture))));
                }
                else if (rule.Kind == "limit" && d.Moved)
                {
                    // The weekend the last day was moved off may be a 调休 working day of that year: the safe day is the raw one.
                    lines.Add(OfflineComposer.Fill(t.NoCalendarSafe, ("raw", DateText(d.RawLastDay, today))));
                }
            }

            if (d.Uninterrupted is { } original && rule.InterruptedLine is { } interrupted)
            {
                lines.Add(OfflineComposer.Fill(interrupted, ("date", DateText(d.Event.Date, today, d.Event.DayKnown)), ("orig", DateText(original.Event.Date, today, original.Event.DayKnown)), ("origlast", ChineseDates.WithYear(original.LastDay))));
            }

            var today0 = OfflineComposer.Fill(t.Today, ("today", DateText(today, today)));
            if (d.Passed)
            {
                lines.Status(today0 + (rule.Kind == "duty" ? t.PassedDuty : t.Passed));
                lines.Add(OfflineComposer.Fill(rule.Passed, ("date", DateText(d.LastDay, today))));
            }
            else if (d.MaybePassedByCalendar)
            {
                lines.Status(today0 + (rule.Kind == "duty" ? t.MaybePassedCalendarDuty : t.MaybePassedCalendar));
            }
            else if (d.MaybePassed)
            {
                lines.Status(today0 + OfflineComposer.Fill(t.MaybePassed, ("latest", DateText(d.LatestLastDay, today))));
            }
            else
            {
                lines.Status(today0 + (d.DaysLeft == 0 ? (rule.Kind == "duty" ? t.LastDayDuty : t.LastDay) : OfflineComposer.Fill(t.Left, ("days", d.DaysLeft.ToString(CultureInfo.InvariantCulture)))));
            }

            if (rule.Kind == "limit" && rule.Counting != "civil" && !d.Passed)
            {
                lines.Add(OfflineComposer.Fill(t.Mail, ("law", Title(kb, deadlines.MailArticle))));
            }

            if (rule.Note is { } note)
            {
                lines.Add(note);
            }
        }

        if (plan.Computed.Count == 0 && plan.Ahead.Count > 0)
        {
            lines.Add(OfflineComposer.Fill(t.Ahead, ("dates", string.Join("、", plan.Ahead.Select(a => ChineseDates.WithYear(a)))), ("today", ChineseDates.WithYear(today))));
        }

        foreach (var p in plan.InWords)
        {
            cites.Add(p.Rule.Cite);
            lines.Add(OfflineComposer.Fill(t.InWords, ("procedure", p.Rule.Name), ("period", p.Rule.PeriodText), ("from", p.Rule.From), ("law", Title(kb, p.Rule.Cite))));
            if (p.Rule.WordsNote is { } wordsNote)
            {
                lines.Add(wordsNote);
            }

            if (p.Sent)
            {
                lines.Add(t.Sent);
            }

            if (p.Elapsed is { } elapsed)
            {
                // A rule's remedies that name its last day ({date}) cannot be said without the date: the line stops before them.
                var passed = p.Rule.Passed.Contains("{date}", StringComparison.Ordinal) ? string.Empty : p.Rule.Passed;
                lines.Add(OfflineComposer.Fill(p.ElapsedOver ? t.ElapsedOver : t.ElapsedNear, ("elapsed", elapsed), ("procedure", p.Rule.Name), ("period", p.Rule.PeriodText), ("from", p.Rule.From), ("passed", passed)));
            }
        }

        return (lines.All, cites.Distinct(StringComparer.Ordinal).ToList());
    }

    /// <summary>M月D日, with the year when it is not the current one (CONTRACTS §5).</summary>
    public static string DateText(DateOnly date, DateOnly today, bool dayKnown = true) => ChineseDates.Text(date, today, dayKnown);

    /// <summary>The rest day a last day fell on: an official holiday by the template (春节假期), a weekend as the calendar names it.</summary>
    private static string RestText(WorkingCalendar calendar, DateOnly date, string holidayTemplate) =>
        calendar.HolidayName(date) is { } name ? OfflineComposer.Fill(holidayTemplate, ("name", name)) : calendar.RestName(date) ?? string.Empty;

    private sealed class Lines
    {
        public List<(string Line, bool Computed)> All { get; } = [];

        public void Add(string line) => All.Add((line, false));

        public void Status(string line) => All.Add((line, true));
    }

    private static string Title(KnowledgeBase kb, string cite) => kb.Get(cite)?.Title ?? cite;
}
