using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// The fact snapshot keyed for lookups, built once per snapshot. This is where claims meet the platform's facts: by
/// hash lookups, once per claim and line, so that no rule has to join two fact sets that grow with the batch
/// (NRules joins by nested loops). The first fact with an ID wins where a snapshot repeats one.
/// </summary>
internal sealed class SnapshotIndex
{
    private readonly Dictionary<TenantId, CustomerTenant> _tenants = [];
    private readonly Dictionary<PartnerId, Partner> _partners = [];
    private readonly Dictionary<(SubscriptionId, TenantId), Subscription> _subscriptionsById = [];
    private readonly Dictionary<(TenantId Tenant, string Product), List<Subscription>> _subscriptionsByProduct = new(new TenantProductComparer());
    private readonly Dictionary<AssociationKey, Association> _incumbents = [];

    public SnapshotIndex(
        IReadOnlyList<CustomerTenant> tenants,
        IReadOnlyList<Subscription> subscriptions,
        IReadOnlyList<Partner> partners,
        IReadOnlyList<Association> associations)
    {
        foreach (var tenant in tenants)
        {
            _tenants.TryAdd(tenant.Id, tenant);
        }

        foreach (var partner in partners)
        {
            _partners.TryAdd(partner.Id, partner);
        }

        foreach (var subscription in subscriptions)
        {
            _subscriptionsById.TryAdd((subscription.Id, subscription.TenantId), subscription);
            var key = (subscription.TenantId, subscription.Product);
            if (!_subscriptionsByProduct.TryGetValue(key, out var list))
            {
                _subscriptionsByProduct[key] = list = [];
            }

            list.Add(subscription);
        }

        foreach (var association in associations)
        {
            if (!_incumbents.TryGetValue(association.Key, out var holder) || Arbiter.HoldsOver(association, holder))
            {
                _incumbents[association.Key] = association;
            }
        }
    }

    public CustomerTenant? Tenant(TenantId? id) => id is { } key ? _tenants.GetValueOrDefault(key) : null;

    public Partner? Partner(PartnerId? id) => id is { } key ? _partners.GetValueOrDefault(key) : null;

    public Association? Incumbent(AssociationKey? key) => key is { } k ? _incumbents.GetValueOrDefault(k) : null;

    public Subscription? SubscriptionOf(TenantId tenant, SubscriptionId id) => _subscriptionsById.GetValueOrDefault((id, tenant));

    public IReadOnlyList<Subscription> SubscriptionsOf(TenantId tenant, string product)
        => _subscriptionsByProduct.TryGetValue((tenant, product), out var list) ? list : [];

    private sealed class TenantProductComparer : IEqualityComparer<(TenantId Tenant, string Product)>
    {
        public bool Equals((TenantId Tenant, string Product) x, (TenantId Tenant, string Product) y)
            => x.Tenant == y.Tenant && Names.Same(x.Product, y.Product);

        public int GetHashCode((TenantId Tenant, string Product) obj)
            => HashCode.Combine(obj.Tenant, Names.Comparer.GetHashCode(obj.Product));
    }
}
