using Cpor.Rules.Domain;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;
using Cpor.Rules.Tests.Samples;

namespace Cpor.Rules.Tests.Testing;

public sealed class RuleAssertionsTests
{
    private static readonly CporRuleSet Sanctioning = CporRuleSet.Create(additionalRules: [new SanctionedTenantRule(CporScenario.DefaultTenantId)]);

    [Fact]
    public void ShouldHaveFired_CustomRuleFired_ReturnsItsFiringsWithFactsAndFindings()
    {
        var decision = CporScenario.Create().DecideClaim(Sanctioning);

        var firing = Assert.Single(decision.ShouldHaveFired("ACME-001"));

        Assert.Equal("C-1", Assert.IsType<ClaimFact>(Assert.Single(firing.Facts)).Claim.Id?.Value);
        Assert.Same(decision.ShouldHaveSingleFinding(SanctionedTenantRule.Sanctioned), Assert.Single(firing.Produced));
    }

    [Fact]
    public void ShouldHaveFired_LineRuleOnTheProduct_ReturnsTheLineFiring()
    {
        var decision = CporScenario.Create().WithSubscription(state: SubscriptionState.Suspended).DecideClaim();

        var firing = Assert.Single(decision.ShouldHaveFired("CPOR-014", "Dynamics 365 Sales"));

        Assert.Equal("Dynamics 365 Sales", Assert.IsType<LineFact>(Assert.Single(firing.Facts)).Product);
    }

    [Fact]
    public void ShouldHaveFired_DidNotFire_MessageListsTheRulesThatFired()
    {
        var decision = CporScenario.Create().DecideClaim();

        var error = Assert.Throws<CporAssertionException>(() => decision.ShouldHaveFired("ACME-001"));

        Assert.Equal(
            string.Join(
                Environment.NewLine,
                "Expected rule ACME-001 to fire for claim C-1, but it did not.",
                "Rules fired: none recorded (none fired, or EvaluationOptions.Explain is false)",
                "Decision on claim C-1: Eligible",
                "  Findings: none",
                "  Lines:",
                "    Dynamics 365 Sales: Eligible (tenant 11111111-1111-4111-8111-111111111111/subscription aaaaaaaa-0000-4000-8000-000000000001)"),
            error.Message);
    }

    [Fact]
    public void ShouldHaveFired_OnAnotherProduct_MessageNamesTheLine()
    {
        var decision = CporScenario.Create().WithSubscription(state: SubscriptionState.Suspended).DecideClaim();

        var error = Assert.Throws<CporAssertionException>(() => decision.ShouldHaveFired("CPOR-014", "Teams"));

        Assert.StartsWith("Expected rule CPOR-014 to fire for claim C-1 on the line Teams, but it did not." + Environment.NewLine + "Rules fired:", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveFired_NoExplanation_MessageSuggestsExplain()
    {
        var decision = CporScenario.Create().DecideClaim(options: new EvaluationOptions { Explain = false });

        var error = Assert.Throws<CporAssertionException>(() => decision.ShouldHaveFired("CPOR-014"));

        Assert.Contains(Environment.NewLine + "Rules fired: none recorded (none fired, or EvaluationOptions.Explain is false)" + Environment.NewLine, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldNotHaveFired_DidNotFire_ReturnsTheDecision()
    {
        var decision = CporScenario.Create().DecideClaim(Sanctioning);

        Assert.Same(decision, decision.ShouldNotHaveFired("CPOR-014"));
    }

    [Fact]
    public void ShouldNotHaveFired_Fired_MessageNamesTheFacts()
    {
        var decision = CporScenario.Create().DecideClaim(Sanctioning);

        var error = Assert.Throws<CporAssertionException>(() => decision.ShouldNotHaveFired("ACME-001"));

        Assert.StartsWith(
            "Expected rule ACME-001 not to fire for claim C-1, but it fired 1 time(s), on: Claim C-1." + Environment.NewLine + "Decision on claim C-1: Rejected",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("    ACME-001 SanctionedCustomer (Blocking)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldHaveFired_NullArguments_ThrowNamingTheArgument()
    {
        var decision = CporScenario.Create().DecideClaim();

        Assert.Equal("ruleId", Assert.Throws<ArgumentNullException>(() => decision.ShouldHaveFired(null!)).ParamName);
        Assert.Equal("decision", Assert.Throws<ArgumentNullException>(() => ((ClaimDecision)null!).ShouldNotHaveFired("X")).ParamName);
    }
}
