using System.Globalization;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Cpor.Rules.Cli;

/// <summary>
/// Renders decisions for people: one table of outcomes, one of findings with what to do, the arbitration rankings and
/// a summary. Outcomes and severities are coloured when the console has colours. A batch larger than
/// <see cref="MaxClaimsShown"/> claims shows its first claims and says so: a table of a million rows helps no one, and
/// the JSON format has them all.
/// </summary>
internal static class TableReport
{
    /// <summary>How many claims (and contests) the tables show at most.</summary>
    public const int MaxClaimsShown = 500;

    public static void Render(IAnsiConsole console, BatchResult result, CultureInfo culture)
    {
        var labels = Labels.For(culture);
        var asOf = result.AsOf is { } date ? $"{labels.AsOf} {date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}" : labels.NoAsOf;
        console.Write(new Rule(Markup.Escape($"{labels.Title} · {result.RuleSet} · {asOf} · {string.Format(CultureInfo.InvariantCulture, labels.Claims, result.Decisions.Count)}"))
            .LeftJustified());
        console.WriteLine();

        var shown = Math.Min(result.Decisions.Count, MaxClaimsShown);
        console.Write(Decisions(result, shown, labels));
        console.Write(Findings(result, shown, labels, culture));
        console.Write(Arbitrations(result, labels));
        if (shown < result.Decisions.Count)
        {
            console.MarkupLine($"[grey]{Markup.Escape(string.Format(CultureInfo.InvariantCulture, labels.Truncated, shown, result.Decisions.Count))}[/]");
            console.WriteLine();
        }

        console.Write(Summary(result.Summary, labels));
    }

    private static Table Decisions(BatchResult result, int shown, Labels labels)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.Decisions)}[/]")
            .AddColumn(Markup.Escape(labels.Claim))
            .AddColumn(Markup.Escape(labels.Partner))
            .AddColumn(Markup.Escape(labels.Outcome))
            .AddColumn(Markup.Escape(labels.Lines))
            .AddColumn(Markup.Escape(labels.Findings));
        for (var i = 0; i < shown; i++)
        {
            var decision = result.Decisions[i];
            var lines = decision.Lines.Count == 0
                ? "[grey]-[/]"
                : string.Join('\n', decision.Lines.Select(l => $"{Value(l.Product)} [grey]→[/] {Outcome(l.Outcome)}"));
            var findings = decision.Findings.Count == 0
                ? "[grey]-[/]"
                : string.Join('\n', decision.Findings.Select(f => $"[{SeverityColour(f.Severity)}]{Markup.Escape($"{f.RuleId} {f.Code.Name}")}[/]"));
            table.AddRow(
                new Markup(Value(ClaimText(decision))),
                new Markup(Value(decision.Claim.PartnerId?.ToString() ?? "?")),
                new Markup(Outcome(decision.Kind)),
                new Markup(lines),
                new Markup(findings));
        }

        return table;
    }

    private static IRenderable Findings(BatchResult result, int shown, Labels labels, CultureInfo culture)
    {
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.FindingsTitle)}[/]")
            .AddColumn(Markup.Escape(labels.Claim))
            .AddColumn(Markup.Escape(labels.Message))
            .AddColumn(Markup.Escape(labels.WhatToDo));
        var any = false;
        for (var i = 0; i < shown; i++)
        {
            var decision = result.Decisions[i];
            var first = true;
            foreach (var finding in decision.Findings)
            {
                var text = finding.Text(culture);
                var product = finding.Product is null ? string.Empty : $" · {Value(finding.Product)}";
                var severity = finding.Severity?.Name ?? OutcomeKind.UnderReview.Name;
                table.AddRow(
                    new Markup(first ? Value(ClaimText(decision)) : string.Empty),
                    new Markup($"[{SeverityColour(finding.Severity)}]{Markup.Escape($"{finding.RuleId} {finding.Code.Name}")}[/] [grey]({Markup.Escape(severity)}){product}[/]\n{Message(text.Message)}"),
                    new Markup(Message(text.Remediation)));
                first = false;
                any = true;
            }
        }

        return any ? table : new Markup($"[grey]{Markup.Escape(labels.NoFindings)}[/]\n");
    }

    private static IRenderable Arbitrations(BatchResult result, Labels labels)
    {
        if (result.Arbitrations.Count == 0)
        {
            return new Markup($"[grey]{Markup.Escape(labels.NoArbitrations)}[/]\n");
        }

        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title($"[bold]{Markup.Escape(labels.Arbitrations)}[/]")
            .AddColumn(Markup.Escape(labels.Key))
            .AddColumn(new TableColumn(Markup.Escape(labels.Rank)).RightAligned())
            .AddColumn(Markup.Escape(labels.Contender))
            .AddColumn(Markup.Escape(labels.Partner))
            .AddColumn(Markup.Escape(labels.PoeAcknowledged))
            .AddColumn(Markup.Escape(labels.SeparatedBy))
            .AddColumn(Markup.Escape(labels.Result));
        foreach (var contest in result.Arbitrations.Take(MaxClaimsShown))
        {
            var key = $"{contest.Key.TenantId}\n└ {TerminalText.Safe((contest.Key.SubscriptionId is { } subscription ? subscription.ToString() : contest.Key.Workload) ?? string.Empty, TerminalText.MaxValue)}";
            var verdict = contest.Verdict == ArbitrationVerdict.Decided
                ? $"[green]{contest.Verdict.Name}[/]"
                : $"[{Colour(OutcomeKind.UnderReview)}]{contest.Verdict.Name}[/]";
            for (var i = 0; i < contest.Ranking.Count; i++)
            {
                var place = contest.Ranking[i];
                var contender = place.Contender.IsIncumbent
                    ? $"[italic]{Markup.Escape(labels.Incumbent)}[/]"
                    : Value(place.Contender.ClaimId?.ToString() ?? "?");
                table.AddRow(
                    new Markup(i == 0 ? Markup.Escape(key) : string.Empty),
                    new Markup(place.Rank.ToString(CultureInfo.InvariantCulture)),
                    new Markup(contender),
                    new Markup(Markup.Escape(place.Contender.PartnerId.ToString())),
                    new Markup(place.Contender.PoeAcknowledgedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
                    new Markup(Value(place.SeparatedBy ?? "-")),
                    new Markup(i == 0 ? verdict : string.Empty));
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
        Add(OutcomeKind.Eligible, summary.Eligible);
        Add(OutcomeKind.PartiallyEligible, summary.PartiallyEligible);
        Add(OutcomeKind.ActionRequired, summary.ActionRequired);
        Add(OutcomeKind.UnderReview, summary.UnderReview);
        Add(OutcomeKind.Rejected, summary.Rejected);
        table.AddRow(new Markup($"[bold]{Markup.Escape(labels.Total)}[/]"), new Markup($"[bold]{summary.Claims.ToString("N0", CultureInfo.InvariantCulture)}[/]"));
        return table;

        void Add(OutcomeKind kind, int count)
            => table.AddRow(new Markup(Outcome(kind)), new Markup(count.ToString("N0", CultureInfo.InvariantCulture)));
    }

    /// <summary>A value from the input in a cell: escaped, cut at <see cref="TerminalText.MaxValue"/> characters (a long cell is slow to lay out, and unreadable).</summary>
    private static string Value(string text) => Markup.Escape(TerminalText.Safe(text, TerminalText.MaxValue));

    /// <summary>A message in a cell: escaped, cut at <see cref="TerminalText.MaxMessage"/> characters.</summary>
    private static string Message(string text) => Markup.Escape(TerminalText.Safe(text, TerminalText.MaxMessage, keepLineEnds: true));

    private static string ClaimText(ClaimDecision decision) => decision.ClaimId?.Value ?? "(unreadable ID)";

    private static string Outcome(OutcomeKind kind) => $"[{Colour(kind)}]{kind.Name}[/]";

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
