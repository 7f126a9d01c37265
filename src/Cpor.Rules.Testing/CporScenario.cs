using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Testing;

/// <summary>
/// A small, valid claim world for a rule test, built in one line: a customer tenant with a domain, an active Dynamics
/// subscription, an enrolled location partner and a claim by that partner that the catalogue decides Eligible. Every
/// <c>With…</c> method changes one default and returns a new scenario (scenarios are immutable, so a shared one is
/// safe); <see cref="Decide"/> evaluates the claim (and any competing claims) against the facts.
/// </summary>
/// <remarks>
/// The identifiers are fixed and easy to recognise in a failure message: the same scenario always has the same IDs.
/// Defaults (Business Applications): claim <c>C-1</c>, partner <c>4412345</c> (Location, enrolled in both solution
/// areas) submitting as IncentivesAdmin, tenant <c>11111111-1111-4111-8111-111111111111</c> with domain
/// <c>contoso.onmicrosoft.com</c> and workloads Teams and Exchange, subscription
/// <c>aaaaaaaa-0000-4000-8000-000000000001</c> (Dynamics 365 Sales, Dynamics, Volume Licensing, Active), activity
/// PreSales, products [Dynamics 365 Sales] (resolved by name), submitted on 2020-10-01, proof of execution acknowledged
/// on 2020-09-15 that describes the partner's service and names the claimed products. In Microsoft 365 the claim is
/// for the Teams workload with activity Usage.
/// </remarks>
public sealed class CporScenario
{
    /// <summary>The default claim ID: <c>C-1</c>.</summary>
    public const string DefaultClaimId = "C-1";

    /// <summary>The default Dynamics product, the subscription's and the claim's: <c>Dynamics 365 Sales</c>.</summary>
    public const string DefaultProduct = "Dynamics 365 Sales";

    /// <summary>The default Microsoft 365 workload claimed in <see cref="SolutionArea.Microsoft365"/>: <c>Teams</c>.</summary>
    public const string DefaultWorkload = "Teams";

    /// <summary>The default customer domain: <c>contoso.onmicrosoft.com</c>.</summary>
    public const string DefaultDomain = "contoso.onmicrosoft.com";

    /// <summary>The default submission date, 2020-10-01 (the evaluation date unless the rule set sets one).</summary>
    public static readonly DateOnly DefaultSubmittedOn = new(2020, 10, 1);

    /// <summary>The default date the customer acknowledged the proof of execution: 2020-09-15.</summary>
    public static readonly DateOnly DefaultPoeAcknowledgedOn = new(2020, 9, 15);

    /// <summary>The default incumbent's proof-of-execution date: 2019-11-01.</summary>
    public static readonly DateOnly DefaultIncumbentPoeAcknowledgedOn = new(2019, 11, 1);

    /// <summary>The default customer tenant: <c>11111111-1111-4111-8111-111111111111</c>.</summary>
    public static readonly TenantId DefaultTenantId = TenantId.Parse("11111111-1111-4111-8111-111111111111");

    /// <summary>The default subscription: <c>aaaaaaaa-0000-4000-8000-000000000001</c>.</summary>
    public static readonly SubscriptionId DefaultSubscriptionId = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000001");

    /// <summary>The default claiming partner: <c>4412345</c>.</summary>
    public static readonly PartnerId DefaultPartnerId = PartnerId.Parse("4412345");

    /// <summary>The default incumbent partner: <c>5512345</c>.</summary>
    public static readonly PartnerId DefaultRivalId = PartnerId.Parse("5512345");

    private static readonly string[] CompetitorPartners = ["6612345", "7712345", "8812345", "9912345", "3312345"];

    private readonly SolutionArea _area;
    private readonly CustomerTenant _tenant;
    private readonly Subscription _subscription;
    private readonly Partner _partner;
    private readonly UnvalidatedClaim _claim;
    private readonly IncumbentSpec? _incumbent;
    private readonly IReadOnlyList<Competitor> _competitors;
    private readonly IReadOnlyList<object> _extraFacts;

    private CporScenario(
        SolutionArea area,
        CustomerTenant tenant,
        Subscription subscription,
        Partner partner,
        UnvalidatedClaim claim,
        IncumbentSpec? incumbent,
        IReadOnlyList<Competitor> competitors,
        IReadOnlyList<object> extraFacts)
    {
        _area = area;
        _tenant = tenant;
        _subscription = subscription;
        _partner = partner;
        _claim = claim;
        _incumbent = incumbent;
        _competitors = competitors;
        _extraFacts = extraFacts;
    }

    /// <summary>The solution area of the claim.</summary>
    public SolutionArea SolutionArea => _area;

    /// <summary>The claim under test, as its raw (unvalidated) form; <see cref="Decide"/> validates it.</summary>
    public UnvalidatedClaim Claim => _claim;

    /// <summary>The ID of the claim under test (<see cref="DefaultClaimId"/> unless changed).</summary>
    public string ClaimId => _claim.ClaimId ?? string.Empty;

    /// <summary>The competing claims, in the order added.</summary>
    public IReadOnlyList<UnvalidatedClaim> CompetingClaims => [.. _competitors.Select(c => c.Build(_claim))];

    /// <summary>The customer tenant fact.</summary>
    public CustomerTenant Tenant => _tenant;

    /// <summary>The subscription fact.</summary>
    public Subscription Subscription => _subscription;

    /// <summary>The claiming partner fact.</summary>
    public Partner Partner => _partner;

    /// <summary>The incumbent association on the claim's <see cref="Key"/> (as it is now), or <see langword="null"/> (the default).</summary>
    public Association? Incumbent => _incumbent?.On(Key, _area);

    /// <summary>
    /// The key the claim's first line is for: the scenario's subscription in its tenant (Business Applications), or the
    /// claim's first product as a workload of the tenant (Microsoft 365). The incumbent of <see cref="WithIncumbent"/>
    /// holds it, whatever is changed after.
    /// </summary>
    public AssociationKey Key => _area.ClaimsPerSubscription
        ? AssociationKey.ForSubscription(_tenant.Id, _subscription.Id)
        : AssociationKey.ForWorkload(_tenant.Id, _claim.Products is [{ } first, ..] && first.Trim().Length > 0 ? first : DefaultWorkload);

    /// <summary>The facts the claims are decided against: the tenant, subscription, partners, incumbent and extra facts.</summary>
    public FactSnapshot Facts
    {
        get
        {
            var partners = new List<Partner> { _partner };
            partners.AddRange(_extraFacts.OfType<Partner>());
            foreach (var competitor in _competitors)
            {
                if (!partners.Any(p => p.Id == competitor.PartnerId))
                {
                    partners.Add(new Partner(competitor.PartnerId, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]));
                }
            }

            return FactSnapshot.Create(
                [_tenant, .. _extraFacts.OfType<CustomerTenant>()],
                [_subscription, .. _extraFacts.OfType<Subscription>()],
                partners,
                [.. (Incumbent is { } incumbent ? new[] { incumbent } : []), .. _extraFacts.OfType<Association>()]);
        }
    }

    /// <summary>A scenario whose claim the catalogue decides Eligible, with the defaults listed on <see cref="CporScenario"/>.</summary>
    /// <param name="solutionArea">The claim's solution area; defaults to <see cref="SolutionArea.BusinessApplications"/>.</param>
    /// <returns>The scenario.</returns>
    public static CporScenario Create(SolutionArea? solutionArea = null)
    {
        var area = solutionArea ?? SolutionArea.BusinessApplications;
        var tenant = new CustomerTenant(DefaultTenantId, [CustomerDomain.Parse(DefaultDomain)], ["Teams", "Exchange"]);
        var subscription = new Subscription(DefaultSubscriptionId, DefaultTenantId, DefaultProduct, isDynamics: true, PurchaseChannel.VolumeLicensing, SubscriptionState.Active);
        var partner = new Partner(DefaultPartnerId, PartnerAccount.Location, [SolutionArea.BusinessApplications, SolutionArea.Microsoft365]);
        var products = area.ClaimsPerSubscription ? DefaultProduct : DefaultWorkload;
        var claim = new UnvalidatedClaim
        {
            ClaimId = DefaultClaimId,
            PartnerId = DefaultPartnerId.ToString(),
            SubmittedBy = PartnerRole.IncentivesAdmin.Name,
            TenantId = DefaultTenantId.ToString(),
            CustomerDomain = DefaultDomain,
            SolutionArea = area.Name,
            Activity = area.ClaimsPerSubscription ? Activity.PreSales.Name : Activity.Usage.Name,
            Products = [products],
            SubmittedOn = Iso(DefaultSubmittedOn),
            ProofOfExecution = new UnvalidatedProofOfExecution
            {
                CustomerAcknowledgedOn = Iso(DefaultPoeAcknowledgedOn),
                DescribesPartnerService = true,
                Products = [products],
            },
        };

        return new CporScenario(area, tenant, subscription, partner, claim, null, [], []);
    }

    /// <summary>
    /// The scenario with its claim changed, for example <c>.WithClaim(c =&gt; c with { SubmittedBy = "Other" })</c>. The
    /// proof of execution is part of the claim and keeps naming the default products unless changed too
    /// (<see cref="WithProofOfExecution"/>).
    /// </summary>
    /// <param name="change">Returns the changed claim from the current one.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>, or returns <see langword="null"/>.</exception>
    public CporScenario WithClaim(Func<UnvalidatedClaim, UnvalidatedClaim> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        var claim = change(_claim) ?? throw new ArgumentNullException(nameof(change), "The change returned no claim.");
        return Copy(claim: claim);
    }

    /// <summary>The scenario with the claim's proof of execution changed (the default one is passed in).</summary>
    /// <param name="change">Returns the changed proof of execution, or <see langword="null"/> for a claim without one.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="change"/> is <see langword="null"/>.</exception>
    public CporScenario WithProofOfExecution(Func<UnvalidatedProofOfExecution, UnvalidatedProofOfExecution?> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        return WithClaim(c => c with { ProofOfExecution = change(c.ProofOfExecution ?? new UnvalidatedProofOfExecution()) });
    }

    /// <summary>
    /// The scenario with the subscription changed; each argument left <see langword="null"/> keeps its default. The
    /// claim does not follow: change its products or subscription ID with <see cref="WithClaim"/>.
    /// </summary>
    /// <param name="id">The subscription ID; defaults to <see cref="DefaultSubscriptionId"/>.</param>
    /// <param name="product">The product; defaults to <see cref="DefaultProduct"/>.</param>
    /// <param name="isDynamics">Whether it is a Dynamics subscription; defaults to <see langword="true"/>.</param>
    /// <param name="channel">The purchase channel; defaults to <see cref="PurchaseChannel.VolumeLicensing"/>.</param>
    /// <param name="state">The state; defaults to <see cref="SubscriptionState.Active"/>.</param>
    /// <param name="tenantId">The tenant it belongs to; defaults to the scenario's tenant.</param>
    /// <returns>A new scenario.</returns>
    public CporScenario WithSubscription(
        SubscriptionId? id = null,
        string? product = null,
        bool? isDynamics = null,
        PurchaseChannel? channel = null,
        SubscriptionState? state = null,
        TenantId? tenantId = null)
    {
        var s = _subscription;
        var subscription = new Subscription(id ?? s.Id, tenantId ?? s.TenantId, product ?? s.Product, isDynamics ?? s.IsDynamics, channel ?? s.Channel, state ?? s.State);
        return Copy(subscription: subscription);
    }

    /// <summary>The scenario with the customer tenant changed; each argument left <see langword="null"/> keeps its default.</summary>
    /// <param name="domains">The tenant's domains; defaults to [<see cref="DefaultDomain"/>].</param>
    /// <param name="workloads">The tenant's Microsoft 365 workloads; defaults to [Teams, Exchange].</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="FormatException">A domain is not a valid customer domain.</exception>
    public CporScenario WithTenant(IEnumerable<string>? domains = null, IEnumerable<string>? workloads = null)
    {
        var tenant = new CustomerTenant(
            _tenant.Id,
            domains is null ? _tenant.Domains : [.. domains.Select(CustomerDomain.Parse)],
            workloads ?? _tenant.Workloads);
        return Copy(tenant: tenant);
    }

    /// <summary>The scenario with the claiming partner's fact changed; each argument left <see langword="null"/> keeps its default.</summary>
    /// <param name="account">The account kind; defaults to <see cref="PartnerAccount.Location"/>.</param>
    /// <param name="enrolledIn">The solution areas it is enrolled in; defaults to both.</param>
    /// <returns>A new scenario.</returns>
    public CporScenario WithPartner(PartnerAccount? account = null, IEnumerable<SolutionArea>? enrolledIn = null)
    {
        var partner = new Partner(_partner.Id, account ?? _partner.Account, enrolledIn ?? _partner.EnrolledIn);
        return Copy(partner: partner);
    }

    /// <summary>The scenario with an approved association on the claim's <see cref="Key"/> held by another (or the same) partner.</summary>
    /// <param name="partnerId">The incumbent partner; defaults to <see cref="DefaultRivalId"/>.</param>
    /// <param name="poeAcknowledgedOn">The incumbent's proof-of-execution date; defaults to <see cref="DefaultIncumbentPoeAcknowledgedOn"/>.</param>
    /// <param name="approvedOn">The approval date; defaults to ten days after <paramref name="poeAcknowledgedOn"/>.</param>
    /// <returns>A new scenario.</returns>
    public CporScenario WithIncumbent(PartnerId? partnerId = null, DateOnly? poeAcknowledgedOn = null, DateOnly? approvedOn = null)
    {
        var poe = poeAcknowledgedOn ?? DefaultIncumbentPoeAcknowledgedOn;
        return Copy(incumbent: new IncumbentSpec(partnerId ?? DefaultRivalId, poe, approvedOn ?? poe.AddDays(10)));
    }

    /// <summary>
    /// The scenario with one more claim on the same key by another partner: a copy of the claim under test (as it is when
    /// decided) with its own ID and partner. The partner is added to the facts as an enrolled location partner unless a
    /// partner fact with its ID is there. With equal proof-of-execution dates the contest ends in manual review.
    /// </summary>
    /// <param name="claimId">The competing claim's ID; defaults to <c>C-2</c>, <c>C-3</c>, … in the order added.</param>
    /// <param name="partnerId">Its partner; defaults to 6612345, 7712345, 8812345, 9912345, 3312345 in the order added (none is the default incumbent).</param>
    /// <param name="poeAcknowledgedOn">Its proof-of-execution date; defaults to the claim under test's.</param>
    /// <param name="change">Any further change to the competing claim; applied last.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="InvalidOperationException">A sixth competing claim is added without <paramref name="partnerId"/>.</exception>
    public CporScenario WithCompetingClaim(
        string? claimId = null,
        PartnerId? partnerId = null,
        DateOnly? poeAcknowledgedOn = null,
        Func<UnvalidatedClaim, UnvalidatedClaim>? change = null)
    {
        var n = _competitors.Count;
        if (partnerId is null && n >= CompetitorPartners.Length)
        {
            throw new InvalidOperationException($"Give the partnerId of competing claim {n + 1}: defaults exist for {CompetitorPartners.Length} competing claims.");
        }

        var competitor = new Competitor(
            claimId ?? $"C-{n + 2}", partnerId ?? PartnerId.Parse(CompetitorPartners[n]), poeAcknowledgedOn, change);
        return Copy(competitors: [.. _competitors, competitor]);
    }

    /// <summary>The scenario with one more customer tenant fact (the scenario's own tenant stays).</summary>
    /// <param name="tenant">The tenant.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="tenant"/> is <see langword="null"/>.</exception>
    public CporScenario WithFact(CustomerTenant tenant) => WithExtra(tenant, nameof(tenant));

    /// <summary>The scenario with one more subscription fact (the scenario's own subscription stays).</summary>
    /// <param name="subscription">The subscription.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="subscription"/> is <see langword="null"/>.</exception>
    public CporScenario WithFact(Subscription subscription) => WithExtra(subscription, nameof(subscription));

    /// <summary>The scenario with one more partner fact (the claiming partner stays).</summary>
    /// <param name="partner">The partner.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="partner"/> is <see langword="null"/>.</exception>
    public CporScenario WithFact(Partner partner) => WithExtra(partner, nameof(partner));

    /// <summary>The scenario with one more approved association (besides any <see cref="WithIncumbent"/>).</summary>
    /// <param name="association">The association.</param>
    /// <returns>A new scenario.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="association"/> is <see langword="null"/>.</exception>
    public CporScenario WithFact(Association association) => WithExtra(association, nameof(association));

    /// <summary>Decides the claim under test and the competing claims (in that order) against <see cref="Facts"/>.</summary>
    /// <param name="ruleSet">The rule set; defaults to <see cref="CporRuleSet.Default"/>.</param>
    /// <param name="options">How to run; defaults to <see cref="EvaluationOptions.Default"/> (explanations on, which the rule assertions read).</param>
    /// <returns>The batch result: one decision per claim, in input order, and the arbitrations.</returns>
    public BatchResult Decide(CporRuleSet? ruleSet = null, EvaluationOptions? options = null)
        => (ruleSet ?? CporRuleSet.Default).EvaluateBatch([Domain.Claim.FromUnvalidated(_claim), .. CompetingClaims.Select(Domain.Claim.FromUnvalidated)], Facts, options);

    /// <summary>Decides like <see cref="Decide"/> and returns the decision on the claim under test.</summary>
    /// <param name="ruleSet">The rule set; defaults to <see cref="CporRuleSet.Default"/>.</param>
    /// <param name="options">How to run; defaults to <see cref="EvaluationOptions.Default"/> (explanations on).</param>
    /// <returns>The claim under test's decision (with its arbitrations).</returns>
    public ClaimDecision DecideClaim(CporRuleSet? ruleSet = null, EvaluationOptions? options = null) => Decide(ruleSet, options).Decisions[0];

    /// <inheritdoc />
    public override string ToString()
        => $"scenario {ClaimId} ({_area.Name}, partner {_claim.PartnerId}, tenant {_tenant.Id}"
            + (_incumbent is null ? string.Empty : $", incumbent {_incumbent.PartnerId}")
            + (_competitors.Count == 0 ? string.Empty : $", {_competitors.Count} competing claim(s)") + ")";

    private static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>This scenario with the given parts replaced (an argument left <see langword="null"/> keeps the part).</summary>
    private CporScenario Copy(
        CustomerTenant? tenant = null,
        Subscription? subscription = null,
        Partner? partner = null,
        UnvalidatedClaim? claim = null,
        IncumbentSpec? incumbent = null,
        IReadOnlyList<Competitor>? competitors = null,
        IReadOnlyList<object>? extraFacts = null)
        => new(
            _area,
            tenant ?? _tenant,
            subscription ?? _subscription,
            partner ?? _partner,
            claim ?? _claim,
            incumbent ?? _incumbent,
            competitors ?? _competitors,
            extraFacts ?? _extraFacts);

    private CporScenario WithExtra(object fact, string name)
    {
        ArgumentNullException.ThrowIfNull(fact, name);
        return Copy(extraFacts: [.. _extraFacts, fact]);
    }

    private sealed record Competitor(string ClaimId, PartnerId PartnerId, DateOnly? PoeAcknowledgedOn, Func<UnvalidatedClaim, UnvalidatedClaim>? Change)
    {
        public UnvalidatedClaim Build(UnvalidatedClaim of)
        {
            var claim = of with { ClaimId = ClaimId, PartnerId = PartnerId.ToString() };
            if (PoeAcknowledgedOn is { } poe && claim.ProofOfExecution is { } proof)
            {
                claim = claim with { ProofOfExecution = proof with { CustomerAcknowledgedOn = Iso(poe) } };
            }

            return Change is null ? claim : Change(claim);
        }
    }

    private sealed record IncumbentSpec(PartnerId PartnerId, DateOnly PoeAcknowledgedOn, DateOnly ApprovedOn)
    {
        public Association On(AssociationKey key, SolutionArea area)
            => new(PartnerId, key.TenantId, area, key.SubscriptionId, key.Workload, Activity.Usage, ApprovedOn, PoeAcknowledgedOn);
    }
}
