using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility;

/// <summary>
/// The hash keys the CPOR rules join on, declared once and shared, so that custom rules joining the same facts reuse
/// the same indexes (each is built once per fact snapshot or session).
/// </summary>
public static class CporIndexes
{
    /// <summary>Tenants by ID.</summary>
    public static FactIndex<CustomerTenant, TenantId> TenantsById { get; } = new("Tenants by id", t => t.Id);

    /// <summary>Subscriptions by ID.</summary>
    public static FactIndex<Subscription, SubscriptionId> SubscriptionsById { get; } = new("Subscriptions by id", s => s.Id);

    /// <summary>Subscriptions by tenant and product name (product compared without regard to case).</summary>
    public static FactIndex<Subscription, (TenantId Tenant, string Product)> SubscriptionsByTenantAndProduct { get; }
        = new("Subscriptions by tenant and product", s => (s.TenantId, s.Product), new TenantProductComparer());

    /// <summary>Partners by ID.</summary>
    public static FactIndex<Partner, PartnerId> PartnersById { get; } = new("Partners by id", p => p.Id);

    /// <summary>Approved associations by key.</summary>
    public static FactIndex<Association, AssociationKey> AssociationsByKey { get; } = new("Associations by key", a => a.Key);

    /// <summary>Claim-level findings (those without a line) by claim.</summary>
    public static FactIndex<Finding, Claim> ClaimFindingsByClaim { get; }
        = new("Claim-level findings by claim", f => f.Claim, ReferenceEqualityComparer.Instance, f => f.Line is null);

    /// <summary>Line-level findings by line.</summary>
    public static FactIndex<Finding, ClaimLine> FindingsByLine { get; }
        = new("Findings by line", f => f.Line!, ReferenceEqualityComparer.Instance, f => f.Line is not null);

    /// <summary>All findings by claim.</summary>
    public static FactIndex<Finding, Claim> FindingsByClaim { get; } = new("Findings by claim", f => f.Claim, ReferenceEqualityComparer.Instance);

    /// <summary>Resolved lines by line.</summary>
    public static FactIndex<ResolvedLine, ClaimLine> ResolvedLinesByLine { get; } = new("Resolved lines by line", r => r.Line, ReferenceEqualityComparer.Instance);

    /// <summary>Arbitration findings by claim.</summary>
    public static FactIndex<ArbitrationFinding, Claim> ArbitrationFindingsByClaim { get; }
        = new("Arbitration findings by claim", f => f.Finding.Claim, ReferenceEqualityComparer.Instance);

    private sealed class TenantProductComparer : IEqualityComparer<(TenantId Tenant, string Product)>
    {
        public bool Equals((TenantId Tenant, string Product) x, (TenantId Tenant, string Product) y)
            => x.Tenant == y.Tenant && Names.Same(x.Product, y.Product);

        public int GetHashCode((TenantId Tenant, string Product) obj)
            => HashCode.Combine(obj.Tenant, Names.Comparer.GetHashCode(obj.Product));
    }
}
