using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

public sealed class RankingRulesTests
{
    [Fact]
    public void PoeRecency_Name_IsContractName()
        => Assert.Equal("PoeRecency", RankingRules.PoeRecency.Name);

    [Fact]
    public void Incumbency_Name_IsContractName()
        => Assert.Equal("Incumbency", RankingRules.Incumbency.Name);

    [Fact]
    public void PoeRecency_NewerAgainstOlder_PositiveAndOlderAgainstNewerNegative()
    {
        var newer = Candidate("C-1", Partner, "2020-09-02");
        var older = Incumbent(Rival, "2020-09-01");

        Assert.True(RankingRules.PoeRecency.Compare(newer, older) > 0);
        Assert.True(RankingRules.PoeRecency.Compare(older, newer) < 0);
    }

    [Fact]
    public void PoeRecency_SameDate_Zero()
        => Assert.Equal(0, RankingRules.PoeRecency.Compare(Candidate("C-1", Partner, "2020-09-01"), Incumbent(Rival, "2020-09-01")));

    [Fact]
    public void Incumbency_IncumbentAgainstClaimant_PositiveWhateverTheDates()
    {
        var incumbent = Incumbent(Rival, "2020-01-01");
        var claimant = Candidate("C-1", Partner, "2020-09-01");

        Assert.True(RankingRules.Incumbency.Compare(incumbent, claimant) > 0);
        Assert.True(RankingRules.Incumbency.Compare(claimant, incumbent) < 0);
    }

    [Fact]
    public void Incumbency_TwoClaimants_Zero()
        => Assert.Equal(0, RankingRules.Incumbency.Compare(Candidate("C-1", Partner, "2020-09-01"), Candidate("C-2", Rival, "2020-09-05")));
}
