using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Peer;

/// <summary>Joins a claim line with the facts in plain C#, into the flat input the peer's expressions read.</summary>
internal sealed class PeerJoiner
{
    private readonly Dictionary<TenantId, CustomerTenant> _tenants;
    private readonly Dictionary<SubscriptionId, Subscription> _subscriptions;
    private readonly Dictionary<(TenantId, string), List<Subscription>> _byProduct;
    private readonly Dictionary<PartnerId, Partner> _partners;
    private readonly Dictionary<AssociationKey, Association> _incumbents = [];

    public PeerJoiner(FactSnapshot facts)
    {
        _tenants = facts.Tenants.ToDictionary(t => t.Id);
        _subscriptions = facts.Subscriptions.GroupBy(s => s.Id).ToDictionary(g => g.Key, g => g.First());
        _byProduct = facts.Subscriptions.GroupBy(s => (s.TenantId, s.Product.ToUpperInvariant())).ToDictionary(g => g.Key, g => g.ToList());
        _partners = facts.Partners.ToDictionary(p => p.Id);
        foreach (var association in facts.Associations)
        {
            if (!_incumbents.TryGetValue(association.Key, out var best)
                || association.ApprovedOn > best.ApprovedOn
                || (association.ApprovedOn == best.ApprovedOn && (association.PoeAcknowledgedOn > best.PoeAcknowledgedOn
                    || (association.PoeAcknowledgedOn == best.PoeAcknowledgedOn && association.PartnerId < best.PartnerId))))
            {
                _incumbents[association.Key] = association;
            }
        }
    }

    public PeerLine Join(ClaimLine line)
    {
        var claim = line.Claim;
        var input = new PeerLine
        {
            DataErrorCount = claim.DataErrors.Count,
            HasTenantId = claim.TenantId is not null,
            HasDomain = claim.CustomerDomain is not null,
            Area = claim.SolutionArea?.Name,
            Activity = claim.Activity?.Name,
            Role = claim.SubmittedBy?.Name,
            PartnerId = claim.PartnerId?.ToString(),
            MalformedSubscription = claim.MalformedSubscriptionId is not null,
            HasPoe = claim.ProofOfExecution is not null,
            HasSubmittedOn = claim.SubmittedOn is not null,
            SubmittedOn = claim.SubmittedOn?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MinValue,
        };

        CustomerTenant? tenant = null;
        if (claim.TenantId is { } tenantId && _tenants.TryGetValue(tenantId, out tenant))
        {
            input.TenantKnown = true;
            input.DomainMatches = claim.CustomerDomain is { } domain && tenant.HasDomain(domain);
        }

        if (claim.PartnerId is { } partnerId && _partners.TryGetValue(partnerId, out var partner))
        {
            input.PartnerKnown = true;
            input.PartnerAccount = partner.Account.Name;
            input.PartnerEnrolled = claim.SolutionArea is { } area && partner.IsEnrolledIn(area);
        }

        if (claim.ProofOfExecution is { } poe)
        {
            input.AcknowledgedOn = poe.CustomerAcknowledgedOn?.ToDateTime(TimeOnly.MinValue) ?? DateTime.MinValue;
            input.AcknowledgmentMissing = poe.CustomerAcknowledgedOn is null && !claim.HasUnreadableAcknowledgmentDate;
            input.ServiceNotDescribed = !poe.DescribesPartnerService && !claim.HasUnreadableServiceDescription;
            input.PoeListsProduct = poe.Lists(line.Product);
        }

        if (tenant is not null)
        {
            Resolve(claim, line, tenant, input);
        }

        return input;
    }

    private void Resolve(Claim claim, ClaimLine line, CustomerTenant tenant, PeerLine input)
    {
        AssociationKey? key = null;
        if (claim.SolutionArea == SolutionArea.Microsoft365)
        {
            if (tenant.HasWorkload(line.Product))
            {
                key = AssociationKey.ForWorkload(tenant.Id, line.Product);
            }
            else
            {
                input.Resolution = "ProductNotInTenant";
            }
        }
        else if (claim.SolutionArea == SolutionArea.BusinessApplications && claim.MalformedSubscriptionId is null)
        {
            Subscription? subscription = null;
            if (claim.SubscriptionId is { } given && (!_subscriptions.TryGetValue(given, out subscription) || subscription.TenantId != tenant.Id))
            {
                input.Resolution = "SubscriptionNotInTenant";
                return;
            }

            if (subscription is null || !Names.Same(subscription.Product, line.Product))
            {
                _byProduct.TryGetValue((tenant.Id, line.Product.ToUpperInvariant()), out var matches);
                subscription = matches is { Count: 1 } ? matches[0] : null;
                input.Resolution = matches is null ? "ProductNotInTenant" : matches.Count > 1 ? "SubscriptionIdRequired" : "None";
            }

            if (subscription is not null)
            {
                key = AssociationKey.ForSubscription(tenant.Id, subscription.Id);
                input.HasSubscription = true;
                input.SubscriptionIsDynamics = subscription.IsDynamics;
                input.SubscriptionChannel = subscription.Channel.Name;
                input.SubscriptionState = subscription.State.Name;
            }
        }

        if (key is { } resolved)
        {
            input.Resolution = "Resolved";
            input.IncumbentPartnerId = _incumbents.TryGetValue(resolved, out var incumbent) ? incumbent.PartnerId.ToString() : null;
        }
    }
}
