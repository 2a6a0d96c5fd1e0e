using System.Diagnostics;
using System.Globalization;
using XinfangBot.Core.Answering;
using XinfangBot.Core.Deadlines;
using XinfangBot.Core.Knowledge;
using XinfangBot.Core.Retrieval;
using XinfangBot.Core.Understanding;
using XinfangBot.Evaluation;

namespace XinfangBot.Commands;

/// <summary>
/// <c>bench --steps</c>: where an answer's time goes, step by step, each step timed alone on every question (median
/// and p99 per step). Every message is measured as a new one: remembered segmentations are forgotten first.
/// </summary>
internal static class BenchSteps
{
    public static void Print(AnswerEngine engine, KnowledgeService knowledge, RuleBook rules, IReadOnlyList<Question> questions, int iterations)
    {
        var kb = knowledge.Current;
        var index = kb.Index;
        var t = rules.Tuning.Topic;
        var deadlines = new DeadlineCalculator(rules.Deadlines);
        var composer = new OfflineComposer(rules);
        var today = new DateOnly(2026, 12, 7);
        var steps = new Dictionary<string, List<double>>(StringComparer.Ordinal);

        void Time(string step, Action action)
        {
            var started = Stopwatch.GetTimestamp();
            action();
            var ms = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (!steps.TryGetValue(step, out var list))
            {
                steps[step] = list = [];
            }

            list.Add(ms);
        }

        for (var i = 0; i < iterations; i++)
        {
            foreach (var q in questions)
            {
                var normalized = rules.Normalizer.Normalize(q.Text);
                var text = normalized.Text;
                Time("1 normalize", () => rules.Normalizer.Normalize(q.Text));
                Time("2 safety lexicon", () => rules.Safety.Lexicon.Score(text));
                Time("3 safety classifier", () => rules.Safety.Classifier.Predict(text));
                Time("4 triage rules", () => rules.Triage.Classify(text));
                Time("5 vague + domain words", () => _ = rules.Vague.Matches(text) | rules.HasDomainWord(text) | rules.HasDistressWord(text));
                index.ForgetSegmentations();
                Time("6 segmentation (new message)", () => index.Terms(text));
                Time("7 synonym groups", () => _ = rules.Vocabulary.CanonicalTerms(text).Count());
                var searched = text.Length > t.MaxQueryChars ? text[..t.MaxQueryChars] : text;
                Time("8 search guides/FAQs", () => index.Search(searched, t.DocumentHits, maxTerms: t.MaxQueryTerms));
                Time("9 search law articles", () => index.Search(searched, t.LawHits, Core.Knowledge.EntryKind.Law, maxTerms: t.MaxQueryTerms));
                UnderstoodMessage? understanding = null;
                Time("10 understand (8+9 again, scoring, routing)", () => understanding = TopicFinder.Understand(text, [], kb, rules.Vocabulary, rules.Tuning, rules.Aspects, rules.Routing));
                if (understanding?.Topic is { } topic)
                {
                    DeadlinePlan? plan = null;
                    Time("11 deadlines", () => plan = deadlines.Plan(text, topic.Entry.Deadlines, today));
                    Time("12 compose + validate", () =>
                    {
                        var composed = composer.Compose(understanding, kb, plan, normalized.Truncated);
                        AnswerValidator.Validate(composed.Sections, composed.Citations, kb);
                    });
                }

                index.ForgetSegmentations();
                Time("whole answer (new message)", () => engine.Answer(q));
            }
        }

        var whole = steps["whole answer (new message)"];
        whole.Sort();
        var wholeMedian = EvalRunner.Percentile(whole, 0.5);
        Console.WriteLine($"steps over {questions.Count} questions x {iterations} (each step timed alone; median / p99 ms; share of the whole answer's median):");
        foreach (var (step, list) in steps.OrderBy(s => s.Key == "whole answer (new message)" ? 99 : int.Parse(s.Key.Split(' ')[0], CultureInfo.InvariantCulture)))
        {
            list.Sort();
            var median = EvalRunner.Percentile(list, 0.5);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {step,-46} {median,8:F3} {EvalRunner.Percentile(list, 0.99),8:F3}  {100 * median / wholeMedian,5:F0}%  (n={list.Count})"));
        }
    }
}
