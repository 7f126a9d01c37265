using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Evaluation;

/// <summary>How the assembler orders what the rules reported, whatever order they reported it in.</summary>
public sealed class DecisionAssemblerTests
{
    [Fact]
    public void Decide_FindingsReportedOutOfOrder_ClaimLevelFirstThenByLineEachByCode()
    {
        var claim = Claim(RawSalesAndService());
        var fact = FactOf(claim);
        fact.Add(new Finding(FindingCode.SubscriptionInGrace, claim, claim.Lines[1]));
        fact.Add(new Finding(FindingCode.MissingProducts, claim, claim.Lines[1]));
        fact.Add(new Finding(FindingCode.AssociationOnly, claim));
        fact.Add(new Finding(FindingCode.SubscriptionInGrace, claim, claim.Lines[0]));
        fact.Add(new Finding(FindingCode.PartnerNotEnrolled, claim));

        var decision = DecisionAssembler.Decide(fact, null);

        Assert.Equal(
            ["PartnerNotEnrolled", "AssociationOnly", "SubscriptionInGrace", "MissingProducts", "SubscriptionInGrace"],
            decision.Codes());
        Assert.Equal(["MissingProducts", "SubscriptionInGrace"], decision.Lines[1].Findings.Select(f => f.Code.Name));
    }

    // Without claim-level findings the first line's findings start the array: they must still stop where its line does.
    [Fact]
    public void Decide_NoContestsNoFirings_EmptyArbitrationsAndExplanation()
    {
        var claim = Claim(Raw());
        var fact = FactOf(claim);

        var decision = DecisionAssembler.Decide(fact, null);

        Assert.NotNull(decision.Arbitrations);
        Assert.Empty(decision.Arbitrations);
        Assert.NotNull(decision.Explanation);
        Assert.Empty(decision.Explanation);
    }

    [Fact]
    public void Decide_Contests_TheGivenListAsItsArbitrations()
    {
        var claim = Claim(Raw());
        var fact = FactOf(claim);
        var contests = new List<Cpor.Rules.Arbitration.ArbitrationResult>();

        var decision = DecisionAssembler.Decide(fact, contests);

        Assert.Same(contests, decision.Arbitrations);
    }

    [Fact]
    public void Decide_Firings_TheClaimsFiringsAsItsExplanation()
    {
        var claim = Claim(Raw());
        var fact = FactOf(claim);
        fact.Firings = [new RuleFiring("CPOR-001", [fact], [])];

        var decision = DecisionAssembler.Decide(fact, null);

        Assert.Same(fact.Firings, decision.Explanation);
    }

    [Fact]
    public void Decide_FindingsOnTwoLinesOnly_EachLineOnlyItsOwn()
    {
        var claim = Claim(RawSalesAndService());
        var fact = FactOf(claim);
        fact.Add(new Finding(FindingCode.MissingProducts, claim, claim.Lines[1]));
        fact.Add(new Finding(FindingCode.SubscriptionInGrace, claim, claim.Lines[0]));

        var decision = DecisionAssembler.Decide(fact, null);

        Assert.Equal(["SubscriptionInGrace"], decision.Lines[0].Findings.Select(f => f.Code.Name));
        Assert.Equal(["MissingProducts"], decision.Lines[1].Findings.Select(f => f.Code.Name));
        Assert.Equal(["SubscriptionInGrace", "MissingProducts"], decision.Codes());
    }

    // A consumer rule may report CompetingClaimUnderReview too: a second one on a line still means the line is tied.
    [Fact]
    public void Decide_TwoTiedForFirstFindingsOnALine_LineUnderReview()
    {
        var claim = Claim(Raw());
        var fact = new ClaimFact(claim, 0, null, null, null);
        fact.LineArray = [new LineFact(fact, claim.Lines[0], null, null, null, null)];
        fact.Add(new Finding(FindingCode.CompetingClaimUnderReview, claim, claim.Lines[0]));
        fact.Add(new Finding(FindingCode.CompetingClaimUnderReview, claim, claim.Lines[0]));

        var decision = DecisionAssembler.Decide(fact, null);

        Assert.Equal(OutcomeKind.UnderReview, decision.Lines[0].Outcome);
        Assert.Equal(OutcomeKind.UnderReview, decision.Kind);
    }

    /// <summary>The claim's fact with one unresolved line fact per line and nothing reported yet.</summary>
    private static ClaimFact FactOf(Claim claim)
    {
        var fact = new ClaimFact(claim, 0, null, null, null);
        fact.LineArray = [.. claim.Lines.Select(l => new LineFact(fact, l, null, null, null, null))];
        return fact;
    }
}
