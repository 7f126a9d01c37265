using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>The Partner Center role of the person who submits a claim. Only billing, global and incentives admins may submit.</summary>
public sealed class PartnerRole : SmartEnum<PartnerRole>
{
    /// <summary>Billing admin: may submit.</summary>
    public static readonly PartnerRole BillingAdmin = new(nameof(BillingAdmin), 0, maySubmitClaims: true);

    /// <summary>Global admin: may submit.</summary>
    public static readonly PartnerRole GlobalAdmin = new(nameof(GlobalAdmin), 1, maySubmitClaims: true);

    /// <summary>Incentives admin: may submit.</summary>
    public static readonly PartnerRole IncentivesAdmin = new(nameof(IncentivesAdmin), 2, maySubmitClaims: true);

    /// <summary>Incentives user: may view, may not submit.</summary>
    public static readonly PartnerRole IncentivesUser = new(nameof(IncentivesUser), 3, maySubmitClaims: false);

    /// <summary>Any other role: may not submit.</summary>
    public static readonly PartnerRole Other = new(nameof(Other), 4, maySubmitClaims: false);

    private PartnerRole(string name, int value, bool maySubmitClaims)
        : base(name, value) => MaySubmitClaims = maySubmitClaims;

    /// <summary>Whether a person with this role may submit a customer-association claim.</summary>
    public bool MaySubmitClaims { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>IncentivesAdmin</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a partner role; the message names it.</exception>
    public static PartnerRole Parse(string name) => ContractNames.Parse<PartnerRole>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartnerRole? result)
        => ContractNames.TryParse(name, out result);
}
