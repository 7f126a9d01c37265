using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;

namespace Cpor.Rules.Benchmarks.Baseline;

/// <summary>
/// The catalogue <c>cpor-2020.09</c> written by hand with dictionaries and loops, no engine: the same semantics as
/// <see cref="CporRuleSet"/> (the differential test holds them to it), as fast as plain C# goes. It is the benchmarks'
/// baseline: the engine's cost is judged as a ratio to it.
/// </summary>
public sealed class HandWrittenEligibility
{
    private const int Blocking = 3;
    private const int ActionRequired = 2;

    private readonly Dictionary<TenantId, CustomerTenant> _tenants = [];
    private readonly Dictionary<SubscriptionId, Subscription> _subscriptions = [];
    private readonly Dictionary<(TenantId, string), (Subscription First, int Count)> _byProduct = new(new TenantProductComparer());
    private readonly Dictionary<PartnerId, Partner> _partners = [];
    private readonly Dictionary<AssociationKey, Association> _incumbents = [];
    private readonly int _poeAgeLimitMonths;

    /// <summary>Indexes the facts once.</summary>
    public HandWrittenEligibility(FactSnapshot facts, int poeAgeLimitMonths = 12)
    {
        ArgumentNullException.ThrowIfNull(facts);
        _poeAgeLimitMonths = poeAgeLimitMonths;
        foreach (var tenant in facts.Tenants)
        {
            _tenants[tenant.Id] = tenant;
        }

        foreach (var subscription in facts.Subscriptions)
        {
            _subscriptions.TryAdd(subscription.Id, subscription);
            var key = (subscription.TenantId, subscription.Product);
            _byProduct[key] = _byProduct.TryGetValue(key, out var seen) ? (seen.First, seen.Count + 1) : (subscription, 1);
        }

        foreach (var partner in facts.Partners)
        {
            _partners[partner.Id] = partner;
        }

        // The incumbent of a key: latest approval, then latest PoE, then lowest partner ID.
        foreach (var association in facts.Associations)
        {
            if (!_incumbents.TryGetValue(association.Key, out var best) || Better(association, best))
            {
                _incumbents[association.Key] = association;
            }
        }
    }

    /// <summary>Decides a batch: one decision per claim, in input order.</summary>
    public BaselineDecision[] Evaluate(IReadOnlyList<Claim> claims)
    {
        var count = claims.Count;
        var claimCodes = new uint[count];
        var claimWorst = new int[count];
        var lineCodes = new uint[count][];
        var lineWorst = new int[count][];
        var keys = new AssociationKey?[count][];

        for (var c = 0; c < count; c++)
        {
            var claim = claims[c];
            var (codes, worst) = ClaimLevel(claim);
            claimCodes[c] = codes;
            claimWorst[c] = worst;
            var lines = claim.Lines;
            var ownCodes = new uint[lines.Count];
            var ownWorst = new int[lines.Count];
            var ownKeys = new AssociationKey?[lines.Count];
            for (var l = 0; l < lines.Count; l++)
            {
                (ownCodes[l], ownWorst[l], ownKeys[l]) = LineLevel(claim, lines[l]);
            }

            lineCodes[c] = ownCodes;
            lineWorst[c] = ownWorst;
            keys[c] = ownKeys;
        }

        Duplicates(claims, lineCodes, lineWorst, keys);
        var verdicts = Arbitrate(claims, claimWorst, lineWorst, keys);

        var decisions = new BaselineDecision[count];
        for (var c = 0; c < count; c++)
        {
            var lines = claims[c].Lines.Count;
            var outcomes = new OutcomeKind[lines];
            var all = claimCodes[c];
            for (var l = 0; l < lines; l++)
            {
                var verdict = verdicts.TryGetValue((c, l), out var v) ? v : 0;
                if (verdict == 1)
                {
                    lineCodes[c][l] |= 1u << 25;
                }
                else if (verdict == 2)
                {
                    lineCodes[c][l] |= 1u << 26;
                }

                all |= lineCodes[c][l];
                var worst = Math.Max(claimWorst[c], lineWorst[c][l]);
                outcomes[l] = worst == Blocking || verdict == 1 ? OutcomeKind.Rejected
                    : worst == ActionRequired ? OutcomeKind.ActionRequired
                    : verdict == 2 ? OutcomeKind.UnderReview
                    : OutcomeKind.Eligible;
            }

            decisions[c] = new BaselineDecision(ClaimOutcome(claimWorst[c], outcomes), all, outcomes, lineCodes[c]);
        }

        return decisions;
    }

    private (uint Codes, int Worst) ClaimLevel(Claim claim)
    {
        uint codes = 0;
        if (claim.DataErrors.Count > 0)
        {
            codes |= Bit(FindingCode.InvalidClaimData);
        }

        CustomerTenant? tenant = null;
        if (claim.TenantId is { } tenantId && !_tenants.TryGetValue(tenantId, out tenant))
        {
            codes |= Bit(FindingCode.TenantNotFound);
        }

        if (tenant is not null && claim.CustomerDomain is { } domain && !tenant.HasDomain(domain))
        {
            codes |= Bit(FindingCode.DomainTenantMismatch);
        }

        if (claim.SolutionArea is { } area && claim.Activity is { } activity && !area.Offers(activity))
        {
            codes |= Bit(FindingCode.ActivityNotApplicable);
        }

        if (claim.SubmittedBy is { MaySubmitClaims: false })
        {
            codes |= Bit(FindingCode.RoleNotAuthorized);
        }

        if (claim.PartnerId is { } partnerId)
        {
            if (!_partners.TryGetValue(partnerId, out var partner))
            {
                codes |= Bit(FindingCode.UnknownPartner);
            }
            else
            {
                if (!partner.Account.MayClaim)
                {
                    codes |= Bit(FindingCode.GlobalPartnerId);
                }

                if (claim.SolutionArea is { } enrolledArea && !partner.IsEnrolledIn(enrolledArea))
                {
                    codes |= Bit(FindingCode.PartnerNotEnrolled);
                }
            }
        }

        var poe = claim.ProofOfExecution;
        if (poe is null)
        {
            codes |= Bit(FindingCode.MissingAllPoe);
        }
        else
        {
            if (poe.CustomerAcknowledgedOn is { } acknowledged)
            {
                if (claim.SubmittedOn is { } submitted && (acknowledged > submitted || acknowledged < submitted.AddMonths(-_poeAgeLimitMonths)))
                {
                    codes |= Bit(FindingCode.MissingOrOldDates);
                }
            }
            else if (!claim.HasUnreadableAcknowledgmentDate)
            {
                codes |= Bit(FindingCode.MissingCustomerAcknowledgment) | Bit(FindingCode.MissingOrOldDates);
            }

            if (!poe.DescribesPartnerService && !claim.HasUnreadableServiceDescription)
            {
                codes |= Bit(FindingCode.MissingPartnerService);
            }
        }

        if (claim.Activity is { CanEarnIncentives: false })
        {
            codes |= Bit(FindingCode.AssociationOnly);
        }

        return (codes, Worst(codes));
    }

    private (uint Codes, int Worst, AssociationKey? Key) LineLevel(Claim claim, ClaimLine line)
    {
        uint codes = 0;
        AssociationKey? key = null;
        var area = claim.SolutionArea;
        if (area == SolutionArea.BusinessApplications && claim.MalformedSubscriptionId is not null)
        {
            codes |= Bit(FindingCode.NotASubscriptionId);
        }

        if (claim.ProofOfExecution is { } poe && !poe.Lists(line.Product))
        {
            codes |= Bit(FindingCode.MissingProducts);
        }

        if (claim.TenantId is { } tenantId && area is not null && _tenants.TryGetValue(tenantId, out var tenant))
        {
            if (area == SolutionArea.Microsoft365)
            {
                if (tenant.HasWorkload(line.Product))
                {
                    key = AssociationKey.ForWorkload(tenantId, line.Product);
                }
                else
                {
                    codes |= Bit(FindingCode.ProductNotInTenant);
                }
            }
            else if (claim.MalformedSubscriptionId is null)
            {
                var subscription = Resolve(claim, tenantId, line.Product, ref codes);
                if (subscription is not null)
                {
                    key = AssociationKey.ForSubscription(tenantId, subscription.Id);
                    codes |= SubscriptionCodes(subscription);
                }
            }
        }

        if (key is { } resolved && claim.PartnerId is { } partnerId && _incumbents.TryGetValue(resolved, out var incumbent) && incumbent.PartnerId == partnerId)
        {
            codes |= Bit(FindingCode.AlreadyClaimed);
        }

        return (codes, Worst(codes), key);
    }

    private Subscription? Resolve(Claim claim, TenantId tenantId, string product, ref uint codes)
    {
        if (claim.SubscriptionId is { } given)
        {
            if (!_subscriptions.TryGetValue(given, out var subscription) || subscription.TenantId != tenantId)
            {
                codes |= Bit(FindingCode.SubscriptionNotInTenant);
                return null;
            }

            if (Names.Same(subscription.Product, product))
            {
                return subscription;
            }
        }

        if (!_byProduct.TryGetValue((tenantId, product), out var match))
        {
            codes |= Bit(FindingCode.ProductNotInTenant);
            return null;
        }

        if (match.Count > 1)
        {
            codes |= Bit(FindingCode.SubscriptionIdRequired);
            return null;
        }

        return match.First;
    }

    private static uint SubscriptionCodes(Subscription subscription)
    {
        uint codes = 0;
        if (!subscription.IsDynamics)
        {
            codes |= Bit(FindingCode.SubscriptionNotDynamics);
        }

        if (!subscription.Channel.ClaimableForBusinessApplications)
        {
            codes |= Bit(FindingCode.SubscriptionIsCsp);
        }

        var state = subscription.State;
        if (state == SubscriptionState.Pending)
        {
            codes |= Bit(FindingCode.SubscriptionNotProvisioned);
        }
        else if (!state.IsClaimable)
        {
            codes |= Bit(FindingCode.SubscriptionNotActive);
        }
        else if (state == SubscriptionState.InGrace)
        {
            codes |= Bit(FindingCode.SubscriptionInGrace);
        }

        return codes;
    }

    /// <summary>The same partner on the same key twice: every line but the earliest (submission, claim ID, line) is a duplicate.</summary>
    private static void Duplicates(IReadOnlyList<Claim> claims, uint[][] lineCodes, int[][] lineWorst, AssociationKey?[][] keys)
    {
        var kept = new Dictionary<(PartnerId, AssociationKey), (int Claim, int Line)>();
        List<(int Claim, int Line)>? duplicates = null;
        for (var c = 0; c < claims.Count; c++)
        {
            if (claims[c].PartnerId is not { } partnerId)
            {
                continue;
            }

            for (var l = 0; l < keys[c].Length; l++)
            {
                if (keys[c][l] is not { } key)
                {
                    continue;
                }

                if (!kept.TryGetValue((partnerId, key), out var first))
                {
                    kept.Add((partnerId, key), (c, l));
                    continue;
                }

                duplicates ??= [];
                if (Earlier(claims[c], l, claims[first.Claim], first.Line))
                {
                    kept[(partnerId, key)] = (c, l);
                    duplicates.Add(first);
                }
                else
                {
                    duplicates.Add((c, l));
                }
            }
        }

        foreach (var (c, l) in duplicates ?? [])
        {
            lineCodes[c][l] |= Bit(FindingCode.DuplicateClaim);
            lineWorst[c][l] = Blocking;
        }
    }

    /// <summary>Ranks the eligible lines of each key with the incumbent: 1 = lost, 2 = tied for first.</summary>
    private Dictionary<(int Claim, int Line), int> Arbitrate(IReadOnlyList<Claim> claims, int[] claimWorst, int[][] lineWorst, AssociationKey?[][] keys)
    {
        var contests = new Dictionary<AssociationKey, List<(int Claim, int Line, DateOnly Poe)>>();
        for (var c = 0; c < claims.Count; c++)
        {
            var claim = claims[c];
            if (claimWorst[c] >= ActionRequired || claim.PartnerId is null || claim.ProofOfExecution?.CustomerAcknowledgedOn is not { } poe)
            {
                continue;
            }

            for (var l = 0; l < keys[c].Length; l++)
            {
                if (keys[c][l] is { } key && lineWorst[c][l] < ActionRequired)
                {
                    if (!contests.TryGetValue(key, out var list))
                    {
                        contests[key] = list = new List<(int, int, DateOnly)>(2);
                    }

                    list.Add((c, l, poe));
                }
            }
        }

        var verdicts = new Dictionary<(int, int), int>();
        foreach (var (key, claimants) in contests)
        {
            var hasIncumbent = _incumbents.TryGetValue(key, out var incumbent);
            if (claimants.Count + (hasIncumbent ? 1 : 0) < 2)
            {
                continue;
            }

            var best = DateOnly.MinValue;
            foreach (var claimant in claimants)
            {
                best = claimant.Poe > best ? claimant.Poe : best;
            }

            // PoE recency first; on equal dates the incumbent ranks higher.
            var incumbentLeads = hasIncumbent && incumbent!.PoeAcknowledgedOn >= best;
            var leaders = 0;
            foreach (var claimant in claimants)
            {
                leaders += !incumbentLeads && claimant.Poe == best ? 1 : 0;
            }

            foreach (var claimant in claimants)
            {
                if (incumbentLeads || claimant.Poe < best)
                {
                    verdicts[(claimant.Claim, claimant.Line)] = 1;
                }
                else if (leaders > 1)
                {
                    verdicts[(claimant.Claim, claimant.Line)] = 2;
                }
            }
        }

        return verdicts;
    }

    private static OutcomeKind ClaimOutcome(int claimWorst, OutcomeKind[] lines)
    {
        if (lines.Length == 0)
        {
            return claimWorst == Blocking ? OutcomeKind.Rejected : claimWorst == ActionRequired ? OutcomeKind.ActionRequired : OutcomeKind.Eligible;
        }

        bool allEligible = true, allRejected = true, anyAction = false, anyReview = false;
        foreach (var outcome in lines)
        {
            allEligible &= outcome == OutcomeKind.Eligible;
            allRejected &= outcome == OutcomeKind.Rejected;
            anyAction |= outcome == OutcomeKind.ActionRequired;
            anyReview |= outcome == OutcomeKind.UnderReview;
        }

        return allEligible ? OutcomeKind.Eligible
            : allRejected ? OutcomeKind.Rejected
            : anyAction ? OutcomeKind.ActionRequired
            : anyReview ? OutcomeKind.UnderReview
            : OutcomeKind.PartiallyEligible;
    }

    private static bool Earlier(Claim x, int xLine, Claim y, int yLine)
    {
        var bySubmission = CompareLast(x.SubmittedOn, y.SubmittedOn);
        if (bySubmission != 0)
        {
            return bySubmission < 0;
        }

        var byId = CompareLast(x.Id, y.Id);
        return byId != 0 ? byId < 0 : ReferenceEquals(x, y) && xLine < yLine;
    }

    private static int CompareLast<T>(T? x, T? y)
        where T : struct, IComparable<T>
        => x is { } a ? (y is { } b ? a.CompareTo(b) : -1) : (y is null ? 0 : 1);

    private static bool Better(Association candidate, Association best)
        => candidate.ApprovedOn != best.ApprovedOn ? candidate.ApprovedOn > best.ApprovedOn
            : candidate.PoeAcknowledgedOn != best.PoeAcknowledgedOn ? candidate.PoeAcknowledgedOn > best.PoeAcknowledgedOn
            : candidate.PartnerId < best.PartnerId;

    private static uint Bit(FindingCode code) => 1u << code.Value;

    private static int Worst(uint codes)
    {
        const uint blocking = 0x0001_FFFF;          // CPOR-000 .. CPOR-016
        const uint actionRequired = 0x003E_0000;    // CPOR-017 .. CPOR-021
        return (codes & blocking) != 0 ? Blocking : (codes & actionRequired) != 0 ? ActionRequired : 0;
    }

    private sealed class TenantProductComparer : IEqualityComparer<(TenantId Tenant, string Product)>
    {
        public bool Equals((TenantId Tenant, string Product) x, (TenantId Tenant, string Product) y)
            => x.Tenant == y.Tenant && Names.Same(x.Product, y.Product);

        public int GetHashCode((TenantId Tenant, string Product) obj)
            => HashCode.Combine(obj.Tenant, Names.Comparer.GetHashCode(obj.Product));
    }
}
