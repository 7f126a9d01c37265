using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>
/// The listing order inside a tie (<see cref="ArbitrationResult.Ranking"/>): by claim ID, claimants before the incumbent,
/// then by partner ID, then by line; never the input order and never the partner before the claim.
/// </summary>
public sealed class ArbiterListingTests
{
    private static readonly RankingPolicy PoeOnly = RankingPolicy.Create(RankingRules.PoeRecency);

    [Fact]
    public void Rank_TiedClaimantsWhosePartnerOrderDiffersFromClaimOrder_ListedByClaimId()
    {
        var contest = Rank(RankingPolicy.Default, null, Candidate("C-2", Partner, "2020-09-10"), Candidate("C-1", Rival, "2020-09-10"));

        Assert.Equal([("C-1", 1, null), ("C-2", 1, null)], contest.Entries());
    }

    [Fact]
    public void Rank_IncumbentWithLowerPartnerIdTiedWithClaimant_ClaimantListedFirst()
    {
        var contest = Rank(PoeOnly, Incumbent(Partner, "2020-09-15"), Candidate("C-1", Rival, "2020-09-15"));

        Assert.Equal([("C-1", 1, null), ($"incumbent {Partner}", 1, null)], contest.Entries());
    }

    // Four or more contenders: the sort then also compares the incumbent as the first of a pair.
    [Fact]
    public void Rank_IncumbentWithLowestPartnerIdTiedWithThreeClaimants_ListedLast()
    {
        var contest = Rank(
            PoeOnly,
            Incumbent(Partner, "2020-09-15"),
            Candidate("C-1", Rival, "2020-09-15"),
            Candidate("C-2", Third, "2020-09-15"),
            Candidate("C-3", NotEnrolled, "2020-09-15"));

        Assert.Equal(["C-1", "C-2", "C-3", $"incumbent {Partner}"], contest.Ranking.Select(r => Who(r.Contender)));
    }

    [Fact]
    public void Rank_TwoLinesOfOneClaimTied_ListedByLine()
    {
        var claim = Claim(Claimant("C-1", Partner, "2020-09-10") with { Products = [SalesProduct, ServiceProduct] });
        var first = Contender.ForClaim(claim.Lines[0], SalesKey);
        var second = Contender.ForClaim(claim.Lines[1], SalesKey);

        var contest = Rank(PoeOnly, null, second, first);

        Assert.Equal([0, 1], contest.Ranking.Select(r => r.Contender.Line!.Index));
    }
}
