using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// The incentive solution area a claim is made in. It decides which activities are offered and what an
/// association is keyed on: a subscription for Business Applications, a workload for Microsoft 365.
/// </summary>
public sealed class SolutionArea : SmartEnum<SolutionArea>
{
    /// <summary>Dynamics 365 (Business Applications): claims are per subscription.</summary>
    public static readonly SolutionArea BusinessApplications = new(nameof(BusinessApplications), 0, claimsPerSubscription: true);

    /// <summary>Microsoft 365: claims are per workload (for example Teams).</summary>
    public static readonly SolutionArea Microsoft365 = new(nameof(Microsoft365), 1, claimsPerSubscription: false);

    private SolutionArea(string name, int value, bool claimsPerSubscription)
        : base(name, value) => ClaimsPerSubscription = claimsPerSubscription;

    /// <summary>
    /// <see langword="true"/> when an association in this area is keyed on a subscription (Business Applications);
    /// <see langword="false"/> when it is keyed on a workload (Microsoft 365).
    /// </summary>
    public bool ClaimsPerSubscription { get; }

    /// <summary>Whether <paramref name="activity"/> is offered in this solution area.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="activity"/> is <see langword="null"/>.</exception>
    public bool Offers(Activity activity)
    {
        ArgumentNullException.ThrowIfNull(activity);
        return activity.AppliesTo(this);
    }

    /// <summary>Parses a contract name (exact spelling, for example <c>BusinessApplications</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a solution area; the message names it.</exception>
    public static SolutionArea Parse(string name) => ContractNames.Parse<SolutionArea>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SolutionArea? result)
        => ContractNames.TryParse(name, out result);
}
