using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>The kind of partner account behind a partner ID. Incentives use location IDs, never the global account ID.</summary>
public sealed class PartnerAccount : SmartEnum<PartnerAccount>
{
    /// <summary>A partner location ID (formerly MPN ID): may claim.</summary>
    public static readonly PartnerAccount Location = new(nameof(Location), 0, mayClaim: true);

    /// <summary>The partner's global account ID: may not claim.</summary>
    public static readonly PartnerAccount Global = new(nameof(Global), 1, mayClaim: false);

    private PartnerAccount(string name, int value, bool mayClaim)
        : base(name, value) => MayClaim = mayClaim;

    /// <summary>Whether a customer association may be claimed under a partner ID of this kind.</summary>
    public bool MayClaim { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>Location</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a partner account kind; the message names it.</exception>
    public static PartnerAccount Parse(string name) => ContractNames.Parse<PartnerAccount>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PartnerAccount? result)
        => ContractNames.TryParse(name, out result);
}
