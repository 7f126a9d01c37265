using Cpor.Rules.Domain;
using Cpor.Rules.Testing;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class AlreadyClaimedRuleTests
{
    private static readonly DateOnly LastYear = new(2019, 11, 1);

    [Fact]
    public void Evaluate_NobodyHoldsTheKey_DoesNotFire()
    {
        Decide(Raw()).ShouldNotHaveFinding(FindingCode.AlreadyClaimed);
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsTheKey_FiresOnThatLineOnly()
    {
        Decide(RawSalesAndService(), Facts(associations: [Holds(Scenario.Partner, Sales, LastYear)]))
            .ShouldHaveFindings(FindingCode.AlreadyClaimed).ShouldHaveFinding(FindingCode.AlreadyClaimed, SalesProduct)
            .ShouldBe(OutcomeKind.PartiallyEligible).ShouldBe(OutcomeKind.Rejected, SalesProduct).ShouldBe(OutcomeKind.Eligible, ServiceProduct);
        Assert.Equal(Severity.Blocking, FindingCode.AlreadyClaimed.Severity);
    }

    [Fact]
    public void Evaluate_AnotherPartnerHoldsTheKey_NoAlreadyClaimedButArbitration()
    {
        CporScenario.Create().WithIncumbent(Rival, LastYear).DecideClaim()
            .ShouldNotHaveFinding(FindingCode.AlreadyClaimed).ShouldBe(OutcomeKind.Eligible).ShouldRank("C-1", 1);
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsAnotherKeyOfTheTenant_DoesNotFire()
    {
        Decide(RawSalesAndService(), Facts(associations: [Holds(Scenario.Partner, ServiceTwo, LastYear)]))
            .ShouldNotHaveFinding(FindingCode.AlreadyClaimed).ShouldBe(OutcomeKind.Eligible);
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsTheWorkload_FiresWhateverTheLetterCase()
    {
        Decide(RawM365() with { Products = ["Teams", "Exchange"] }, Facts(associations: [HoldsWorkload(Scenario.Partner, "TEAMS", LastYear)]))
            .ShouldHaveFindings(FindingCode.AlreadyClaimed).ShouldHaveFinding(FindingCode.AlreadyClaimed, "Teams").ShouldBe(OutcomeKind.Eligible, "Exchange");
    }

    [Fact]
    public void Evaluate_SamePartnerIsTheLatestOfSeveralHolders_Fires()
    {
        Decide(Raw(), Facts(associations: [Holds(Rival, Sales, LastYear.AddMonths(-6)), Holds(Scenario.Partner, Sales, LastYear)]))
            .ShouldHaveFinding(FindingCode.AlreadyClaimed);
    }

    /// <summary>
    /// The incumbent of a key is its latest approved association: a partner whose association was taken over by
    /// another partner no longer holds it, so it may claim the key again (and is arbitrated against the holder).
    /// </summary>
    [Fact]
    public void Evaluate_SamePartnersAssociationWasTakenOverSince_DoesNotFire()
    {
        var result = CporScenario.Create().WithIncumbent(Rival, LastYear).WithFact(Holds(Scenario.Partner, Sales, LastYear.AddMonths(-6))).Decide();

        result.DecisionOf("C-1").ShouldNotHaveFinding(FindingCode.AlreadyClaimed).ShouldBe(OutcomeKind.Eligible);
        result.ShouldRank("C-1", 1).ShouldRankIncumbent(2);
        Assert.Equal(Rival, Assert.Single(result.Arbitrations).Ranking[1].Contender.PartnerId);
    }
}
