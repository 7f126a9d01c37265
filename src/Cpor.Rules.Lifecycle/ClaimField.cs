using System.Diagnostics.CodeAnalysis;
using Ardalis.SmartEnum;

namespace Cpor.Rules.Lifecycle;

/// <summary>
/// A field of a submitted claim, as far as edits are concerned. After submission only the partner ID, the products,
/// the contacts, added proof of execution and comments may change (<see cref="IsEditable"/>); the rest identifies
/// what is claimed, and a mistake there needs a rejection at the partner's request and a new claim.
/// </summary>
public sealed class ClaimField : SmartEnum<ClaimField>
{
    /// <summary>The partner (location) ID claiming. Editable.</summary>
    public static readonly ClaimField PartnerId = new(nameof(PartnerId), 0, editable: true);

    /// <summary>The products or workloads claimed (for example to remove one the reviewer could not accept). Editable.</summary>
    public static readonly ClaimField Products = new(nameof(Products), 1, editable: true);

    /// <summary>The customer's and the partner's contact details. Editable.</summary>
    public static readonly ClaimField Contacts = new(nameof(Contacts), 2, editable: true);

    /// <summary>Additional proof of execution (added; what was already submitted stays on record). Editable.</summary>
    public static readonly ClaimField ProofOfExecution = new(nameof(ProofOfExecution), 3, editable: true);

    /// <summary>Comments for the reviewers. Editable.</summary>
    public static readonly ClaimField Comments = new(nameof(Comments), 4, editable: true);

    /// <summary>The customer's tenant. Not editable.</summary>
    public static readonly ClaimField TenantId = new(nameof(TenantId), 5, editable: false);

    /// <summary>The customer's domain. Not editable.</summary>
    public static readonly ClaimField CustomerDomain = new(nameof(CustomerDomain), 6, editable: false);

    /// <summary>The solution area. Not editable.</summary>
    public static readonly ClaimField SolutionArea = new(nameof(SolutionArea), 7, editable: false);

    /// <summary>The activity. Not editable.</summary>
    public static readonly ClaimField Activity = new(nameof(Activity), 8, editable: false);

    /// <summary>The subscription ID (Business Applications). Not editable.</summary>
    public static readonly ClaimField SubscriptionId = new(nameof(SubscriptionId), 9, editable: false);

    private ClaimField(string name, int value, bool editable)
        : base(name, value) => IsEditable = editable;

    /// <summary>Whether the field may be edited while the claim's status allows edits.</summary>
    public bool IsEditable { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>Products</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a claim field; the message names it.</exception>
    public static ClaimField Parse(string name) => LifecycleNames.Parse<ClaimField>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out ClaimField? result)
        => LifecycleNames.TryParse(name, out result);
}
