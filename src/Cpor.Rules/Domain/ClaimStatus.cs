using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>Where a claim is in its life after the partner starts it (the package Cpor.Rules.Lifecycle has the transitions and clocks).</summary>
public sealed class ClaimStatus : SmartEnum<ClaimStatus>
{
    /// <summary>Being written; not yet submitted (until the PoE is uploaded and the claim submitted).</summary>
    public static readonly ClaimStatus Editing = new(nameof(Editing), 0, allowsEdits: false);

    /// <summary>Submitted; review starts within 5 business days. Limited edits are allowed.</summary>
    public static readonly ClaimStatus Submitted = new(nameof(Submitted), 1, allowsEdits: true);

    /// <summary>A reviewer is deciding it; no edits.</summary>
    public static readonly ClaimStatus UnderReview = new(nameof(UnderReview), 2, allowsEdits: false);

    /// <summary>The reviewer asked the partner for more; the partner has 5 business days. Limited edits are allowed.</summary>
    public static readonly ClaimStatus PartnerActionRequired = new(nameof(PartnerActionRequired), 3, allowsEdits: true);

    /// <summary>Approved; the customer may still opt out during the consent window.</summary>
    public static readonly ClaimStatus Approved = new(nameof(Approved), 4, allowsEdits: false);

    /// <summary>Rejected; it may be disputed within 30 days.</summary>
    public static readonly ClaimStatus Rejected = new(nameof(Rejected), 5, allowsEdits: false);

    private ClaimStatus(string name, int value, bool allowsEdits)
        : base(name, value) => AllowsEdits = allowsEdits;

    /// <summary>Whether the partner may edit the claim (partner ID, products, contacts, added PoE, comments) in this status.</summary>
    public bool AllowsEdits { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>UnderReview</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a claim status; the message names it.</exception>
    public static ClaimStatus Parse(string name) => ContractNames.Parse<ClaimStatus>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out ClaimStatus? result)
        => ContractNames.TryParse(name, out result);
}
