using Cpor.Rules.Domain;
using Cpor.Rules.Engine;

namespace Cpor.Rules.Eligibility.Rules;

/// <summary>
/// CPOR-D01: resolves a Business Applications line to its subscription. The claim's subscription ID selects the
/// subscription when it is of the line's product; otherwise the product must match exactly one subscription of the
/// tenant. A subscription ID that belongs to no subscription of the tenant stops resolution (CPOR-008).
/// </summary>
internal sealed class ResolveSubscriptionLineRule : Rule
{
    public override RuleMetadata Metadata { get; } = new("CPOR-D01", "ResolveSubscriptionLine")
    {
        Description = "Resolves a Business Applications line to the one subscription it claims.",
        Basis = "create",
        Tags = ["derivation", "line"],
    };

    public override void Define(RuleBuilder rule)
        => rule.Match<ClaimLine>(l => l.Claim.SolutionArea == SolutionArea.BusinessApplications && l.Claim.TenantId is not null)
            .Exists(CporIndexes.TenantsById, l => l.Claim.TenantId!.Value)
            .JoinAll(CporIndexes.SubscriptionsByTenantAndProduct, l => (l.Claim.TenantId!.Value, l.Product))

            // A claim without a subscription ID probes with the default ID, which no subscription has.
            .JoinAll(CporIndexes.SubscriptionsById, (l, _) => l.Claim.SubscriptionId ?? default)
            .Yield(Resolve);

    private static ResolvedLine Resolve(ClaimLine line, Matches<Subscription> byProduct, Matches<Subscription> byId)
    {
        var claim = line.Claim;
        var tenant = claim.TenantId!.Value;
        if (claim.MalformedSubscriptionId is not null)
        {
            return new ResolvedLine(line, LineResolution.NotASubscriptionId, null, null);
        }

        if (claim.SubscriptionId is not null)
        {
            Subscription? given = null;
            foreach (var subscription in byId)
            {
                if (subscription.TenantId == tenant)
                {
                    given = subscription;
                    break;
                }
            }

            if (given is null)
            {
                return new ResolvedLine(line, LineResolution.SubscriptionNotInTenant, null, null);
            }

            if (Names.Same(given.Product, line.Product))
            {
                return Resolved(line, tenant, given);
            }
        }

        return byProduct.Count switch
        {
            0 => new ResolvedLine(line, LineResolution.ProductNotInTenant, null, null),
            1 => Resolved(line, tenant, byProduct.First()),
            _ => new ResolvedLine(line, LineResolution.SubscriptionIdRequired, null, null),
        };
    }

    private static ResolvedLine Resolved(ClaimLine line, TenantId tenant, Subscription subscription)
        => new(line, LineResolution.Resolved, AssociationKey.ForSubscription(tenant, subscription.Id), subscription);
}
