using Cpor.Rules.Arbitration;
using Cpor.Rules.DependencyInjection;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Tests.Samples;
using Microsoft.Extensions.DependencyInjection;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.DependencyInjection;

public sealed class CporRulesBuilderTests
{
    [Fact]
    public void AddRule_TypeWithADependency_ItsFindingDecidesTheClaim()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new SanctionsList(Tenant));
        services.AddCporRules().AddRule<SanctionedCustomerRule>();
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal(OutcomeKind.Rejected, decision.Kind);
        var finding = Assert.Single(decision.Findings);
        Assert.Equal(SanctionedCustomerRule.Code, finding.Code);
        Assert.Equal("ACME-010", finding.RuleId);
        Assert.Contains(provider.GetRequiredService<CporRuleSet>().Rules, r => r.Id == "ACME-010");
    }

    [Fact]
    public void AddRule_TypeNotConcerned_LeavesTheDecisionAlone()
    {
        var services = new ServiceCollection();
        services.AddSingleton(new SanctionsList(OtherTenant));
        services.AddCporRules().AddRule<SanctionedCustomerRule>();
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal(OutcomeKind.Eligible, decision.Kind);
        Assert.Empty(decision.Findings);
    }

    [Fact]
    public void AddRule_TypeRegisteredInTheContainer_UsesTheRegisteredInstance()
    {
        // No SanctionsList is registered: creating the rule from its constructor would fail.
        var services = new ServiceCollection();
        services.AddSingleton(new SanctionedCustomerRule(new SanctionsList(Tenant)));
        services.AddCporRules().AddRule<SanctionedCustomerRule>();
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal([SanctionedCustomerRule.Code.Name], decision.Codes());
    }

    [Fact]
    public void AddRule_Instance_ItsFindingDecidesTheClaim()
    {
        var services = new ServiceCollection();
        services.AddCporRules().AddRule(new SanctionedCustomerRule(new SanctionsList(Tenant)));
        using var provider = services.BuildServiceProvider();

        var decision = provider.GetRequiredService<ICporEvaluator>().Evaluate(Claim(Raw()), Facts());

        Assert.Equal([SanctionedCustomerRule.Code.Name], decision.Codes());
    }

    [Fact]
    public void AddRankingRule_TieTheDefaultPolicySendsToReview_IsDecidedByTheNewRule()
    {
        // Same PoE date, no incumbent: PoE recency and incumbency tie the two partners.
        Claim[] claims = [Claim(Raw("C-1")), Claim(Raw("C-2") with { PartnerId = Rival.ToString() })];
        using var plain = new ServiceCollection().AddCporRules().Services.BuildServiceProvider();
        using var tieBroken = new ServiceCollection().AddCporRules().AddRankingRule(new LowestPartnerIdRanking()).Services.BuildServiceProvider();

        var tied = plain.GetRequiredService<ICporEvaluator>().EvaluateBatch(claims, Facts());
        var decided = tieBroken.GetRequiredService<ICporEvaluator>().EvaluateBatch(claims, Facts());

        Assert.All(tied.Decisions, d => Assert.Equal(OutcomeKind.UnderReview, d.Kind));
        Assert.Equal(OutcomeKind.Eligible, decided.Decisions[0].Kind);
        Assert.Equal(["CompetingClaimLost"], decided.Decisions[1].Codes());
        Assert.Equal("LowestPartnerId", Assert.Single(decided.Arbitrations).Ranking[0].SeparatedBy);
        Assert.Equal(["PoeRecency", "Incumbency", "LowestPartnerId"], tieBroken.GetRequiredService<CporRuleSet>().Options.Ranking.Rules.Select(r => r.Name));
    }

    [Fact]
    public void AddRankingRule_NameOfADefaultRule_ThrowsAtRegistration()
    {
        var builder = new ServiceCollection().AddCporRules();

        var error = Assert.Throws<ArgumentException>(() => builder.AddRankingRule(new ImpostorRanking()));

        Assert.Equal("rule", error.ParamName);
        Assert.Contains("'PoeRecency'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AddRankingRule_SameNameTwice_ThrowsAtTheSecond()
    {
        var builder = new ServiceCollection().AddCporRules().AddRankingRule(new LowestPartnerIdRanking());

        var error = Assert.Throws<ArgumentException>(() => builder.AddRankingRule(new LowestPartnerIdRanking()));

        Assert.Contains("'LowestPartnerId'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("  ")]
    public void AddRankingRule_BlankName_ThrowsAtRegistration(string name)
    {
        var builder = new ServiceCollection().AddCporRules();

        var error = Assert.Throws<ArgumentException>(() => builder.AddRankingRule(new Arbitration.DelegateRankingRule(name, (_, _) => 0)));

        Assert.Equal("rule", error.ParamName);
    }

    [Fact]
    public void Services_Builder_IsTheCollectionItWasCreatedOn()
    {
        var services = new ServiceCollection();

        Assert.Same(services, services.AddCporRules().Services);
    }

    [Fact]
    public void AddRules_Null_ThrowsWithTheArgumentName()
    {
        var builder = new ServiceCollection().AddCporRules();

        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => builder.AddRule(null!)).ParamName);
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => builder.AddRankingRule(null!)).ParamName);
    }
}
