using Ardalis.SmartEnum;

namespace Cpor.Rules.Domain;

/// <summary>
/// The lifecycle state of a customer subscription. Only <see cref="Active"/> and <see cref="InGrace"/> can be claimed;
/// <see cref="Pending"/> means "not provisioned yet, try again later".
/// </summary>
public sealed class SubscriptionState : SmartEnum<SubscriptionState>
{
    /// <summary>In use and paid for: claimable.</summary>
    public static readonly SubscriptionState Active = new(nameof(Active), 0, isClaimable: true, isRetryable: false);

    /// <summary>Lapsed but inside its grace period: claimable, but earnings stop if it lapses for good.</summary>
    public static readonly SubscriptionState InGrace = new(nameof(InGrace), 1, isClaimable: true, isRetryable: false);

    /// <summary>Bought but not provisioned yet; it can take days to show. Retry later.</summary>
    public static readonly SubscriptionState Pending = new(nameof(Pending), 2, isClaimable: false, isRetryable: true);

    /// <summary>Suspended: not claimable.</summary>
    public static readonly SubscriptionState Suspended = new(nameof(Suspended), 3, isClaimable: false, isRetryable: false);

    /// <summary>Disabled: not claimable.</summary>
    public static readonly SubscriptionState Disabled = new(nameof(Disabled), 4, isClaimable: false, isRetryable: false);

    /// <summary>Expired: not claimable.</summary>
    public static readonly SubscriptionState Expired = new(nameof(Expired), 5, isClaimable: false, isRetryable: false);

    /// <summary>Deleted: not claimable.</summary>
    public static readonly SubscriptionState Deleted = new(nameof(Deleted), 6, isClaimable: false, isRetryable: false);

    private SubscriptionState(string name, int value, bool isClaimable, bool isRetryable)
        : base(name, value)
    {
        IsClaimable = isClaimable;
        IsRetryable = isRetryable;
    }

    /// <summary>Whether a claim on a subscription in this state can be eligible.</summary>
    public bool IsClaimable { get; }

    /// <summary>Whether a claim refused for this state may succeed later without any change by the partner.</summary>
    public bool IsRetryable { get; }

    /// <summary>Parses a contract name (exact spelling, for example <c>InGrace</c>).</summary>
    /// <exception cref="ArgumentNullException"><paramref name="name"/> is <see langword="null"/>.</exception>
    /// <exception cref="FormatException"><paramref name="name"/> is not a subscription state; the message names it.</exception>
    public static SubscriptionState Parse(string name) => ContractNames.Parse<SubscriptionState>(name);

    /// <summary>Tries to parse a contract name (exact spelling).</summary>
    public static bool TryParse(string? name, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out SubscriptionState? result)
        => ContractNames.TryParse(name, out result);
}
