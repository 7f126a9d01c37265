using Cpor.Rules.Domain;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility.Rules;

public sealed class AlreadyClaimedRuleTests
{
    private static readonly DateOnly LastYear = new(2019, 11, 1);

    [Fact]
    public void Evaluate_NobodyHoldsTheKey_DoesNotFire()
    {
        Assert.False(Decide(Raw()).Has(FindingCode.AlreadyClaimed));
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsTheKey_FiresOnThatLineOnly()
    {
        var facts = Facts(associations: [Holds(Scenario.Partner, Sales, LastYear)]);

        var decision = Decide(RawSalesAndService(), facts);

        var finding = decision.Single(FindingCode.AlreadyClaimed);
        Assert.Equal(SalesProduct, finding.Product);
        Assert.Equal(Severity.Blocking, finding.Severity);
        Assert.Equal(OutcomeKind.Rejected, decision.Line(SalesProduct).Outcome);
        Assert.Equal(OutcomeKind.Eligible, decision.Line(ServiceProduct).Outcome);
        Assert.Empty(decision.Line(ServiceProduct).Findings);
        Assert.Equal(OutcomeKind.PartiallyEligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_AnotherPartnerHoldsTheKey_NoAlreadyClaimedButArbitration()
    {
        var facts = Facts(associations: [Holds(Rival, Sales, LastYear)]);

        var decision = Decide(Raw(), facts);

        Assert.False(decision.Has(FindingCode.AlreadyClaimed));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Single(decision.Arbitrations);
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsAnotherKeyOfTheTenant_DoesNotFire()
    {
        var facts = Facts(associations: [Holds(Scenario.Partner, ServiceTwo, LastYear)]);

        var decision = Decide(RawSalesAndService(), facts);

        Assert.False(decision.Has(FindingCode.AlreadyClaimed));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
    }

    [Fact]
    public void Evaluate_SamePartnerHoldsTheWorkload_FiresWhateverTheLetterCase()
    {
        var facts = Facts(associations: [HoldsWorkload(Scenario.Partner, "TEAMS", LastYear)]);

        var decision = Decide(RawM365() with { Products = ["Teams", "Exchange"] }, facts);

        Assert.Equal("Teams", decision.Single(FindingCode.AlreadyClaimed).Product);
        Assert.Equal(OutcomeKind.Eligible, decision.Line("Exchange").Outcome);
    }

    [Fact]
    public void Evaluate_SamePartnerIsTheLatestOfSeveralHolders_Fires()
    {
        var facts = Facts(associations: [Holds(Rival, Sales, LastYear.AddMonths(-6)), Holds(Scenario.Partner, Sales, LastYear)]);

        Assert.True(Decide(Raw(), facts).Has(FindingCode.AlreadyClaimed));
    }

    /// <summary>
    /// The incumbent of a key is its latest approved association: a partner whose association was taken over by
    /// another partner no longer holds it, so it may claim the key again (and is arbitrated against the holder).
    /// </summary>
    [Fact]
    public void Evaluate_SamePartnersAssociationWasTakenOverSince_DoesNotFire()
    {
        var facts = Facts(associations: [Holds(Scenario.Partner, Sales, LastYear.AddMonths(-6)), Holds(Rival, Sales, LastYear)]);

        var decision = Decide(Raw(), facts);

        Assert.False(decision.Has(FindingCode.AlreadyClaimed));
        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Equal(Rival, Assert.Single(decision.Arbitrations).Ranking[1].Contender.PartnerId);
    }
}
