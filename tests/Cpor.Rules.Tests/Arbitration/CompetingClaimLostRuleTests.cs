using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
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
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-01")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-01"))]));

        var finding = Assert.Single(result.Decision("C-1").Findings);
        Assert.Equal($"ranked 2 of 2; first: incumbent {Rival} (PoE 2020-09-01)", finding.Detail);
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

        var decision = result.Decision("C-3");
        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(FindingCode.CompetingClaimLost, finding.Code);
        Assert.Equal($"ranked 3 of 3; first: claim C-1 by {Scenario.Partner} (PoE 2020-09-05), claim C-2 by {Rival} (PoE 2020-09-05)", finding.Detail);
    }

    [Fact]
    public void Lost_WinnerAndBeatenIncumbent_GetNoFinding()
    {
        var result = DecideBatch([Claimant("C-1", Scenario.Partner, "2020-09-10")], Facts(associations: [Holds(Rival, Sales, Day("2020-09-01"))]));

        Assert.Empty(result.Decision("C-1").Findings);
        Assert.Single(result.Arbitrations);
    }

    [Fact]
    public void Lost_LosingLineWithAdvisory_RejectedAndKeepsTheAdvisory()
    {
        var result = DecideBatch([Claimant("C-1", NotEnrolled, "2020-09-01"), Claimant("C-2", Rival, "2020-09-02")]);

        Assert.Equal(OutcomeKind.Rejected, result.Decision("C-1").Kind);
        Assert.Equal(["PartnerNotEnrolled", "CompetingClaimLost"], result.Decision("C-1").Codes());
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
}
