using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Testing;

/// <summary>
/// Checks on a rule of your own from the decision's explanation (<see cref="ClaimDecision.Explanation"/>): whether it
/// fired for the claim and on which facts. The evaluation must explain (<see cref="EvaluationOptions.Explain"/>, the default).
/// </summary>
public static class RuleAssertions
{
    /// <summary>Asserts that the rule <paramref name="ruleId"/> fired for the claim (on <paramref name="product"/>'s line, if given).</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="ruleId">The rule's ID (its NRules <c>[Name]</c>), compared exactly.</param>
    /// <param name="product">The product or workload of a line fact the firing must have matched (ignoring case); <see langword="null"/> (the default) for any firing.</param>
    /// <returns>The rule's firings for the claim (matching <paramref name="product"/>, if given), in firing order; each lists the facts it matched (<see cref="ClaimFact"/>, <see cref="LineFact"/>) and the findings it produced.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">The rule did not fire (so), or the decision has no explanation.</exception>
    public static IReadOnlyList<RuleFiring> ShouldHaveFired(this ClaimDecision decision, string ruleId, string? product = null)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(ruleId);
        var firings = decision.Explanation.Where(f => f.RuleId == ruleId && (product is null || OnProduct(f, product))).ToList();
        if (firings.Count == 0)
        {
            throw DecisionAssertions.Fail(
                decision,
                $"Expected rule {ruleId} to fire for {DecisionText.Name(decision)}{(product is null ? string.Empty : $" on the line {product}")}, but it did not."
                + Environment.NewLine + DecisionText.Describe(decision.Explanation));
        }

        return firings;
    }

    /// <summary>Asserts that the rule <paramref name="ruleId"/> did not fire for the claim.</summary>
    /// <param name="decision">The decision.</param>
    /// <param name="ruleId">The rule's ID, compared exactly.</param>
    /// <returns><paramref name="decision"/>.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="decision"/> or <paramref name="ruleId"/> is <see langword="null"/>.</exception>
    /// <exception cref="CporAssertionException">The rule fired.</exception>
    public static ClaimDecision ShouldNotHaveFired(this ClaimDecision decision, string ruleId)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentNullException.ThrowIfNull(ruleId);
        var firings = decision.Explanation.Where(f => f.RuleId == ruleId).ToList();
        if (firings.Count > 0)
        {
            throw DecisionAssertions.Fail(
                decision,
                $"Expected rule {ruleId} not to fire for {DecisionText.Name(decision)}, but it fired {firings.Count} time(s), on: {string.Join("; ", firings.Select(f => string.Join(", ", f.Facts)))}.");
        }

        return decision;
    }

    private static bool OnProduct(RuleFiring firing, string product)
        => firing.Facts.OfType<LineFact>().Any(l => string.Equals(l.Product, product, StringComparison.OrdinalIgnoreCase));
}
