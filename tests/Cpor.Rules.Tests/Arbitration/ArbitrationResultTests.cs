using Cpor.Rules.Arbitration;
using static Cpor.Rules.Tests.Arbitration.ArbitrationScenario;
using static Cpor.Rules.Tests.Scenario;

namespace Cpor.Rules.Tests.Arbitration;

public sealed class ArbitrationResultTests
{
    [Fact]
    public void Verdict_OneContenderRanksFirst_Decided()
    {
        var contest = new ArbitrationResult(SalesKey, [
            new RankedContender(1, Candidate("C-1", Partner, "2020-09-02"), "PoeRecency"),
            new RankedContender(2, Candidate("C-2", Rival, "2020-09-01"), null)]);

        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
        Assert.Equal(["C-1"], contest.Leaders.Select(Who));
    }

    [Fact]
    public void Verdict_SeveralRankFirst_ManualReviewWithEveryLeader()
    {
        var contest = new ArbitrationResult(SalesKey, [
            new RankedContender(1, Candidate("C-1", Partner, "2020-09-02"), null),
            new RankedContender(1, Candidate("C-2", Rival, "2020-09-02"), "PoeRecency"),
            new RankedContender(3, Candidate("C-3", Third, "2020-09-01"), null)]);

        Assert.Equal(ArbitrationVerdict.ManualReview, contest.Verdict);
        Assert.Equal(["C-1", "C-2"], contest.Leaders.Select(Who));
    }

    [Fact]
    public void Verdict_TieOnlyBelowFirst_Decided()
    {
        var contest = new ArbitrationResult(SalesKey, [
            new RankedContender(1, Incumbent(Third, "2020-09-03"), "PoeRecency"),
            new RankedContender(2, Candidate("C-1", Partner, "2020-09-02"), null),
            new RankedContender(2, Candidate("C-2", Rival, "2020-09-02"), null)]);

        Assert.Equal(ArbitrationVerdict.Decided, contest.Verdict);
        Assert.Equal([$"incumbent {Third}"], contest.Leaders.Select(Who));
    }

    [Fact]
    public void ToString_Contest_NamesKeyVerdictAndPlaces()
    {
        var contest = Rank(RankingPolicy.Default, Incumbent(Rival, "2020-09-01"), Candidate("C-1", Partner, "2020-09-02"));

        Assert.Equal(
            $"{SalesKey}: Decided (1. claim C-1 by {Partner} (PoE 2020-09-02), 2. incumbent {Rival} (PoE 2020-09-01))",
            contest.ToString());
    }
}
