using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>The decision on one claim line.</summary>
public sealed class LineDecision
{
    // The key is kept as what it is made of, not as an AssociationKey (56 bytes): the snapshot's Subscription for a
    // Business Applications line, the workload (the line's product) for a Microsoft 365 line, or null when unresolved.
    // The tenant is the claim's. A decision keeps the lines it made, so every byte here counts a million times when a caller keeps a big batch's decisions.
    private readonly object? _keyPart;

    internal LineDecision(ClaimLine line, object? keyPart, OutcomeKind outcome, IReadOnlyList<Finding> findings)
    {
        Line = line;
        _keyPart = keyPart;
        Outcome = outcome;
        Findings = findings;
    }

    /// <summary>The line.</summary>
    public ClaimLine Line { get; }

    /// <summary>The product or workload claimed.</summary>
    public string Product => Line.Product;

    /// <summary>The association key, when it could be resolved; otherwise <see langword="null"/>.</summary>
    public AssociationKey? Key => KeyOf(Line, _keyPart);

    /// <summary>The resolved subscription, for a Business Applications line; otherwise <see langword="null"/>.</summary>
    public SubscriptionId? SubscriptionId => (_keyPart as Subscription)?.Id;

    /// <summary>The workload, for a resolved Microsoft 365 line; otherwise <see langword="null"/>.</summary>
    public string? Workload => _keyPart as string;

    /// <summary>The line's outcome: never <see cref="OutcomeKind.PartiallyEligible"/>.</summary>
    public OutcomeKind Outcome { get; }

    /// <summary>The findings on this line (claim-level findings are on the claim's decision and apply here too).</summary>
    public IReadOnlyList<Finding> Findings { get; }

    /// <summary>What a resolved line's key is made of (see <see cref="KeyOf"/>); <see langword="null"/> for a line without a key.</summary>
    internal static object? KeyPartOf(AssociationKey? key, Subscription? subscription, ClaimLine line)
        => key switch
        {
            null => null,
            { Workload: not null } => line.Product,
            _ => subscription,
        };

    private static AssociationKey? KeyOf(ClaimLine line, object? keyPart)
        => keyPart switch
        {
            // A line resolves only against the tenant the claim names, so a resolved line's claim has a tenant ID.
            Subscription subscription => AssociationKey.ForSubscription(line.Claim.TenantId!.Value, subscription.Id),
            string workload => AssociationKey.ForWorkload(line.Claim.TenantId!.Value, workload),
            _ => null,
        };
}
