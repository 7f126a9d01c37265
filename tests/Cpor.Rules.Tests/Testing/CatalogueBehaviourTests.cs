using Cpor.Rules.Arbitration;
using Cpor.Rules.Eligibility;
using Cpor.Rules.Evaluation;
using Cpor.Rules.Testing;
using Cpor.Rules.Tests.Arbitration;
using Cpor.Rules.Tests.Samples;
using NRules.Fluent.Dsl;

namespace Cpor.Rules.Tests.Testing;

public sealed class CatalogueBehaviourTests
{
    [Fact]
    public void Compare_NoRules_NothingChanges()
    {
        var comparison = CatalogueBehaviour.Compare();

        Assert.Equal(CporSample.Batch.Claims.Count, comparison.ClaimCount);
        Assert.Empty(comparison.Changes);
        Assert.Same(comparison, comparison.ShouldChangeNothing());
        Assert.Equal("0 of 31 sample decisions changed", comparison.ToString());
    }

    [Fact]
    public void Compare_RuleForATenantOutsideTheSample_KeepsEveryCatalogueBehaviour()
    {
        new SanctionedTenantRule(CporScenario.DefaultTenantId).ShouldKeepCatalogueBehaviour();
    }

    [Fact]
    public void Compare_RuleForASampleTenant_ReportsTheClaimsThatChanged()
    {
        var tenant = CporSample.Batch.Claims[0].TenantId!.Value;
        var expected = CporSample.Batch.Claims.Where(c => c.TenantId == tenant).Select(c => c.Id!.Value.Value).ToArray();

        var comparison = CatalogueBehaviour.Compare([new SanctionedTenantRule(tenant)]);

        Assert.Equal(expected, comparison.Changes.Select(c => c.ClaimId));
        Assert.All(comparison.Changes, c => Assert.Contains(c.After.Findings, f => f.RuleId == "ACME-001"));
        comparison.ShouldChangeOnly(expected);
    }

    [Fact]
    public void Compare_RankingRuleThatNeverSeparates_KeepsEveryCatalogueBehaviour()
    {
        var options = new CporOptions { Ranking = RankingPolicy.Default.Then(new DelegateRankingRule("Never", (_, _) => 0)) };

        CatalogueBehaviour.Compare(options: options).ShouldChangeNothing();
    }

    [Fact]
    public void ShouldChangeNothing_RuleThrows_MessageNamesTheFaultAndTheClaim()
    {
        var comparison = CatalogueBehaviour.Compare([new ThrowsOnClaimRule("C-1005")]);

        var error = Assert.Throws<CporAssertionException>(comparison.ShouldChangeNothing);

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal("Expected the sample's 31 decisions to stay as the catalogue decides them, but 2 changed and 1 rule fault(s) occurred:", lines[0]);
        Assert.StartsWith("  C-1004: UnderReview -> Eligible; - finding CPOR-026 CompetingClaimUnderReview", lines[1], StringComparison.Ordinal);
        Assert.StartsWith("  C-1005: UnderReview; ", lines[2], StringComparison.Ordinal);
        Assert.EndsWith("+ finding CPOR-900 EvaluationFault: rule ACME-900 failed", lines[2], StringComparison.Ordinal);
        Assert.Equal("Rule ACME-900 threw InvalidOperationException on Claim C-1005: defect for C-1005", lines[3]);
        Assert.Equal("ACME-900", Assert.Single(comparison.Faults).RuleId);
    }

    [Fact]
    public void ShouldKeepCatalogueBehaviour_RuleForASampleTenant_MessageListsTheChangedClaims()
    {
        var tenant = CporSample.Batch.Claims[0].TenantId!.Value;

        var error = Assert.Throws<CporAssertionException>(() => new SanctionedTenantRule(tenant).ShouldKeepCatalogueBehaviour());

        var lines = error.Message.Split(Environment.NewLine);
        Assert.StartsWith("Expected the sample's 31 decisions to stay as the catalogue decides them, but ", lines[0], StringComparison.Ordinal);
        Assert.StartsWith("  C-1001: ", lines[1], StringComparison.Ordinal);
        Assert.Contains("-> Rejected; ", lines[1], StringComparison.Ordinal);
        Assert.Contains("; + finding ACME-001 SanctionedCustomer", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void ShouldKeepCatalogueBehaviour_NullRule_ThrowsNamingTheArgument()
    {
        Assert.Equal("rule", Assert.Throws<ArgumentNullException>(() => CatalogueBehaviour.ShouldKeepCatalogueBehaviour(null!)).ParamName);
    }

    /// <summary>A consumer's rule with a defect that shows on one claim only.</summary>
    [Name("ACME-900")]
    private sealed class ThrowsOnClaimRule(string claimId) : Rule
    {
        public override void Define()
        {
            ClaimFact claim = null!;
            When().Match(() => claim, c => c.Claim.Id!.Value.Value == claimId);
            Then().Do(_ => Throw(claimId));
        }

        private static void Throw(string id) => throw new InvalidOperationException($"defect for {id}");
    }
}
