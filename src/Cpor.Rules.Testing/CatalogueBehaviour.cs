using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Testing;

/// <summary>
/// Does adding your rules keep every catalogue behaviour? Decides the embedded sample batch (<see cref="CporSample"/>,
/// every catalogue rule code and outcome) with the catalogue alone and with your rules and options, and reports the
/// claims whose decisions changed: outcome, findings (rule ID, code, line, detail) or line outcomes, and the rules that
/// threw (<see cref="BatchResult.Faults"/>).
/// </summary>
public static class CatalogueBehaviour
{
    /// <summary>Decides the sample with the catalogue alone and with <paramref name="additionalRules"/> and <paramref name="options"/>.</summary>
    /// <param name="additionalRules">Your eligibility rules; <see langword="null"/> (the default) for none.</param>
    /// <param name="options">Your options, for example a ranking policy with your ranking rule; <see langword="null"/> (the default) for <see cref="CporOptions.Default"/>. Both sides are decided as of the sample's date, without explanations.</param>
    /// <returns>The comparison.</returns>
    public static CatalogueComparison Compare(IEnumerable<Rule>? additionalRules = null, CporOptions? options = null)
    {
        var sample = CporSample.Batch;
        var run = new EvaluationOptions { AsOf = sample.AsOf, Explain = false };
        var baseline = CporRuleSet.Default.EvaluateBatch(sample.Claims, sample.Facts, run);
        var candidate = CporRuleSet.Create(options, additionalRules).EvaluateBatch(sample.Claims, sample.Facts, run);
        var changes = new List<DecisionChange>();
        for (var i = 0; i < baseline.Decisions.Count; i++)
        {
            var before = baseline.Decisions[i];
            var after = candidate.Decisions[i];
            if (!Signature(before).SequenceEqual(Signature(after), StringComparer.Ordinal))
            {
                changes.Add(new DecisionChange(before, after));
            }
        }

        return new CatalogueComparison(baseline.Decisions.Count, changes, candidate.Faults);
    }

    /// <summary>Decides the sample with the catalogue and with <paramref name="rule"/> added, and asserts that no decision changed.</summary>
    /// <param name="rule">Your rule.</param>
    /// <exception cref="ArgumentNullException"><paramref name="rule"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">A sample claim's decision changed; the message lists each change.</exception>
    public static void ShouldKeepCatalogueBehaviour(this Rule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        Compare([rule]).ShouldChangeNothing();
    }

    /// <summary>The decision as lines of text that compare equal when the decisions are the same.</summary>
    internal static IEnumerable<string> Signature(ClaimDecision decision)
    {
        yield return "outcome " + decision.Kind.Name;
        foreach (var finding in decision.Findings)
        {
            yield return "finding " + finding;
        }

        foreach (var line in decision.Lines)
        {
            yield return $"line {line.Product}: {line.Outcome.Name}";
        }
    }
}
