using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Testing;

/// <summary>One sample claim whose decision differs with your rules: the catalogue's decision and yours.</summary>
public sealed class DecisionChange
{
    internal DecisionChange(ClaimDecision before, ClaimDecision after)
    {
        Before = before;
        After = after;
    }

    /// <summary>The claim's ID (empty for a claim without a valid ID).</summary>
    public string ClaimId => Before.ClaimId?.Value ?? string.Empty;

    /// <summary>The decision with the catalogue alone.</summary>
    public ClaimDecision Before { get; }

    /// <summary>The decision with your rules and options.</summary>
    public ClaimDecision After { get; }

    /// <summary>For example <c>S-03: Eligible -&gt; Rejected; + ACME-001 SanctionedCustomer</c>: the outcome and each finding or line that was removed (-) or added (+).</summary>
    /// <returns>The change as one line.</returns>
    public override string ToString()
    {
        var before = CatalogueBehaviour.Signature(Before).Skip(1).ToList();
        var after = CatalogueBehaviour.Signature(After).Skip(1).ToList();
        var parts = new List<string> { Before.Kind == After.Kind ? Before.Kind.Name : $"{Before.Kind.Name} -> {After.Kind.Name}" };
        parts.AddRange(before.Except(after, StringComparer.Ordinal).Select(s => "- " + s));
        parts.AddRange(after.Except(before, StringComparer.Ordinal).Select(s => "+ " + s));
        return $"  {(ClaimId.Length == 0 ? "(no valid ID)" : ClaimId)}: {string.Join("; ", parts)}";
    }
}
