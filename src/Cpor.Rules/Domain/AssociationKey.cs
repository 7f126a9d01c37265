namespace Cpor.Rules.Domain;

/// <summary>
/// What one partner at a time can be associated with: a subscription of a tenant (Business Applications) or a
/// workload of a tenant (Microsoft 365). Workload names compare without regard to letter case.
/// Its <see langword="default"/> value names nothing (<see cref="IsDefault"/>).
/// </summary>
public readonly struct AssociationKey : IEquatable<AssociationKey>
{
    private AssociationKey(TenantId tenantId, SubscriptionId? subscriptionId, string? workload)
    {
        TenantId = tenantId;
        SubscriptionId = subscriptionId;
        Workload = workload;
    }

    /// <summary>The tenant.</summary>
    public TenantId TenantId { get; }

    /// <summary>The subscription, for a Business Applications key; otherwise <see langword="null"/>.</summary>
    public SubscriptionId? SubscriptionId { get; }

    /// <summary>The workload, for a Microsoft 365 key; otherwise <see langword="null"/>.</summary>
    public string? Workload { get; }

    /// <summary>Whether this is the <see langword="default"/> value, which names nothing.</summary>
    public bool IsDefault => TenantId.IsDefault;

    /// <summary>Compares two keys by value.</summary>
    public static bool operator ==(AssociationKey left, AssociationKey right) => left.Equals(right);

    /// <summary>Compares two keys by value.</summary>
    public static bool operator !=(AssociationKey left, AssociationKey right) => !left.Equals(right);

    /// <summary>The key of a Business Applications association: a tenant's subscription.</summary>
    /// <exception cref="ArgumentException">An ID is the default value.</exception>
    public static AssociationKey ForSubscription(TenantId tenantId, SubscriptionId subscriptionId)
        => new(Guard.NotDefault(tenantId), Guard.NotDefault(subscriptionId), null);

    /// <summary>The key of a Microsoft 365 association: a tenant's workload.</summary>
    /// <exception cref="ArgumentException"><paramref name="tenantId"/> is the default value, or <paramref name="workload"/> is blank.</exception>
    public static AssociationKey ForWorkload(TenantId tenantId, string workload)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(workload);
        return new(Guard.NotDefault(tenantId), null, workload);
    }

    /// <inheritdoc />
    public bool Equals(AssociationKey other)
        => TenantId == other.TenantId && SubscriptionId == other.SubscriptionId && Names.Same(Workload, other.Workload);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is AssociationKey other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode()
        => HashCode.Combine(TenantId, SubscriptionId, Workload is null ? 0 : Names.Comparer.GetHashCode(Workload));

    /// <summary>
    /// For example <c>tenant 1b2c…/subscription 9f8e…</c> or <c>tenant 1b2c…/workload Teams</c>. The workload is echoed as
    /// messages echo values: cut at 64 characters and escaped (DOMAIN.md section 8).
    /// </summary>
    public override string ToString()
        => SubscriptionId is { } subscription
            ? $"tenant {TenantId}/subscription {subscription}"
            : $"tenant {TenantId}/workload {EchoText.Of(Workload ?? string.Empty)}";
}
