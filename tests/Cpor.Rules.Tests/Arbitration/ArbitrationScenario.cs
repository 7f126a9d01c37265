using System.Globalization;
using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// Builders for arbitration tests on top of <see cref="Scenario"/>: claims that differ only in partner and PoE date,
/// contenders made straight from claims (for the arbiter without the engine), and the contest on a key.
/// </summary>
internal static class ArbitrationScenario
{
    public static AssociationKey SalesKey => AssociationKey.ForSubscription(Tenant, Sales);

    public static AssociationKey TeamsKey => AssociationKey.ForWorkload(Tenant, "Teams");

    public static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    /// <summary>An eligible Business Applications claim on the Sales subscription by <paramref name="partner"/>, PoE acknowledged on <paramref name="poe"/>.</summary>
    public static UnvalidatedClaim Claimant(string id, PartnerId partner, string poe)
        => (Raw(id) with { PartnerId = partner.ToString() }).WithPoe(p => p with { CustomerAcknowledgedOn = poe });

    /// <summary>An eligible Microsoft 365 claim on the Teams workload by <paramref name="partner"/>, PoE acknowledged on <paramref name="poe"/>.</summary>
    public static UnvalidatedClaim ClaimantM365(string id, PartnerId partner, string poe)
        => (RawM365(id) with { PartnerId = partner.ToString() }).WithPoe(p => p with { CustomerAcknowledgedOn = poe });

    /// <summary>A contender for the Sales key made directly from a claim, without the engine.</summary>
    public static Contender Candidate(string id, PartnerId partner, string poe, IReadOnlyList<string>? poeProducts = null)
    {
        var raw = Claimant(id, partner, poe);
        if (poeProducts is not null)
        {
            raw = raw.WithPoe(p => p with { Products = poeProducts });
        }

        return Contender.ForClaim(Claim(raw).Lines[0], SalesKey);
    }

    /// <summary>The incumbent on the Sales key.</summary>
    public static Contender Incumbent(PartnerId partner, string poe)
        => Contender.ForIncumbent(Holds(partner, Sales, Day(poe)));

    /// <summary>Ranks claimants (and the incumbent, if any) on the Sales key.</summary>
    public static ArbitrationResult Rank(RankingPolicy policy, Contender? incumbent, params Contender[] claimants)
        => Arbiter.Rank(SalesKey, claimants, incumbent, policy);

    /// <summary>The ranking as readable entries: claim ID (or <c>incumbent</c>), rank and the rule that separated it from the next.</summary>
    public static IReadOnlyList<(string Who, int Rank, string? SeparatedBy)> Entries(this ArbitrationResult contest)
        => [.. contest.Ranking.Select(r => (Who(r.Contender), r.Rank, r.SeparatedBy))];

    public static string Who(Contender contender)
        => contender.IsIncumbent ? $"incumbent {contender.PartnerId}" : contender.ClaimId!.Value.Value;

    public static ClaimDecision Decision(this BatchResult result, string claimId)
        => result.Decisions.Single(d => d.ClaimId?.Value == claimId);

    public static ArbitrationResult ContestOn(this BatchResult result, AssociationKey key)
        => result.Arbitrations.Single(a => a.Key == key);

    public static CporRuleSet RuleSetWith(RankingPolicy policy) => CporRuleSet.Create(new CporOptions { Ranking = policy });
}
