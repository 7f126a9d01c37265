using System.Globalization;
using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;
using NRules.Fluent.Dsl;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Eligibility;

/// <summary>Consumer rules passed to <see cref="CporRuleSet.Create"/> take part in decisions like catalogue rules.</summary>
public sealed class CustomRuleTests
{
    private static readonly FindingCode SanctionedCustomer = FindingCode.Custom(
        "SanctionedCustomer",
        1001,
        "ACME-001",
        Severity.Blocking,
        new FindingText("Sanctioned customer", "Company policy forbids claims for this customer.", "Ask compliance before claiming."),
        new FindingText("제재 대상 고객", "회사 정책상 이 고객에 대한 클레임은 금지되어 있습니다.", "클레임 전에 준법 부서에 문의하십시오."));

    private static readonly FindingCode EmbargoedProduct = FindingCode.Custom(
        "EmbargoedProduct",
        1002,
        "ACME-002",
        Severity.ActionRequired,
        new FindingText("Product under review", "Company policy holds claims for this product.", "Attach the policy exemption."));

    [Fact]
    public void Evaluate_SanctionedTenantRule_ItsFindingIsInTheDecisionAndRejectsEveryLine()
    {
        var rules = CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant)]);

        var decision = Decide(RawSalesAndService(), rules: rules).ShouldHaveClaimFinding(SanctionedCustomer).ShouldBe(OutcomeKind.Rejected).ShouldBeOnEveryLine(OutcomeKind.Rejected);

        Assert.Equal("ACME-001", decision.ShouldHaveSingleFinding(SanctionedCustomer).RuleId);
        Assert.IsType<ClaimFact>(Assert.Single(Assert.Single(decision.ShouldHaveFired("ACME-001")).Facts));
        Assert.False(SanctionedCustomer.IsCatalogued);
        Assert.Contains(rules.Rules, r => r.Id == "ACME-001");
    }

    [Fact]
    public void EvaluateBatch_SanctionedTenantRule_OtherTenantsClaimsUnaffected()
    {
        var rules = CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant)]);
        var other = Raw("C-2") with { TenantId = OtherTenant.ToString(), CustomerDomain = "fabrikam.com" };

        var result = DecideBatch([Raw("C-1"), other], rules: rules);

        result.Decisions[0].ShouldBe(OutcomeKind.Rejected);
        result.Decisions[1].ShouldBe(OutcomeKind.Eligible).ShouldHaveFindings().ShouldNotHaveFired("ACME-001");
    }

    [Fact]
    public void Evaluate_SanctionedTenantRule_BlockedClaimDoesNotContendWithTheIncumbent()
    {
        var scenario = CporScenario.Create().WithIncumbent(Rival);

        scenario.DecideClaim().ShouldRank("C-1", 1);
        Assert.Empty(scenario.DecideClaim(CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant)])).ShouldHaveFindings(SanctionedCustomer).Arbitrations);
    }

    [Fact]
    public void EvaluateBatch_LineLevelCustomRule_KeepsOnlyThatLineOutOfArbitration()
    {
        var rules = CporRuleSet.Create(additionalRules: [new EmbargoedProductRule(ServiceProduct)]);
        var rivalOnService = Raw("R-1") with { PartnerId = Rival.ToString(), Products = [ServiceProduct], SubscriptionId = ServiceOne.ToString() };

        var plain = DecideBatch([RawSalesAndService("C-1"), rivalOnService]);
        var result = DecideBatch([RawSalesAndService("C-1"), rivalOnService], rules: rules);

        Assert.Equal(OutcomeKind.UnderReview, plain.Decisions[1].Kind);
        result.Decisions[0].ShouldHaveFindings(EmbargoedProduct).ShouldHaveFinding(EmbargoedProduct, ServiceProduct)
            .ShouldBe(OutcomeKind.ActionRequired).ShouldBe(OutcomeKind.ActionRequired, ServiceProduct).ShouldBe(OutcomeKind.Eligible, SalesProduct);
        result.Decisions[1].ShouldBe(OutcomeKind.Eligible);
        Assert.Empty(result.Arbitrations);
    }

    [Fact]
    public void Evaluate_CustomFinding_WordedInTheCodesOwnLanguages()
    {
        var rules = CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant), new EmbargoedProductRule(SalesProduct)]);

        var decision = Decide(Raw(), rules: rules);

        var sanctioned = decision.Single(SanctionedCustomer);
        Assert.Equal("Sanctioned customer", sanctioned.Text(CultureInfo.GetCultureInfo("en-US")).Title);
        Assert.Equal("제재 대상 고객", sanctioned.Text(CultureInfo.GetCultureInfo("ko-KR")).Title);
        Assert.Equal(
            $"회사 정책상 이 고객에 대한 클레임은 금지되어 있습니다. ({Tenant})",
            sanctioned.Text(CultureInfo.GetCultureInfo("ko")).Message);

        // Without a Korean text of its own, a custom code is worded in English for Korean readers too.
        Assert.Equal("Product under review", decision.Single(EmbargoedProduct).Text(CultureInfo.GetCultureInfo("ko")).Title);
    }

    [Theory]
    [InlineData("CPOR-004")]
    [InlineData("CPOR-D01")]
    [InlineData("CPOR-999")]
    public void Create_CustomRuleTakingAReservedId_RuleSetExceptionNamingIt(string id)
    {
        var ex = Assert.Throws<RuleSetException>(() => CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant, id)]));

        Assert.Contains(id, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_TwoCustomRulesWithOneId_RuleSetExceptionNamingIt()
    {
        var ex = Assert.Throws<RuleSetException>(() => CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(Tenant), new SanctionedTenantRule(OtherTenant)]));

        Assert.Contains("ACME-001", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_CustomRuleMatchingFindings_NeverFires()
    {
        // Findings are collected by the library, not inserted as facts: a rule over findings has nothing to match.
        var rules = CporRuleSet.Create(additionalRules: [new EscalatingRule()]);

        var decision = Decide(Raw() with { SubmittedBy = "IncentivesUser" }, rules: rules);

        decision.ShouldHaveFindings(FindingCode.RoleNotAuthorized).ShouldNotHaveFired("ACME-003");
    }

    [Fact]
    public void Create_NullCustomRule_ArgumentNullException()
    {
        Assert.Equal("additionalRules", Assert.Throws<ArgumentNullException>(() => CporRuleSet.Create(additionalRules: [null!])).ParamName);
    }

    /// <summary>A company policy: claims for a sanctioned customer tenant are refused.</summary>
    private sealed class SanctionedTenantRule : Rule
    {
        private readonly TenantId _sanctioned;

        public SanctionedTenantRule(TenantId sanctioned, string id = "ACME-001")
        {
            _sanctioned = sanctioned;
            Id = id;
        }

        private string Id { get; }

        public override void Define()
        {
            Name(Id);
            ClaimFact claim = null!;
            When().Match(() => claim, c => c.Claim.TenantId == _sanctioned);
            Then().Do(_ => claim.Report(SanctionedCustomer, claim.Claim.TenantId!.Value.ToString()));
        }
    }

    /// <summary>A company policy on one partner ID and one product: its lines need an exemption attached.</summary>
    [Name("ACME-002")]
    private sealed class EmbargoedProductRule(string product) : Rule
    {
        public override void Define()
        {
            LineFact line = null!;
            When().Match(() => line, l => l.Claim.Claim.PartnerId == Scenario.Partner && Names.Same(l.Product, product));
            Then().Do(_ => line.Report(EmbargoedProduct, null));
        }
    }

    /// <summary>Would turn each role finding into another finding, if findings were facts.</summary>
    [Name("ACME-003")]
    private sealed class EscalatingRule : Rule
    {
        public override void Define()
        {
            Finding finding = null!;
            When().Match(() => finding, f => f.Code == FindingCode.RoleNotAuthorized);
            Then().Do(_ => finding.Claim.ToString());
        }
    }
}
