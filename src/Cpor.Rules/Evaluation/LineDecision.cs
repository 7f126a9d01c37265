using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>The decision on one claim line.</summary>
public sealed class LineDecision
{
    internal LineDecision(ClaimLine line, AssociationKey? key, OutcomeKind outcome, IReadOnlyList<Finding> findings)
    {
        Line = line;
        Key = key;
        Outcome = outcome;
        Findings = findings;
    }

    /// <summary>The line.</summary>
    public ClaimLine Line { get; }

    /// <summary>The product or workload claimed.</summary>
    public string Product => Line.Product;

    /// <summary>The association key, when it could be resolved; otherwise <see langword="null"/>.</summary>
    public AssociationKey? Key { get; }

    /// <summary>The resolved subscription, for a Business Applications line; otherwise <see langword="null"/>.</summary>
    public SubscriptionId? SubscriptionId => Key?.SubscriptionId;

    /// <summary>The workload, for a resolved Microsoft 365 line; otherwise <see langword="null"/>.</summary>
    public string? Workload => Key?.Workload;

    /// <summary>The line's outcome: never <see cref="OutcomeKind.PartiallyEligible"/>.</summary>
    public OutcomeKind Outcome { get; }

    /// <summary>The findings on this line (claim-level findings are on the claim's decision and apply here too).</summary>
    public IReadOnlyList<Finding> Findings { get; }
}
