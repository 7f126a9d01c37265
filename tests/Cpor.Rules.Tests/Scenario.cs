using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Tests;

/// <summary>
/// A small, readable world for rule tests: one known tenant with a Dynamics subscription and Microsoft 365 workloads,
/// an enrolled location partner, and a claim builder whose defaults make an eligible claim. Each test changes only
/// what it is about.
/// </summary>
internal static class Scenario
{
    public static readonly TenantId Tenant = TenantId.Parse("11111111-1111-4111-8111-111111111111");
    public static readonly TenantId OtherTenant = TenantId.Parse("22222222-2222-4222-8222-222222222222");
    public static readonly SubscriptionId Sales = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000001");
    public static readonly SubscriptionId ServiceOne = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000002");
    public static readonly SubscriptionId ServiceTwo = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000003");
    public static readonly SubscriptionId OtherTenantSub = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000004");
    public static readonly PartnerId Partner = PartnerId.Parse("4412345");
    public static readonly PartnerId Rival = PartnerId.Parse("5512345");
    public static readonly PartnerId Third = PartnerId.Parse("6612345");
    public static readonly PartnerId GlobalAccount = PartnerId.Parse("9900001");
    public static readonly PartnerId NotEnrolled = PartnerId.Parse("7712345");
    public static readonly PartnerId UnknownPartner = PartnerId.Parse("8812345");
    public static readonly TenantId UnknownTenant = TenantId.Parse("33333333-3333-4333-8333-333333333333");
    public static readonly DateOnly SubmittedOn = new(2020, 10, 1);

    public const string SalesProduct = "Dynamics 365 Sales";
    public const string ServiceProduct = "Dynamics 365 Customer Service";

    /// <summary>A Dynamics product that no tenant of the world has.</summary>
    public const string AbsentProduct = "Dynamics 365 Marketing";

    /// <summary>A Microsoft 365 workload that the tenant does not have.</summary>
    public const string AbsentWorkload = "SharePoint";

    public static CustomerTenant TenantFact => new(Tenant, [CustomerDomain.Parse("contoso.onmicrosoft.com"), CustomerDomain.Parse("contoso.com")], ["Teams", "Exchange"]);

    public static FactSnapshot Facts(
        IEnumerable<Subscription>? subscriptions = null,
        IEnumerable<Association>? associations = null,
        IEnumerable<Partner>? partners = null)
        => FactSnapshot.Create(
            [TenantFact, new CustomerTenant(OtherTenant, [CustomerDomain.Parse("fabrikam.com")], ["Teams"])],
            subscriptions ?? DefaultSubscriptions,
            partners ?? DefaultPartners,
            associations ?? []);

    public static Subscription[] DefaultSubscriptions =>
    [
        new(Sales, Tenant, SalesProduct, isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active),
        new(ServiceOne, Tenant, ServiceProduct, isDynamics: true, PurchaseChannel.WebDirect, SubscriptionState.Active),
        new(ServiceTwo, Tenant, ServiceProduct, isDynamics: true, PurchaseChannel.WebDirect, SubscriptionState.Active),
        new(OtherTenantSub, OtherTenant, SalesProduct, isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active),
    ];

    /// <summary>The default subscriptions with one of them changed (the others as they are).</summary>
    public static Subscription[] SubscriptionsWith(
        SubscriptionId id,
        PurchaseChannel? channel = null,
        bool? isDynamics = null,
        SubscriptionState? state = null)
        => [.. DefaultSubscriptions.Select(s => s.Id != id ? s : new Subscription(s.Id, s.TenantId, s.Product, isDynamics ?? s.IsDynamics, channel ?? s.Channel, state ?? s.State))];

    public static Partner[] DefaultPartners =>
    [
        new(Partner, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]),
        new(Rival, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]),
        new(Third, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]),
        new(GlobalAccount, PartnerAccount.Global, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]),
        new(NotEnrolled, PartnerAccount.Location, []),
    ];

    /// <summary>A raw claim whose defaults are an eligible Business Applications claim on the Sales subscription.</summary>
    public static UnvalidatedClaim Raw(string id = "C-1") => new()
    {
        ClaimId = id,
        PartnerId = Partner.ToString(),
        SubmittedBy = "IncentivesAdmin",
        TenantId = Tenant.ToString(),
        CustomerDomain = "contoso.onmicrosoft.com",
        SolutionArea = "BusinessApplications",
        Activity = "PreSales",
        Products = [SalesProduct],
        SubscriptionId = null,
        SubmittedOn = "2020-10-01",
        ProofOfExecution = new UnvalidatedProofOfExecution
        {
            CustomerAcknowledgedOn = "2020-09-15",
            DescribesPartnerService = true,
            Products = [SalesProduct, ServiceProduct, "Teams", "Exchange"],
        },
    };

    /// <summary>An eligible Microsoft 365 claim on the Teams workload.</summary>
    public static UnvalidatedClaim RawM365(string id = "M-1") => Raw(id) with
    {
        SolutionArea = "Microsoft365",
        Activity = "Usage",
        Products = ["Teams"],
    };

    /// <summary>An eligible Business Applications claim on two lines: Sales (resolved by name) and Customer Service (by ID).</summary>
    public static UnvalidatedClaim RawSalesAndService(string id = "C-1") => Raw(id) with
    {
        Products = [SalesProduct, ServiceProduct],
        SubscriptionId = ServiceOne.ToString(),
    };

    public static Claim Claim(UnvalidatedClaim raw) => Cpor.Rules.Domain.Claim.FromUnvalidated(raw);

    public static UnvalidatedClaim WithPoe(this UnvalidatedClaim raw, Func<UnvalidatedProofOfExecution, UnvalidatedProofOfExecution> change)
        => raw with { ProofOfExecution = change(raw.ProofOfExecution!) };

    public static ClaimDecision Decide(UnvalidatedClaim raw, FactSnapshot? facts = null, CporRuleSet? rules = null)
        => (rules ?? CporRuleSet.Default).Evaluate(Claim(raw), facts ?? Facts());

    public static BatchResult DecideBatch(IEnumerable<UnvalidatedClaim> raws, FactSnapshot? facts = null, CporRuleSet? rules = null)
        => (rules ?? CporRuleSet.Default).EvaluateBatch(raws.Select(Claim), facts ?? Facts());

    public static IReadOnlyList<string> Codes(this ClaimDecision decision) => [.. decision.Findings.Select(f => f.Code.Name)];

    /// <summary>The one finding of <paramref name="code"/> in the decision (fails the test when there is none or several).</summary>
    public static Finding Single(this ClaimDecision decision, FindingCode code) => Assert.Single(decision.Findings, f => f.Code == code);

    /// <summary>Whether the decision holds a finding of <paramref name="code"/>.</summary>
    public static bool Has(this ClaimDecision decision, FindingCode code) => decision.Findings.Any(f => f.Code == code);

    /// <summary>The decision on the line claiming <paramref name="product"/> (exact spelling as claimed).</summary>
    public static LineDecision Line(this ClaimDecision decision, string product) => Assert.Single(decision.Lines, l => l.Product == product);

    public static Association Holds(PartnerId partner, SubscriptionId subscription, DateOnly poe, TenantId? tenant = null)
        => new(partner, tenant ?? Tenant, SolutionArea.BusinessApplications, subscription, null, Activity.Usage, poe.AddDays(10), poe);

    public static Association HoldsWorkload(PartnerId partner, string workload, DateOnly poe)
        => new(partner, Tenant, SolutionArea.Microsoft365, null, workload, Activity.Usage, poe.AddDays(10), poe);
}
