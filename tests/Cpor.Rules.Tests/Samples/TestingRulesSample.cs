using Cpor.Rules.Arbitration;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;
using Xunit;

// This file is the README's "Testing your rules" sample, verbatim; ReadmeSampleTests checks that they stay equal.
namespace Cpor.Rules.Tests.Samples;

/// <summary>A ranking rule of your own: among contenders the earlier rules leave tied, the preferred partner ranks higher.</summary>
public sealed class PreferredPartnerRankingRule(PartnerId preferred) : IRankingRule
{
    public string Name => "PreferredPartner";

    public int Compare(Contender x, Contender y) => (x.PartnerId == preferred).CompareTo(y.PartnerId == preferred);
}

public sealed class MyRulesTests
{
    private static readonly CporRuleSet Sanctioning =
        CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(CporScenario.DefaultTenantId)]);

    [Fact]
    public void DecideClaim_SanctionedTenant_RejectedWithTheCustomFinding()
    {
        CporScenario.Create()                      // claim C-1, Eligible under the catalogue alone
            .DecideClaim(Sanctioning)
            .ShouldBe(OutcomeKind.Rejected)
            .ShouldHaveFinding(SanctionedTenantRule.Sanctioned);
    }

    [Fact]
    public void DecideClaim_SuspendedSubscription_CatalogueFindingStaysBesideMine()
    {
        CporScenario.Create(SolutionArea.BusinessApplications)
            .WithSubscription(state: SubscriptionState.Suspended)
            .DecideClaim(Sanctioning)
            .ShouldHaveFindings(SanctionedTenantRule.Sanctioned, FindingCode.SubscriptionNotActive);
    }

    [Fact]
    public void DecideClaim_SanctionedTenant_RuleFiredOnTheClaimFact()
    {
        var decision = CporScenario.Create().DecideClaim(Sanctioning);

        var firing = Assert.Single(decision.ShouldHaveFired("ACME-001"));
        Assert.IsType<ClaimFact>(Assert.Single(firing.Facts));
    }

    [Fact]
    public void SanctionedTenantRule_OnTheSampleBatch_KeepsEveryCatalogueBehaviour()
    {
        new SanctionedTenantRule(CporScenario.DefaultTenantId).ShouldKeepCatalogueBehaviour();
    }

    [Fact]
    public void Decide_TiedCompetingClaims_PreferredPartnerRanksFirst()
    {
        var preferred = PartnerId.Parse("6612345");   // the first competing claim's partner
        var rules = CporRuleSet.Create(new CporOptions { Ranking = RankingPolicy.Default.Then(new PreferredPartnerRankingRule(preferred)) });

        var result = CporScenario.Create().WithCompetingClaim().Decide(rules);   // same PoE date: a tie without my rule

        result.ShouldRank("C-2", 1).ShouldRank("C-1", 2);
        result.DecisionOf("C-1").ShouldBe(OutcomeKind.Rejected).ShouldHaveFinding(FindingCode.CompetingClaimLost);
    }
}
