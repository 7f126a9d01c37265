using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

public sealed class RankingPolicyTests
{
    [Fact]
    public void Default_Rules_ArePoeRecencyThenIncumbency()
    {
        Assert.Equal(["PoeRecency", "Incumbency"], RankingPolicy.Default.Rules.Select(r => r.Name));
        Assert.Same(RankingRules.PoeRecency, RankingPolicy.Default.Rules[0]);
        Assert.Same(RankingRules.Incumbency, RankingPolicy.Default.Rules[1]);
    }

    [Fact]
    public void Create_Null_ThrowsArgumentNullNamingRules()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RankingPolicy.Create(null!));

        Assert.Equal("rules", ex.ParamName);
    }

    [Fact]
    public void Create_NoRule_ThrowsArgumentException()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankingPolicy.Create());

        Assert.Equal("rules", ex.ParamName);
    }

    [Fact]
    public void Create_NullEntry_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RankingPolicy.Create(RankingRules.PoeRecency, null!));

        Assert.Equal("rules", ex.ParamName);
    }

    [Fact]
    public void Create_TwoRulesWithOneName_ThrowsArgumentExceptionNamingIt()
    {
        var impostor = new DelegateRankingRule("PoeRecency", (_, _) => 0);

        var ex = Assert.Throws<ArgumentException>(() => RankingPolicy.Create(RankingRules.PoeRecency, impostor));

        Assert.Equal("rules", ex.ParamName);
        Assert.Contains("'PoeRecency'", ex.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("  ")]
    public void Create_RuleWithoutName_ThrowsArgumentException(string? name)
    {
        // A nameless rule would report a separation as a missing separatedBy, which reads as a tie.
        var nameless = new DelegateRankingRule(name!, (x, y) => x.PoeAcknowledgedOn.CompareTo(y.PoeAcknowledgedOn));

        var ex = Assert.Throws<ArgumentException>(() => RankingPolicy.Create(nameless));

        Assert.Equal("rules", ex.ParamName);
    }

    [Fact]
    public void Then_RuleWithoutName_ThrowsArgumentExceptionNamingRule()
        => Assert.Equal("rule", Assert.Throws<ArgumentException>(() => RankingPolicy.Default.Then(new DelegateRankingRule(string.Empty, (_, _) => 0))).ParamName);

    [Fact]
    public void Create_RulesInOrder_KeepsThatOrder()
    {
        var policy = RankingPolicy.Create(RankingRules.Incumbency, RankingRules.PoeRecency);

        Assert.Equal(["Incumbency", "PoeRecency"], policy.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Create_SourceChangedAfterwards_PolicyUnchanged()
    {
        var source = new List<IRankingRule> { RankingRules.PoeRecency };

        var policy = RankingPolicy.Create(source);
        source.Add(RankingRules.Incumbency);

        Assert.Equal(["PoeRecency"], policy.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Then_Rule_AppendedLastAndOriginalUnchanged()
    {
        var extended = RankingPolicy.Default.Then(EvidenceStrengthRankingRule.Instance);

        Assert.Equal(["PoeRecency", "Incumbency", "EvidenceStrength"], extended.Rules.Select(r => r.Name));
        Assert.Equal(["PoeRecency", "Incumbency"], RankingPolicy.Default.Rules.Select(r => r.Name));
    }

    [Fact]
    public void Then_Null_ThrowsArgumentNull()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RankingPolicy.Default.Then(null!));

        Assert.Equal("rule", ex.ParamName);
    }

    [Fact]
    public void Then_NameAlreadyInPolicy_ThrowsArgumentExceptionNamingRule()
    {
        var ex = Assert.Throws<ArgumentException>(() => RankingPolicy.Default.Then(new DelegateRankingRule("Incumbency", (_, _) => 0)));

        Assert.Equal("rule", ex.ParamName);
        Assert.Contains("'Incumbency'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compare_NewerPoe_AboveDecidedByPoeRecency()
    {
        var (order, decidedBy) = RankingPolicy.Default.Compare(Candidate("C-1", Partner, "2020-09-02"), Candidate("C-2", Rival, "2020-09-01"));

        Assert.Equal(1, order);
        Assert.Same(RankingRules.PoeRecency, decidedBy);
    }

    [Fact]
    public void Compare_OlderPoe_BelowDecidedByPoeRecency()
    {
        var (order, decidedBy) = RankingPolicy.Default.Compare(Candidate("C-1", Partner, "2020-09-01"), Candidate("C-2", Rival, "2020-09-02"));

        Assert.Equal(-1, order);
        Assert.Same(RankingRules.PoeRecency, decidedBy);
    }

    [Fact]
    public void Compare_SameDateClaimantAgainstIncumbent_BelowDecidedByIncumbency()
    {
        var (order, decidedBy) = RankingPolicy.Default.Compare(Candidate("C-1", Partner, "2020-09-01"), Incumbent(Rival, "2020-09-01"));

        Assert.Equal(-1, order);
        Assert.Same(RankingRules.Incumbency, decidedBy);
    }

    [Fact]
    public void Compare_NoRuleSeparates_TieWithoutRule()
    {
        var (order, decidedBy) = RankingPolicy.Default.Compare(Candidate("C-1", Partner, "2020-09-01"), Candidate("C-2", Rival, "2020-09-01"));

        Assert.Equal(0, order);
        Assert.Null(decidedBy);
    }

    [Fact]
    public void Compare_RuleAnswersLargeNumbers_OrderIsItsSign()
    {
        var loud = new DelegateRankingRule("Loud", (x, y) => x.ClaimId == y.ClaimId ? 0 : x.ClaimId!.Value.Value == "C-1" ? 42 : -42);
        var policy = RankingPolicy.Create(loud);

        Assert.Equal(1, policy.Compare(Candidate("C-1", Partner, "2020-09-01"), Candidate("C-2", Rival, "2020-09-01")).Order);
        Assert.Equal(-1, policy.Compare(Candidate("C-2", Rival, "2020-09-01"), Candidate("C-1", Partner, "2020-09-01")).Order);
    }

    [Fact]
    public void Compare_FirstRuleSeparates_LaterRulesNotConsulted()
    {
        var consulted = false;
        var later = new DelegateRankingRule("Later", (_, _) =>
        {
            consulted = true;
            return 0;
        });
        var policy = RankingPolicy.Default.Then(later);

        policy.Compare(Candidate("C-1", Partner, "2020-09-02"), Candidate("C-2", Rival, "2020-09-01"));

        Assert.False(consulted);
    }

    [Fact]
    public void Compare_NullContender_ThrowsArgumentNull()
    {
        var contender = Candidate("C-1", Partner, "2020-09-01");

        Assert.Equal("x", Assert.Throws<ArgumentNullException>(() => RankingPolicy.Default.Compare(null!, contender)).ParamName);
        Assert.Equal("y", Assert.Throws<ArgumentNullException>(() => RankingPolicy.Default.Compare(contender, null!)).ParamName);
    }

    [Fact]
    public void Create_NullFirstRule_ThrowsArgumentNullWithMessage()
    {
        var ex = Assert.Throws<ArgumentNullException>(() => RankingPolicy.Create(null!, RankingRules.PoeRecency));

        Assert.Equal("rules", ex.ParamName);
        Assert.StartsWith("The ranking rules hold a null entry.", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Create_NoRule_MessageSaysAtLeastOneIsNeeded()
        => Assert.StartsWith(
            "A ranking policy needs at least one rule.",
            Assert.Throws<ArgumentException>(() => RankingPolicy.Create()).Message,
            StringComparison.Ordinal);

    [Fact]
    public void Create_RuleWithoutName_MessageNamesTheRuleType()
        => Assert.StartsWith(
            $"The ranking rule {nameof(DelegateRankingRule)} has no name.",
            Assert.Throws<ArgumentException>(() => RankingPolicy.Create(new DelegateRankingRule(" ", (_, _) => 0))).Message,
            StringComparison.Ordinal);
}
