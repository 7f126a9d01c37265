namespace Cpor.Rules.Eligibility;

/// <summary>How a claim line's association key was resolved against the tenant's subscriptions or workloads.</summary>
internal enum LineResolution
{
    /// <summary>The key is known: a subscription (Business Applications) or a workload present on the tenant (Microsoft 365).</summary>
    Resolved,

    /// <summary>The subscription identifier given is not a subscription ID.</summary>
    NotASubscriptionId,

    /// <summary>The subscription ID given belongs to no subscription of the claimed tenant.</summary>
    SubscriptionNotInTenant,

    /// <summary>The product or workload is not present on the tenant.</summary>
    ProductNotInTenant,

    /// <summary>The product matches several subscriptions of the tenant and no subscription ID selects one.</summary>
    SubscriptionIdRequired,
}
