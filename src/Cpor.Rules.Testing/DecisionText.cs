using System.Text;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Testing;

/// <summary>Describes decisions and arbitrations for assertion messages.</summary>
internal static class DecisionText
{
    private const string Indent = "  ";

    public static string Name(ClaimDecision decision)
        => decision.ClaimId is { } id ? $"claim {id}" : "the claim (no valid ID)";

    /// <summary>The decision: outcome, findings (rule ID, code, line, detail), lines, arbitrations.</summary>
    public static string Describe(ClaimDecision decision)
    {
        var text = new StringBuilder();
        text.Append("Decision on ").Append(Name(decision)).Append(": ").Append(decision.Kind.Name).AppendLine();
        if (decision.Findings.Count == 0)
        {
            text.Append(Indent).AppendLine("Findings: none");
        }
        else
        {
            text.Append(Indent).Append("Findings (").Append(decision.Findings.Count).AppendLine("):");
            foreach (var finding in decision.Findings)
            {
                text.Append(Indent).Append(Indent).Append(finding).Append(" (").Append(finding.Severity?.Name ?? "no severity").AppendLine(")");
            }
        }

        if (decision.Lines.Count > 0)
        {
            text.Append(Indent).AppendLine("Lines:");
            foreach (var line in decision.Lines)
            {
                text.Append(Indent).Append(Indent).Append(line.Product).Append(": ").Append(line.Outcome.Name);
                if (line.Key is { } key)
                {
                    text.Append(" (").Append(key).Append(')');
                }

                text.AppendLine();
            }
        }

        foreach (var contest in decision.Arbitrations)
        {
            text.Append(Describe(contest, Indent));
        }

        return text.ToString().TrimEnd();
    }

    public static string Describe(ArbitrationResult contest, string indent = "")
    {
        var text = new StringBuilder();
        text.Append(indent).Append("Arbitration on ").Append(contest.Key).Append(": ").Append(contest.Verdict.Name).AppendLine();
        foreach (var entry in contest.Ranking)
        {
            text.Append(indent).Append(Indent).Append(entry.Rank).Append(". ").Append(entry.Contender);
            if (entry.SeparatedBy is { } rule)
            {
                text.Append(" (separated by ").Append(rule).Append(')');
            }

            text.AppendLine();
        }

        return text.ToString();
    }

    public static string Describe(IReadOnlyList<RuleFiring> explanation)
    {
        if (explanation.Count == 0)
        {
            return "Rules fired: none recorded (none fired, or EvaluationOptions.Explain is false)";
        }

        var text = new StringBuilder("Rules fired:");
        foreach (var firing in explanation)
        {
            text.AppendLine().Append(Indent).Append(firing.RuleId).Append(" on ").AppendJoin(", ", firing.Facts);
        }

        return text.ToString();
    }
}
