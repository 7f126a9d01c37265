using Cpor.Rules.Domain;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>
/// The choices that make an eligible claim in the <see cref="Scenario"/> world: products among the tenant's, one
/// claimable role, a location partner, a domain of the tenant, an acknowledgment within the age limit. Advisories
/// (partner not enrolled, revenue association, subscription in grace) may be among them.
/// </summary>
public sealed record EligibleClaim(
    bool Microsoft365,
    IReadOnlyList<string> Products,
    string? SubscriptionId,
    PartnerId Partner,
    PartnerRole Role,
    Activity Activity,
    string Domain,
    DateOnly SubmittedOn,
    DateOnly AcknowledgedOn,
    IReadOnlyList<string> PoeExtras,
    bool FirstSubscriptionInGrace)
{
    /// <summary>The key the first line resolves to.</summary>
    public AssociationKey FirstKey => Microsoft365
        ? AssociationKey.ForWorkload(Scenario.Tenant, Products[0])
        : AssociationKey.ForSubscription(Scenario.Tenant, Names.Same(Products[0], Scenario.SalesProduct) ? Scenario.Sales : Cpor.Rules.Domain.SubscriptionId.Parse(SubscriptionId!));

    public ClaimDraft Draft()
    {
        var draft = new ClaimDraft(Microsoft365, FirstKey)
        {
            ClaimId = "G-1",
            PartnerId = Partner.ToString(),
            SubmittedBy = Role.Name,
            TenantId = Scenario.Tenant.ToString(),
            CustomerDomain = Domain,
            SolutionArea = Microsoft365 ? SolutionArea.Microsoft365.Name : SolutionArea.BusinessApplications.Name,
            Activity = Activity.Name,
            SubscriptionId = SubscriptionId,
            SubmittedOn = ClaimDraft.Iso(SubmittedOn),
            AcknowledgedOn = ClaimDraft.Iso(AcknowledgedOn),
        };
        draft.Products.AddRange(Products);
        draft.PoeExtras.AddRange(PoeExtras);
        if (FirstSubscriptionInGrace && !Microsoft365)
        {
            draft.ChangeFirstSubscription(state: SubscriptionState.InGrace);
        }

        return draft;
    }

    public override string ToString()
        => $"{(Microsoft365 ? "M365" : "BizApps")} [{string.Join(", ", Products)}] id={SubscriptionId ?? "-"} partner={Partner} role={Role} " +
           $"activity={Activity} domain={Domain} submitted={ClaimDraft.Iso(SubmittedOn)} ack={ClaimDraft.Iso(AcknowledgedOn)} " +
           $"poeExtras=[{string.Join(", ", PoeExtras)}]{(FirstSubscriptionInGrace ? " grace" : string.Empty)}";
}
