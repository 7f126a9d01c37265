namespace Cpor.Rules.Domain;

/// <summary>A customer's subscription to a product, as the fact snapshot knows it.</summary>
public sealed record Subscription
{
    /// <summary>Creates a subscription fact.</summary>
    /// <exception cref="ArgumentException">An ID is the default value, or <paramref name="product"/> is blank.</exception>
    /// <exception cref="ArgumentNullException">A reference argument is <see langword="null"/>.</exception>
    public Subscription(SubscriptionId id, TenantId tenantId, string product, bool isDynamics, PurchaseChannel channel, SubscriptionState state)
    {
        Id = Guard.NotDefault(id);
        TenantId = Guard.NotDefault(tenantId);
        ArgumentException.ThrowIfNullOrWhiteSpace(product);
        Product = product;
        IsDynamics = isDynamics;
        Channel = Guard.NotNull(channel);
        State = Guard.NotNull(state);
    }

    /// <summary>The subscription ID.</summary>
    public SubscriptionId Id { get; }

    /// <summary>The tenant the subscription belongs to.</summary>
    public TenantId TenantId { get; }

    /// <summary>The product name, for example <c>Dynamics 365 Sales</c>.</summary>
    public string Product { get; }

    /// <summary>Whether the product is a Dynamics 365 product.</summary>
    public bool IsDynamics { get; }

    /// <summary>How it was bought.</summary>
    public PurchaseChannel Channel { get; }

    /// <summary>Its lifecycle state.</summary>
    public SubscriptionState State { get; }
}
