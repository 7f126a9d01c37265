using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;

namespace Cpor.Rules.Evaluation;

/// <summary>
/// Resolves a claim line against the snapshot (DOMAIN.md section 3). A Business Applications line resolves to the
/// subscription the claim's subscription ID gives, when that subscription is of the line's product, and otherwise to
/// the tenant's one subscription of that product; a Microsoft 365 line to the workload, when the tenant has it.
/// </summary>
internal static class LineResolver
{
    public static (LineResolution? Resolution, Subscription? Subscription, AssociationKey? Key) Resolve(
        ClaimLine line, CustomerTenant? tenant, SnapshotIndex index)
    {
        var claim = line.Claim;
        if (tenant is null)
        {
            return (null, null, null);
        }

        if (claim.SolutionArea == SolutionArea.Microsoft365)
        {
            return tenant.HasWorkload(line.Product)
                ? (LineResolution.Resolved, null, AssociationKey.ForWorkload(tenant.Id, line.Product))
                : (LineResolution.ProductNotInTenant, null, null);
        }

        if (claim.SolutionArea != SolutionArea.BusinessApplications)
        {
            return (null, null, null);
        }

        if (claim.MalformedSubscriptionId is not null)
        {
            return (LineResolution.NotASubscriptionId, null, null);
        }

        if (claim.SubscriptionId is { } id)
        {
            var given = index.SubscriptionOf(tenant.Id, id);
            if (given is null)
            {
                return (LineResolution.SubscriptionNotInTenant, null, null);
            }

            if (Names.Same(given.Product, line.Product))
            {
                return Resolved(tenant.Id, given);
            }
        }

        var byProduct = index.SubscriptionsOf(tenant.Id, line.Product);
        return byProduct.Count switch
        {
            0 => (LineResolution.ProductNotInTenant, null, null),
            1 => Resolved(tenant.Id, byProduct[0]),
            _ => (LineResolution.SubscriptionIdRequired, null, null),
        };
    }

    private static (LineResolution?, Subscription?, AssociationKey?) Resolved(TenantId tenant, Subscription subscription)
        => (LineResolution.Resolved, subscription, AssociationKey.ForSubscription(tenant, subscription.Id));
}
