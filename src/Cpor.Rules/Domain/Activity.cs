using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// What the partner did for the customer, and so the kind of claim. Business Applications offers all three
/// activities; Microsoft 365 offers <see cref="Usage"/> only. <see cref="RevenueAssociation"/> never earns incentives.
/// </summary>
public sealed class Activity : SmartEnum<Activity>
{
    /// <summary>Pre-sales work (Business Applications only).</summary>
    public static readonly Activity PreSales = new(nameof(PreSales), 0, businessApplicationsOnly: true, canEarnIncentives: true);

    /// <summary>Driving usage (both solution areas).</summary>
    public static readonly Activity Usage = new(nameof(Usage), 1, businessApplicationsOnly: false, canEarnIncentives: true);

    /// <summary>Revenue association (Business Applications only): an association that never pays incentives.</summary>
    public static readonly Activity RevenueAssociation = new(nameof(RevenueAssociation), 2, businessApplicationsOnly: true, canEarnIncentives: false);

    private readonly bool _businessApplicationsOnly;

    private Activity(string name, int value, bool businessApplicationsOnly, bool canEarnIncentives)
        : base(name, value)
    {
        _businessApplicationsOnly = businessApplicationsOnly;
        CanEarnIncentives = canEarnIncentives;
    }

    /// <summary>Whether an approved association for this activity can be assessed for incentive earnings.</summary>
    public bool CanEarnIncentives { get; }

    /// <summary>Whether this activity is offered in <paramref name="area"/>.</summary>
    /// <exception cref="ArgumentNullException"><paramref name="area"/> is <see langword="null"/>.</exception>
    public bool AppliesTo(SolutionArea area)
    {
        ArgumentNullException.ThrowIfNull(area);
        return !_businessApplicationsOnly || area == SolutionArea.BusinessApplications;
    }

    /// <summary>Parses a contract name (exact spelling, for example <c>PreSales</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not an activity; the message names it.</exception>
    public static Activity Parse(string name) => ContractNames.Parse<Activity>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out Activity? result)
        => ContractNames.TryParse(name, out result);
}
