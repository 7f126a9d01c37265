using Cpor.Rules.Domain;
using FsCheck;
using FsCheck.Fluent;

namespace Cpor.Rules.Tests.Eligibility.Generation;

/// <summary>
/// Generators of every kind of defect the catalogue knows, each with the codes it must be reported with. Claim-level
/// defects apply to both solution areas; subscription defects only to Business Applications claims.
/// </summary>
public static class ClaimDefects
{
    private static readonly FindingCode[] InvalidData = [FindingCode.InvalidClaimData];

    /// <summary>One generator per kind of defect that applies to <paramref name="claim"/>.</summary>
    public static IReadOnlyList<Gen<ClaimDefect>> For(EligibleClaim claim)
    {
        var kinds = new List<Gen<ClaimDefect>>
        {
            // Claim-level, Blocking.
            Gen.Elements("wrong.example.com", "fabrikam.com", "sales.contoso.com").Select(domain =>
                Defect($"WrongDomain({domain})", [FindingCode.DomainTenantMismatch], ClaimAspect.Domain, ClaimAspect.Tenant, d => d.CustomerDomain = domain)),
            Gen.Elements(PartnerRole.IncentivesUser, PartnerRole.Other).Select(role =>
                Defect($"BadRole({role})", [FindingCode.RoleNotAuthorized], ClaimAspect.Role, ClaimAspect.None, d => d.SubmittedBy = role.Name)),
            Gen.Constant(Defect("UnknownPartner", [FindingCode.UnknownPartner], ClaimAspect.PartnerId, ClaimAspect.None, d => d.PartnerId = Scenario.UnknownPartner.ToString())),
            Gen.Constant(Defect("GlobalPartner", [FindingCode.GlobalPartnerId], ClaimAspect.PartnerId, ClaimAspect.None, d => d.PartnerId = Scenario.GlobalAccount.ToString())),
            Gen.Constant(Defect("UnknownTenant", [FindingCode.TenantNotFound], ClaimAspect.Tenant, ClaimAspect.None, d => d.TenantId = Scenario.UnknownTenant.ToString())),

            // Claim-level, ActionRequired (the proof of execution).
            Gen.Constant(Defect("NoPoe", [FindingCode.MissingAllPoe], ClaimAspect.Poe, ClaimAspect.None, d => d.HasPoe = false)),
            Gen.Constant(Defect("NoAcknowledgment", [FindingCode.MissingCustomerAcknowledgment, FindingCode.MissingOrOldDates], ClaimAspect.PoeDate, ClaimAspect.Poe, d => d.AcknowledgedOn = null)),
            Gen.Frequency((1, Gen.Constant(1)), (2, Gen.Choose(2, 400))).Select(days =>
                Defect($"OldPoe({days} day(s) past the limit)", [FindingCode.MissingOrOldDates], ClaimAspect.PoeDate, ClaimAspect.Poe | ClaimAspect.SubmittedOn, d => d.AcknowledgedOn = ClaimDraft.Iso(claim.SubmittedOn.AddMonths(-12).AddDays(-days)))),
            Gen.Frequency((1, Gen.Constant(1)), (2, Gen.Choose(2, 60))).Select(days =>
                Defect($"AcknowledgedAfterSubmission({days})", [FindingCode.MissingOrOldDates], ClaimAspect.PoeDate, ClaimAspect.Poe | ClaimAspect.SubmittedOn, d => d.AcknowledgedOn = ClaimDraft.Iso(claim.SubmittedOn.AddDays(days)))),
            Gen.Constant(Defect("PoeWithoutService", [FindingCode.MissingPartnerService], ClaimAspect.PoeService, ClaimAspect.Poe, d => d.DescribesPartnerService = false)),

            // Line-level, ActionRequired: the PoE leaves out the first product (and any duplicate of it).
            Gen.Constant(Defect("PoeMissesFirstProduct", [FindingCode.MissingProducts], ClaimAspect.PoeProducts, ClaimAspect.Poe, d => d.PoeOmits.Add(d.Products[0]))),

            // Unreadable fields: InvalidClaimData alone.
            Gen.Elements<string?>(null, "", "   ").Select(id =>
                Defect($"UnreadableClaimId('{id}')", InvalidData, ClaimAspect.ClaimId, ClaimAspect.None, d => d.ClaimId = id)),
            Gen.Elements("incentivesadmin", "Incentives Admin", "Owner").Select(role =>
                Defect($"UnreadableRole({role})", InvalidData, ClaimAspect.Role, ClaimAspect.None, d => d.SubmittedBy = role)),
            Gen.Elements("44-12345", "partner", "").Select(id =>
                Defect($"UnreadablePartnerId('{id}')", InvalidData, ClaimAspect.PartnerId | ClaimAspect.PartnerReadable, ClaimAspect.None, d => d.PartnerId = id)),
            Gen.Elements("not-a-guid", "11111111-1111-4111-8111", "00000000-0000-0000-0000-000000000000").Select(id =>
                Defect($"UnreadableTenantId({id})", InvalidData, ClaimAspect.Tenant, ClaimAspect.None, d => d.TenantId = id)),
            Gen.Elements("2020-02-30", "01/10/2020", "2020-1-5").Select(date =>
                Defect($"UnreadableSubmissionDate({date})", InvalidData, ClaimAspect.SubmittedOn, ClaimAspect.None, d => d.SubmittedOn = date)),
            Gen.Elements("2020/09/15", "yesterday", "2020-09-31").Select(date =>
                Defect($"UnreadableAcknowledgmentDate({date})", InvalidData, ClaimAspect.PoeDate, ClaimAspect.Poe, d => d.AcknowledgedOn = date)),
            Gen.Constant(Defect("UnreadableServiceAnswer", InvalidData, ClaimAspect.PoeService, ClaimAspect.Poe, d => d.DescribesPartnerService = null)),
            Gen.Elements<string?>(null, "", " ").Select(entry =>
                Defect($"BlankPoeEntry('{entry}')", InvalidData, ClaimAspect.PoeEntries, ClaimAspect.Poe, d => d.PoeExtras.Add(entry))),

            // Line-level, Blocking, both areas.
            Gen.Constant(Defect(
                "AbsentProduct",
                [FindingCode.ProductNotInTenant],
                ClaimAspect.AbsentLine,
                ClaimAspect.Tenant | ClaimAspect.SubscriptionId,
                d => d.Products.Add(d.IsMicrosoft365 ? Scenario.AbsentWorkload : Scenario.AbsentProduct))),
            Gen.Constant(Defect(
                "AlreadyHeldBySamePartner",
                [FindingCode.AlreadyClaimed],
                ClaimAspect.Association,
                ClaimAspect.Tenant | ClaimAspect.SubscriptionId | ClaimAspect.PartnerId | ClaimAspect.PartnerReadable,
                d => d.Associations.Add(d.IsMicrosoft365
                    ? Scenario.HoldsWorkload(claim.Partner, d.FirstKey.Workload!, new DateOnly(2019, 1, 1))
                    : Scenario.Holds(claim.Partner, d.FirstKey.SubscriptionId!.Value, new DateOnly(2019, 1, 1))))),
            Gen.Constant(Defect(
                "FirstProductTwice",
                [FindingCode.DuplicateClaim],
                ClaimAspect.DuplicateLine,
                ClaimAspect.Tenant | ClaimAspect.SubscriptionId | ClaimAspect.PartnerReadable,
                d => d.Products.Add(d.Products[0].ToUpperInvariant()))),
        };

        if (claim.Microsoft365)
        {
            kinds.Add(Gen.Elements(Activity.PreSales, Activity.RevenueAssociation).Select(activity =>
                Defect($"WrongActivity({activity})", [FindingCode.ActivityNotApplicable], ClaimAspect.Activity, ClaimAspect.None, d => d.Activity = activity.Name)));
        }
        else
        {
            kinds.AddRange(
            [
                Gen.Elements("not-a-guid", "12345", "aaaaaaaa-0000-4000-8000").Select(id =>
                    Defect($"MalformedSubscriptionId({id})", [FindingCode.NotASubscriptionId], ClaimAspect.SubscriptionId, ClaimAspect.None, d => d.SubscriptionId = id)),
                Gen.Elements(Scenario.OtherTenantSub.ToString(), "bbbbbbbb-0000-4000-8000-000000000009").Select(id =>
                    Defect($"ForeignSubscriptionId({id})", [FindingCode.SubscriptionNotInTenant], ClaimAspect.SubscriptionId, ClaimAspect.Tenant, d => d.SubscriptionId = id)),
                Gen.Constant(Defect(
                    "AmbiguousProduct",
                    [FindingCode.SubscriptionIdRequired],
                    ClaimAspect.AmbiguousLine,
                    ClaimAspect.Tenant | ClaimAspect.SubscriptionId,
                    d => d.Products.Add(ClaimDraft.FieldServiceProduct))),
                Gen.Constant(Defect("CspSubscription", [FindingCode.SubscriptionIsCsp], ClaimAspect.Channel, ClaimAspect.Tenant | ClaimAspect.SubscriptionId, d => d.ChangeFirstSubscription(channel: PurchaseChannel.Csp))),
                Gen.Constant(Defect("NotDynamics", [FindingCode.SubscriptionNotDynamics], ClaimAspect.Dynamics, ClaimAspect.Tenant | ClaimAspect.SubscriptionId, d => d.ChangeFirstSubscription(isDynamics: false))),
                Gen.Constant(Defect("Pending", [FindingCode.SubscriptionNotProvisioned], ClaimAspect.State, ClaimAspect.Tenant | ClaimAspect.SubscriptionId, d => d.ChangeFirstSubscription(state: SubscriptionState.Pending))),
                Gen.Elements(SubscriptionState.Suspended, SubscriptionState.Disabled, SubscriptionState.Expired, SubscriptionState.Deleted).Select(state =>
                    Defect($"NotActive({state})", [FindingCode.SubscriptionNotActive], ClaimAspect.State, ClaimAspect.Tenant | ClaimAspect.SubscriptionId, d => d.ChangeFirstSubscription(state: state))),
            ]);
        }

        return kinds;
    }

    /// <summary>
    /// Up to <paramref name="count"/> defects that combine, picked in order from <paramref name="candidates"/>: a
    /// candidate that does not combine with those already picked is skipped.
    /// </summary>
    public static IReadOnlyList<ClaimDefect> Combinable(IEnumerable<ClaimDefect> candidates, int count)
    {
        var picked = new List<ClaimDefect>();
        foreach (var candidate in candidates)
        {
            if (picked.Count == count)
            {
                break;
            }

            if (picked.TrueForAll(p => p.CombinesWith(candidate)))
            {
                picked.Add(candidate);
            }
        }

        return picked;
    }

    private static ClaimDefect Defect(string name, FindingCode[] codes, ClaimAspect writes, ClaimAspect needs, Action<ClaimDraft> apply)
        => new(name, codes, writes, needs, apply);
}
