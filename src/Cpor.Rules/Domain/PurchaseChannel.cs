using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>How a subscription was bought. Business Applications claims need a Volume Licensing or Web Direct purchase.</summary>
public sealed class PurchaseChannel : SmartEnum<PurchaseChannel>
{
    /// <summary>Bought under a volume licensing agreement.</summary>
    public static readonly PurchaseChannel VolumeLicensing = new(nameof(VolumeLicensing), 0, claimableForBusinessApplications: true);

    /// <summary>Bought online, directly from Microsoft.</summary>
    public static readonly PurchaseChannel WebDirect = new(nameof(WebDirect), 1, claimableForBusinessApplications: true);

    /// <summary>Bought through the Cloud Solution Provider program: not claimable under CPOR for Business Applications.</summary>
    public static readonly PurchaseChannel Csp = new(nameof(Csp), 2, claimableForBusinessApplications: false);

    private PurchaseChannel(string name, int value, bool claimableForBusinessApplications)
        : base(name, value) => ClaimableForBusinessApplications = claimableForBusinessApplications;

    /// <summary>Whether a Business Applications activity may be claimed on a subscription bought this way.</summary>
    public bool ClaimableForBusinessApplications { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>WebDirect</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a purchase channel; the message names it.</exception>
    public static PurchaseChannel Parse(string name) => ContractNames.Parse<PurchaseChannel>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out PurchaseChannel? result)
        => ContractNames.TryParse(name, out result);
}
