using Cpor.Rules.Arbitration;
using Cpor.Rules.Eligibility;
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
    public void ShouldChangeNothing_Changed_MessageListsEachChange()
    {
        var comparison = CatalogueBehaviour.Compare(options: new CporOptions { PoeAgeLimitMonths = 1 });

        var error = Assert.Throws<CporAssertionException>(comparison.ShouldChangeNothing);

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal("Expected the sample's 31 decisions to stay as the catalogue decides them, but 4 changed:", lines[0]);
        Assert.Equal(
            "  C-1009: ActionRequired; - finding CPOR-019 MissingOrOldDates: acknowledged 2019-08-01, before 2019-10-01 (12 months before submission on 2020-10-01); "
            + "+ finding CPOR-019 MissingOrOldDates: acknowledged 2019-08-01, before 2020-09-01 (1 months before submission on 2020-10-01)",
            lines[2]);
        Assert.StartsWith("  C-1003: Rejected -> ActionRequired; - finding CPOR-025 CompetingClaimLost [Dynamics 365 Sales]", lines[1], StringComparison.Ordinal);
        Assert.Equal(["C-1003", "C-1009", "C-1030", "C-1031"], comparison.Changes.Select(c => c.ClaimId));
    }

    [Fact]
    public void ShouldChangeOnly_OtherClaims_MessageSaysWhichDidAndDidNot()
    {
        var comparison = CatalogueBehaviour.Compare(options: new CporOptions { PoeAgeLimitMonths = 1 });

        var error = Assert.Throws<CporAssertionException>(() => comparison.ShouldChangeOnly("C-1003", "C-1009", "C-1030", "X-1"));

        var lines = error.Message.Split(Environment.NewLine);
        Assert.Equal(["Expected only the decisions on [C-1003, C-1009, C-1030, X-1] to change.", "Unchanged: X-1.", "Changed besides:"], lines[..3]);
        Assert.StartsWith("  C-1031: Rejected -> ActionRequired;", lines[3], StringComparison.Ordinal);
        Assert.Equal(4, lines.Length);
        Assert.Equal("claimIds", Assert.Throws<ArgumentNullException>(() => comparison.ShouldChangeOnly(null!)).ParamName);
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
