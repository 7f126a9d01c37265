using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

/// <summary>CPOR-025: every claimant below first place loses, with a Blocking finding on its line.</summary>
public sealed class CompetingClaimLostRuleTests
{
    [Fact]
    public void Lost_ClaimantBelowWinner_BlockingFindingOnItsLineNamingRankAndWinner()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02")]);

        var line = Assert.Single(result.Decision("C-1").Lines);
        var finding = Assert.Single(line.Findings);
        Assert.Equal(FindingCode.CompetingClaimLost, finding.Code);
        Assert.Equal("CPOR-025", finding.RuleId);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Same(line.Line, finding.Line);
        Assert.Equal($"ranked 2 of 2; first: claim C-2 by {Rival} (PoE 2020-09-02)", finding.Detail);
    }

    [Fact]
    public void Lost_ClaimantBelowIncumbent_FindingNamesTheIncumbent()
    {
        CporScenario.Create().WithIncumbent(Rival, Day("2020-09-15")).DecideClaim()
            .ShouldHaveFindings(FindingCode.CompetingClaimLost).ShouldHaveFinding(FindingCode.CompetingClaimLost, detail: $"ranked 2 of 2; first: incumbent {Rival} (PoE 2020-09-15)");
    }

    [Fact]
    public void Lost_TieBelowFirstPlace_EveryTiedClaimantLosesWithSharedRank()
    {
        var result = DecideBatch(
        [
            Claimant("C-1", Scenario.Partner, "2020-09-01"),
            Claimant("C-2", Rival, "2020-09-01"),
            Claimant("C-3", Third, "2020-09-05"),
        ]);

        Assert.Equal(ArbitrationVerdict.Decided, Assert.Single(result.Arbitrations).Verdict);
        Assert.Equal(OutcomeKind.Eligible, result.Decision("C-3").Kind);
        foreach (var id in new[] { "C-1", "C-2" })
        {
            var finding = Assert.Single(result.Decision(id).Findings);
            Assert.Equal(FindingCode.CompetingClaimLost, finding.Code);
            Assert.StartsWith("ranked 2 of 3;", finding.Detail, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Lost_BelowATieForFirstPlace_LosesRatherThanGoingToReview()
    {
        var result = DecideBatch(
        [
            Claimant("C-1", Scenario.Partner, "2020-09-05"),
            Claimant("C-2", Rival, "2020-09-05"),
            Claimant("C-3", Third, "2020-09-01"),
        ]);

        result.ShouldRank("C-3", 3).DecisionOf("C-3").ShouldBe(OutcomeKind.Rejected).ShouldHaveFindings(FindingCode.CompetingClaimLost).ShouldHaveFinding(
            FindingCode.CompetingClaimLost, detail: $"ranked 3 of 3; first: claim C-1 by {Scenario.Partner} (PoE 2020-09-05), claim C-2 by {Rival} (PoE 2020-09-05)");
    }

    [Fact]
    public void Lost_WinnerAndBeatenIncumbent_GetNoFinding()
    {
        CporScenario.Create().WithIncumbent(Rival, Day("2020-09-01")).Decide().ShouldRank("C-1", 1).ShouldRankIncumbent(2).DecisionOf("C-1").ShouldHaveFindings();
    }

    [Fact]
    public void Lost_LosingLineWithAdvisory_RejectedAndKeepsTheAdvisory()
    {
        var result = DecideBatch([Claimant("C-1", NotEnrolled, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02")]);

        result.Decision("C-1").ShouldBe(OutcomeKind.Rejected).ShouldHaveFindings(FindingCode.PartnerNotEnrolled, FindingCode.CompetingClaimLost);
    }

    [Fact]
    public void Lost_ManyTiedWinners_DetailNamesThreeAndCountsTheRest()
    {
        // Issue 13 item 4: the message of every losing line once listed every tied winner (quadratic output).
        var partners = Enumerable.Range(0, 50).Select(i => PartnerId.Parse($"70{i:00000}")).ToArray();
        var facts = Facts(partners: [.. DefaultPartners, .. partners.Select(p => new Partner(p, PartnerAccount.Location, [SolutionArea.BusinessApplications]))]);
        var winners = partners.Select((p, i) => Claimant($"W-{i:00}", p, "2020-09-30"));

        var result = DecideBatch([.. winners, Claimant("L-1", Scenario.Partner, "2020-09-01")], facts);

        var detail = Assert.Single(result.Decision("L-1").Findings).Detail!;
        Assert.Equal(
            $"ranked 51 of 51; first: claim W-00 by {partners[0]} (PoE 2020-09-30), claim W-01 by {partners[1]} (PoE 2020-09-30), claim W-02 by {partners[2]} (PoE 2020-09-30) and 47 others",
            detail);
    }

    [Fact]
    public void Lost_LongClaimIdOfTheWinner_EchoedCutAt64()
    {
        var longId = new string('x', ClaimId.MaxLength);

        var result = DecideBatch([Claimant(longId, Rival, "2020-09-30"), Claimant("L-1", Scenario.Partner, "2020-09-01")]);

        var detail = Assert.Single(result.Decision("L-1").Findings).Detail!;
        Assert.Contains($"claim {new string('x', 64)}… by {Rival}", detail, StringComparison.Ordinal);
        Assert.True(detail.Length < 200, detail);
    }

    [Fact]
    public void Lost_ExactlyThreeTiedWinners_DetailNamesAllThreeWithoutCount()
    {
        var result = DecideBatch(
        [
            Claimant("W-1", Rival, "2020-09-30"),
            Claimant("W-2", Third, "2020-09-30"),
            Claimant("W-3", NotEnrolled, "2020-09-30"),
            Claimant("L-1", Scenario.Partner, "2020-09-01"),
        ]);

        Assert.Equal(
            $"ranked 4 of 4; first: claim W-1 by {Rival} (PoE 2020-09-30), claim W-2 by {Third} (PoE 2020-09-30), claim W-3 by {NotEnrolled} (PoE 2020-09-30)",
            result.Decision("L-1").Single(FindingCode.CompetingClaimLost).Detail);
    }

    [Fact]
    public void Lost_EveryContenderTiedForFirst_RuleDoesNotFire()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-10"), Claimant("C-2", Rival, "2020-09-10")]);

        Assert.All(result.Decisions, d => Assert.DoesNotContain(d.Explanation, f => f.RuleId == "CPOR-025"));
        Assert.All(result.Decisions, d => Assert.Contains(d.Explanation, f => f.RuleId == "CPOR-026"));
    }
}
