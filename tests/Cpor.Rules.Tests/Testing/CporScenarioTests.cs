using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;

namespace Cpor.Rules.Tests.Testing;

public sealed class CporScenarioTests
{
    [Fact]
    public void Create_Defaults_ClaimIsEligibleWithoutFindings()
    {
        var decision = CporScenario.Create().DecideClaim();

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(decision.Findings);
        Assert.Equal("C-1", decision.ClaimId?.Value);
        Assert.Equal(CporScenario.DefaultSubscriptionId, Assert.Single(decision.Lines).SubscriptionId);
    }

    [Fact]
    public void Create_Microsoft365_TeamsClaimIsEligible()
    {
        var scenario = CporScenario.Create(SolutionArea.Microsoft365);

        var decision = scenario.DecideClaim();

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(decision.Findings);
        Assert.Equal("Teams", Assert.Single(decision.Lines).Workload);
        Assert.Equal(AssociationKey.ForWorkload(CporScenario.DefaultTenantId, "Teams"), scenario.Key);
    }

    [Fact]
    public void Create_Twice_SameIdentifiersAndFacts()
    {
        var first = CporScenario.Create().WithCompetingClaim();
        var second = CporScenario.Create().WithCompetingClaim();

        Assert.Equal(
            first.Decide().Decisions.Select(d => (d.ClaimId, d.Claim.PartnerId, d.Claim.TenantId, d.Claim.CustomerDomain)),
            second.Decide().Decisions.Select(d => (d.ClaimId, d.Claim.PartnerId, d.Claim.TenantId, d.Claim.CustomerDomain)));
        Assert.Equal(first.Tenant.Id, second.Tenant.Id);
        Assert.Equal(first.Subscription, second.Subscription);
        Assert.Equal(first.ToString(), second.ToString());
    }

    [Fact]
    public void WithSubscription_Suspended_OnlyTheStateChangesAndTheClaimIsRejected()
    {
        var scenario = CporScenario.Create().WithSubscription(state: SubscriptionState.Suspended);

        scenario.DecideClaim().ShouldBe(OutcomeKind.Rejected).ShouldHaveFinding(FindingCode.SubscriptionNotActive, CporScenario.DefaultProduct, "Suspended");
        Assert.Equal(CporScenario.DefaultSubscriptionId, scenario.Subscription.Id);
        Assert.True(scenario.Subscription.IsDynamics);
    }

    [Fact]
    public void WithSubscription_OriginalScenario_Unchanged()
    {
        var original = CporScenario.Create();

        _ = original.WithSubscription(state: SubscriptionState.Suspended).WithClaim(c => c with { ClaimId = "X-1" });

        Assert.Equal(SubscriptionState.Active, original.Subscription.State);
        Assert.Equal("C-1", original.ClaimId);
    }

    [Fact]
    public void WithClaim_ChangedRole_RoleNotAuthorized()
    {
        CporScenario.Create().WithClaim(c => c with { SubmittedBy = "Other" }).DecideClaim()
            .ShouldBe(OutcomeKind.Rejected).ShouldHaveFindings(FindingCode.RoleNotAuthorized);
    }

    [Fact]
    public void WithClaim_NullChange_ThrowsNamingTheArgument()
    {
        Assert.Equal("change", Assert.Throws<ArgumentNullException>(() => CporScenario.Create().WithClaim(null!)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentNullException>(() => CporScenario.Create().WithClaim(_ => null!)).ParamName);
        Assert.Equal("change", Assert.Throws<ArgumentNullException>(() => CporScenario.Create().WithProofOfExecution(null!)).ParamName);
    }

    [Fact]
    public void WithProofOfExecution_None_MissingAllPoe()
    {
        CporScenario.Create().WithProofOfExecution(_ => null).DecideClaim().ShouldHaveFinding(FindingCode.MissingAllPoe);
    }

    [Fact]
    public void WithTenant_OtherDomain_DomainTenantMismatch()
    {
        CporScenario.Create().WithTenant(domains: ["fabrikam.com"]).DecideClaim().ShouldHaveFindings(FindingCode.DomainTenantMismatch);
    }

    [Fact]
    public void WithPartner_NotEnrolled_AdvisoryFindingOnly()
    {
        CporScenario.Create().WithPartner(enrolledIn: []).DecideClaim()
            .ShouldBe(OutcomeKind.Eligible).ShouldHaveFinding(FindingCode.PartnerNotEnrolled, detail: "BusinessApplications");
    }

    [Fact]
    public void WithIncumbent_Defaults_RivalHoldsTheKeyAndTheNewerClaimRanksFirst()
    {
        var scenario = CporScenario.Create().WithIncumbent();

        var result = scenario.Decide();

        Assert.Equal(CporScenario.DefaultRivalId, scenario.Incumbent!.PartnerId);
        Assert.Equal(scenario.Key, Assert.Single(result.Arbitrations).Key);
        result.ShouldRank("C-1", 1).ShouldRankIncumbent(2);
    }

    [Fact]
    public void WithIncumbent_ThenOtherSubscriptionOrWorkload_HoldsTheKeyAsItIsWhenDecided()
    {
        var other = SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000009");

        var subscription = CporScenario.Create().WithIncumbent().WithSubscription(id: other).WithClaim(c => c with { SubscriptionId = other.ToString() });
        var workload = CporScenario.Create(SolutionArea.Microsoft365).WithIncumbent()
            .WithClaim(c => c with { Products = ["Exchange"] }).WithProofOfExecution(p => p with { Products = ["Exchange"] });

        Assert.Equal(AssociationKey.ForSubscription(CporScenario.DefaultTenantId, other), subscription.Incumbent!.Key);
        Assert.Equal(AssociationKey.ForWorkload(CporScenario.DefaultTenantId, "Exchange"), workload.Incumbent!.Key);
        subscription.Decide().ShouldRank("C-1", 1).ShouldRankIncumbent(2);
        workload.Decide().ShouldRankIncumbent(2);
    }

    [Fact]
    public void WithIncumbent_SamePartner_AlreadyClaimed()
    {
        CporScenario.Create().WithIncumbent(CporScenario.DefaultPartnerId).DecideClaim().ShouldHaveFinding(FindingCode.AlreadyClaimed, CporScenario.DefaultProduct);
    }

    [Fact]
    public void WithCompetingClaim_SamePoe_TiedForManualReview()
    {
        var result = CporScenario.Create().WithCompetingClaim().Decide();

        Assert.Equal(["C-1", "C-2"], result.Decisions.Select(d => d.ClaimId?.Value));
        result.ShouldRank("C-1", 1).ShouldRank("C-2", 1);
        result.DecisionOf("C-2").ShouldBe(OutcomeKind.UnderReview).ShouldHaveFinding(FindingCode.CompetingClaimUnderReview);
    }

    [Fact]
    public void WithCompetingClaim_OlderPoe_LosesToTheClaim()
    {
        var result = CporScenario.Create(SolutionArea.Microsoft365).WithCompetingClaim(poeAcknowledgedOn: new DateOnly(2020, 8, 1)).Decide();

        result.ShouldRank("C-1", 1).ShouldRank("C-2", 2);
        result.DecisionOf("C-2").ShouldHaveFinding(FindingCode.CompetingClaimLost);
        Assert.Equal(PartnerId.Parse("6612345"), result.DecisionOf("C-2").Claim.PartnerId);
    }

    [Fact]
    public void WithCompetingClaim_SixthWithoutPartner_ThrowsNamingTheMissingArgument()
    {
        var scenario = CporScenario.Create();
        for (var i = 0; i < 5; i++)
        {
            scenario = scenario.WithCompetingClaim();
        }

        var error = Assert.Throws<InvalidOperationException>(() => scenario.WithCompetingClaim());

        Assert.Equal("Give the partnerId of competing claim 6: defaults exist for 5 competing claims.", error.Message);
        Assert.Equal("C-7", scenario.WithCompetingClaim(partnerId: PartnerId.Parse("1234567")).CompetingClaims[^1].ClaimId);
    }

    [Fact]
    public void WithFact_ExtraFacts_AddedBesidesTheDefaults()
    {
        var other = TenantId.Parse("22222222-2222-4222-8222-222222222222");
        var scenario = CporScenario.Create()
            .WithFact(new CustomerTenant(other, [CustomerDomain.Parse("fabrikam.com")], []))
            .WithFact(new Subscription(SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000002"), other, "Dynamics 365 Sales", true, PurchaseChannel.WebDirect, SubscriptionState.Active))
            .WithFact(new Partner(PartnerId.Parse("1234567"), PartnerAccount.Global, []))
            .WithFact(new Association(PartnerId.Parse("1234567"), other, SolutionArea.BusinessApplications, SubscriptionId.Parse("aaaaaaaa-0000-4000-8000-000000000002"), null, Activity.Usage, new DateOnly(2020, 1, 1), new DateOnly(2019, 12, 1)));

        var facts = scenario.Facts;

        Assert.Equal(2, facts.Tenants.Count);
        Assert.Equal(2, facts.Subscriptions.Count);
        Assert.Equal(2, facts.Partners.Count);
        Assert.Single(facts.Associations);
        scenario.DecideClaim().ShouldBe(OutcomeKind.Eligible);
        Assert.Equal("subscription", Assert.Throws<ArgumentNullException>(() => scenario.WithFact((Subscription)null!)).ParamName);
    }

    [Fact]
    public void Decide_CustomRuleSet_UsesIt()
    {
        var rules = CporRuleSet.Create(new CporOptions { PoeAgeLimitMonths = 1 });

        var twoMonthsOld = CporScenario.Create().WithProofOfExecution(p => p with { CustomerAcknowledgedOn = "2020-08-01" });

        twoMonthsOld.DecideClaim().ShouldNotHaveFinding(FindingCode.MissingOrOldDates);
        twoMonthsOld.DecideClaim(rules).ShouldHaveFinding(FindingCode.MissingOrOldDates);
    }

    [Fact]
    public void Decide_EvaluationOptions_AppliesThem()
    {
        var options = new EvaluationOptions { Explain = false, AsOf = new DateOnly(2020, 10, 5) };

        Assert.NotEmpty(CporScenario.Create().WithIncumbent().DecideClaim().Explanation);
        Assert.Empty(CporScenario.Create().WithIncumbent().DecideClaim(options: options).Explanation);
        Assert.Equal(options.AsOf, CporScenario.Create().Decide(options: options).AsOf);
    }

    [Fact]
    public void ToString_WithIncumbentAndCompetitor_NamesThem()
    {
        Assert.Equal(
            "scenario C-1 (BusinessApplications, partner 4412345, tenant 11111111-1111-4111-8111-111111111111, incumbent 5512345, 1 competing claim(s))",
            CporScenario.Create().WithIncumbent().WithCompetingClaim().ToString());
    }
}
