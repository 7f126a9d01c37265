using System.Globalization;
using System.Text.RegularExpressions;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Cpor.Rules.Cli;

/// <summary>
/// Renders decisions for people: one table of outcomes, one of findings with what to do, the arbitration rankings and
/// a summary. Outcomes and severities are coloured when the console has colours. A batch larger than
/// <see cref="MaxClaimsShown"/> claims shows its first claims and says so: a table of a million rows helps no one, and
/// the JSON format has them all.
/// </summary>
internal static partial class TableReport
{
    /// <summary>How many claims (and contests) the tables show at most.</summary>
    public const int MaxClaimsShown = 500;

    /// <summary>GUIDs in the tables show this many leading characters and an ellipsis; the JSON formats have them whole.</summary>
    public const int GuidShown = 8;

    /// <summary>Below this width the decisions table names findings by rule ID only (the findings table has the codes).</summary>
    private const int WideFrom = 100;

    /// <summary>Renders the tables.</summary>
    /// <param name="console">Where to render; its width decides how the tables fit.</param>
    /// <param name="result">The decisions.</param>
    /// <param name="culture">The language: Korean for any <c>ko</c> culture, English otherwise.</param>
    /// <param name="only">Show only the claims with this outcome (the summary still counts all); <see langword="null"/> for all.</param>
    /// <param name="all">Show every claim rather than the first <see cref="MaxClaimsShown"/>.</param>
    public static void Render(IAnsiConsole console, BatchResult result, CultureInfo culture, OutcomeKind? only = null, bool all = false)
    {
        var labels = Labels.For(culture);
        var asOf = result.AsOf is { } date ? $"{labels.AsOf} {IsoDate.Format(date)}" : labels.NoAsOf;
        console.Write(new Rule(Markup.Escape($"{labels.Title} · {result.RuleSet} · {asOf} · {labels.ClaimCount(result.Decisions.Count)}"))
            .LeftJustified());
        console.WriteLine();

        IReadOnlyList<ClaimDecision> selected = only is null ? result.Decisions : result.Decisions.Where(d => d.Kind == only).ToList();
        var shown = all ? selected.Count : Math.Min(selected.Count, MaxClaimsShown);
        var notice = only is not null
            ? string.Format(CultureInfo.InvariantCulture, shown < selected.Count ? labels.FilteredTruncated : labels.Filtered, shown, selected.Count, labels.OutcomeNames[only])
            : shown < selected.Count ? string.Format(CultureInfo.InvariantCulture, labels.Truncated, shown, selected.Count) : null;

        // Said first, before hundreds of rows, and again at the end.
        if (notice is not null)
        {
            console.MarkupLine($"[yellow]{Markup.Escape(notice)}[/]");
            console.WriteLine();
        }

        var narrow = console.Profile.Width < WideFrom;
        HashSet<ClaimId>? shownIds = null;
        HashSet<ClaimId> ShownIds() => shownIds ??= selected.Take(shown).Where(d => d.ClaimId is not null).Select(d => d.ClaimId!.Value).ToHashSet();
        console.Write(Decisions(selected, shown, labels, narrow));
        console.Write(Findings(selected, shown, labels, culture));
        // Filtered: only the contests that a shown claim takes part in.
        var contests = only is null
            ? result.Arbitrations
            : result.Arbitrations.Where(c => c.Ranking.Any(r => r.Contender.ClaimId is { } id && ShownIds().Contains(id))).ToList();
        console.Write(Arbitrations(contests, labels, all, narrow));
        if (notice is not null && shown < selected.Count)
        {
            console.MarkupLine($"[grey]{Markup.Escape(notice)}[/]");
            console.WriteLine();
        }

        console.Write(Summary(result.Summary, labels));
    }

    private static Table Decisions(IReadOnlyList<ClaimDecision> decisions, int shown, Labels labels, bool narrow)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.Decisions)}[/]")
            .AddColumn(Markup.Escape(labels.Claim))
            .AddColumn(Markup.Escape(labels.Partner))
            .AddColumn(Markup.Escape(labels.Outcome))
            .AddColumn(Markup.Escape(labels.Lines))
            .AddColumn(Markup.Escape(labels.Findings));
        table.Columns[0].NoWrap();
        table.Columns[1].NoWrap();
        table.Columns[2].NoWrap();
        for (var i = 0; i < shown; i++)
        {
            var decision = decisions[i];
            var lines = decision.Lines.Count == 0
                ? "[grey]-[/]"
                : string.Join('\n', decision.Lines.Select(l => $"{Value(l.Product)} [grey]→[/] {Outcome(l.Outcome, labels)}"));
            var findings = decision.Findings.Count == 0
                ? "[grey]-[/]"
                : string.Join('\n', decision.Findings.Select(f => $"[{SeverityColour(f.Severity)}]{Markup.Escape(narrow ? f.RuleId : $"{f.RuleId} {f.Code.Name}")}[/]"));
            table.AddRow(
                new Markup(Value(ClaimText(decision))),
                new Markup(Value(decision.Claim.PartnerId?.ToString() ?? "?")),
                new Markup(Outcome(decision.Kind, labels)),
                new Markup(lines),
                new Markup(findings));
        }

        return table;
    }

    private static IRenderable Findings(IReadOnlyList<ClaimDecision> decisions, int shown, Labels labels, CultureInfo culture)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.FindingsTitle)}[/]")
            .AddColumn(Markup.Escape(labels.Claim))
            .AddColumn(Markup.Escape(labels.Message))
            .AddColumn(Markup.Escape(labels.WhatToDo));
        table.Columns[0].NoWrap();
        var any = false;
        for (var i = 0; i < shown; i++)
        {
            var decision = decisions[i];
            var first = true;
            foreach (var finding in decision.Findings)
            {
                var text = finding.Text(culture);
                var product = finding.Product is null ? string.Empty : $" · {Value(finding.Product)}";
                var severity = finding.Severity is { } known ? labels.SeverityNames[known] : labels.OutcomeNames[OutcomeKind.UnderReview];
                table.AddRow(
                    new Markup(first ? Value(ClaimText(decision)) : string.Empty),
                    new Markup($"[{SeverityColour(finding.Severity)}]{Markup.Escape($"{finding.RuleId} {finding.Code.Name}")}[/] [grey]({Markup.Escape(severity)}){product}[/]\n{Message(ShortGuids(text.Message))}"),
                    new Markup(Message(ShortGuids(text.Remediation))));
                first = false;
                any = true;
            }
        }

        return any ? table : new Markup($"[grey]{Markup.Escape(labels.NoFindings)}[/]\n");
    }

    private static IRenderable Arbitrations(IReadOnlyList<ArbitrationResult> arbitrations, Labels labels, bool all, bool narrow)
    {
        if (arbitrations.Count == 0)
        {
            return new Markup($"[grey]{Markup.Escape(labels.NoArbitrations)}[/]\n");
        }

        // Narrow: the result goes under the key, so that no column is squeezed into breaking its words.
        var resultColumn = !narrow;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.Arbitrations)}[/]")
            .AddColumn(Markup.Escape(labels.Key))
            .AddColumn(new TableColumn(Markup.Escape(labels.Rank)).RightAligned())
            .AddColumn(Markup.Escape(labels.Contender))
            .AddColumn(Markup.Escape(labels.Partner))
            .AddColumn(Markup.Escape(labels.PoeAcknowledged))
            .AddColumn(Markup.Escape(labels.SeparatedBy));
        if (resultColumn)
        {
            table.AddColumn(Markup.Escape(labels.Result));
        }

        foreach (var contest in all ? arbitrations : arbitrations.Take(MaxClaimsShown))
        {
            var key = $"{Short(contest.Key.TenantId.ToString())}\n└ {(contest.Key.SubscriptionId is { } subscription ? Short(subscription.ToString()) : TerminalText.Safe(contest.Key.Workload ?? string.Empty, TerminalText.MaxValue))}";
            var verdict = contest.Verdict == ArbitrationVerdict.Decided
                ? $"[green]{Markup.Escape(labels.VerdictNames[contest.Verdict])}[/]"
                : $"[{Colour(OutcomeKind.UnderReview)}]{Markup.Escape(labels.VerdictNames[contest.Verdict])}[/]";
            for (var i = 0; i < contest.Ranking.Count; i++)
            {
                var place = contest.Ranking[i];
                var contender = place.Contender.IsIncumbent
                    ? $"[italic]{Markup.Escape(labels.Incumbent)}[/]"
                    : Value(place.Contender.ClaimId?.ToString() ?? "?");
                var keyCell = i != 0 ? string.Empty : resultColumn ? Markup.Escape(key) : $"{Markup.Escape(key)}\n{verdict}";
                var cells = new List<IRenderable>
                {
                    new Markup(keyCell),
                    new Markup(place.Rank.ToString(CultureInfo.InvariantCulture)),
                    new Markup(contender),
                    new Markup(Markup.Escape(place.Contender.PartnerId.ToString())),
                    new Markup(IsoDate.Format(place.Contender.PoeAcknowledgedOn)),
                    new Markup(Value(place.SeparatedBy ?? "-")),
                };
                if (resultColumn)
                {
                    cells.Add(new Markup(i == 0 ? verdict : string.Empty));
                }

                table.AddRow(cells);
            }
        }

        return table;
    }

    private static Table Summary(BatchSummary summary, Labels labels)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.Summary)}[/]")
            .AddColumn(Markup.Escape(labels.Outcome))
            .AddColumn(new TableColumn(Markup.Escape(labels.Count)).RightAligned());
        table.Columns[0].NoWrap();
        Add(OutcomeKind.Eligible, summary.Eligible);
        Add(OutcomeKind.PartiallyEligible, summary.PartiallyEligible);
        Add(OutcomeKind.ActionRequired, summary.ActionRequired);
        Add(OutcomeKind.UnderReview, summary.UnderReview);
        Add(OutcomeKind.Rejected, summary.Rejected);
        table.AddRow(new Markup($"[bold]{Markup.Escape(labels.Total)}[/]"), new Markup($"[bold]{summary.Claims.ToString("N0", CultureInfo.InvariantCulture)}[/]"));
        return table;

        void Add(OutcomeKind kind, int count)
            => table.AddRow(new Markup(Outcome(kind, labels)), new Markup(count.ToString("N0", CultureInfo.InvariantCulture)));
    }

    /// <summary>A value from the input in a cell: escaped, cut at <see cref="TerminalText.MaxValue"/> characters (a long cell is slow to lay out, and unreadable).</summary>
    private static string Value(string text) => Markup.Escape(TerminalText.Safe(text, TerminalText.MaxValue));

    /// <summary>A message in a cell: escaped, cut at <see cref="TerminalText.MaxMessage"/> characters.</summary>
    private static string Message(string text) => Markup.Escape(TerminalText.Safe(text, TerminalText.MaxMessage, keepLineEnds: true));

    private static string ClaimText(ClaimDecision decision) => decision.ClaimId?.Value ?? "(unreadable ID)";

    private static string Outcome(OutcomeKind kind, Labels labels) => $"[{Colour(kind)}]{Markup.Escape(labels.OutcomeNames[kind])}[/]";

    /// <summary>Every GUID in a text cut as by <see cref="Short"/>: a message naming a key must not take four lines of a narrow table.</summary>
    private static string ShortGuids(string text)
        => text.Length < 36 ? text : GuidPattern().Replace(text, m => Short(m.Value));

    [GeneratedRegex("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}", RegexOptions.CultureInvariant)]
    private static partial Regex GuidPattern();

    /// <summary>A GUID cut to its first <see cref="GuidShown"/> characters and an ellipsis: enough to tell keys apart by eye.</summary>
    private static string Short(string guid) => guid.Length > GuidShown ? $"{guid[..GuidShown]}…" : guid;

    private static string Colour(OutcomeKind kind)
        => kind == OutcomeKind.Eligible ? "green"
            : kind == OutcomeKind.PartiallyEligible ? "yellow"
            : kind == OutcomeKind.ActionRequired ? "darkorange"
            : kind == OutcomeKind.UnderReview ? "deepskyblue1"
            : "red";

    private static string SeverityColour(Severity? severity)
        => severity is null ? Colour(OutcomeKind.UnderReview)
            : severity == Severity.Blocking ? "red"
            : severity == Severity.ActionRequired ? "darkorange"
            : "grey";
}
