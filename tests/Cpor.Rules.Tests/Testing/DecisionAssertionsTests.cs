using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

/// <summary>Every assertion passes on a matching decision and fails with a message that describes the decision.</summary>
public sealed class DecisionAssertionsTests
{
    private const string SalesLine = "    Dynamics 365 Sales: {0} (tenant 11111111-1111-4111-8111-111111111111/subscription aaaaaaaa-0000-4000-8000-000000000001)";
    private const string SalesKey = "tenant 11111111-1111-4111-8111-111111111111/subscription aaaaaaaa-0000-4000-8000-000000000001";

    private static readonly ClaimDecision Eligible = CporScenario.Create().DecideClaim();

    /// <summary>Suspended subscription (blocking, on the line) and a partner not enrolled (advisory, claim-level).</summary>
    private static readonly ClaimDecision Rejected =
        CporScenario.Create().WithSubscription(state: SubscriptionState.Suspended).WithPartner(enrolledIn: []).DecideClaim();

    /// <summary>C-1 (PoE 2020-09-15) against the incumbent 5512345 (PoE 2019-11-01) and C-2 by 6612345 (PoE 2020-08-01).</summary>
    private static readonly BatchResult Contested =
        CporScenario.Create().WithIncumbent().WithCompetingClaim(poeAcknowledgedOn: new DateOnly(2020, 8, 1)).Decide();

    private static readonly string EligibleText = Lines(
        "Decision on claim C-1: Eligible",
        "  Findings: none",
        "  Lines:",
        string.Format(null, SalesLine, "Eligible"));

    private static readonly string RejectedText = Lines(
        "Decision on claim C-1: Rejected",
        "  Findings (2):",
        "    CPOR-022 PartnerNotEnrolled: BusinessApplications (Advisory)",
        "    CPOR-014 SubscriptionNotActive [Dynamics 365 Sales]: Suspended (Blocking)",
        "  Lines:",
        string.Format(null, SalesLine, "Rejected"));

    private static readonly string ContestText = Lines(
        $"Arbitration on {SalesKey}: Decided",
        "  1. claim C-1 by 4412345 (PoE 2020-09-15) (separated by PoeRecency)",
        "  2. claim C-2 by 6612345 (PoE 2020-08-01) (separated by PoeRecency)",
        "  3. incumbent 5512345 (PoE 2019-11-01)");

    [Fact]
    public void ShouldBe_SameOutcome_ReturnsTheDecision()
    {
        Assert.Same(Rejected, Rejected.ShouldBe(OutcomeKind.Rejected));
        Assert.Same(Rejected, Rejected.ShouldBe(OutcomeKind.Rejected, "dynamics 365 sales"));
    }

    [Fact]
    public void ShouldBe_OtherOutcome_MessageListsOutcomeFindingsAndLines()
    {
        var error = Assert.Throws<CporAssertionException>(() => Eligible.ShouldBe(OutcomeKind.Rejected));

        Assert.Equal(Lines("Expected claim C-1 to be Rejected, but it is Eligible.", EligibleText), error.Message);
    }

    [Fact]
    public void ShouldBe_OtherLineOutcome_MessageNamesTheLine()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldBe(OutcomeKind.Eligible, "Dynamics 365 Sales"));

        Assert.Equal(Lines("Expected the line Dynamics 365 Sales of claim C-1 to be Eligible, but it is Rejected.", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldBe_ProductNotClaimed_MessageListsTheClaimedProducts()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldBe(OutcomeKind.Eligible, "Teams"));

        Assert.Equal(Lines("Expected claim C-1 to have a line for Teams, but it claims [Dynamics 365 Sales].", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldBeOnEveryLine_AllLinesSo_Passes()
    {
        Rejected.ShouldBeOnEveryLine(OutcomeKind.Rejected);
    }

    [Fact]
    public void ShouldBeOnEveryLine_OtherLine_MessageNamesTheLine()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldBeOnEveryLine(OutcomeKind.ActionRequired));

        Assert.Equal(Lines("Expected every line of claim C-1 to be ActionRequired, but Dynamics 365 Sales is Rejected.", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldBeOnEveryLine_NoLines_MessageSaysSo()
    {
        var noLines = CporScenario.Create().WithClaim(c => c with { Products = [] }).DecideClaim();

        var error = Assert.Throws<CporAssertionException>(() => noLines.ShouldBeOnEveryLine(OutcomeKind.Rejected));

        Assert.StartsWith(
            Lines("Expected every line of claim C-1 to be Rejected, but it has no lines.", "Decision on claim C-1: Rejected", "  Findings (1):", "    CPOR-000 InvalidClaimData"),
            error.Message,
            StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveClaimFinding_ClaimLevel_Passes()
    {
        Rejected.ShouldHaveClaimFinding(FindingCode.PartnerNotEnrolled, "BusinessApplications");
    }

    [Fact]
    public void ShouldHaveClaimFinding_OnlyOnALine_MessageSaysClaimLevel()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldHaveClaimFinding(FindingCode.SubscriptionNotActive));

        Assert.Equal(Lines("Expected claim C-1 to have the claim-level finding SubscriptionNotActive, but it has none.", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldHaveFinding_Present_PassesWithAndWithoutProductAndDetail()
    {
        Rejected.ShouldHaveFinding(FindingCode.SubscriptionNotActive)
            .ShouldHaveFinding(FindingCode.SubscriptionNotActive, "DYNAMICS 365 SALES")
            .ShouldHaveFinding(FindingCode.SubscriptionNotActive, detail: "Suspended")
            .ShouldHaveFinding(FindingCode.PartnerNotEnrolled);
    }

    [Fact]
    public void ShouldHaveFinding_Absent_MessageListsEveryFindingWithItsRuleId()
    {
        var error = Assert.Throws<CporAssertionException>(() => Eligible.ShouldHaveFinding(FindingCode.SubscriptionNotActive));

        Assert.Equal(Lines("Expected claim C-1 to have finding SubscriptionNotActive, but it has none.", EligibleText), error.Message);
    }

    [Fact]
    public void ShouldHaveFinding_OnOtherProductOrDetail_MessageNamesProductAndDetail()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldHaveFinding(FindingCode.SubscriptionNotActive, "Teams", "Disabled"));

        Assert.Equal(Lines("Expected claim C-1 to have finding SubscriptionNotActive on Teams with detail \"Disabled\", but it has none.", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldHaveSingleFinding_One_ReturnsIt()
    {
        var finding = Rejected.ShouldHaveSingleFinding(FindingCode.SubscriptionNotActive);

        Assert.Equal("Suspended", finding.Detail);
    }

    [Fact]
    public void ShouldHaveSingleFinding_None_MessageSaysHowMany()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldHaveSingleFinding(FindingCode.AlreadyClaimed));

        Assert.Equal(Lines("Expected claim C-1 to have exactly one finding AlreadyClaimed, but it has 0.", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldHaveFindings_ExactlyInOrder_Passes()
    {
        Rejected.ShouldHaveFindings(FindingCode.PartnerNotEnrolled, FindingCode.SubscriptionNotActive);
        Eligible.ShouldHaveFindings();
    }

    [Fact]
    public void ShouldHaveFindings_Missing_MessageComparesTheLists()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldHaveFindings(FindingCode.SubscriptionNotActive));

        Assert.Equal(Lines("Expected claim C-1 to have the findings [SubscriptionNotActive], but it has [PartnerNotEnrolled, SubscriptionNotActive].", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldHaveFindings_NoneExpected_MessageSaysNoFindings()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldHaveFindings());

        Assert.Equal(Lines("Expected claim C-1 to have no findings, but it has [PartnerNotEnrolled, SubscriptionNotActive].", RejectedText), error.Message);
    }

    [Fact]
    public void ShouldNotHaveFinding_AbsentOrOnAnotherLine_Passes()
    {
        Eligible.ShouldNotHaveFinding(FindingCode.SubscriptionNotActive);
        Rejected.ShouldNotHaveFinding(FindingCode.SubscriptionNotActive, "Teams");
    }

    [Fact]
    public void ShouldNotHaveFinding_Present_MessageQuotesTheFinding()
    {
        var error = Assert.Throws<CporAssertionException>(() => Rejected.ShouldNotHaveFinding(FindingCode.SubscriptionNotActive));

        Assert.Equal(
            Lines("Expected claim C-1 not to have finding SubscriptionNotActive, but it has CPOR-014 SubscriptionNotActive [Dynamics 365 Sales]: Suspended.", RejectedText),
            error.Message);
    }

    [Fact]
    public void ShouldRank_DecisionBatchAndArbitration_PassOnTheRightRanks()
    {
        Contested.DecisionOf("C-1").ShouldRank("C-1", 1).ShouldRank("C-2", 2);
        Contested.ShouldRank("C-1", 1).ShouldRank("C-2", 2).ShouldRankIncumbent(3);
        Contested.Arbitrations[0].ShouldRank("C-2", 2);
    }

    [Fact]
    public void ShouldRank_OtherRankOnDecision_MessageShowsTheDecisionAndRanking()
    {
        var error = Assert.Throws<CporAssertionException>(() => Contested.DecisionOf("C-1").ShouldRank("C-1", 2));

        Assert.Equal(
            Lines("Expected claim C-1 to rank 2, but it ranks 1.", EligibleText, Lines(ContestText.Split(Environment.NewLine).Select(l => "  " + l).ToArray())),
            error.Message);
    }

    [Fact]
    public void ShouldRank_NoArbitration_MessageSaysSo()
    {
        var error = Assert.Throws<CporAssertionException>(() => Eligible.ShouldRank("C-1", 1));

        Assert.Equal(Lines("Expected claim C-1 to rank 1, but it contends in no arbitration (0 arbitration(s)).", EligibleText), error.Message);
    }

    [Fact]
    public void ShouldRank_OtherRankInBatch_MessageShowsTheArbitrations()
    {
        var error = Assert.Throws<CporAssertionException>(() => Contested.ShouldRank("C-2", 1));

        Assert.Equal(Lines("Expected claim C-2 to rank 1, but it ranks 2.", ContestText), error.Message);
    }

    [Fact]
    public void ShouldRank_ClaimNotInArbitration_MessageShowsTheRanking()
    {
        var error = Assert.Throws<CporAssertionException>(() => Contested.Arbitrations[0].ShouldRank("C-9", 1));

        Assert.Equal(Lines("Expected claim C-9 to rank 1, but it contends in no arbitration (1 arbitration(s)).", ContestText), error.Message);
    }

    [Fact]
    public void ShouldRank_RankBelowOne_ThrowsNamingTheArgument()
    {
        Assert.Equal("rank", Assert.Throws<ArgumentOutOfRangeException>(() => Contested.ShouldRank("C-1", 0)).ParamName);
        Assert.Equal("claimId", Assert.Throws<ArgumentNullException>(() => Eligible.ShouldRank(null!, 1)).ParamName);
    }

    [Fact]
    public void ShouldRankIncumbent_OtherRank_MessageShowsTheRanking()
    {
        var error = Assert.Throws<CporAssertionException>(() => Contested.ShouldRankIncumbent(1));

        Assert.Equal(Lines($"Expected the incumbent to rank 1 on {SalesKey}, but it ranks 3.", ContestText), error.Message);
    }

    [Fact]
    public void ShouldRankIncumbent_NoIncumbentOrNoArbitration_MessageSaysWhich()
    {
        var noIncumbent = Assert.Throws<CporAssertionException>(() => CporScenario.Create().WithCompetingClaim().Decide().ShouldRankIncumbent(1));
        var noContest = Assert.Throws<CporAssertionException>(() => CporScenario.Create().Decide().ShouldRankIncumbent(1));

        Assert.StartsWith($"Expected the incumbent to rank 1 on {SalesKey}, but there is no incumbent.{Environment.NewLine}Arbitration on {SalesKey}: ManualReview", noIncumbent.Message, StringComparison.Ordinal);
        Assert.Equal(Lines("Expected one arbitration, but the batch has 0.", "Arbitrations: none"), noContest.Message);
    }

    [Fact]
    public void DecisionOf_UnknownClaim_MessageListsTheClaims()
    {
        var error = Assert.Throws<CporAssertionException>(() => Contested.DecisionOf("C-9"));

        Assert.Equal("Expected one decision on claim C-9, but the batch has 0. Claims decided: C-1, C-2.", error.Message);
    }

    [Fact]
    public void Assertions_NullArguments_ThrowNamingTheArgument()
    {
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => ((ClaimDecision)null!).ShouldBe(OutcomeKind.Eligible)).ParamName);
        Assert.Equal("expected", Assert.Throws<ArgumentNullException>(() => Eligible.ShouldBe(null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Eligible.ShouldHaveFinding(null!)).ParamName);
        Assert.Equal("code", Assert.Throws<ArgumentNullException>(() => Eligible.ShouldNotHaveFinding(null!)).ParamName);
        Assert.Equal("codes", Assert.Throws<ArgumentNullException>(() => Eligible.ShouldHaveFindings(null!)).ParamName);
        Assert.Equal("result", Assert.Throws<ArgumentNullException>(() => ((BatchResult)null!).DecisionOf("C-1")).ParamName);
    }

    private static string Lines(params string[] lines) => string.Join(Environment.NewLine, lines);
}
